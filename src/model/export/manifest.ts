// A run's manifest: everything needed to replay it (app version, full scenario, seed, engine
// settings, data sources) and the hash its results must reproduce.
import { z } from 'zod';
import { scenarioSchema, type ScenarioInput } from '../simulate/scenario.ts';
import { measureDefs } from '../simulate/measures.ts';
import { L } from '../simulate/lifetimeOutcomes.ts';
import { sliceCount } from '../simulate/plan.ts';
import type { PartialResult } from '../simulate/result.ts';
import { dataSourcesFor } from './dataSources.ts';
import { hashResults, RESULTS_HASH_SCHEME } from './hash.ts';

export { hashResults, RESULTS_HASH_SCHEME } from './hash.ts';

/** Version of the manifest layout (independent of the scenario's `schemaVersion`). */
export const MANIFEST_VERSION = 1;

/** Name stamped on manifests when the caller gives none (package.json `name`). */
export const APP_NAME = 'care-cap-simulator';

const label = (max: number) =>
  z
    .string({ error: `must be text of 1–${max} characters` })
    .min(1, { error: `must be text of 1–${max} characters` })
    .max(max, { error: `must be text of 1–${max} characters` });

const count = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number between ${min} and ${max}` })
    .int({ error: `must be a whole number between ${min} and ${max}` })
    .min(min, { error: `must be a whole number between ${min} and ${max}` })
    .max(max, { error: `must be a whole number between ${min} and ${max}` });

export const dataSourceSchema = z
  .object(
    { name: label(300), year: label(100), source: label(2000) },
    { error: 'must be an object {name, year, source}' },
  )
  .strict();

export const engineSettingsSchema = z
  .object(
    {
      sliceSize: count(1_000, 1_000_000).meta({ unit: 'people', meaning: 'People per task' }),
      slices: count(1, 20_000).meta({ unit: 'tasks', meaning: 'Tasks per replicate' }),
      measures: z
        .array(label(100))
        .max(1_000)
        .meta({ meaning: 'Measure names in the order of the results arrays' }),
      lifetimeBlockSize: count(0, 1_000_000).meta({
        meaning:
          'Numbers in one lifetime block; the results hold a block per arm for all ages, then one per arm for people who died aged 65+, then aged 18–64',
      }),
      hashScheme: label(100).meta({ meaning: 'Byte layout the results hash was computed over' }),
    },
    { error: 'must be an object {sliceSize, slices, measures, lifetimeBlockSize, hashScheme}' },
  )
  .strict();

/**
 * The shards (`--shard i/n`) whose replicates a manifest's results hold: one for a shard's own
 * output, all of them for a merge. Absent for a run of every replicate at once.
 */
export const shardsSchema = z
  .object(
    {
      count: count(1, 1_000).meta({ meaning: 'Shards the replicates were split into (n)' }),
      held: z
        .array(count(1, 1_000))
        .min(1)
        .max(1_000)
        .refine((a) => a.every((x, i) => i === 0 || x > a[i - 1]!), {
          error: 'must be shard numbers in increasing order, each once',
        })
        .meta({ meaning: 'Shard numbers (i, from 1) whose replicates the results hold' }),
    },
    { error: 'must be an object {count, held}' },
  )
  .strict()
  .refine((s) => s.held.every((i) => i <= s.count), { error: 'held shards must be ≤ count' });

export const manifestSchema = z
  .object(
    {
      manifestVersion: z.literal(MANIFEST_VERSION, {
        error: `must be ${MANIFEST_VERSION} (the only manifest version so far)`,
      }),
      app: z
        .object(
          { name: label(100), version: label(100), commit: label(100) },
          { error: 'must be an object {name, version, commit}' },
        )
        .strict(),
      scenario: scenarioSchema,
      seed: label(200),
      replicates: count(1, 1_000),
      population: count(100, 20_000_000),
      engine: engineSettingsSchema,
      dataSources: z
        .array(dataSourceSchema, { error: 'must be a list of {name, year, source}' })
        .max(500, { error: 'at most 500 sources' }),
      createdAt: z.iso.datetime({
        offset: true,
        error: 'must be an ISO 8601 date-time, e.g. 2026-04-01T12:00:00.000Z',
      }),
      resultsHash: z.string({ error: 'must be text' }).regex(/^sha256:[0-9a-f]{64}$/, {
        error: 'must be "sha256:" followed by 64 lower-case hexadecimal digits',
      }),
      shards: shardsSchema.optional(),
    },
    { error: 'must be an object (a run manifest)' },
  )
  .strict()
  .superRefine((m, ctx) => {
    // The top-level copies are for people reading the file; they must agree with the scenario.
    const same = (key: 'seed' | 'replicates' | 'population') => {
      if (m[key] !== m.scenario[key])
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must equal scenario.${key} (${JSON.stringify(m.scenario[key])})`,
        });
    };
    same('seed');
    same('replicates');
    same('population');
    if (m.engine.sliceSize !== m.scenario.engine.sliceSize)
      ctx.addIssue({
        code: 'custom',
        path: ['engine', 'sliceSize'],
        message: `must equal scenario.engine.sliceSize (${m.scenario.engine.sliceSize})`,
      });
  });

