// Command-line arguments of `npm run sweep`, parsed and checked as a pure function (no files, no
// process; the environment is passed in for --shard auto). Each refusal is one message naming the
// flag and what it allows.
import type { Shard } from './shardAuto.ts';
import {
  commonOptions,
  formatFlag,
  INT_FLAGS,
  intFlag,
  mergeFlags,
  parseCommandLine,
  shardFlags,
  type ArgsResult,
  type Env,
} from './commonArgs.ts';

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

/** Parses `argv` (without node and the script); never throws. */
export function parseSweepArgs(argv: readonly string[], env: Env = {}): ArgsResult<SweepArgs> {
  const p = parseCommandLine(
    {
      args: [...argv],
      options: {
        grid: { type: 'string', short: 'g' },
        out: { type: 'string', short: 'o' },
        ...commonOptions(
          'workers',
          'shard',
          'shard-count',
          'merge',
          'merge-glob',
          'format',
          'force',
          'json',
          'help',
        ),
      },
      strict: true,
      allowPositionals: true,
    },
    SWEEP_USAGE,
  );
  if (!p.ok) return p;
  const { values, positionals } = p.parsed;
  const args: SweepArgs = {
    help: values.help ?? false,
    format: 'csv',
    force: values.force ?? false,
    json: values.json ?? false,
  };
  if (args.help) return { ok: true, args };
  const fail = (message: string) => ({ ok: false as const, message });
  if (values.workers !== undefined) {
    const n = intFlag('workers', values.workers, INT_FLAGS.workers);
    if (typeof n === 'string') return fail(n);
    args.workers = n;
  }
  if (values.format !== undefined) {
    const f = formatFlag(values.format, 'sweep_tidy.parquet');
    if (typeof f !== 'string') return fail(f.error);
    args.format = f;
  }
  if (!values.out) return fail(`--out DIR is required\n${SWEEP_USAGE}`);
  args.out = values.out;
  const m = mergeFlags(
    values,
    positionals,
    SWEEP_USAGE,
    ['grid', 'shard', 'shard-count', 'workers', 'force'],
    (flag) =>
      flag === 'force'
        ? '--force: not allowed with --merge'
        : `--${flag}: not allowed with --merge (merging runs nothing)`,
  );
  if (typeof m === 'string') return fail(m);
  if (m) return { ok: true, args: { ...args, ...m } };
  const s = shardFlags(values, env);
  if (typeof s === 'string') return fail(s);
  if (s.shard) args.shard = s.shard;
  if (s.source) args.shardSource = s.source;
  if (!values.grid) return fail(`--grid FILE (or --merge DIR) is required\n${SWEEP_USAGE}`);
  args.grid = values.grid;
  return { ok: true, args };
}
