// Command-line arguments of `npm run sweep`, parsed and checked as a pure function (no files, no
// process; the environment is passed in for --shard auto). Each refusal is one message naming the
// flag and what it allows.
import { parseArgs } from 'node:util';
import { INT_FLAGS, type ArgsResult } from './simulateArgs.ts';
import { parseShardFlag, type Shard } from './shardAuto.ts';

export const SWEEP_USAGE = `usage: npm run sweep -- --grid FILE.json --out DIR [--workers N] [--shard i/n|auto [--shard-count N]]
                      [--format csv|parquet] [--force] [--json]
       npm run sweep -- --merge DIR [--merge DIR …] [--merge-glob PATTERN …] --out DIR
                      [--format csv|parquet] [--json]`;

export interface SweepArgs {
  help: boolean;
  /** The grid file; required unless merging. */
  grid?: string;
  /** Output directory (written atomically); required. */
  out?: string;
  workers?: number;
  shard?: Shard;
  /** Where --shard auto found the shard, for the log. */
  shardSource?: string;
  /** Shard directories to merge, as given, then the --merge-glob patterns. */
  merge?: string[];
  mergeGlob?: string[];
  /** `parquet`: also write sweep_tidy.parquet (the CSV is always written). */
  format: 'csv' | 'parquet';
  /** Run even when the time estimate is over the limit (never the memory limit). */
  force: boolean;
  /** Print sweep.json (or sweep-shard.json) on stdout. */
  json: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Parses `argv` (without node and the script); never throws. */
export function parseSweepArgs(argv: readonly string[], env: Env = {}): ArgsResult<SweepArgs> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        grid: { type: 'string', short: 'g' },
        out: { type: 'string', short: 'o' },
        workers: { type: 'string' },
        shard: { type: 'string' },
        'shard-count': { type: 'string' },
        merge: { type: 'string', multiple: true },
        'merge-glob': { type: 'string', multiple: true },
        format: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${SWEEP_USAGE}` };
  }
  const args: SweepArgs = {
    help: values.help ?? false,
    format: 'csv',
    force: values.force ?? false,
    json: values.json ?? false,
  };
  if (args.help) return { ok: true, args };
  if (values.workers !== undefined) {
    const [min, max] = INT_FLAGS.workers;
    const n = Number(values.workers);
    if (!Number.isInteger(n) || n < min || n > max)
      return {
        ok: false,
        message: `--workers: found "${values.workers}"; allowed: a whole number between ${min} and ${max}`,
      };
    args.workers = n;
  }
  if (values.format !== undefined) {
    if (values.format !== 'csv' && values.format !== 'parquet')
      return {
        ok: false,
        message: `--format: found "${values.format}"; allowed: csv (the default) or parquet (sweep_tidy.parquet as well)`,
      };
    args.format = values.format;
  }
  if (!values.out) return { ok: false, message: `--out DIR is required\n${SWEEP_USAGE}` };
  args.out = values.out;
  const merging = values.merge !== undefined || values['merge-glob'] !== undefined;
  // Extra words are shard directories, for merging only: `npm run` hands its arguments to a shell
  // that expands a glob again, so --merge-glob 'runs/s*' may arrive as --merge-glob runs/s1 runs/s2.
  if (positionals.length && !merging)
    return {
      ok: false,
      message: `Unexpected argument '${positionals[0]}'. This command takes directories without a flag only when merging (--merge, --merge-glob)\n${SWEEP_USAGE}`,
    };
  if (merging) {
    for (const flag of ['grid', 'shard', 'shard-count', 'workers'] as const)
      if (values[flag] !== undefined)
        return { ok: false, message: `--${flag}: not allowed with --merge (merging runs nothing)` };
    if (values.force) return { ok: false, message: '--force: not allowed with --merge' };
    args.merge = [...(values.merge ?? []), ...positionals];
    args.mergeGlob = values['merge-glob'] ?? [];
    return { ok: true, args };
  }
  const s = parseShardFlag(values.shard, values['shard-count'], env);
  if (typeof s === 'string') return { ok: false, message: s };
  if (s.shard) args.shard = s.shard;
  if (s.source) args.shardSource = s.source;
  if (!values.grid)
    return { ok: false, message: `--grid FILE (or --merge DIR) is required\n${SWEEP_USAGE}` };
  args.grid = values.grid;
  return { ok: true, args };
}
