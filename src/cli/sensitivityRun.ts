// The work of `npm run sensitivity` (scripts/sensitivity.ts is its entry): a Sobol analysis of a
// scenario's outcome with respect to its uncertain inputs. Every run of Saltelli's design is the
// scenario with the inputs fixed at the run's values, on the scenario's seed (common random
// numbers), run for the scenario's replicates; its outcome is the mean over them. Runs' replicates
// are split into shards like a sweep's (point, replicate) pairs, and merged the same way.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { csvFormatRows } from 'd3';
import { readScenarioFile } from '../model/scenarioFile/index.ts';
import { scenarioSchema, type Scenario } from '../model/simulate/scenario.ts';
import { measureDefs, type MeasureName } from '../model/simulate/measures.ts';
import { CLI_LIMITS, CLI_NAMES, fitWorkers } from '../model/simulate/limits.ts';
import { formatProblems, validate } from '../model/validation/problems.ts';
import { APP_NAME } from '../model/export/manifest.ts';
import { csvNumber } from '../model/export/csv.ts';
import { shardWork } from '../model/sweep/work.ts';
import { checkSweepLimits } from '../model/sweep/limits.ts';
import {
  blockName,
  checkOutcome,
  defaultOutcome,
  describeOutcome,
  designRuns,
  fixedInputs,
  replicateOutcome,
  sobolIndices,
  sobolPlan,
  splitOutputs,
  type Interval,
  type OutcomeSpec,
  type SobolPlan,
  type UncertainInput,
} from '../model/sensitivity/index.ts';
import { applyOverrides } from './simulateArgs.ts';
import type { SensitivityArgs } from './sensitivityArgs.ts';
import { appInfo } from './appInfo.ts';
import { Refusal } from './refusal.ts';
import { checkShardSet } from './mergeShards.ts';
import { readLimited } from './readLimited.ts';
import { DEFAULT_MAX_BYTES } from '../model/scenarioFile/readScenario.ts';
import { runPoints } from './runPoints.ts';
import { guardedRun, log, logEstimate, openOut, shardShare } from './pointsRun.ts';
import { mergeDirs } from './sweepRun.ts';

export const SOBOL_FORMAT = 'care-cap-sobol';
export const SOBOL_SHARD_FORMAT = 'care-cap-sobol-shard';
export const SOBOL_FILES = {
  description: 'sobol.json',
  shard: 'sobol-shard.json',
  indices: 'sobol_indices.csv',
  samples: 'sobol_samples.csv',
} as const;
const OUT_MARKERS = [SOBOL_FILES.description, SOBOL_FILES.shard];

/** What fixes an analysis: the scenario (overrides applied), N and the outcome. */
interface Analysis {
  scenario: Scenario;
  n: number;
  outcome: OutcomeSpec;
}

async function analysisHash(a: Analysis): Promise<string> {
  const text = JSON.stringify({ format: `${SOBOL_FORMAT}/v1`, method: 'sobol', ...a });
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface SobolDescription {
  format: typeof SOBOL_FORMAT;
  version: 1;
  analysisHash: string;
  app: { name: string; version: string; commit: string };
  createdAt: string;
  method: 'sobol';
  n: number;
  runs: number;
  replicatesPerRun: number;
  mergedShards: number | null;
  outcome: OutcomeSpec & { description: string };
  inputs: UncertainInput[];
  /** Mean and variance of the outcome over the A and B runs. */
  mean: number;
  variance: number;
  bootstrap: { resamples: number; level: number };
  indices: { input: string; first: Interval; total: Interval }[];
  /**
   * Inputs held fixed, not analysed: a triangular input with low = high, the personal-budget cost
   * effects where the scenario does not draw them (personalBudgetCosts central or none).
   */
  fixedInputs: string[];
  scenario: Scenario;
}

interface ShardFile extends Analysis {
  format: typeof SOBOL_SHARD_FORMAT;
  version: 1;
  analysisHash: string;
  shard: { index: number; count: number };
  createdAt: string;
  /** [run, replicate, outcome] for every pair of this shard; NaN written as null. */
  values: [number, number, number | null][];
}

const shardSchema = z.object({
  format: z.literal(SOBOL_SHARD_FORMAT, { error: `must be "${SOBOL_SHARD_FORMAT}"` }),
  version: z.literal(1, { error: 'must be 1' }),
  analysisHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  scenario: z.record(z.string(), z.unknown()),
  n: z.number().int().min(2),
  outcome: z.object({
    measure: z.string(),
    arm: z.number().int().min(0),
    difference: z.boolean(),
    year: z.number().int().nullable(),
  }),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
  createdAt: z.string(),
  values: z.array(
    z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().nullable()]),
  ),
});

