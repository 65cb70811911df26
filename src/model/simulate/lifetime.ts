// Lifetime outcomes recorded at each death, per arm, as fixed-bin histograms by wealth decile
// (memory stays flat however many people are simulated). MODEL.md §7.

/** Bin edges for lifetime amounts paid (£ at start-year prices); the last bin is open. */
export const PAID_EDGES = [
  0, 1_000, 5_000, 10_000, 20_000, 35_000, 50_000, 75_000, 100_000, 150_000, 200_000, 300_000,
  500_000,
] as const;
/** Years from first care to reaching the cap: bins [0,1), [1,2) … [14,15), 15+, and "never". */
export const YEARS_TO_CAP_BINS = 17;
/** Share of initial wealth spent: bins of 5 points from 0 to 100%, then over 100%. */
export const SHARE_BINS = 21;
export const DECILES = 10;

/** Layout of one arm's lifetime block (a flat Float64Array of weighted counts and sums). */
export const L = (() => {
  const paid = PAID_EDGES.length; // one bin per lower edge
  let o = 0;
  const at = (n: number) => {
    const start = o;
    o += n * DECILES;
    return start;
  };
  const layout = {
    deaths: at(1),
    personPaidSum: at(1),
    councilPaidSum: at(1),
    reachedCap: at(1),
    catastrophic: at(1),
    initialWealthSum: at(1),
    personPaidHist: at(paid),
    councilPaidHist: at(paid),
    yearsToCapHist: at(YEARS_TO_CAP_BINS),
    shareSpentHist: at(SHARE_BINS),
    size: 0,
  };
  layout.size = o;
  return layout;
})();

const PAID_BINS = PAID_EDGES.length;

/** Bin of an amount in PAID_EDGES. */
export function paidBin(x: number): number {
  if (x < PAID_EDGES[1]) return 0;
  let i = PAID_BINS - 1;
  while (i > 0 && x < PAID_EDGES[i]!) i--;
  return i;
}

/** Bin of years to cap, or the last bin for "never reached". */
export function yearsToCapBin(years: number | null): number {
  if (years === null) return YEARS_TO_CAP_BINS - 1;
  return Math.min(YEARS_TO_CAP_BINS - 2, Math.max(0, Math.floor(years)));
}

/** Bin of a share of initial wealth spent (inheritance from a partner can take it over 100%). */
export function shareBin(share: number): number {
  if (!(share >= 0)) return SHARE_BINS - 1;
  return Math.min(SHARE_BINS - 1, Math.floor(share * 20));
}

/**
 * Adds one death to an arm's lifetime block starting at `base`: the person's wealth `decile` and
 * `weight`, what they and the council paid over their life (£), their initial wealth and the
 * capital they drew down to pay for care (£), and the years from first care to the cap (−1 when
 * never reached). Positional, so the simulation's hot path allocates nothing.
 */
export function recordDeath(
  block: Float64Array,
  base: number,
  decile: number,
  weight: number,
  personPaid: number,
  councilPaid: number,
  initialWealth: number,
  capitalSpent: number,
  yearsToCap: number,
): void {
  const w = weight;
  const k = decile;
  block[base + L.deaths + k]! += w;
  block[base + L.personPaidSum + k]! += w * personPaid;
  block[base + L.councilPaidSum + k]! += w * councilPaid;
  block[base + L.initialWealthSum + k]! += w * initialWealth;
  if (yearsToCap >= 0) block[base + L.reachedCap + k]! += w;
  // Share of initial wealth drawn down to pay for care; people with no wealth lose none.
  const share = initialWealth > 0 ? capitalSpent / initialWealth : 0;
  if (share > 0.5) block[base + L.catastrophic + k]! += w;
  block[base + L.personPaidHist + k * PAID_BINS + paidBin(personPaid)]! += w;
  block[base + L.councilPaidHist + k * PAID_BINS + paidBin(councilPaid)]! += w;
  block[
    base +
      L.yearsToCapHist +
      k * YEARS_TO_CAP_BINS +
      yearsToCapBin(yearsToCap < 0 ? null : yearsToCap)
  ]! += w;
  block[base + L.shareSpentHist + k * SHARE_BINS + shareBin(share)]! += w;
}
