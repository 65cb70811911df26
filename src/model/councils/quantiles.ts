// Spread of uptake across councils: quantiles of an unweighted sample (each council counts once,
// as in the NHS Information Centre's "half of councils had less than 10%").
import { quantileSorted as d3QuantileSorted } from 'd3';

/** Quantiles of a distribution across councils (fractions). */
export interface Quantiles {
  min: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  max: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of ascending `sorted`: d3-array's R-7 linear interpolation. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  return d3QuantileSorted(Array.from(sorted), p) ?? NaN;
}

/** Quantiles of `values` (not modified), each multiplied by `scale` (e.g. to change basis). */
export function quantiles(values: ArrayLike<number>, scale = 1): Quantiles {
  return quantilesOfSorted(sortedCopy(values), scale);
}

/** An ascending copy of `values`, as a plain array (what d3's quantileSorted reads fastest). */
export const sortedCopy = (values: ArrayLike<number>): number[] =>
  Array.from(Float64Array.from(values).sort());

/** `quantiles` of values already sorted by `sortedCopy` (sort once, read on several scales). */
export function quantilesOfSorted(sorted: number[], scale = 1): Quantiles {
  const q = (p: number) => scale * (d3QuantileSorted(sorted, p) ?? NaN);
  return {
    min: q(0),
    p10: q(0.1),
    p25: q(0.25),
    p50: q(0.5),
    p75: q(0.75),
    p90: q(0.9),
    max: q(1),
  };
}

/** Share of `values` at or above `threshold` (fraction of councils). */
export function shareAtLeast(values: ArrayLike<number>, threshold: number): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) >= threshold) k++;
  return values.length === 0 ? NaN : k / values.length;
}
