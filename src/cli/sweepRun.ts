// The work of `npm run sweep` (scripts/sweep.ts is its entry): read and expand a grid, run its
// points (or a shard's share of their replicates) on one worker pool, write every point's
// manifest and results and the sweep's tidy table; and merge shards, refusing any set of shards
// that is not exactly one whole sweep. Refusals throw `Refusal` with one message.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { locateJsonError, readScenario, readScenarioFile } from '../model/scenarioFile/index.ts';
import { scenarioSchema, type Scenario } from '../model/simulate/scenario.ts';
import { CLI_LIMITS, CLI_NAMES, fitWorkers } from '../model/simulate/limits.ts';
import { summarise } from '../model/simulate/summarise.ts';
import type { PartialResult } from '../model/simulate/result.ts';
import {
  fromResultsFile,
  maxResultsFileBytes,
  toResultsFile,
} from '../model/simulate/resultsFile.ts';
import { DEFAULT_MAX_BYTES } from '../model/scenarioFile/readScenario.ts';
import { readLimited } from './readLimited.ts';
import { buildManifest } from '../model/export/manifest.ts';
import { formatProblems, problemsOf, validate } from '../model/validation/problems.ts';
import {
  describePoint,
  expandGrid,
  gridSchema,
  type Grid,
  type GridPoint,
} from '../model/sweep/grid.ts';
import { shardWork } from '../model/sweep/work.ts';
import {
  gridHash,
  SWEEP_FILE_VERSION,
  SWEEP_FILES,
  SWEEP_FORMAT,
  SWEEP_SHARD_FORMAT,
  sweepShardSchema,
  type GridRecord,
  type SweepDescription,
  type SweepShardDescription,
} from '../model/sweep/sweepFile.ts';
import {
  sweepTidyCsvChunks,
  sweepTidyParquet,
  type SweepPointSummary,
} from '../model/sweep/sweepTidy.ts';
import { checkSweepLimits } from '../model/sweep/limits.ts';
import { PARQUET_METADATA_KEYS } from '../model/export/tidyParquet.ts';
import { APP_NAME } from '../model/export/manifest.ts';
import { appInfo } from './appInfo.ts';
import { runPoints } from './runPoints.ts';
import { guardedRun, log, logEstimate, openOut, shardShare } from './pointsRun.ts';
import { glob } from './glob.ts';
import type { SweepArgs } from './sweepArgs.ts';
import { Refusal } from './refusal.ts';
import { checkShardSet } from './mergeShards.ts';

export { Refusal } from './refusal.ts';

/** Markers of an earlier sweep output, which --out may replace. */
const OUT_MARKERS = [SWEEP_FILES.description, SWEEP_FILES.shard];

/** A grid read from its file: the record, its points and its hash. */
export interface LoadedGrid {
  record: GridRecord;
  points: GridPoint[];
  hash: string;
}

function readJson(file: string, what: string): unknown {
  const read = readLimited(what, file, DEFAULT_MAX_BYTES);
  if (!read.ok) throw new Refusal(read.message);
  const text = read.text;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const at = locateJsonError(text);
    throw new Refusal(
      `${what}: ${file} is not JSON${at ? ` (line ${at.line}, column ${at.column}: ${at.message})` : ` (${(e as Error).message})`}`,
    );
  }
}

/** The base scenario: a path relative to the grid file, or written out in it. */
function readBase(grid: Grid, gridFile: string): Scenario {
  if (typeof grid.base === 'string') {
    const file = resolve(dirname(gridFile), grid.base);
    const read = readLimited('base', file, DEFAULT_MAX_BYTES);
    if (!read.ok) throw new Refusal(`invalid grid in ${gridFile}:\n${read.message}`);
    const text = read.text;
    const r = readScenarioFile(text);
    if (!r.ok)
      throw new Refusal(
        `invalid base scenario ${file} (the grid's base):\n${formatProblems(r.problems)}`,
      );
    return r.scenario;
  }
  const r = readScenario(grid.base);
  if (!r.ok)
    throw new Refusal(
      `invalid grid in ${gridFile}:\n${formatProblems(r.problems.map((p) => ({ ...p, path: p.path === '(top level)' ? 'base' : `base.${p.path}` })))}`,
    );
  return r.scenario;
}

/** Expands a grid record into points, or refuses with every problem (one line each). */
function expand(record: GridRecord, where: string): GridPoint[] {
  const grid: Grid = {
    base: {},
    parameters: record.parameters.map((p) => ({ path: p.path, name: p.name, values: p.values })),
  };
  const r = expandGrid(grid, record.base);
  if (!r.ok) throw new Refusal(`invalid grid in ${where}:\n${r.problems.join('\n')}`);
  return r.points;
}