/** A validated manifest (scenario with every default filled in). */
export type Manifest = z.infer<typeof manifestSchema>;
export type DataSourceEntry = z.infer<typeof dataSourceSchema>;

/** What `buildManifest` needs; give either the results or their hash from `hashResults`. */
export interface ManifestArgs {
  /** The app: `name` defaults to APP_NAME; `version` and `commit` are injected by the CLI/app. */
  app: { name?: string; version: string; commit: string };
  /** The scenario run (defaults are filled in). */
  scenario: ScenarioInput;
  /** Whole replicates (slices combined), in any order. */
  results?: readonly PartialResult[];
  /** `hashResults(results)`, when already computed. */
  resultsHash?: string;
  /** Time of the run; default now. */
  createdAt?: Date;
  /** The shards the results hold, when they are not the whole run. */
  shards?: { count: number; held: number[] };
}

/**
 * Builds and validates the manifest of a run.
 *
 * @throws if the scenario is invalid, or neither results nor their hash are given.
 */
export async function buildManifest(args: ManifestArgs): Promise<Manifest> {
  const scenario = scenarioSchema.parse(args.scenario);
  const resultsHash =
    args.resultsHash ?? (args.results ? await hashResults(args.results) : undefined);
  if (resultsHash === undefined) throw new Error('buildManifest needs results or resultsHash');
  return manifestSchema.parse({
    manifestVersion: MANIFEST_VERSION,
    app: { name: args.app.name ?? APP_NAME, version: args.app.version, commit: args.app.commit },
    scenario,
    seed: scenario.seed,
    replicates: scenario.replicates,
    population: scenario.population,
    engine: {
      sliceSize: scenario.engine.sliceSize,
      slices: sliceCount(scenario),
      measures: measureDefs.map((d) => d.name),
      lifetimeBlockSize: L.size,
      hashScheme: RESULTS_HASH_SCHEME,
    },
    dataSources: dataSourcesFor(
      scenario.arms.map((a) => a.policy),
      scenario.council,
    ),
    createdAt: (args.createdAt ?? new Date()).toISOString(),
    resultsHash,
    ...(args.shards ? { shards: args.shards } : {}),
  });
}

/** Re-hashes results and compares with the manifest: `ok` when a replay reproduced the run. */
export async function checkResultsHash(
  manifest: Pick<Manifest, 'resultsHash'>,
  results: readonly PartialResult[],
): Promise<{ ok: boolean; expected: string; actual: string }> {
  const actual = await hashResults(results);
  return { ok: actual === manifest.resultsHash, expected: manifest.resultsHash, actual };
}
