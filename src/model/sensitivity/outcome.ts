// The one number a sensitivity analysis explains: a measure of one arm (or its difference from
// the first arm), in one year or averaged over the years, per replicate; a run's outcome is its
// mean over replicates. Default: the second arm minus the first (reform − baseline) of
// council_net_spend, averaged over the years. Pure functions.
import { measureDefs, M, type MeasureName } from '../simulate/measures.ts';
import { vi, type PartialResult } from '../simulate/result.ts';
import type { Scenario } from '../simulate/scenario.ts';

export interface OutcomeSpec {
  measure: MeasureName;
  /** The arm's index; its level when `difference` is false. */
  arm: number;
  /** Arm minus the first arm (replicate by replicate). */
  difference: boolean;
  /** A calendar year, or null for the average over the run's years. */
  year: number | null;
}

/** The default outcome for a scenario: second arm − first (or the only arm's level). */
export function defaultOutcome(s: Pick<Scenario, 'arms'>): OutcomeSpec {
  return s.arms.length > 1
    ? { measure: 'council_net_spend', arm: 1, difference: true, year: null }
    : { measure: 'council_net_spend', arm: 0, difference: false, year: null };
}

/** Checks an outcome against a scenario: null, or what is wrong (naming the flag). */
export function checkOutcome(
  spec: OutcomeSpec,
  s: Pick<Scenario, 'arms' | 'startYear' | 'years'>,
): string | null {
  if (!measureDefs.some((d) => d.name === spec.measure))
    return `--measure: found "${spec.measure}"; allowed: one of ${measureDefs.map((d) => d.name).join(', ')}`;
  if (spec.year !== null && (spec.year < s.startYear || spec.year >= s.startYear + s.years))
    return `--year: found ${spec.year}; allowed: a year the scenario simulates, ${s.startYear} to ${s.startYear + s.years - 1}`;
  if (spec.arm >= s.arms.length) return `the scenario has no arm ${spec.arm + 1}`;
  return null;
}

/** In words, e.g. "council_net_spend, reform − baseline, mean of 2026–2045". */
export function describeOutcome(
  spec: OutcomeSpec,
  s: Pick<Scenario, 'arms' | 'startYear' | 'years'>,
): string {
  const arm = s.arms[spec.arm]!.name;
  const which = spec.difference ? `${arm} − ${s.arms[0]!.name}` : arm;
  const when =
    spec.year === null ? `mean of ${s.startYear}–${s.startYear + s.years - 1}` : String(spec.year);
  return `${spec.measure}, ${which}, ${when}`;
}

/** The outcome of one whole replicate. */
export function replicateOutcome(r: PartialResult, spec: OutcomeSpec, startYear: number): number {
  const m = M[spec.measure];
  const at = (arm: number, y: number) => r.values[vi(r.years, arm, m, y)]!;
  const one = (y: number) => (spec.difference ? at(spec.arm, y) - at(0, y) : at(spec.arm, y));
  if (spec.year !== null) return one(spec.year - startYear);
  let sum = 0;
  for (let y = 0; y < r.years; y++) sum += one(y);
  return sum / r.years;
}

/** A run's outcome: the mean over its replicates of each replicate's outcome. */
export function runOutcome(
  reps: readonly PartialResult[],
  spec: OutcomeSpec,
  startYear: number,
): number {
  let sum = 0;
  for (const r of reps) sum += replicateOutcome(r, spec, startYear);
  return sum / reps.length;
}
