// The lifetime histograms' bins: the table lookup puts every amount in the bin its edges give.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  L,
  PAID_EDGES,
  paidBin,
  recordDeath,
  SHARE_BINS,
  shareBin,
  YEARS_TO_CAP_BINS,
  yearsToCapBin,
} from '../../../src/model/simulate/lifetimeOutcomes.ts';

/** The bin by definition: the last edge at or below the amount. */
const byEdges = (x: number) => {
  let bin = 0;
  PAID_EDGES.forEach((edge, i) => {
    if (edge <= x) bin = i;
  });
  return bin;
};

describe('lifetime bins', () => {
  it('an amount on an edge, a penny below and a penny above falls in the bins the edges give', () => {
    for (const e of PAID_EDGES) {
      for (const x of [e - 0.01, e, e + 0.01]) expect(paidBin(x), `£${x}`).toBe(byEdges(x));
    }
    expect(paidBin(0)).toBe(0);
    expect(paidBin(5_000_000)).toBe(PAID_EDGES.length - 1);
  });

  it('any amount in pence is binned as by its edges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000_000 }), (pence) => {
        expect(paidBin(pence / 100)).toBe(byEdges(pence / 100));
      }),
      { numRuns: 2000 },
    );
  });

  it('years to cap and share of wealth spent are binned as by their definitions', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 40, noNaN: true }), (years) => {
        expect(yearsToCapBin(years)).toBe(
          Math.min(YEARS_TO_CAP_BINS - 2, Math.max(0, Math.floor(years))),
        );
      }),
      { numRuns: 2000 },
    );
    expect(yearsToCapBin(null)).toBe(YEARS_TO_CAP_BINS - 1);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (share) => {
        expect(shareBin(share)).toBe(Math.min(SHARE_BINS - 1, Math.floor(share * 20)));
      }),
      { numRuns: 2000 },
    );
    for (const share of [0, 0.05, 0.049999, 0.95, 0.9999999999999999, 1, 7e9]) {
      expect(shareBin(share), `${share}`).toBe(Math.min(SHARE_BINS - 1, Math.floor(share * 20)));
    }
    expect(shareBin(Number.NaN)).toBe(SHARE_BINS - 1);
  });

  it('a death adds its weight once to each histogram, in the right bins', () => {
    const block = new Float64Array(L.size);
    // Decile 3, weight 2: paid £20,000 (bin 4), council £0 (bin 0), wealth £100,000 of which
    // £60,000 drawn (share 0.6: bin 12, catastrophic), cap reached after 3.5 years (bin 3).
    recordDeath(block, 0, {
      decile: 3,
      weight: 2,
      personPaid: 20_000,
      councilPaid: 0,
      initialWealth: 100_000,
      capitalSpent: 60_000,
      yearsToCap: 3.5,
    });
    const P = PAID_EDGES.length;
    expect(block[L.deaths + 3]).toBe(2);
    expect(block[L.personPaidSum + 3]).toBe(40_000);
    expect(block[L.catastrophic + 3]).toBe(2);
    expect(block[L.reachedCap + 3]).toBe(2);
    expect(block[L.personPaidHist + 3 * P + 4]).toBe(2);
    expect(block[L.councilPaidHist + 3 * P + 0]).toBe(2);
    expect(block[L.yearsToCapHist + 3 * YEARS_TO_CAP_BINS + 3]).toBe(2);
    expect(block[L.shareSpentHist + 3 * SHARE_BINS + 12]).toBe(2);
    // Never reaching the cap goes in the last years bin; the total weight is 2 in every histogram.
    recordDeath(block, 0, {
      decile: 3,
      weight: 1,
      personPaid: 0,
      councilPaid: 0,
      initialWealth: 0,
      capitalSpent: 0,
      yearsToCap: -1,
    });
    expect(block[L.yearsToCapHist + 3 * YEARS_TO_CAP_BINS + YEARS_TO_CAP_BINS - 1]).toBe(1);
    const sum = (from: number, n: number) => block.subarray(from, from + n).reduce((a, b) => a + b);
    expect(sum(L.personPaidHist, 10 * P)).toBe(3);
    expect(sum(L.shareSpentHist, 10 * SHARE_BINS)).toBe(3);
  });
});
