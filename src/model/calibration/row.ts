// One line of the calibration table printed by `npm run calibrate`: a published target, the
// simulated value with its Monte Carlo interval, and whether it lies within the tolerance.
import { quantileSorted } from 'd3';
export interface CalibrationRow {
  /** What is measured, e.g. "Population 65+, England (2021)". */
  target: string;
  /** Published value as text, e.g. "10.4 m". */
  published: string;
  /** Source as given in MODEL.md, e.g. "[V] Census 2021". */
  source: string;
  /** Simulated point estimate (mean over replicates), in `unit`. */
  simulated: number;
  /** 5th and 95th percentile over replicates (equal to `simulated` for deterministic checks). */
  lo: number;
  hi: number;
  unit: string;
  /** Accepted range for the simulated value, inclusive. */
  tolerance: { min: number; max: number };
  pass: boolean;
}

/** Builds a row, deciding pass from whether the point estimate lies in the tolerance range. */
export function calibrationRow(r: Omit<CalibrationRow, 'pass'>): CalibrationRow {
  return { ...r, pass: r.simulated >= r.tolerance.min && r.simulated <= r.tolerance.max };
}

/** A row from one value per replicate: their mean, with their 5th and 95th percentiles. */
export function replicateRow(
  values: readonly number[],
  r: Omit<CalibrationRow, 'pass' | 'simulated' | 'lo' | 'hi'>,
): CalibrationRow {
  const xs = [...values].sort((a, b) => a - b);
  return calibrationRow({
    ...r,
    simulated: xs.reduce((s, x) => s + x, 0) / xs.length,
    lo: quantileSorted(xs, 0.05) ?? NaN,
    hi: quantileSorted(xs, 0.95) ?? NaN,
  });
}
