// Deterministic inputs for the export tests: a small scenario and whole replicates filled with
// awkward doubles (no engine needed).
import { scenarioSchema, type Scenario } from '../../../src/model/simulate/scenario.ts';
import { emptyResult, type PartialResult } from '../../../src/model/simulate/result.ts';
import { L } from '../../../src/model/simulate/lifetimeOutcomes.ts';
import { buildManifest } from '../../../src/model/export/manifest.ts';

/** Two arms, three years, four replicates; a name that needs CSV quoting. */
export const scenario: Scenario = scenarioSchema.parse({
  name: 'Cap test, "quoted"\nsecond line',
  seed: 'export-tests',
  startYear: 2026,
  years: 3,
  replicates: 4,
  population: 1_000,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform 2021', policy: { preset: 'reform-2021', overrides: { cap: 100_000 } } },
  ],
});

export const armNames = scenario.arms.map((a) => a.name);

// Values that break naive number formatting: long mantissas, tiny, huge and subnormal numbers.
const AWKWARD = [0.1 + 0.2, 1 / 3, 1e-300, -5e20, 5e-324, Number.MAX_VALUE, 123456789.12345679];

/** Whole replicate `r` with every value a distinct full-precision double (fixed formula). */
export function replicate(
  r: number,
  arms = 2,
  years = 3,
  measures?: number,
  lifetimeBlocks?: number,
): PartialResult {
  const out = emptyResult(r, -1, arms, years);
  // A fixed measure count and lifetime length keep a recorded hash independent of the engine's
  // measure list and lifetime layout.
  if (measures !== undefined) out.values = new Float64Array(arms * measures * years);
  if (lifetimeBlocks !== undefined) out.lifetime = new Float64Array(lifetimeBlocks * L.size);
  for (let i = 0; i < out.values.length; i++) {
    out.values[i] = AWKWARD[i % 10] ?? (i + 1) * 1_000.000_1 * (r + 1) + (r * 7 + i) / 3;
  }
  for (let i = 0; i < out.lifetime.length; i++) out.lifetime[i] = (i * 31 + r) / 7;
  out.personYears = 1_000 * years;
  return out;
}

/** All replicates of `scenario`. */
export const results = (n = scenario.replicates, arms = 2, years = 3): PartialResult[] =>
  Array.from({ length: n }, (_, r) => replicate(r, arms, years));

/**
 * The replicates whose hash was recorded and computed independently in Python: 18 measures and
 * one lifetime block per arm, as the engine had when the hash scheme was written.
 */
export const recordedResults = (): PartialResult[] =>
  Array.from({ length: 4 }, (_, r) => replicate(r, 2, 3, 18, 2));

/**
 * What the Parquet tests write: every replicate of `scenario`, one value NaN (an uptake share with
 * no users, the CSV's NA), and the manifest of those results.
 */
export async function parquetInputs(): Promise<{
  reps: PartialResult[];
  manifest: Awaited<ReturnType<typeof buildManifest>>;
}> {
  const reps = results();
  reps[1]!.values[5] = NaN;
  const manifest = await buildManifest({
    app: { version: '0.1.0', commit: 'abc1234' },
    scenario,
    results: reps,
    createdAt: new Date('2026-04-01T12:00:00.000Z'),
  });
  return { reps, manifest };
}
