// The raw results of a run (or a shard of one) as a JSON file: every replicate's arrays in
// base64, so that shards can be merged and re-summarised exactly, on any machine.
import { z } from 'zod';
import { emptyResult, type PartialResult } from './result.ts';
import { MEASURE_COUNT } from './measures.ts';
import { L, LIFETIME_GROUPS } from './lifetimeOutcomes.ts';
import type { Scenario } from './scenario.ts';

export const RESULTS_FORMAT = 'care-cap-results';

/**
 * The largest results file a valid scenario can produce (bytes): 1,000 replicates of 8 arms over
 * 50 years, each number 8 bytes in base64 (4/3), plus the scenario. Readers refuse anything larger.
 */
export function maxResultsFileBytes(): number {
  const perReplicate = 8 * (MEASURE_COUNT * 50 + LIFETIME_GROUPS * L.size) * 8;
  return Math.ceil((1_000 * (perReplicate * 4)) / 3) + 1_000 * 200 + 6 * (1 << 20);
}

export interface ResultsFile {
  format: typeof RESULTS_FORMAT;
  version: 1;
  scenario: Scenario;
  armNames: string[];
  /** The shard these replicates came from, or null for a whole run. */
  shard: { index: number; count: number } | null;
  replicates: { replicate: number; personYears: number; values: string; lifetime: string }[];
}

const toBase64 = (a: Float64Array): string => {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
};

const fromBase64 = (text: string): Float64Array => {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return new Float64Array(bytes.buffer);
};

/** Serialises whole replicates (typed arrays are little-endian on every supported platform). */
export function toResultsFile(
  scenario: Scenario,
  armNames: string[],
  reps: readonly PartialResult[],
  shard: ResultsFile['shard'] = null,
): ResultsFile {
  return {
    format: RESULTS_FORMAT,
    version: 1,
    scenario,
    armNames,
    shard,
    replicates: [...reps]
      .sort((a, b) => a.replicate - b.replicate)
      .map((r) => ({
        replicate: r.replicate,
        personYears: r.personYears,
        values: toBase64(r.values),
        lifetime: toBase64(r.lifetime),
      })),
  };
}

const resultsFileSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(1),
  scenario: z.record(z.string(), z.unknown()),
  armNames: z.array(z.string()).min(1),
  shard: z.object({ index: z.number().int(), count: z.number().int() }).nullable(),
  replicates: z.array(
    z.object({
      replicate: z.number().int().min(0),
      personYears: z.number(),
      values: z.string(),
      lifetime: z.string(),
    }),
  ),
});

/** Reads a results file back into replicates (throws with a message on a malformed file). */
export function fromResultsFile(json: unknown): {
  scenario: Scenario;
  armNames: string[];
  shard: ResultsFile['shard'];
  replicates: PartialResult[];
} {
  const f = resultsFileSchema.parse(json);
  const scenario = f.scenario as unknown as Scenario;
  const replicates = f.replicates.map((r) => {
    const out = emptyResult(r.replicate, -1, f.armNames.length, scenario.years);
    const values = fromBase64(r.values);
    const lifetime = fromBase64(r.lifetime);
    if (values.length !== out.values.length || lifetime.length !== out.lifetime.length) {
      throw new Error(`replicate ${r.replicate}: arrays have the wrong length for this scenario`);
    }
    out.values.set(values);
    out.lifetime.set(lifetime);
    out.personYears = r.personYears;
    return out;
  });
  return { scenario, armNames: f.armNames, shard: f.shard, replicates };
}
