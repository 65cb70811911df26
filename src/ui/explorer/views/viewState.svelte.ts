import type { AgeGroupChoice } from '../../../model/simulate/measures.ts';

// Choices made on the views that are not part of the scenario (kept while switching pages).
export const viewState = $state<{
  /** Trade-offs: show the cap × upper capital limit grid (a second run). */
  grid: boolean;
  /** Trade-offs: the grid's colour, protection or cost. */
  gridMeasure: 'protected' | 'cost';
  /** Trade-offs: index of the arm whose policy is swept (the first reform by default). */
  sweptArm: number;
  /** Whose spending the council spending view counts: every adult, 65+ or 18–64. */
  ageGroup: AgeGroupChoice;
  /** The overview's yearly headlines: one calendar year, or null for the run's average. */
  headlineYear: number | null;
}>({
  grid: true,
  gridMeasure: 'protected',
  sweptArm: 1,
  ageGroup: '',
  headlineYear: null,
});

/**
 * Reform effects compare arm `a` against arm `b`: by default the first reform against the
 * baseline. Indices into the scenario's arms; `comparison` falls back to the default when the
 * scenario has fewer arms.
 */
export const compareState = $state<{ a: number; b: number }>({ a: 1, b: 0 });

/** The pair compared for a scenario with `armCount` arms (a ≠ b when there are two or more). */
export function comparison(armCount: number): { a: number; b: number } {
  const ok = (i: number) => i >= 0 && i < armCount;
  if (ok(compareState.a) && ok(compareState.b) && compareState.a !== compareState.b)
    return { a: compareState.a, b: compareState.b };
  return { a: Math.min(1, armCount - 1), b: 0 };
}
