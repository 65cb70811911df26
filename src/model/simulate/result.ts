// What one (replicate, slice) task returns and how slices add up into a replicate. Sums are taken
// in slice order, never completion order, so results do not depend on scheduling.
import { MEASURE_COUNT } from './measures.ts';
import { L, LIFETIME_GROUPS } from './lifetimeOutcomes.ts';
import type { PersonSampleRow } from '../export/personSample.ts';

/** Per-year measures of every arm, and lifetime blocks, for one task or one whole replicate. */
export interface PartialResult {
  replicate: number;
  /** Slice index, or -1 once slices have been combined. */
  slice: number;
  arms: number;
  years: number;
  /** values[(arm * MEASURE_COUNT + measure) * years + year] */
  values: Float64Array;
  /** lifetime[lifetimeBlock(arms, arm, group) * L.size + …] (see lifetimeOutcomes.ts) */
  lifetime: Float64Array;
  /** Person-years simulated (for speed reports). */
  personYears: number;
  /** Microdata rows of sampled people, when the scenario asks for a sample. */
  sample?: PersonSampleRow[];
}

export function emptyResult(
  replicate: number,
  slice: number,
  arms: number,
  years: number,
): PartialResult {
  return {
    replicate,
    slice,
    arms,
    years,
    values: new Float64Array(arms * MEASURE_COUNT * years),
    lifetime: new Float64Array(arms * LIFETIME_GROUPS * L.size),
    personYears: 0,
  };
}

/** Index into `values`. */
export const vi = (years: number, arm: number, measure: number, year: number): number =>
  (arm * MEASURE_COUNT + measure) * years + year;

/** Combines the slices of one replicate, adding them in slice order. */
export function combineSlices(parts: readonly PartialResult[]): PartialResult {
  const sorted = [...parts].sort((a, b) => a.slice - b.slice);
  const first = sorted[0];
  if (!first) throw new Error('combineSlices needs at least one slice');
  const out = emptyResult(first.replicate, -1, first.arms, first.years);
  for (const p of sorted) {
    if (p.replicate !== first.replicate) throw new Error('slices from different replicates');
    for (let i = 0; i < out.values.length; i++) out.values[i]! += p.values[i]!;
    for (let i = 0; i < out.lifetime.length; i++) out.lifetime[i]! += p.lifetime[i]!;
    out.personYears += p.personYears;
    // A loop, not push(...sample): a sample can hold 400,000 rows, too many arguments.
    if (p.sample?.length) for (const row of p.sample) (out.sample ??= []).push(row);
  }
  return out;
}
