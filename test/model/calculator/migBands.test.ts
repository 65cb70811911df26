// The calculator applies the MIG of the person's age band week by week (MODEL.md §2; 2025-26:
// £89.18 at 18–24, £112.58 from 25 to pension-credit age (66), £232.81 from 66), worked by hand.
import { describe, expect, it } from 'vitest';
import { calculateCareAccount } from '../../../src/model/calculator/calculateCareAccount.ts';
import { presets } from '../../../src/model/policy/index.ts';

const atHome = (weeks: number) => [
  { setting: 'homeCare' as const, weeks, weeklyFee: 300, councilRate: 300 },
];
const person = (age: number) => ({ age, capital: 0, homeValue: 0, weeklyIncome: 250 });

describe('calculateCareAccount: the MIG by age band', () => {
  it('at 65 the working-age MIG, from 66 the pension-age MIG', () => {
    const out = calculateCareAccount(presets.current, person(65), atHome(104), { period: 'year' });
    // 52 × (250 − 112.58) = 7,145.84; then 52 × (250 − 232.81) = 893.88
    expect(out.ledger.map((r) => r.personPays)).toEqual([7_145.84, 893.88]);
    expect(out.summary.personPaid).toBe(8_039.72);
  });

  it('a 24½-year-old moves from the 18–24 band to the next at 25, half way through the year', () => {
    const out = calculateCareAccount(presets.current, person(24.5), atHome(52), { period: 'year' });
    // 26 × (250 − 89.18) + 26 × (250 − 112.58) = 4,181.32 + 3,572.92
    expect(out.summary.personPaid).toBe(7_754.24);
  });

  it('the 2021 reform at its 2021-22 values: £72.40 at 20, £91.40 at 40, £189 at 70', () => {
    const paid = (age: number) =>
      calculateCareAccount(presets['reform-2021'], person(age), atHome(1)).summary.personPaid;
    expect([paid(20), paid(40), paid(70)]).toEqual([177.6, 158.6, 61]);
  });
});