/** Reads, validates and expands a grid file. */
export async function loadGrid(file: string): Promise<LoadedGrid> {
  const json = readJson(file, '--grid');
  const v = validate(gridSchema, json);
  if (!v.ok) throw new Refusal(`invalid grid in ${file}:\n${formatProblems(v.problems)}`);
  const base = readBase(v.value, file);
  const expanded = expandGrid(v.value, base);
  if (!expanded.ok) throw new Refusal(`invalid grid in ${file}:\n${expanded.problems.join('\n')}`);
  const record: GridRecord = {
    ...(v.value.name !== undefined ? { name: v.value.name } : {}),
    base,
    parameters: expanded.parameters,
  };
  return { record, points: expanded.points, hash: await gridHash(record) };
}

const pointDir = (id: string) => `${SWEEP_FILES.pointsDir}/${id}`;
const armNamesOf = (s: Scenario) => s.arms.map((a) => a.name);

/** Writes one point's manifest.json and results.json; returns its summary and results hash. */
async function writePoint(
  staging: string,
  point: GridPoint,
  reps: PartialResult[],
  app: { version: string; commit: string },
): Promise<{ summary: SweepPointSummary; resultsHash: string }> {
  const dir = join(staging, pointDir(point.id));
  mkdirSync(dir, { recursive: true });
  const armNames = armNamesOf(point.scenario);
  const manifest = await buildManifest({ app, scenario: point.scenario, results: reps });
  writeFileSync(
    join(dir, SWEEP_FILES.results),
    JSON.stringify(toResultsFile(point.scenario, armNames, reps, null)),
  );
  writeFileSync(join(dir, SWEEP_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    summary: {
      id: point.id,
      parameters: point.parameters,
      armNames,
      summary: summarise(reps, armNames, point.scenario.startYear),
    },
    resultsHash: manifest.resultsHash,
  };
}

/** Writes sweep_tidy.csv (and .parquet), then sweep.json; returns the description. */
function writeSweep(
  staging: string,
  grid: LoadedGrid,
  done: { summary: SweepPointSummary; resultsHash: string; replicates: number }[],
  format: SweepArgs['format'],
  app: { version: string; commit: string },
  mergedShards: number | null,
): SweepDescription {
  const fd = openSync(join(staging, SWEEP_FILES.tidy), 'w');
  try {
    for (const chunk of sweepTidyCsvChunks(
      grid.record.parameters,
      done.map((d) => d.summary),
    ))
      writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  const description: SweepDescription = {
    format: SWEEP_FORMAT,
    version: SWEEP_FILE_VERSION,
    ...(grid.record.name !== undefined ? { name: grid.record.name } : {}),
    gridHash: grid.hash,
    app: { name: APP_NAME, ...app },
    createdAt: new Date().toISOString(),
    mergedShards,
    files: {
      tidy: SWEEP_FILES.tidy,
      ...(format === 'parquet' ? { parquet: SWEEP_FILES.parquet } : {}),
    },
    base: grid.record.base,
    parameters: grid.record.parameters,
    points: done.map((d) => ({
      id: d.summary.id,
      dir: pointDir(d.summary.id),
      parameters: d.summary.parameters,
      replicates: d.replicates,
      resultsHash: d.resultsHash,
    })),
  };
  if (format === 'parquet') {
    const hashes = Object.fromEntries(done.map((d) => [d.summary.id, d.resultsHash]));
    writeFileSync(
      join(staging, SWEEP_FILES.parquet),
      sweepTidyParquet(
        grid.record.parameters,
        done.map((d) => d.summary),
        {
          [PARQUET_METADATA_KEYS.manifest]: JSON.stringify(description),
          resultsHashes: JSON.stringify(hashes),
        },
      ),
    );
  }
  writeFileSync(
    join(staging, SWEEP_FILES.description),
    `${JSON.stringify(description, null, 2)}\n`,
  );
  return description;
}

/** The whole sweep, or one shard of it, run locally; returns what --json prints. */
export async function runSweep(args: SweepArgs): Promise<SweepDescription | SweepShardDescription> {
  const grid = await loadGrid(args.grid!);
  const out = args.out!;
  const { shard, keep } = shardShare(
    args,
    grid.points.map((p) => p.scenario.replicates),
  );
  const parquet = args.format === 'parquet' && !shard;
  const workers =
    args.workers ??
    Math.min(
      ...grid.points.map((p, i) =>
        fitWorkers(p.scenario, availableParallelism(), 'node', CLI_LIMITS, keep[i]!.length || 1),
      ),
    );
  const limit = checkSweepLimits(
    grid.points.map((p, i) => ({ id: p.id, scenario: p.scenario, replicates: keep[i]!.length })),
    { workers, parquet, limits: CLI_LIMITS, names: CLI_NAMES, force: args.force },
  );
  if (!limit.ok) throw new Refusal(`refused: ${limit.message}`);
  // --out is checked (and its temporary directory made) before anything is printed or run.
  const target = openOut(out, args.force, OUT_MARKERS);
  const est = limit.estimate;
  logEstimate(est, args.force, `for ${est.points} grid points (${est.replicates} replicates) `);

  const app = appInfo();
  const staging = target.dir;
  const done: { summary: SweepPointSummary; resultsHash: string; replicates: number }[] = [];
  const shardPoints: SweepShardDescription['points'] = [];
  return guardedRun(target, async (started) => {
    const run = started(
      runPoints(
        grid.points.map((p, i) => ({ scenario: p.scenario, replicates: keep[i]! })),
        {
          workers,
          // A worker silent for 10 times the whole sweep's estimate (at least 10 minutes) has hung.
          taskTimeoutMs: Math.max(600_000, 10_000 * est.seconds),
          onPoint: async (i, reps) => {
            const point = grid.points[i]!;
            if (shard) {
              const dir = join(staging, pointDir(point.id));
              mkdirSync(dir, { recursive: true });
              writeFileSync(
                join(dir, SWEEP_FILES.results),
                JSON.stringify(
                  toResultsFile(point.scenario, armNamesOf(point.scenario), reps, shard),
                ),
              );
              shardPoints.push({ id: point.id, dir: pointDir(point.id), replicates: keep[i]! });
            } else {
              done.push({
                ...(await writePoint(staging, point, reps, app)),
                replicates: reps.length,
              });
            }
          },
        },
      ),
    );
    await run.done;
    let result: SweepDescription | SweepShardDescription;
    if (shard) {
      const description: SweepShardDescription = {
        format: SWEEP_SHARD_FORMAT,
        version: SWEEP_FILE_VERSION,
        ...(grid.record.name !== undefined ? { name: grid.record.name } : {}),
        gridHash: grid.hash,
        shard,
        createdAt: new Date().toISOString(),
        base: grid.record.base,
        parameters: grid.record.parameters,
        points: shardPoints,
      };
      writeFileSync(join(staging, SWEEP_FILES.shard), `${JSON.stringify(description, null, 2)}\n`);
      result = description;
    } else {
      result = writeSweep(staging, grid, done, args.format, app, null);
    }
    target.commit();
    log(
      shard
        ? `wrote ${out}/ (shard ${shard.index}/${shard.count}: ${SWEEP_FILES.shard}, ${shardPoints.length} points' results.json)`
        : `wrote ${out}/ (${SWEEP_FILES.tidy}${parquet ? `, ${SWEEP_FILES.parquet}` : ''}, ${SWEEP_FILES.description}, ${done.length} points' manifest.json and results.json)`,
    );
    return result;
  });
}

/** The shard directories named by --merge and --merge-glob, in that order, each once. */
export function mergeDirs(args: Pick<SweepArgs, 'merge' | 'mergeGlob'>): string[] {
  const dirs = [...(args.merge ?? [])];
  for (const pattern of args.mergeGlob ?? []) {
    const found = glob(pattern);
    if (!found.length) throw new Refusal(`--merge-glob ${pattern}: matches nothing`);
    dirs.push(...found);
  }
  if (!dirs.length) throw new Refusal('--merge: no shard directories given');
  return dirs;
}

interface ReadShard {
  dir: string;
  description: SweepShardDescription;
  /** Results file text of each point, by id. */
  results: Map<string, string>;
}

function readShard(dir: string): ReadShard {
  const file = join(dir, SWEEP_FILES.shard);
  const json = readJson(file, `--merge ${dir}`);
  const v = validate(sweepShardSchema, json);
  if (!v.ok) {
    const first = v.problems[0]!;
    throw new Refusal(
      `--merge ${dir}: ${file} is not a sweep shard's description (${first.path}: found ${first.found}; allowed: ${first.allowed})`,
    );
  }
  const base = scenarioSchema.safeParse(v.value.base);
  if (!base.success) {
    const first = problemsOf(base.error, v.value.base)[0]!;
    throw new Refusal(
      `--merge ${dir}: its base scenario is invalid (${first.path}: ${first.allowed})`,
    );
  }
  const description = { ...v.value, base: base.data } as SweepShardDescription;
  const results = new Map<string, string>();
  for (const p of description.points) {
    const f = join(dir, p.dir, SWEEP_FILES.results);
    const read = readLimited(`--merge ${dir}`, f, maxResultsFileBytes());
    if (!read.ok) throw new Refusal(read.message);
    results.set(p.id, read.text);
  }
  return { dir, description, results };
}

/**
 * Merges shard directories into the whole sweep at --out: the same files a single run writes.
 * Refuses shards of different grids, a different number of shards, a shard given twice, missing
 * shards, and a shard whose replicates are not its own or whose results do not fit its grid.
 */
export async function mergeSweep(args: SweepArgs): Promise<SweepDescription> {
  const dirs = mergeDirs(args);
  const out = args.out!;
  const shards = dirs.map(readShard);
  const first = shards[0]!;
  const hash = await gridHash(first.description);
  if (hash !== first.description.gridHash)
    throw new Refusal(
      `--merge ${first.dir}: its grid does not match its gridHash (edited after the run?)`,
    );
  const ordered = checkShardSet(
    shards.map((sh) => ({
      dir: sh.dir,
      hash: sh.description.gridHash,
      index: sh.description.shard.index,
      count: sh.description.shard.count,
      fingerprint: JSON.stringify([...sh.results]),
    })),
    'grid',
  );
  const count = first.description.shard.count;
  const byIndex = new Map(ordered.map((o) => [o.index, shards.find((sh) => sh.dir === o.dir)!]));

  const grid: LoadedGrid = {
    record: {
      ...(first.description.name !== undefined ? { name: first.description.name } : {}),
      base: first.description.base,
      parameters: first.description.parameters,
    },
    points: expand(first.description, first.dir),
    hash,
  };
  const perPoint = grid.points.map((p) => p.scenario.replicates);
  // Every shard must hold exactly its own replicates of each point.
  const merged = grid.points.map(() => [] as PartialResult[]);
  for (const [index, s] of byIndex) {
    const expected = shardWork(perPoint, index, count);
    const listed = new Map(s.description.points.map((p) => [p.id, p.replicates]));
    grid.points.forEach((point, i) => {
      const want = expected[i]!;
      const have = listed.get(point.id) ?? [];
      if (JSON.stringify(have) !== JSON.stringify(want))
        throw new Refusal(
          `--merge ${s.dir}: shard ${index}/${count} lists replicates [${have.join(', ')}] of point ${point.id}, but its share is [${want.join(', ')}]`,
        );
      if (!want.length) return;
      let file: ReturnType<typeof fromResultsFile>;
      try {
        file = fromResultsFile(JSON.parse(s.results.get(point.id)!));
      } catch (e) {
        throw new Refusal(
          `--merge ${s.dir}: point ${point.id}'s results.json: ${(e as Error).message}`,
        );
      }
      const reps = file.replicates.map((r) => r.replicate);
      if (
        JSON.stringify(file.scenario) !== JSON.stringify(point.scenario) ||
        JSON.stringify(reps) !== JSON.stringify(want)
      )
        throw new Refusal(
          `--merge ${s.dir}: point ${point.id}'s results.json does not hold the replicates [${want.join(', ')}] of its grid point's scenario`,
        );
      merged[i]!.push(...file.replicates);
    });
  }

  const app = appInfo();
  const target = openOut(out, false, OUT_MARKERS, dirs);
  const staging = target.dir;
  try {
    const done = [];
    for (const [i, point] of grid.points.entries()) {
      const reps = merged[i]!.sort((a, b) => a.replicate - b.replicate);
      done.push({ ...(await writePoint(staging, point, reps, app)), replicates: reps.length });
    }
    const description = writeSweep(staging, grid, done, args.format, app, count);
    target.commit();
    log(`merged ${count} shards of ${grid.points.length} grid points into ${out}/`);
    return description;
  } catch (e) {
    target.abort();
    throw e;
  }
}

/** One line per point for the terminal: id, parameters, replicates, results hash. */
export function pointsTable(d: SweepDescription | SweepShardDescription): string {
  if (d.format === SWEEP_SHARD_FORMAT)
    return d.points.map((p) => `${p.id}  replicates ${p.replicates.join(', ')}`).join('\n');
  return d.points
    .map(
      (p) =>
        `${p.id}  ${describePoint(p.parameters)}  ${p.replicates} replicates  ${p.resultsHash}`,
    )
    .join('\n');
}
