// Monte Carlo runs on the command line, on Node worker_threads (the same engine as the browser).
//   npm run simulate -- --scenario FILE.json [--replicates N] [--population N] [--years N]
//                       [--seed TEXT] [--workers N] [--out DIR] [--shard i/n|auto] [--json] [--force]
//                       [--format parquet]
//   npm run simulate -- --merge DIR --merge DIR … [--out DIR] [--json]
// FILE may be a scenario or a run manifest; re-running a manifest checks its results hash.
// A run estimated over 30 minutes (unless --force) or 2 GiB is refused before it starts, and so
// is an --out that could not be written. --out is written whole or not at all (src/cli/outDir.ts).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readScenarioFile } from '../src/model/scenarioFile/index.ts';
import type { Scenario } from '../src/model/simulate/scenario.ts';
import { planTasks, shardReplicates } from '../src/model/simulate/plan.ts';
import {
  checkLimits,
  CLI_LIMITS,
  CLI_NAMES,
  fitWorkers,
  formatBytes,
  formatSeconds,
} from '../src/model/simulate/limits.ts';
import { summarise, type RunSummary } from '../src/model/simulate/summarise.ts';
import type { PartialResult } from '../src/model/simulate/result.ts';
import {
  fromResultsFile,
  maxResultsFileBytes,
  toResultsFile,
  type ResultsFile,
} from '../src/model/simulate/resultsFile.ts';
import { DEFAULT_MAX_BYTES } from '../src/model/scenarioFile/readScenario.ts';
import { readLimited } from '../src/cli/readLimited.ts';
import { prepareOutDir, writeErrorText, type OutDir } from '../src/cli/outDir.ts';
import { checkMergeShards } from '../src/cli/mergeShards.ts';
import {
  buildManifest,
  hashResults,
  personSampleCsv,
  summaryCsv,
  tidyCsv,
} from '../src/model/export/index.ts';
import { formatProblems } from '../src/model/validation/problems.ts';
import { createNodePool } from '../workers/node/nodePool.ts';
import {
  applyOverrides,
  checkShard,
  councilListText,
  parseSimulateArgs,
  SIMULATE_USAGE,
} from '../src/cli/simulateArgs.ts';
import { councils2023 } from '../src/model/data/councils2023.ts';
import { whoIsSimulated } from '../src/model/simulate/councilRun.ts';
import { appInfo } from '../src/cli/appInfo.ts';
import { progressBar } from '../src/cli/progressBar.ts';
import { screenSummary } from '../src/cli/screenSummary.ts';
import { TIDY_PARQUET } from '../src/cli/parquetOutput.ts';
import { tidyParquet } from '../src/model/export/tidyParquet.ts';
import { historyCsv } from '../src/model/export/historyCsv.ts';
import { runHistory, type HistoryResult } from '../src/model/councils/history.ts';
import { historySummary } from '../src/cli/historySummary.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const parsed = parseSimulateArgs(process.argv.slice(2), process.env);
if (!parsed.ok) fail(parsed.message);
const args = parsed.args;
if (args.help) {
  process.stdout.write(`${SIMULATE_USAGE}\n`);
  process.exit(0);
}
if (args.listCouncils) {
  process.stdout.write(councilListText(councils2023));
  process.exit(0);
}

function readScenarioArg(file: string) {
  const read = readLimited('--scenario', file, DEFAULT_MAX_BYTES);
  if (!read.ok) fail(read.message);
  const r = readScenarioFile(read.text);
  if (!r.ok) fail(`invalid scenario in ${file}:\n${formatProblems(r.problems)}`);
  if (r.migratedFrom !== undefined) {
    process.stderr.write(
      `note: ${file} was written for scenario schema version ${r.migratedFrom}; migrated.\n`,
    );
  }
  return r;
}

