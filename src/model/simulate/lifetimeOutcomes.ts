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

/**
 * Lifetime blocks per arm: all ages, then each age group of AGE_GROUPS (65+, 18–64) by the
 * person's age in the year they died. The result's blocks are laid out group by group, arm by arm
 * within a group, so block `arm` is the arm's all-ages block.
 */
export const LIFETIME_GROUPS = 3;

/**
 * Index of an arm's lifetime block: `group` −1 for all ages, or an index of AGE_GROUPS (0 for 65+,
 * 1 for 18–64). The block starts at `lifetimeBlock(…) * L.size`.
 */
export const lifetimeBlock = (arms: number, arm: number, group: number): number =>
  (group + 1) * arms + arm;

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
/** Every edge is a whole number of thousands: bin by table lookup on £1,000 steps. */
const PAID_STEP = 1_000;
const PAID_TABLE = (() => {
  const steps = PAID_EDGES[PAID_BINS - 1]! / PAID_STEP;
  const table = new Uint8Array(steps + 1);
  for (let q = 0, i = 0; q <= steps; q++) {
    while (i + 1 < PAID_BINS && PAID_EDGES[i + 1]! <= q * PAID_STEP) i++;
    table[q] = i;
  }
  return table;
})();
const PAID_TOP_STEP = PAID_TABLE.length - 1;
const PAID_LAST = PAID_TABLE[PAID_TOP_STEP]!;

/** Bin of an amount in PAID_EDGES (amounts below zero go in the first bin). */
export function paidBin(x: number): number {
  const q = x / PAID_STEP;
  // (Integer steps and comparisons: V8 compiles min and max of doubles with branches.)
  const b = q >= PAID_TOP_STEP ? PAID_LAST : q > 0 ? PAID_TABLE[q | 0]! : 0;
  // Guards the one case where the division rounds up onto an edge the amount is just below.
  return b > 0 && x < PAID_EDGES[b]! ? b - 1 : b;
}

/** Bin of years to cap, or the last bin for "never reached". */
export function yearsToCapBin(years: number | null): number {
  if (years === null) return YEARS_TO_CAP_BINS - 1;
  return years >= YEARS_TO_CAP_BINS - 2 ? YEARS_TO_CAP_BINS - 2 : years > 0 ? years | 0 : 0;
}

/** Bin of a share of initial wealth spent (inheritance from a partner can take it over 100%). */
export function shareBin(share: number): number {
  return share >= 0 && share < 1 ? (share * 20) | 0 : SHARE_BINS - 1;
}

// Offsets as plain constants for the hot path (a property read of L on every death otherwise).
const DEATHS = L.deaths;
const PERSON_PAID_SUM = L.personPaidSum;
const COUNCIL_PAID_SUM = L.councilPaidSum;
const INITIAL_WEALTH_SUM = L.initialWealthSum;
const REACHED_CAP = L.reachedCap;
const CATASTROPHIC = L.catastrophic;
const PERSON_PAID_HIST = L.personPaidHist;
const COUNCIL_PAID_HIST = L.councilPaidHist;
const YEARS_TO_CAP_HIST = L.yearsToCapHist;
const SHARE_SPENT_HIST = L.shareSpentHist;

/**
 * One person's lifetime outcome in one arm, at their death: their wealth `decile` (0 = poorest)
 * and `weight`, what they and the council paid over their life (£), their initial wealth and the
 * capital they drew down to pay for care (£), and the years from first care to the cap (−1 when
 * never reached). The simulation fills in one reused object: passed as separate numbers, each
 * amount was boxed on the heap at every call.
 */
export interface Death {
  decile: number;
  weight: number;
  personPaid: number;
  councilPaid: number;
  initialWealth: number;
  capitalSpent: number;
  yearsToCap: number;
}

/** A Death to fill in (amounts start as doubles, so writing any amount allocates nothing). */
export const newDeath = (): Death => ({
  decile: 0,
  weight: 0.5,
  personPaid: 0.5,
  councilPaid: 0.5,
  initialWealth: 0.5,
  capitalSpent: 0.5,
  yearsToCap: 0.5,
});

/**
 * Adds one death to an arm's lifetime block starting at `base` and, when `alsoAt` is given, to a
 * second block starting there (its age group's): the bins are found once for both.
 */
export function recordDeath(block: Float64Array, base: number, death: Death, alsoAt = -1): void {
  const w = death.weight;
  const decile = death.decile;
  const personPaid = death.personPaid;
  const councilPaid = death.councilPaid;
  const initialWealth = death.initialWealth;
  const yearsToCap = death.yearsToCap;
  // Share of initial wealth drawn down to pay for care; people with no wealth lose none.
  const share = initialWealth > 0 ? death.capitalSpent / initialWealth : 0;
  const catastrophic = share > 0.5;
  const reached = yearsToCap >= 0;
  // Offsets within a block.
  const personPaidAt = decile * PAID_BINS + PERSON_PAID_HIST + paidBin(personPaid);
  const councilPaidAt = decile * PAID_BINS + COUNCIL_PAID_HIST + paidBin(councilPaid);
  const yearsAt =
    YEARS_TO_CAP_HIST + decile * YEARS_TO_CAP_BINS + yearsToCapBin(reached ? yearsToCap : null);
  const shareAt = SHARE_SPENT_HIST + decile * SHARE_BINS + shareBin(share);
  const personPaidSum = w * personPaid;
  const councilPaidSum = w * councilPaid;
  const wealthSum = w * initialWealth;
  for (let b = base, blocks = alsoAt >= 0 ? 2 : 1; blocks > 0; blocks--, b = alsoAt) {
    const at = b + decile;
    block[at + DEATHS]! += w;
    block[at + PERSON_PAID_SUM]! += personPaidSum;
    block[at + COUNCIL_PAID_SUM]! += councilPaidSum;
    block[at + INITIAL_WEALTH_SUM]! += wealthSum;
    if (catastrophic) block[at + CATASTROPHIC]! += w;
    block[b + personPaidAt]! += w;
    block[b + councilPaidAt]! += w;
    if (reached) block[at + REACHED_CAP]! += w;
    block[b + yearsAt]! += w;
    block[b + shareAt]! += w;
  }
}
