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
import { council2023BySlug } from '../model/data/councils2023.ts';

export const SIMULATE_USAGE = `usage: npm run simulate -- --scenario FILE.json [--replicates N] [--population N] [--years N]
                         [--seed TEXT] [--council SLUG] [--workers N] [--out DIR]
                         [--shard i/n|auto [--shard-count N]] [--format csv|parquet] [--json] [--force]
       npm run simulate -- --merge DIR [--merge DIR …] [--out DIR] [--json]
       npm run simulate -- --list-councils`;

/** How to see the valid council slugs (in every message about --council). */
export const LIST_COUNCILS_HINT = 'list them with `npm run simulate -- --list-councils`';

export interface SimulateArgs {
  help: boolean;
  /** Scenario or manifest file ("-" for stdin); required unless merging. */
  scenario?: string;
  replicates?: number;
  population?: number;
  years?: number;
  seed?: string;
  /** A council of 2023 (slug) to simulate with its own people; "england" = England. */
  council?: string | null;
  /** Print the councils' slugs and exit. */
  listCouncils: boolean;
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

/** The councils' slugs, names and regions, one a line, for `--list-councils`. */
export function councilListText(
  list: readonly {
    slug: string;
    name: string;
    code: string;
    region: string;
    population65: number;
  }[],
): string {
  const width = Math.max(...list.map((c) => c.slug.length));
  return (
    list
      .map(
        (c) =>
          `${c.slug.padEnd(width)}  ${c.code}  ${c.name} (${c.region}; ${c.population65.toLocaleString('en-GB')} aged 65+)`,
      )
      .join('\n') + '\n'
  );
}

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
        council: { type: 'string' },
        'list-councils': { type: 'boolean' },
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
    listCouncils: values['list-councils'] ?? false,
  };
  if (args.help || args.listCouncils) return { ok: true, args };
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
  if (values.council !== undefined) {
    const slug = values.council.trim().toLowerCase();
    if (slug === 'england') args.council = null;
    else if (!council2023BySlug(slug))
      return {
        ok: false,
        message: `--council: found "${values.council}"; allowed: a council of April 2023 by slug, e.g. westmorland-and-furness, or england (${LIST_COUNCILS_HINT})`,
      };
    else args.council = slug;
  }
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
  args: Pick<SimulateArgs, 'replicates' | 'population' | 'years' | 'seed' | 'council'>,
): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const o: Record<string, unknown> = { ...base };
  if (args.replicates !== undefined) o.replicates = args.replicates;
  if (args.population !== undefined) o.population = args.population;
  if (args.years !== undefined) o.years = args.years;
  if (args.seed !== undefined) o.seed = args.seed;
  if (args.council !== undefined) o.council = args.council;
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
