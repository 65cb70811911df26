// How the explorer writes a Monte Carlo result: the mean and its 5th–95th percentile interval.
import type { SummaryPoint } from '../../../model/simulate/summarise.ts';

/** Fewest replicates for an interval: with fewer, an interval reads "refining". */
export const MIN_INTERVAL_REPLICATES = 5;

/** "£1.2 bn (90% interval £1.0 bn to £1.4 bn)" with the given formatter. */
export const withInterval = (p: SummaryPoint, f: (n: number) => string): string =>
  `${f(p.mean)} (${f(p.p5)} to ${f(p.p95)})`;

/** Compact form for read-outs: "£1.2 bn [£1.0 bn, £1.4 bn]". */
export const compactInterval = (p: Omit<SummaryPoint, 'year'>, f: (n: number) => string): string =>
  `${f(p.mean)} [${f(p.p5)}, ${f(p.p95)}]`;

/** Lowest p5 and highest p95 of some points, always including 0. */
export function extentOf(points: readonly Omit<SummaryPoint, 'year'>[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const p of points) {
    lo = Math.min(lo, p.p5, p.mean);
    hi = Math.max(hi, p.p95, p.mean);
  }
  if (lo === hi) hi = lo + 1;
  return [lo, hi];
}

/** Whole-year ticks when there are few years (d3 would pick half years). */
export const yearTicks = (first: number, last: number): number[] | undefined =>
  last - first < 8 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : undefined;
