// Monte Carlo runs on the command line, on Node worker_threads (the same engine as the browser).
//   npm run simulate -- --scenario FILE.json [--replicates N] [--population N] [--years N]
//                       [--seed TEXT] [--workers N] [--out DIR] [--shard i/n|auto] [--json] [--force]
//                       [--format parquet]
//   npm run simulate -- --merge DIR --merge DIR … [--out DIR] [--json]
// FILE may be a scenario or a run manifest; re-running a manifest checks its results hash.
// A run estimated over 30 minutes (unless --force) or 2 GiB is refused before it starts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  toResultsFile,
  type ResultsFile,
} from '../src/model/simulate/resultsFile.ts';
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
  parseSimulateArgs,
  SIMULATE_USAGE,
} from '../src/cli/simulateArgs.ts';
import { appInfo } from '../src/cli/appInfo.ts';
import { progressBar } from '../src/cli/progressBar.ts';
import { screenSummary } from '../src/cli/screenSummary.ts';
import { writeTidyParquet } from '../src/cli/parquetOutput.ts';

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

function readScenarioArg(file: string) {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`--scenario: cannot read ${file}: ${(e as Error).message}`);
  }
  const r = readScenarioFile(text);
  if (!r.ok) fail(`invalid scenario in ${file}:\n${formatProblems(r.problems)}`);
  if (r.migratedFrom !== undefined) {
    process.stderr.write(
      `note: ${file} was written for scenario schema version ${r.migratedFrom}; migrated.\n`,
    );
  }
  return r;
}

async function writeOutputs(
  dir: string,
  scenario: Scenario,
  armNames: string[],
  reps: PartialResult[],
  summary: RunSummary,
  shard: ResultsFile['shard'],
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const { version, commit } = appInfo();
  const manifest = await buildManifest({ app: { version, commit }, scenario, results: reps });
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify(toResultsFile(scenario, armNames, reps, shard)),
  );
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
  writeFileSync(join(dir, 'results_tidy.csv'), tidyCsv(scenario, armNames, reps));
  writeFileSync(join(dir, 'summary.csv'), summaryCsv(scenario, summary));
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeTidyParquet(args.format, dir, scenario, armNames, reps, manifest);
  const sample = reps.flatMap((r) => r.sample ?? []);
  if (sample.length) writeFileSync(join(dir, 'person_sample.csv'), personSampleCsv(sample));
  return manifest.resultsHash;
}

function report(summary: RunSummary) {
  if (args.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else process.stdout.write(`${screenSummary(summary)}\n`);
}

async function merge(dirs: string[]) {
  const parts = dirs.map((d) => {
    try {
      return fromResultsFile(JSON.parse(readFileSync(join(d, 'results.json'), 'utf8')));
    } catch (e) {
      fail(`--merge ${d}: cannot read ${join(d, 'results.json')}: ${(e as Error).message}`);
    }
  });
  const first = parts[0]!;
  const key = JSON.stringify(first.scenario);
  for (const [i, p] of parts.entries()) {
    if (JSON.stringify(p.scenario) !== key)
      fail(`--merge ${dirs[i]}: a different scenario from ${dirs[0]}`);
  }
  const byReplicate = new Map<number, PartialResult>();
  for (const p of parts) for (const r of p.replicates) byReplicate.set(r.replicate, r);
  const reps = [...byReplicate.values()].sort((a, b) => a.replicate - b.replicate);
  const missing = first.scenario.replicates - reps.length;
  if (missing > 0)
    process.stderr.write(
      `warning: ${missing} of ${first.scenario.replicates} replicates missing from the merged shards\n`,
    );
  const summary = summarise(reps, first.armNames, first.scenario.startYear);
  if (args.out) {
    const hash = await writeOutputs(args.out, first.scenario, first.armNames, reps, summary, null);
    process.stderr.write(`merged ${dirs.length} shards into ${args.out} (${hash})\n`);
  }
  report(summary);
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
  const keep = shard
    ? new Set(shardReplicates(scenario.replicates, shard.index, shard.count))
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
    fail(`the run failed: ${(e as Error).message}`, 1);
  }
  pool.close();
  process.off('SIGINT', stop);
  const summary = summarise(reps, armNames, scenario.startYear);
  // The results hash, computed once: by the manifest when writing outputs, else for a replay check.
  let hash: string | undefined;
  if (args.out) {
    hash = await writeOutputs(args.out, scenario, armNames, reps, summary, shard);
    process.stderr.write(
      `wrote ${args.out}/ (results_tidy.csv, summary.csv, manifest.json, results.json, summary.json)\n`,
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
  report(summary);
}

await (args.merge ? merge(args.merge) : run());
