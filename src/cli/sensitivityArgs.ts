// Command-line arguments of `npm run sensitivity`, parsed and checked as a pure function (the
// environment is passed in for --shard auto). Each refusal is one message naming the flag.
import { parseArgs } from 'node:util';
import { INT_FLAGS, type ArgsResult } from './simulateArgs.ts';
import { parseShardFlag, type Shard } from './shardAuto.ts';

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

type Env = Readonly<Record<string, string | undefined>>;

function int(name: string, value: string, min: number, max: number): number | string {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max)
    return `--${name}: found "${value}"; allowed: a whole number between ${min} and ${max}`;
  return n;
}

/** Parses `argv` (without node and the script); never throws. */
export function parseSensitivityArgs(
  argv: readonly string[],
  env: Env = {},
): ArgsResult<SensitivityArgs> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
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
        replicates: { type: 'string' },
        population: { type: 'string' },
        years: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        out: { type: 'string' },
        shard: { type: 'string' },
        'shard-count': { type: 'string' },
        merge: { type: 'string', multiple: true },
        'merge-glob': { type: 'string', multiple: true },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${SENSITIVITY_USAGE}` };
  }
  const args: SensitivityArgs = {
    help: values.help ?? false,
    method: 'sobol',
    bootstrap: 1000,
    force: values.force ?? false,
    json: values.json ?? false,
  };
  if (args.help) return { ok: true, args };
  const fail = (message: string) => ({ ok: false as const, message });
  if (values.out !== undefined) {
    if (!values.out) return fail('--out: found ""; allowed: a directory name');
    args.out = values.out;
  }
  if (values.bootstrap !== undefined) {
    const [min, max] = SENSITIVITY_INT_FLAGS.bootstrap;
    const b = int('bootstrap', values.bootstrap, min, max);
    if (typeof b === 'string') return fail(b);
    args.bootstrap = b;
  }
  const merging = values.merge !== undefined || values['merge-glob'] !== undefined;
  if (positionals.length && !merging)
    return fail(
      `Unexpected argument '${positionals[0]}'. This command takes directories without a flag only when merging (--merge, --merge-glob)\n${SENSITIVITY_USAGE}`,
    );
  if (merging) {
    for (const flag of [
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
    ] as const)
      if (values[flag] !== undefined)
        return fail(`--${flag}: not allowed with --merge (the shards fix the analysis)`);
    args.merge = [...(values.merge ?? []), ...positionals];
    args.mergeGlob = values['merge-glob'] ?? [];
    return { ok: true, args };
  }
  if (!values.scenario)
    return fail(`--scenario FILE (or --merge DIR) is required\n${SENSITIVITY_USAGE}`);
  args.scenario = values.scenario;
  if (values.method !== undefined && values.method !== 'sobol')
    return fail(`--method: found "${values.method}"; allowed: sobol`);
  if (values.n === undefined)
    return fail(
      '--n: required; allowed: the base sample size N, a whole number between 2 and 100000 (the analysis runs N(k + 2) scenarios)',
    );
  const n = int('n', values.n, ...SENSITIVITY_INT_FLAGS.n);
  if (typeof n === 'string') return fail(n);
  args.n = n;
  if (values.measure !== undefined) args.measure = values.measure;
  if (values.arm !== undefined) args.arm = values.arm;
  if (values.year !== undefined && values.average)
    return fail(
      '--year: not allowed with --average (choose one year, or the average over the years)',
    );
  if (values.year !== undefined) {
    const y = int('year', values.year, 2000, 2200);
    if (typeof y === 'string') return fail(y);
    args.year = y;
  }
  for (const name of ['replicates', 'population', 'years', 'workers'] as const) {
    const v = values[name];
    if (v === undefined) continue;
    const [min, max] = INT_FLAGS[name];
    const x = int(name, v, min, max);
    if (typeof x === 'string') return fail(x);
    args[name] = x;
  }
  if (values.seed !== undefined) args.seed = values.seed;
  const s = parseShardFlag(values.shard, values['shard-count'], env);
  if (typeof s === 'string') return fail(s);
  if (s.shard) {
    if (!args.out)
      return fail('--out: required with --shard (each shard writes its own directory)');
    args.shard = s.shard;
  }
  if (s.source) args.shardSource = s.source;
  return { ok: true, args };
}