/** Reads the scenario and the outcome from the arguments, or refuses. */
function readAnalysis(args: SensitivityArgs): Analysis {
  const read = readLimited('--scenario', args.scenario!, DEFAULT_MAX_BYTES);
  if (!read.ok) throw new Refusal(read.message);
  const text = read.text;
  const r = readScenarioFile(text);
  if (!r.ok)
    throw new Refusal(`invalid scenario in ${args.scenario}:\n${formatProblems(r.problems)}`);
  const o = applyOverrides(r.scenario, args);
  if (!o.ok) throw new Refusal(o.message);
  const scenario = o.scenario;
  const outcome = defaultOutcome(scenario);
  if (args.measure !== undefined) outcome.measure = args.measure as MeasureName;
  if (args.arm !== undefined) {
    const k = scenario.arms.findIndex((a) => a.name === args.arm);
    if (k < 0)
      throw new Refusal(
        `--arm: found "${args.arm}"; allowed: an arm of the scenario (${scenario.arms.map((a) => a.name).join(', ')})`,
      );
    outcome.arm = k;
    outcome.difference = k > 0;
  }
  if (args.year !== undefined) outcome.year = args.year;
  const wrong = checkOutcome(outcome, scenario);
  if (wrong) throw new Refusal(wrong);
  return { scenario, n: args.n!, outcome };
}

function planOf(a: Analysis): SobolPlan {
  try {
    return sobolPlan(a.scenario, a.n);
  } catch (e) {
    throw new Refusal(`--scenario: ${(e as Error).message}; nothing to analyse`);
  }
}

/** Outcome per run from per-(run, replicate) values, summed in replicate order. */
function runOutcomes(
  plan: SobolPlan,
  values: Map<number, number>[],
  replicates: number,
): Float64Array {
  const y = new Float64Array(plan.runs.length);
  for (let r = 0; r < plan.runs.length; r++) {
    let sum = 0;
    for (let k = 0; k < replicates; k++) sum += values[r]!.get(k)!;
    y[r] = sum / replicates;
  }
  return y;
}

/** Writes sobol.json, sobol_indices.csv and sobol_samples.csv into `dir`; returns the description. */
function describe(
  a: Analysis,
  plan: SobolPlan,
  y: Float64Array,
  hash: string,
  resamples: number,
  mergedShards: number | null,
): SobolDescription {
  const r = sobolIndices(splitOutputs(plan.design, y), { resamples, seed: a.scenario.seed });
  return {
    format: SOBOL_FORMAT,
    version: 1,
    analysisHash: hash,
    app: { name: APP_NAME, ...appInfo() },
    createdAt: new Date().toISOString(),
    method: 'sobol',
    n: a.n,
    runs: designRuns(plan.design),
    replicatesPerRun: a.scenario.replicates,
    mergedShards,
    outcome: { ...a.outcome, description: describeOutcome(a.outcome, a.scenario) },
    inputs: plan.inputs,
    mean: r.mean,
    variance: r.variance,
    bootstrap: { resamples: r.resamples, level: r.level },
    indices: plan.inputs.map((input, i) => ({
      input: input.name,
      first: r.first[i]!,
      total: r.total[i]!,
    })),
    fixedInputs: fixedInputs(a.scenario),
    scenario: a.scenario,
  };
}

