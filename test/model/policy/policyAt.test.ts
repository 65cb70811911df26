// policyAt: the policy an arm names, at the prices the simulation reports in. Overrides stated at
// those prices are used exactly as given (no round trip through the preset's price year).
import { describe, expect, it } from 'vitest';
import {
  mergePolicy,
  policyAt,
  repriceOverrides,
  repricePolicy,
  type PolicyRef,
} from '../../../src/model/policy/index.ts';
import { priceFactor } from '../../../src/model/data/consumerPrices.ts';

describe('policyAt', () => {
  it.each<[string, PolicyRef]>([
    ['a preset id', 'reform-2021'],
    [
      'a preset with overrides at its own price year',
      { preset: 'reform-2021', overrides: { cap: 60_000 } },
    ],
  ])('%s: the merged policy repriced, as before', (_, ref) =>
    expect(policyAt(ref, 2026)).toEqual(repricePolicy(mergePolicy(ref), 2026)),
  );

  it('overrides stated at the start year’s prices are used exactly', () => {
    const p = policyAt(
      {
        preset: 'reform-2021',
        overrides: { cap: 50_000, upperCapitalLimit: 150_000 },
        overridesPriceYear: 2026,
      },
      2026,
    );
    expect(p.cap).toBe(50_000);
    expect(p.upperCapitalLimit).toEqual({ homeCounted: 150_000, otherwise: 150_000 });
    // What was not overridden is the preset's, repriced.
    expect(p.lowerCapitalLimit).toBe(
      repricePolicy(mergePolicy('reform-2021'), 2026).lowerCapitalLimit,
    );
  });

  it('overrides stated at a third year’s prices are repriced from that year', () => {
    const p = policyAt(
      { preset: 'current', overrides: { cap: 80_000 }, overridesPriceYear: 2024 },
      2026,
    );
    expect(p.cap).toBe(Math.round(80_000 * priceFactor(2024, 2026) * 100) / 100);
  });
});

describe('repriceOverrides', () => {
  it('moves money, never the tariff band, and keeps a null cap', () => {
    const k = priceFactor(2021, 2026);
    expect(
      repriceOverrides({ cap: null, tariffBand: 250, dailyLivingCost: 200 }, 2021, 2026),
    ).toEqual({
      cap: null,
      tariffBand: 250,
      dailyLivingCost: Math.round(200 * k * 100) / 100,
    });
  });
});
