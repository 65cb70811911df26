// Personal budgets from the start year: the path from the published shares to a target, and the
// extra cost of a target worked by hand.
import { describe, expect, it } from 'vitest';
import {
  RECENT_DIRECT_PAYMENT_SHARE,
  RECENT_SELF_DIRECTED_SHARE,
  todayExtraCost,
  todayPath,
} from '../../../src/model/councils/todayBudgets.ts';
import {
  defaultPersonalBudgetParams,
  withoutCostEffects,
} from '../../../src/model/councils/personalBudgetParams.ts';

describe('todayPath', () => {
  it('starts from the published shares and reaches a higher target by its deadline', () => {
    const p = todayPath(2026, 5, { uptake: 1, directPayments: 0.4, year: 2029 });
    // Three steps to April 2029: a third of the way at the end of 2026-27.
    expect(p.selfDirected[0]).toBeCloseTo(0.935 + 0.065 / 3, 12);
    expect(p.selfDirected[2]).toBeCloseTo(1, 12);
    expect(p.selfDirected[4]).toBeCloseTo(1, 12);
    expect(p.directPayments[0]).toBeCloseTo(0.262 + 0.138 / 3, 12);
    expect(p.directPayments[3]).toBeCloseTo(0.4, 12);
  });

  it('with no target, or one below the published share, holds the published shares', () => {
    for (const targets of [{ year: 2029 }, { uptake: 0.5, directPayments: 0.1, year: 2029 }]) {
      const p = todayPath(2026, 3, targets);
      expect([...p.selfDirected]).toEqual([0.935, 0.935, 0.935]);
      expect([...p.directPayments]).toEqual([0.262, 0.262, 0.262]);
    }
    expect(RECENT_SELF_DIRECTED_SHARE).toBe(0.935);
    expect(RECENT_DIRECT_PAYMENT_SHARE).toBe(0.262);
  });
});

describe('todayExtraCost', () => {
  it('is zero with no target, and with every cost effect off', () => {
    const none = todayPath(2026, 3, { year: 2029 });
    const p = defaultPersonalBudgetParams;
    expect([...todayExtraCost(p, none, [1e5, 1e5, 1e5], [1e9, 1e9, 1e9], 1.5)]).toEqual([0, 0, 0]);
    const some = todayPath(2026, 3, { directPayments: 0.5, year: 2027 });
    expect([
      ...todayExtraCost(withoutCostEffects(p), some, [1e5, 1e5, 1e5], [1e9, 1e9, 1e9], 1.5),
    ]).toEqual([0, 0, 0]);
  });

  it('a direct-payment target met in one year: support, set-up and stranded cost by hand', () => {
    const p = {
      ...withoutCostEffects(defaultPersonalBudgetParams),
      supportCostDirectPayment: 400,
      supportCostManaged: 100,
      setupCostPerBudget: 300,
      blockAndInHouseShare: 0.5,
      strandedFraction: 0.2,
      strandedHalfLife: 1,
      managedLeaveShare: 0.25,
    };
    // Direct payments from 26.2% to 36.2% at once; budgets unchanged, so 10 points move from
    // managed budgets to direct payments.
    const path = todayPath(2026, 2, { directPayments: 0.362, year: 2027 });
    const users = [1000, 1000];
    const care = [5e6, 5e6];
    const cost = todayExtraCost(p, path, users, care, 2);
    // Support: 100 users × (400 − 100) × 2 = 60,000. Set-up: 100 switches × 300 × 2 = 60,000.
    // Care leaving providers: (0.1 − 0.25 × 0.1) × £5m = £375,000; × 0.5 × 0.2 = 37,500 stranded.
    expect(cost[0]).toBeCloseTo(60_000 + 60_000 + 37_500, 6);
    // Next year: support again, no new switches, stranded cost halved.
    expect(cost[1]).toBeCloseTo(60_000 + 37_500 / 2, 6);
  });
});