function writeOutputs(dir: string, d: SobolDescription, plan: SobolPlan, y: Float64Array): void {
  writeFileSync(join(dir, SOBOL_FILES.description), `${JSON.stringify(d, null, 2)}\n`);
  const rows = [['input', 'index', 'estimate', 'ci_low', 'ci_high']];
  for (const ix of d.indices)
    for (const kind of ['first', 'total'] as const)
      rows.push([
        ix.input,
        kind,
        csvNumber(ix[kind].estimate),
        csvNumber(ix[kind].low),
        csvNumber(ix[kind].high),
      ]);
  writeFileSync(join(dir, SOBOL_FILES.indices), `${csvFormatRows(rows)}\n`);
  const fd = openSync(join(dir, SOBOL_FILES.samples), 'w');
  try {
    writeSync(
      fd,
      `${csvFormatRows([['run', 'row', 'block', ...plan.inputs.map((i) => i.name), 'outcome']])}\n`,
    );
    plan.runs.forEach((run, k) => {
      const cells = [
        k,
        run.row,
        blockName(run.block),
        ...plan.inputs.map((i) => csvNumber(run.values[i.name])),
        csvNumber(y[k]!),
      ];
      writeSync(fd, `${cells.join(',')}\n`);
    });
  } finally {
    closeSync(fd);
  }
}

const fmt = (x: number) => (Number.isNaN(x) ? 'NA' : x.toFixed(3));

/** The indices as a table for the terminal. */
export function sobolTable(d: SobolDescription): string {
  const pct = Math.round(d.bootstrap.level * 100);
  const head = `Sobol indices of ${d.outcome.description} (N = ${d.n}: ${d.runs} runs × ${d.replicatesPerRun} replicates; ${pct}% bootstrap intervals, ${d.bootstrap.resamples} resamples)`;
  const unit = measureDefs.find((m) => m.name === d.outcome.measure)?.unit ?? '';
  const cell = (i: Interval) => `${fmt(i.estimate)} [${fmt(i.low)}, ${fmt(i.high)}]`.padEnd(26);
  return [
    head,
    `outcome mean ${d.mean.toPrecision(6)}, standard deviation ${Math.sqrt(d.variance).toPrecision(4)} (${unit})`,
    `${'input'.padEnd(22)}${'first order'.padEnd(26)}total`,
    ...d.indices.map((ix) => `${ix.input.padEnd(22)}${cell(ix.first)}${cell(ix.total).trimEnd()}`),
    ...(d.fixedInputs.length ? [`held fixed: ${d.fixedInputs.join(', ')}`] : []),
  ].join('\n');
}

/** The analysis, or one shard of it, run locally; returns what is printed. */
export async function runSensitivity(args: SensitivityArgs): Promise<SobolDescription | ShardFile> {
  const a = readAnalysis(args);
  const plan = planOf(a);
  const hash = await analysisHash(a);
  const R = a.scenario.replicates;
  const { shard, keep } = shardShare(
    args,
    plan.runs.map(() => R),
  );
  const workers =
    args.workers ?? fitWorkers(a.scenario, availableParallelism(), 'node', CLI_LIMITS, R);
  const limit = checkSweepLimits(
    plan.runs.map((run, i) => ({
      id: `run ${i}`,
      scenario: run.scenario,
      replicates: keep[i]!.length,
    })),
    {
      workers,
      parquet: false,
      summaries: false,
      limits: CLI_LIMITS,
      names: CLI_NAMES,
      force: args.force,
    },
  );
  if (!limit.ok)
    throw new Refusal(`refused: ${limit.message.replace('This sweep', 'This analysis')}`);
  // --out is checked (and its temporary directory made) before anything is printed or run.
  const target = args.out ? openOut(args.out, args.force, OUT_MARKERS) : null;
  const est = limit.estimate;
  log(
    `${plan.inputs.length} inputs (${plan.inputs.map((i) => i.name).join(', ')}), N = ${a.n}: ${plan.runs.length} runs of ${R} replicates; outcome ${describeOutcome(a.outcome, a.scenario)}`,
  );
  logEstimate(est, args.force, `(${est.replicates} replicates) `);
  const values = plan.runs.map(() => new Map<number, number>());
  const staging = target?.dir ?? null;
  return guardedRun(target, async (started) => {
    // Many small runs: each worker takes whole runs (a lane of its own), so none waits for the
    // last slice of another's run.
    const run = started(
      runPoints(
        plan.runs.map((p, i) => ({ scenario: p.scenario, replicates: keep[i]! })),
        {
          workers,
          lanes: workers,
          taskTimeoutMs: Math.max(600_000, 10_000 * est.seconds),
          onPoint: (i, reps) => {
            for (const r of reps)
              values[i]!.set(r.replicate, replicateOutcome(r, a.outcome, a.scenario.startYear));
          },
        },
      ),
    );
    await run.done;
    let result: SobolDescription | ShardFile;
    if (shard) {
      const file: ShardFile = {
        format: SOBOL_SHARD_FORMAT,
        version: 1,
        analysisHash: hash,
        ...a,
        shard,
        createdAt: new Date().toISOString(),
        values: values.flatMap((m, i) =>
          [...m]
            .sort((x, y) => x[0] - y[0])
            .map(([r, v]): [number, number, number | null] => [i, r, Number.isNaN(v) ? null : v]),
        ),
      };
      writeFileSync(join(staging!, SOBOL_FILES.shard), JSON.stringify(file));
      result = file;
    } else {
      const y = runOutcomes(plan, values, R);
      result = describe(a, plan, y, hash, args.bootstrap, null);
      if (staging) writeOutputs(staging, result, plan, y);
    }
    if (target) {
      target.commit();
      log(`wrote ${args.out}/`);
    }
    return result;
  });
}

