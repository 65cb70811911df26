// Figures the views need that are not in the run summary, computed replicate by replicate from
// the whole replicates and then described (mean and 5th/50th/95th percentiles), so intervals of
// differences keep the pairing of common random numbers.
import { M, type MeasureName } from './measures.ts';
import { DECILES, L, PAID_EDGES } from './lifetimeOutcomes.ts';
import { vi, type PartialResult } from './result.ts';
import { describe, type DecilePoint } from './summarise.ts';

type Reps = readonly PartialResult[];
type LifetimeField = 'deaths' | 'personPaidSum' | 'councilPaidSum' | 'reachedCap' | 'catastrophic';

/** Describes one number per replicate (the point's `year` is set to `at`). */
export const acrossReplicates = (reps: Reps, f: (r: PartialResult) => number, at = 0) =>
  describe(reps.map(f), at);

/** Mean over the simulated years of a measure for one arm, in one replicate. */
export function yearMean(r: PartialResult, arm: number, measure: MeasureName): number {
  let s = 0;
  for (let y = 0; y < r.years; y++) s += r.values[vi(r.years, arm, M[measure], y)]!;
  return s / r.years;
}

/** Sum over the simulated years of a measure for one arm, in one replicate. */
export function yearSum(r: PartialResult, arm: number, measure: MeasureName): number {
  return yearMean(r, arm, measure) * r.years;
}

/** Arm minus the baseline (arm 0) of a per-replicate figure, described across replicates. */
export const differenceOf = (reps: Reps, arm: number, f: (r: PartialResult, a: number) => number) =>
  acrossReplicates(reps, (r) => f(r, arm) - f(r, 0));

// The lifetime figures below take an arm's index for all ages, or for an age group the arm's
// lifetime block (lifetimeBlock in lifetimeOutcomes.ts).

/** A lifetime count or sum over all wealth deciles for one arm (block), in one replicate. */
export function lifetimeTotal(r: PartialResult, block: number, field: LifetimeField): number {
  let s = 0;
  for (let k = 0; k < DECILES; k++) s += r.lifetime[block * L.size + L[field] + k]!;
  return s;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Share of people who died during the run who spent more than half their wealth on care. */
export const catastrophicShare = (r: PartialResult, arm: number): number =>
  ratio(lifetimeTotal(r, arm, 'catastrophic'), lifetimeTotal(r, arm, 'deaths'));

/** Share of people who died during the run whose care account reached the cap. */
export const reachedCapShare = (r: PartialResult, arm: number): number =>
  ratio(lifetimeTotal(r, arm, 'reachedCap'), lifetimeTotal(r, arm, 'deaths'));

/** Per wealth decile (1…10): arm minus baseline of a per-person lifetime mean. */
export function decileDifference(
  reps: Reps,
  arm: number,
  field: 'personPaidSum' | 'councilPaidSum' | 'reachedCap' | 'catastrophic',
  /** The arm subtracted: the baseline (0) unless another is compared. */
  against = 0,
): DecilePoint[] {
  const per = (r: PartialResult, a: number, k: number) =>
    ratio(r.lifetime[a * L.size + L[field] + k]!, r.lifetime[a * L.size + L.deaths + k]!);
  return Array.from({ length: DECILES }, (_, k) => {
    const p = describe(
      reps.map((r) => per(r, arm, k) - per(r, against, k)),
      0,
    );
    return { decile: k + 1, mean: p.mean, p5: p.p5, p50: p.p50, p95: p.p95 };
  });
}

/** Lifetime amounts paid below this count as paying next to nothing (the first histogram bin). */
export const PAYER_THRESHOLD = PAID_EDGES[1];

/**
 * Median lifetime amount paid towards care by people who paid at least PAYER_THRESHOLD, from
 * the binned histogram (linear within a bin; the open top bin gives its lower edge), £.
 */
export function medianPaidByPayers(r: PartialResult, block: number): number {
  const bins = PAID_EDGES.length;
  const w = new Float64Array(bins);
  for (let k = 0; k < DECILES; k++)
    for (let b = 1; b < bins; b++)
      w[b]! += r.lifetime[block * L.size + L.personPaidHist + k * bins + b]!;
  const total = w.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return 0;
  let acc = 0;
  for (let b = 1; b < bins; b++) {
    const next = acc + w[b]!;
    if (next >= total / 2) {
      const lo = PAID_EDGES[b]!;
      const hi = PAID_EDGES[b + 1];
      if (hi === undefined) return lo;
      return lo + ((total / 2 - acc) / w[b]!) * (hi - lo);
    }
    acc = next;
  }
  return PAID_EDGES[bins - 1]!;
}