/** Writes a run's files into `out` and moves them into place; returns the results hash. */
async function writeOutputs(
  out: OutDir,
  outArg: string,
  scenario: Scenario,
  armNames: string[],
  reps: PartialResult[],
  summary: RunSummary,
  shard: ResultsFile['shard'],
  shards?: { count: number; held: number[] },
  history?: HistoryResult,
): Promise<string> {
  const { version, commit } = appInfo();
  const manifest = await buildManifest({
    app: { version, commit },
    scenario,
    results: reps,
    ...(shards ? { shards } : {}),
  });
  try {
    out.write('results.json', JSON.stringify(toResultsFile(scenario, armNames, reps, shard)));
    out.write('summary.json', JSON.stringify(summary));
    out.write('results_tidy.csv', tidyCsv(scenario, armNames, reps));
    out.write('summary.csv', summaryCsv(scenario, summary));
    const sample = reps.flatMap((r) => r.sample ?? []);
    if (sample.length) out.write('person_sample.csv', personSampleCsv(sample));
    if (history) {
      out.write('personal_budget_history.csv', historyCsv(history));
      out.write('personal_budget_history.json', JSON.stringify(history));
    }
    if (args.format === 'parquet')
      out.write(TIDY_PARQUET, tidyParquet(scenario, armNames, reps, { manifest }));
    // The manifest last: a directory with a manifest is a complete output.
    out.write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    out.commit();
  } catch (e) {
    out.abort();
    fail(writeErrorText(outArg, e), 1);
  }
  return manifest.resultsHash;
}

/** Prepares --out before anything runs (exit 2 with one line if it could not be written). */
function outFor(outArg: string | undefined, notInside: string[] = []): OutDir | null {
  if (!outArg) return null;
  const prepared = prepareOutDir(outArg, { force: args.force, notInside });
  if (!prepared.ok) fail(prepared.message);
  const out = prepared.out;
  process.once('exit', () => out.abort());
  return out;
}