/** Merges the shards of one analysis and computes the indices; refuses any other set of shards. */
export async function mergeSensitivity(args: SensitivityArgs): Promise<SobolDescription> {
  const dirs = mergeDirs(args);
  const files = dirs.map((dir) => {
    const f = join(dir, SOBOL_FILES.shard);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new Refusal(`--merge ${dir}: cannot read ${f}: ${(e as Error).message}`);
    }
    const v = validate(shardSchema, json);
    if (!v.ok) {
      const p = v.problems[0]!;
      throw new Refusal(
        `--merge ${dir}: ${f} is not a sensitivity shard (${p.path}: found ${p.found}; allowed: ${p.allowed})`,
      );
    }
    return { dir, file: v.value };
  });
  checkShardSet(
    files.map(({ dir, file }) => ({
      dir,
      hash: file.analysisHash,
      index: file.shard.index,
      count: file.shard.count,
      fingerprint: JSON.stringify(file.values),
    })),
    'analysis',
  );
  const first = files[0]!.file;
  const scenario = scenarioSchema.safeParse(first.scenario);
  if (!scenario.success) throw new Refusal(`--merge ${files[0]!.dir}: its scenario is invalid`);
  const a: Analysis = {
    scenario: scenario.data,
    n: first.n,
    outcome: first.outcome as OutcomeSpec,
  };
  const hash = await analysisHash(a);
  if (hash !== first.analysisHash)
    throw new Refusal(
      `--merge ${files[0]!.dir}: its analysis does not match its hash (edited after the run?)`,
    );
  const plan = planOf(a);
  const R = a.scenario.replicates;
  const perRun = plan.runs.map(() => R);
  const values = plan.runs.map(() => new Map<number, number>());
  for (const { dir, file } of files) {
    const want = shardWork(perRun, file.shard.index, first.shard.count)
      .flatMap((reps, run) => reps.map((r) => `${run}/${r}`))
      .join(' ');
    const have = file.values.map(([run, r]) => `${run}/${r}`).join(' ');
    if (have !== want)
      throw new Refusal(
        `--merge ${dir}: shard ${file.shard.index}/${file.shard.count} does not hold exactly its share of the runs' replicates`,
      );
    for (const [run, r, v] of file.values) values[run]!.set(r, v ?? NaN);
  }
  const y = runOutcomes(plan, values, R);
  const d = describe(a, plan, y, hash, args.bootstrap, first.shard.count);
  if (args.out) {
    const target = openOut(args.out, false, OUT_MARKERS, dirs);
    try {
      writeOutputs(target.dir, d, plan, y);
      target.commit();
    } catch (e) {
      target.abort();
      throw e;
    }
    log(`merged ${first.shard.count} shards into ${args.out}/`);
  }
  return d;
}
