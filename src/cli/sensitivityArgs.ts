// Command-line arguments of `npm run sensitivity`, parsed and checked as a pure function (the
// environment is passed in for --shard auto). Each refusal is one message naming the flag.
import type { Shard } from './shardAuto.ts';
import {
  commonOptions,
  intFlag,
  intFlags,
  mergeFlags,
  outFlag,
  parseCommandLine,
  RUN_OPTIONS,
  shardFlags,
  type ArgsResult,
  type Env,
} from './commonArgs.ts';

export const SENSITIVITY_USAGE = `usage: npm run sensitivity -- --scenario FILE.json --method sobol --n N [--measure NAME]
                            [--arm NAME] [--year Y | --average] [--bootstrap B] [--out DIR]
                            [--replicates N] [--population N] [--years N] [--seed TEXT]
                            [--workers N] [--shard i/n|auto [--shard-count N]] [--force] [--json]
       npm run sensitivity -- --merge DIR [--merge DIR …] [--merge-glob PATTERN] [--out DIR] [--json]`;

/** Range of --n (base sample size) and --bootstrap (resamples). */
export const SENSITIVITY_INT_FLAGS = { n: [2, 100_000], bootstrap: [0, 100_000] } as const;

export interface SensitivityArgs {
  help: boolean;
  scenario?: string;
  method: 'sobol';
  n?: number;
  measure?: string;
  /** Arm whose difference from the first arm is explained (default the second). */
  arm?: string;
  /** A calendar year, or undefined for the average over the years (--average, the default). */
  year?: number;
  bootstrap: number;
  replicates?: number;
  population?: number;
  years?: number;
  seed?: string;
  workers?: number;
  out?: string;
  shard?: Shard;
  shardSource?: string;
  merge?: string[];
  mergeGlob?: string[];
  force: boolean;
  json: boolean;
}

/** Parses `argv` (without node and the script); never throws. */
export function parseSensitivityArgs(
  argv: readonly string[],
  env: Env = {},
): ArgsResult<SensitivityArgs> {
  const p = parseCommandLine(
    {
      args: [...argv],
      options: {
        scenario: { type: 'string', short: 's' },
        method: { type: 'string' },
        n: { type: 'string' },
        measure: { type: 'string' },
        arm: { type: 'string' },
        year: { type: 'string' },
        average: { type: 'boolean' },
        bootstrap: { type: 'string' },
        ...RUN_OPTIONS,
        ...commonOptions('merge', 'merge-glob', 'force', 'json', 'help'),
      },
      strict: true,
      allowPositionals: true,
    },
    SENSITIVITY_USAGE,
  );
  if (!p.ok) return p;
  const { values, positionals } = p.parsed;
  const args: SensitivityArgs = {
    help: values.help ?? false,
    method: 'sobol',
    bootstrap: 1000,
    force: values.force ?? false,
    json: values.json ?? false,
  };
  if (args.help) return { ok: true, args };
  const fail = (message: string) => ({ ok: false as const, message });
  const int = (name: string, value: string, range: readonly [number, number]) =>
    intFlag(name, value, range, true);
  if (values.out !== undefined) {
    const o = outFlag(values.out);
    if (typeof o === 'string') return fail(o);
    args.out = o.out;
  }
  if (values.bootstrap !== undefined) {
    const b = int('bootstrap', values.bootstrap, SENSITIVITY_INT_FLAGS.bootstrap);
    if (typeof b === 'string') return fail(b);
    args.bootstrap = b;
  }
  const m = mergeFlags(
    values,
    positionals,
    SENSITIVITY_USAGE,
    [
      'scenario',
      'method',
      'n',
      'measure',
      'arm',
      'year',
      'average',
      'replicates',
      'population',
      'years',
      'seed',
      'workers',
      'shard',
      'shard-count',
      'force',
    ],
    (flag) => `--${flag}: not allowed with --merge (the shards fix the analysis)`,
  );
  if (typeof m === 'string') return fail(m);
  if (m) return { ok: true, args: { ...args, ...m } };
  if (!values.scenario)
    return fail(`--scenario FILE (or --merge DIR) is required\n${SENSITIVITY_USAGE}`);
  args.scenario = values.scenario;
  if (values.method !== undefined && values.method !== 'sobol')
    return fail(`--method: found "${values.method}"; allowed: sobol`);
  if (values.n === undefined)
    return fail(
      '--n: required; allowed: the base sample size N, a whole number between 2 and 100000 (the analysis runs N(k + 2) scenarios)',
    );
  const n = int('n', values.n, SENSITIVITY_INT_FLAGS.n);
  if (typeof n === 'string') return fail(n);
  args.n = n;
  if (values.measure !== undefined) args.measure = values.measure;
  if (values.arm !== undefined) args.arm = values.arm;
  if (values.year !== undefined && values.average)
    return fail(
      '--year: not allowed with --average (choose one year, or the average over the years)',
    );
  if (values.year !== undefined) {
    const y = int('year', values.year, [2000, 2200]);
    if (typeof y === 'string') return fail(y);
    args.year = y;
  }
  const ints = intFlags(values, true);
  if (typeof ints === 'string') return fail(ints);
  Object.assign(args, ints);
  if (values.seed !== undefined) args.seed = values.seed;
  const s = shardFlags(values, env);
  if (typeof s === 'string') return fail(s);
  if (s.shard) {
    if (!args.out)
      return fail('--out: required with --shard (each shard writes its own directory)');
    args.shard = s.shard;
  }
  if (s.source) args.shardSource = s.source;
  return { ok: true, args };
}
