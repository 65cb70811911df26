// `npm run bench:sweep`: a 20-point sweep (5 caps × 4 personal-budget targets) at 100,000 people
// × 20 replicates × 20 years, two arms:
//   1. locally, `npm run sweep` on 2 worker threads: wall time;
//   2. when Slurm is installed, the same sweep as 4 array tasks of 1 CPU each (2 at a time on
//      2 cores) on a private one-node cluster on this machine (scripts/lib/slurmCluster.ts),
//      with the docs' sbatch scripts and an afterok merge: wall time from submission to the
//      merged output, and Slurm's overhead over the local run. The merged hashes must equal the
//      local run's.
// Ends with one JSON line. Options: --local-only (no Slurm run), --population N, --replicates N.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanEnv, missingSlurmTools, startSlurmCluster, submitSweep } from './lib/slurmCluster.ts';

const { values } = parseArgs({
  options: {
    'local-only': { type: 'boolean' },
    population: { type: 'string' },
    replicates: { type: 'string' },
  },
});
const population = Number(values.population ?? 100_000);
const replicates = Number(values.replicates ?? 20);
const WORKERS = 2;
const REPO = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'bench-sweep-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

writeFileSync(
  join(dir, 'base.json'),
  JSON.stringify({
    seed: 'bench-sweep',
    years: 20,
    population,
    replicates,
    arms: [
      { name: 'baseline', policy: 'current' },
      { name: 'reform', policy: 'reform-2021' },
    ],
  }),
);
writeFileSync(
  join(dir, 'grid.json'),
  JSON.stringify({
    name: 'bench: 5 caps × 4 personal-budget targets',
    base: 'base.json',
    parameters: [
      {
        path: 'arms.reform.policy.overrides.cap',
        name: 'cap',
        range: { from: 50000, to: 150000, count: 5 },
      },
      {
        path: 'personalBudgets.targetUptake',
        name: 'targetUptake',
        values: [0.4, 0.55, 0.7, 0.85],
      },
    ],
  }),
);
const hashes = (out: string): string[] =>
  JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')).points.map(
    (p: { resultsHash: string }) => p.resultsHash,
  );

const result: Record<string, unknown> = {
  points: 20,
  population,
  replicates,
  years: 20,
  arms: 2,
  workers: WORKERS,
};
try {
  log(`local: 20 points × ${population} people × ${replicates} replicates on ${WORKERS} workers`);
  const t0 = performance.now();
  const local = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/sweep.ts',
      '--grid',
      join(dir, 'grid.json'),
      '--out',
      join(dir, 'local'),
      '--workers',
      String(WORKERS),
      '--force',
    ],
    { cwd: REPO, env: cleanEnv(), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const localSeconds = (performance.now() - t0) / 1000;
  if (local.status !== 0) throw new Error(`the local sweep failed (exit ${local.status})`);
  result.localSeconds = Number(localSeconds.toFixed(1));
  log(`local: ${localSeconds.toFixed(1)} s`);

  const missing = missingSlurmTools();
  if (values['local-only'] || missing.length) {
    if (missing.length) log(`Slurm: not measured (missing ${missing.join(', ')})`);
    result.slurmSeconds = null;
  } else {
    const clusterDir = join(dir, 'cluster');
    mkdirSync(clusterDir);
    const cluster = await startSlurmCluster(clusterDir);
    try {
      const run = join(dir, 'slurm');
      const t1 = performance.now();
      const { array, merge } = submitSweep(cluster, {
        grid: join(dir, 'grid.json'),
        run,
        logs: clusterDir,
        mem: '1G',
        repo: REPO,
      });
      log(`Slurm: array job ${array} (4 tasks × 1 CPU) and merge job ${merge} submitted`);
      const arrayStates = await cluster.waitJob(array, 3 * 3600_000);
      const arrayDone = (performance.now() - t1) / 1000;
      const [state] = await cluster.waitJob(merge, 3600_000);
      const slurmSeconds = (performance.now() - t1) / 1000;
      if (state !== 'COMPLETED' || arrayStates.some((s) => s !== 'COMPLETED'))
        throw new Error(
          `Slurm jobs ended ${arrayStates.join(', ')} / merge ${state}\n${cluster.logs()}`,
        );
      const same =
        JSON.stringify(hashes(join(run, 'merged'))) === JSON.stringify(hashes(join(dir, 'local')));
      if (!same) throw new Error('the merged results hashes differ from the local run');
      Object.assign(result, {
        slurmTasks: 4,
        slurmCpusPerTask: 1,
        slurmArraySeconds: Number(arrayDone.toFixed(1)),
        slurmSeconds: Number(slurmSeconds.toFixed(1)),
        slurmOverheadSeconds: Number((slurmSeconds - localSeconds).toFixed(1)),
        slurmOverheadShare: Number((slurmSeconds / localSeconds - 1).toFixed(3)),
        hashesEqual: same,
      });
      log(
        `Slurm: array ${arrayDone.toFixed(1)} s, with the merge ${slurmSeconds.toFixed(1)} s (hashes equal the local run's)`,
      );
    } finally {
      await cluster.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify(result)}\n`);
