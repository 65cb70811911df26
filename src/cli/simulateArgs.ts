// Command-line arguments of `npm run simulate`, parsed and checked as a pure function (no files,
// no process), so that every refusal can be tested without starting a process. Each refusal is
// one message naming the flag and what it allows.
import { parseArgs } from 'node:util';
import { scenarioParameterDocs } from '../model/parameters/scenarioParameters.ts';
import { scenarioSchema, type Scenario } from '../model/simulate/scenario.ts';
import { formatProblems, problemsOf } from '../model/validation/problems.ts';

export const SIMULATE_USAGE = `usage: npm run simulate -- --scenario FILE.json [--replicates N] [--population N] [--years N]
                         [--seed TEXT] [--workers N] [--out DIR] [--shard i/n] [--json] [--force]
       npm run simulate -- --merge DIR [--merge DIR …] [--out DIR] [--json]`;

export interface SimulateArgs {
  help: boolean;
  /** Scenario or manifest file ("-" for stdin); required unless merging. */
  scenario?: string;
  replicates?: number;
  population?: number;
  years?: number;
  seed?: string;
  workers?: number;
  out?: string;
  /** Shard `index` of `count`, 1-based. */
  shard?: { index: number; count: number };
  merge?: string[];
  json: boolean;
  /** Run even when the time estimate is over the limit (never the memory limit). */
  force: boolean;
}

export type ArgsResult<T> = { ok: true; args: T } | { ok: false; message: string };

const range = (d: { min: number; max: number }) => [d.min, d.max] as const;

/** Range of each whole-number flag, from the scenario parameters' docs (workers: this CLI's own). */
export const INT_FLAGS = {
  replicates: range(scenarioParameterDocs.replicates),
  population: range(scenarioParameterDocs.population),
  years: range(scenarioParameterDocs.years),
  workers: [1, 64],
} as const;

/** An integer flag's value, or the message naming the flag and its allowed range. */
function intFlag(name: keyof typeof INT_FLAGS, value: string): number | string {
  const [min, max] = INT_FLAGS[name];
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    return `--${name}: found "${value}"; allowed: a whole number between ${min} and ${max}`;
  return n;
}

/** `i/n` with 1 ≤ i ≤ n, or the message naming the flag. */
function shardFlag(text: string): { index: number; count: number } | string {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    return `--shard: found "${text}"; allowed: i/n with 1 ≤ i ≤ n, e.g. 2/4`;
  return { index, count };
}

/** Parses `argv` (without node and the script); never throws. */
export function parseSimulateArgs(argv: readonly string[]): ArgsResult<SimulateArgs> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string', short: 's' },
        replicates: { type: 'string' },
        population: { type: 'string' },
        years: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        out: { type: 'string' },
        shard: { type: 'string' },
        merge: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${SIMULATE_USAGE}` };
  }
  const args: SimulateArgs = {
    help: values.help ?? false,
    json: values.json ?? false,
    force: values.force ?? false,
  };
  if (args.help) return { ok: true, args };
  for (const name of ['replicates', 'population', 'years', 'workers'] as const) {
    const v = values[name];
    if (v === undefined) continue;
    const n = intFlag(name, v);
    if (typeof n === 'string') return { ok: false, message: n };
    args[name] = n;
  }
  if (values.shard !== undefined) {
    const s = shardFlag(values.shard);
    if (typeof s === 'string') return { ok: false, message: s };
    args.shard = s;
  }
  if (values.seed !== undefined) args.seed = values.seed;
  if (values.out !== undefined) {
    if (!values.out) return { ok: false, message: '--out: found ""; allowed: a directory name' };
    args.out = values.out;
  }
  if (values.merge !== undefined) {
    args.merge = values.merge;
    return { ok: true, args };
  }
  if (!values.scenario)
    return { ok: false, message: `--scenario (or --merge) is required\n${SIMULATE_USAGE}` };
  args.scenario = values.scenario;
  return { ok: true, args };
}

/** The scenario with the command line's overrides applied and checked, or the problems. */
export function applyOverrides(
  base: Scenario,
  args: Pick<SimulateArgs, 'replicates' | 'population' | 'years' | 'seed'>,
): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const o: Record<string, unknown> = { ...base };
  if (args.replicates !== undefined) o.replicates = args.replicates;
  if (args.population !== undefined) o.population = args.population;
  if (args.years !== undefined) o.years = args.years;
  if (args.seed !== undefined) o.seed = args.seed;
  const r = scenarioSchema.safeParse(o);
  if (!r.success)
    return {
      ok: false,
      message: `invalid scenario after command-line overrides:\n${formatProblems(problemsOf(r.error, o))}`,
    };
  return { ok: true, scenario: r.data };
}

/** Null when `shard` suits `replicates`, else the message naming --shard. */
export function checkShard(
  shard: { index: number; count: number } | undefined,
  replicates: number,
): string | null {
  if (shard && shard.count > replicates)
    return `--shard: ${shard.count} shards for ${replicates} replicates; allowed: at most one shard per replicate`;
  return null;
}
