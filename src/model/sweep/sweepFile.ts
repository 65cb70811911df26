// The files that describe a sweep: sweep.json beside the merged (or single-run) results, and
// sweep-shard.json in each shard's directory. Both carry the grid (base scenario and parameters
// with their values listed) and its hash, which identifies the grid when shards are merged.
import { z } from 'zod';
import type { Scenario } from '../simulate/scenario.ts';
import type { JsonValue, SweepParameter } from './grid.ts';

export const SWEEP_FORMAT = 'care-cap-sweep';
export const SWEEP_SHARD_FORMAT = 'care-cap-sweep-shard';
/** Version of both layouts. */
export const SWEEP_FILE_VERSION = 1;

/** File names in a sweep's output directory. */
export const SWEEP_FILES = {
  description: 'sweep.json',
  shard: 'sweep-shard.json',
  tidy: 'sweep_tidy.csv',
  parquet: 'sweep_tidy.parquet',
  /** Each grid point's directory, `points/p001`, holding manifest.json and results.json. */
  pointsDir: 'points',
  manifest: 'manifest.json',
  results: 'results.json',
} as const;

/** The grid as recorded: the base scenario (defaults filled) and every parameter's values. */
export interface GridRecord {
  name?: string;
  base: Scenario;
  parameters: SweepParameter[];
}

/** sweep.json: the grid, and every point's directory and results hash. */
export interface SweepDescription extends GridRecord {
  format: typeof SWEEP_FORMAT;
  version: typeof SWEEP_FILE_VERSION;
  gridHash: string;
  app: { name: string; version: string; commit: string };
  createdAt: string;
  /** Shards merged into these results (null: one run). */
  mergedShards: number | null;
  files: { tidy: string; parquet?: string };
  points: {
    id: string;
    dir: string;
    parameters: Record<string, JsonValue>;
    replicates: number;
    resultsHash: string;
  }[];
}

/** sweep-shard.json: which (point, replicate) pairs this shard ran, and where their results are. */
export interface SweepShardDescription extends GridRecord {
  format: typeof SWEEP_SHARD_FORMAT;
  version: typeof SWEEP_FILE_VERSION;
  gridHash: string;
  shard: { index: number; count: number };
  createdAt: string;
  /** Points with at least one replicate in this shard. */
  points: { id: string; dir: string; replicates: number[] }[];
}

const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/, {
  error: 'must be "sha256:" followed by 64 lower-case hexadecimal digits',
});

/** What merging reads from a shard's sweep-shard.json (the grid is re-checked by its hash). */
export const sweepShardSchema = z.object({
  format: z.literal(SWEEP_SHARD_FORMAT, { error: `must be "${SWEEP_SHARD_FORMAT}"` }),
  version: z.literal(SWEEP_FILE_VERSION, { error: `must be ${SWEEP_FILE_VERSION}` }),
  gridHash: hash,
  name: z.string().optional(),
  base: z.record(z.string(), z.unknown()),
  parameters: z.array(
    z.object({ name: z.string(), path: z.string(), values: z.array(z.json()).min(1) }),
  ),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
  createdAt: z.string(),
  points: z.array(
    z.object({
      id: z.string().regex(/^p\d+$/),
      dir: z.string(),
      replicates: z.array(z.number().int().min(0)),
    }),
  ),
});

/** A grid's identity: SHA-256 of its record (base scenario with defaults, parameters, values). */
export async function gridHash(grid: GridRecord): Promise<string> {
  const text = JSON.stringify({
    format: `${SWEEP_FORMAT}/v${SWEEP_FILE_VERSION}`,
    base: grid.base,
    parameters: grid.parameters.map((p) => ({ name: p.name, path: p.path, values: p.values })),
  });
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