function report(summary: RunSummary, scenario?: Scenario, history?: HistoryResult) {
  const who = scenario?.council ? whoIsSimulated(scenario) : undefined;
  if (args.json) {
    const out = {
      ...summary,
      ...(who ? { who } : {}),
      ...(history ? { personalBudgetHistory: history } : {}),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${screenSummary(summary, who)}\n`);
    if (history) process.stdout.write(`\n${historySummary(history)}\n`);
  }
}

/** The 2008–2016 personal-budget history when the scenario asks for it (`personalBudgets.history`). */
function historyOf(scenario: Scenario): HistoryResult | undefined {
  const h = scenario.personalBudgets.history;
  if (!h) return undefined;
  return runHistory(
    h.arms,
    scenario.seed,
    scenario.replicates,
    scenario.uncertainty.personalBudgetCosts,
  );
}

async function merge(dirs: string[]) {
  const parts = dirs.map((d) => {
    const file = join(d, 'results.json');
    const read = readLimited(`--merge ${d}`, file, maxResultsFileBytes());
    if (!read.ok) fail(read.message);
    try {
      return fromResultsFile(JSON.parse(read.text));
    } catch (e) {
      fail(
        `--merge ${d}: ${file} is not a results file of this tool (${(e as Error).message.split('\n')[0]})`,
      );
    }
  });
  const checked = checkMergeShards(dirs, parts);
  if (!checked.ok) fail(checked.message);
  const { scenario, armNames } = parts[0]!;
  const out = outFor(args.out, dirs);
  const reps = checked.replicates;
  const summary = summarise(reps, armNames, scenario.startYear);
  if (out) {
    const hash = await writeOutputs(
      out,
      args.out!,
      scenario,
      armNames,
      reps,
      summary,
      null,
      checked.shards,
    );
    process.stderr.write(
      `merged ${dirs.length} shards (${checked.shards.held.length} of ${checked.shards.count}) into ${args.out} (${hash})\n`,
    );
  }
  report(summary, scenario);
}

async function run() {
  const read = readScenarioArg(args.scenario!);
  const overridden = applyOverrides(read.scenario, args);
  if (!overridden.ok) fail(overridden.message);
  const scenario = overridden.scenario;
  const shardProblem = checkShard(args.shard, scenario.replicates);
  if (shardProblem) fail(shardProblem);
  const shard = args.shard ?? null;
  const armNames = scenario.arms.map((a) => a.name);
  // The shards the results will hold: --shard's, or a replayed manifest's (a shard or a merge).
  const shards = shard
    ? { count: shard.count, held: [shard.index] }
    : (read.manifest?.shards ?? undefined);
  const keep = shards
    ? new Set(shards.held.flatMap((i) => shardReplicates(scenario.replicates, i, shards.count)))
    : null;
  const tasks = planTasks(scenario).filter((t) => !keep || keep.has(t.replicate));
  // Limits, before any worker starts. The default (one worker per core) shrinks to fit memory.
  const replicates = keep ? keep.size : scenario.replicates;
  const workers =
    args.workers ?? fitWorkers(scenario, availableParallelism(), 'node', CLI_LIMITS, replicates);
  const limit = checkLimits(scenario, {
    workers,
    host: 'node',
    limits: CLI_LIMITS,
    names: CLI_NAMES,
    force: args.force,
    ...(keep ? { replicates } : {}),
  });
  if (!limit.ok) fail(`refused: ${limit.message}`);
  const est = limit.estimate;
  const out = outFor(args.out);
  process.stderr.write(
    `estimate: about ${formatSeconds(est.seconds)} and ${formatBytes(est.bytes)} on ${est.workers} worker${est.workers === 1 ? '' : 's'}` +
      ` (limits ${formatSeconds(CLI_LIMITS.maxSeconds)}${args.force ? ', overridden by --force' : ''}, ${formatBytes(CLI_LIMITS.maxBytes)})\n`,
  );
  const pool = createNodePool(workers);
  const bar = progressBar();
  let personYears = 0;
  let reps: PartialResult[];
  const stop = () => {
    pool.close();
    out?.abort();
    fail('\ninterrupted', 130);
  };
  process.once('SIGINT', stop);
  try {
    reps = await pool.run(scenario, {
      tasks,
      // A worker silent for 10 times the whole run's estimate (at least 10 minutes) has hung.
      taskTimeoutMs: Math.max(600_000, 10_000 * est.seconds),
      onReplicate: (r) => (personYears += r.personYears),
      onProgress: (p) => bar.update(p, personYears),
    });
  } catch (e) {
    pool.close();
    out?.abort();
    fail(`the run failed: ${(e as Error).message}`, 1);
  }
  pool.close();
  process.off('SIGINT', stop);
  const summary = summarise(reps, armNames, scenario.startYear);
  const history = historyOf(scenario);
  // The results hash, computed once: by the manifest when writing outputs, else for a replay check.
  let hash: string | undefined;
  if (out) {
    hash = await writeOutputs(
      out,
      args.out!,
      scenario,
      armNames,
      reps,
      summary,
      shard,
      shards,
      history,
    );
    process.stderr.write(
      `wrote ${args.out}/ (results_tidy.csv, summary.csv, manifest.json, results.json, summary.json${history ? ', personal_budget_history.csv, personal_budget_history.json' : ''})\n`,
    );
  }
  if (
    read.manifest &&
    !shard &&
    JSON.stringify(read.manifest.scenario) === JSON.stringify(scenario)
  ) {
    const expected = read.manifest.resultsHash;
    const actual = hash ?? (await hashResults(reps));
    process.stderr.write(
      actual === expected
        ? `reproduced: results hash matches the manifest (${actual})\n`
        : `NOT reproduced: results hash ${actual} differs from the manifest's ${expected}\n`,
    );
    if (actual !== expected) process.exitCode = 3;
  }
  report(summary, scenario, history);
}

await (args.merge ? merge(args.merge) : run());
