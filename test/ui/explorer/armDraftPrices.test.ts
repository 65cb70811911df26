// One price base in the panel: every amount of an arm is shown and entered at the start year's
// prices, so £50,000 typed is £50,000 in the run's results; arms from older links keep their
// preset-year overrides until edited, and mean the same money either way.
import { describe, expect, it } from 'vitest';
import {
  armFromRef,
  capOf,
  presetAt,
  refOfArm,
  scalarOf,
  setCap,
  setScalar,
  uclOf,
} from '../../../src/ui/explorer/armDraft.ts';
import { policyAt } from '../../../src/model/policy/reprice.ts';
import { priceFactor } from '../../../src/model/data/consumerPrices.ts';

const START = 2026;

describe('an arm at the start year’s prices', () => {
  it('shows the preset repriced by CPI: £86,000 at 2021-22 is £108,834.73 at 2026-27', () => {
    const arm = armFromRef('Reform', 'reform-2021');
    expect(capOf(arm, START)).toBe(Math.round(86_000 * priceFactor(2021, START) * 100) / 100);
    expect(capOf(arm, START)).toBe(108_834.73);
    expect(uclOf(arm, START).otherwise).toBe(
      presetAt('reform-2021', START).upperCapitalLimit.otherwise,
    );
    expect(refOfArm(arm)).toBe('reform-2021');
  });

  it('a cap typed as £50,000 runs as exactly £50,000 at the start year’s prices', () => {
    const arm = armFromRef('Reform', 'reform-2021');
    setCap(arm, 50_000, START);
    const ref = refOfArm(arm);
    expect(ref).toEqual({
      preset: 'reform-2021',
      overrides: { cap: 50_000 },
      overridesPriceYear: START,
    });
    expect(policyAt(ref, START).cap).toBe(50_000);
    expect(capOf(arm, START)).toBe(50_000);
  });

  it('a value typed equal to the repriced preset is no override', () => {
    const arm = armFromRef('Reform', 'reform-2021');
    setScalar(arm, 'dailyLivingCost', presetAt('reform-2021', START).dailyLivingCost, START);
    expect(refOfArm(arm)).toBe('reform-2021');
  });

  it('an older link’s overrides (preset-year prices) mean the same money before and after an edit', () => {
    const old = { preset: 'reform-2021' as const, overrides: { cap: 50_000 } };
    const arm = armFromRef('Reform', old);
    expect(refOfArm(arm)).toEqual(old);
    expect(capOf(arm, START)).toBe(policyAt(old, START).cap);
    setScalar(arm, 'tariffBand', 500, START);
    const edited = refOfArm(arm);
    expect(edited).toMatchObject({ overridesPriceYear: START, overrides: { tariffBand: 500 } });
    expect(policyAt(edited, START).cap).toBe(policyAt(old, START).cap);
    expect(scalarOf(arm, 'tariffBand', START)).toBe(500);
  });
});
