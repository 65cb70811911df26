// Weekly amounts in whole pence: the fee tables hold them as 32-bit integers, so a value that
// would not fit is refused with a message naming it, never wrapped.
import { describe, expect, it } from 'vitest';
import { MAX_WEEKLY_PENCE, toPence, weeklyPence } from '../../../src/model/charging/index.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { buildReplicateContext } from '../../../src/model/simulate/replicateContext.ts';

describe('weekly amounts in pence', () => {
  it('rounds pounds to whole pence, as toPence does', () => {
    for (const pounds of [0, 0.005, 1.234, 1_234.565, 21_474_836.47]) {
      expect(weeklyPence(pounds, () => 'fee')).toBe(toPence(pounds));
    }
    expect(weeklyPence(21_474_836.47, () => 'fee')).toBe(MAX_WEEKLY_PENCE);
  });

  it('refuses what an Int32Array would wrap, naming the amount', () => {
    expect(() => weeklyPence(21_474_836.48, () => 'The nursing fee in London in 2040')).toThrow(
      /^The nursing fee in London in 2040 must be between £0 and £21,474,836.47 a week/,
    );
    expect(() => weeklyPence(-0.01, () => 'fee')).toThrow(RangeError);
    expect(() => weeklyPence(Number.NaN, () => 'fee')).toThrow(RangeError);
  });

  it("a replicate's fee tables hold whole pence, the self-funder fee never below the council rate", () => {
    const s = scenarioSchema.parse({
      seed: 'fees',
      population: 1000,
      replicates: 2,
      years: 20,
      arms: [{ name: 'baseline', policy: 'current' }],
    });
    const ctx = buildReplicateContext(s, 1);
    expect(ctx.councilRate).toBeInstanceOf(Int32Array);
    expect(ctx.selfFunderFee).toBeInstanceOf(Int32Array);
    ctx.councilRate.forEach((rate, k) => {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(ctx.selfFunderFee[k]).toBeGreaterThanOrEqual(rate);
    });
    expect(Math.max(...ctx.councilRate)).toBeGreaterThan(50_000);
  });

  it('every scenario the schema allows fits: the fastest fee growth to the last year allowed', () => {
    const most = { low: 0.1, central: 0.1, high: 0.1 };
    const s = scenarioSchema.parse({
      seed: 'fees',
      population: 1000,
      replicates: 1,
      startYear: 2060,
      years: 50,
      arms: [{ name: 'baseline', policy: 'current' }],
      uncertainty: { feeGrowth: most, selfFunderPremium: { low: 1, central: 1, high: 1 } },
    });
    const ctx = buildReplicateContext(s, 0);
    const top = Math.max(...ctx.selfFunderFee);
    expect(top).toBeGreaterThan(MAX_WEEKLY_PENCE / 10);
    expect(top).toBeLessThanOrEqual(MAX_WEEKLY_PENCE);
  });
});
