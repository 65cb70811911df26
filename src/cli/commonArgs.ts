// The flags that `npm run simulate`, `npm run sweep` and `npm run sensitivity` share, and their
// checks, in one place: each command's parser (simulateArgs.ts, sweepArgs.ts, sensitivityArgs.ts)
// picks the options it takes and calls these in its own order. Pure; every refusal is one message
// naming the flag and what it allows.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { scenarioParameterDocs } from '../model/parameters/scenarioParameters.ts';
import { parseShardFlag, type Shard } from './shardAuto.ts';

export type ArgsResult<T> = { ok: true; args: T } | { ok: false; message: string };

export type Env = Readonly<Record<string, string | undefined>>;

/** parseArgs options of the shared flags. */
export const COMMON_OPTIONS = {
  replicates: { type: 'string' },
  population: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  out: { type: 'string' },
  shard: { type: 'string' },
  'shard-count': { type: 'string' },
  format: { type: 'string' },
  merge: { type: 'string', multiple: true },
  'merge-glob': { type: 'string', multiple: true },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type CommonName = keyof typeof COMMON_OPTIONS;

/** The shared options named, for a command's parseArgs. */
export function commonOptions<K extends CommonName>(...names: K[]): Pick<typeof COMMON_OPTIONS, K> {
  return Object.fromEntries(names.map((n) => [n, COMMON_OPTIONS[n]])) as Pick<
    typeof COMMON_OPTIONS,
    K
  >;
}

const range = (d: { min: number; max: number }) => [d.min, d.max] as const;

/** Range of each whole-number flag, from the scenario parameters' docs (workers: the CLI's own). */
export const INT_FLAGS = {
  replicates: range(scenarioParameterDocs.replicates),
  population: range(scenarioParameterDocs.population),
  years: range(scenarioParameterDocs.years),
  workers: [1, 64],
} as const;

type IntFlag = keyof typeof INT_FLAGS;

/** The flags of a command that runs one scenario: its overrides, the workers, --out, the shard. */
export const RUN_OPTIONS = commonOptions(
  'replicates',
  'population',
  'years',
  'seed',
  'workers',
  'out',
  'shard',
  'shard-count',
);

/** --replicates, --population, --years and --workers, each in its INT_FLAGS range (intFlag). */
export function intFlags(
  values: Partial<Record<IntFlag, string>>,
  digitsOnly = false,
): Partial<Record<IntFlag, number>> | string {
  const out: Partial<Record<IntFlag, number>> = {};
  for (const name of ['replicates', 'population', 'years', 'workers'] as const) {
    const v = values[name];
    if (v === undefined) continue;
    const n = intFlag(name, v, INT_FLAGS[name], digitsOnly);
    if (typeof n === 'string') return n;
    out[name] = n;
  }
  return out;
}

/**
 * A whole number flag's value in [min, max], or the message naming the flag and its range.
 * `digitsOnly`: only digits (refuses "1e3", which Number() reads as 1000).
 */
export function intFlag(
  name: string,
  value: string,
  [min, max]: readonly [number, number],
  digitsOnly = false,
): number | string {
  const n = Number(value);
  if ((digitsOnly && !/^\d+$/.test(value.trim())) || !Number.isInteger(n) || n < min || n > max)
    return `--${name}: found "${value}"; allowed: a whole number between ${min} and ${max}`;
  return n;
}

/** --out's value: any name but the empty one. */
export const outFlag = (value: string): string | { out: string } =>
  value ? { out: value } : '--out: found ""; allowed: a directory name';

/** --format's value: csv, or parquet (the named file written beside the CSV). */
export function formatFlag(
  value: string,
  parquetFile: string,
): 'csv' | 'parquet' | { error: string } {
  if (value === 'csv' || value === 'parquet') return value;
  return {
    error: `--format: found "${value}"; allowed: csv (the default) or parquet (${parquetFile} as well)`,
  };
}

/** --shard (i/n or auto) and --shard-count, with --shard auto read from `env`. */
export const shardFlags = (
  values: { shard?: string; 'shard-count'?: string },
  env: Env,
): { shard?: Shard; source?: string } | string =>
  parseShardFlag(values.shard, values['shard-count'], env);

/**
 * The shard directories of a merge (--merge, then the bare words, then --merge-glob patterns), or
 * the message: bare words are refused when not merging (`npm run` hands its arguments to a shell
 * that expands a glob again, so --merge-glob 'runs/s*' may arrive as --merge-glob runs/s1 runs/s2),
 * and so is any flag of `runOnly` given with a merge (`refuse(flag)` says why). Undefined: not a
 * merge.
 */
export function mergeFlags(
  values: { merge?: string[]; 'merge-glob'?: string[] } & Record<string, unknown>,
  positionals: readonly string[],
  usage: string,
  runOnly: readonly string[],
  refuse: (flag: string) => string,
): { merge: string[]; mergeGlob: string[] } | undefined | string {
  const merging = values.merge !== undefined || values['merge-glob'] !== undefined;
  if (positionals.length && !merging)
    return `Unexpected argument '${positionals[0]}'. This command takes directories without a flag only when merging (--merge, --merge-glob)\n${usage}`;
  if (!merging) return undefined;
  for (const flag of runOnly) if (values[flag] !== undefined) return refuse(flag);
  return {
    merge: [...(values.merge ?? []), ...positionals],
    mergeGlob: values['merge-glob'] ?? [],
  };
}

/** parseArgs with `config` (strict), or the message with the usage. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): { ok: true; parsed: ReturnType<typeof parseArgs<T>> } | { ok: false; message: string } {
  try {
    return { ok: true, parsed: parseArgs(config) };
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${usage}` };
  }
}
