// How a policy's cap and capital limits keep their value over a run (`thresholdUprating`): factors
// computed by hand, and the thresholds they give.
import { describe, expect, it } from 'vitest';
import {
  thresholdFactors,
  upratedThresholds,
} from '../../../src/model/policy/thresholdUprating.ts';
import { cpi } from '../../../src/model/data/consumerPrices.ts';
import { presets } from '../../../src/model/policy/presets.ts';

describe('thresholdFactors: real value of the thresholds each year against the start year', () => {
  it.each([
    ['cpi', [1, 1, 1]],
    // 1.015² = 1.030225 (by hand)
    ['earnings', [1, 1.015, 1.030225]],
  ] as const)('%s', (index, expected) => {
    const f = thresholdFactors(index, 2026, 3, 0.015);
    expected.forEach((x, t) => expect(f[t]).toBeCloseTo(x, 12));
  });
  it('not uprated: frozen in cash, so the real value falls by CPI (2% a year assumed from 2026)', () => {
    const f = thresholdFactors('none', 2026, 3, 0.015);
    expect(f[0]).toBe(1);
    expect(f[1]).toBeCloseTo(cpi(2026) / cpi(2027), 12);
    expect(f[1]).toBeCloseTo(1 / 1.02, 12);
    expect(f[2]).toBeCloseTo(1 / (1.02 * 1.02), 12);
  });
});

describe('upratedThresholds', () => {
  const reform = presets['reform-2021'];
  it('moves the cap and both capital limits, to the penny, and nothing else', () => {
    const p = upratedThresholds(reform, 1.015);
    expect(p.cap).toBe(87_290); // 86,000 × 1.015
    expect(p.upperCapitalLimit).toEqual({ homeCounted: 101_500, otherwise: 101_500 });
    expect(p.lowerCapitalLimit).toBe(20_300);
    expect(p.dailyLivingCost).toBe(reform.dailyLivingCost);
    expect(p.minimumIncomeGuarantee).toBe(reform.minimumIncomeGuarantee);
    expect(p.tariffBand).toBe(250);
  });
  it('the young-onset scale is money and moves too; factor 1 is the policy itself', () => {
    const dilnot = presets['dilnot-2011'];
    expect(upratedThresholds(dilnot, 1.1).youngOnset?.stepPerDecade).toBe(11_000);
    expect(upratedThresholds(dilnot, 1)).toBe(dilnot);
  });
  it('each preset says how it is uprated', () => {
    expect(presets.current.thresholdUprating).toBe('none');
    expect(presets['reform-2021'].thresholdUprating).toBe('earnings');
  });
});
