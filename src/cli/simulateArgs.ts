// Command-line arguments of `npm run simulate`, parsed and checked as a pure function (no files,
// no process), so that every refusal can be tested without starting a process. Each refusal is
// one message naming the flag and what it allows.
import { scenarioSchema, type Scenario } from '../model/simulate/scenario.ts';
import { formatProblems, problemsOf } from '../model/validation/problems.ts';
import {
  commonOptions,
  formatFlag,
  INT_FLAGS,
  intFlags,
  outFlag,
  parseCommandLine,
  RUN_OPTIONS,
  shardFlags,
  type ArgsResult,
  type Env,
} from './commonArgs.ts';

export const SIMULATE_USAGE = `usage: npm run simulate -- --scenario FILE.json [--replicates N] [--population N] [--years N]
                         [--seed TEXT] [--workers N] [--out DIR] [--shard i/n|auto [--shard-count N]]
                         [--format csv|parquet] [--json] [--force]
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
  /** Shard `index` of `count`, 1-based (`--shard auto` resolved from the environment). */
  shard?: { index: number; count: number };
  /** `parquet`: also write results_tidy.parquet with --out (the CSVs are always written). */
  format?: 'csv' | 'parquet';
  merge?: string[];
  json: boolean;
  /** Run even when the time estimate is over the limit (never the memory limit). */
  force: boolean;
}

export type { ArgsResult };
export { INT_FLAGS };

/**
 * Parses `argv` (without node and the script); never throws. `env` is read only for
 * `--shard auto` (Slurm or Kubernetes variables, see shardAuto.ts).
 */
export function parseSimulateArgs(
  argv: readonly string[],
  env: Env = {},
): ArgsResult<SimulateArgs> {
  const p = parseCommandLine(
    {
      args: [...argv],
      options: {
        scenario: { type: 'string', short: 's' },
        ...RUN_OPTIONS,
        ...commonOptions('format', 'merge', 'json', 'force', 'help'),
      },
      strict: true,
    },
    SIMULATE_USAGE,
  );
  if (!p.ok) return p;
  const { values } = p.parsed;
  const args: SimulateArgs = {
    help: values.help ?? false,
    json: values.json ?? false,
    force: values.force ?? false,
  };
  if (args.help) return { ok: true, args };
  const fail = (message: string) => ({ ok: false as const, message });
  const ints = intFlags(values);
  if (typeof ints === 'string') return fail(ints);
  Object.assign(args, ints);
  const s = shardFlags(values, env);
  if (typeof s === 'string') return fail(s);
  if (s.shard) args.shard = s.shard;
  if (values.format !== undefined) {
    const f = formatFlag(values.format, 'results_tidy.parquet');
    if (typeof f !== 'string') return fail(f.error);
    args.format = f;
  }
  if (values.seed !== undefined) args.seed = values.seed;
  if (values.out !== undefined) {
    const o = outFlag(values.out);
    if (typeof o === 'string') return fail(o);
    args.out = o.out;
  }
  if (values.merge !== undefined) {
    args.merge = values.merge;
    return { ok: true, args };
  }
  if (!values.scenario) return fail(`--scenario (or --merge) is required\n${SIMULATE_USAGE}`);
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
