// Sweeps on a real Slurm: a private cluster (munged, slurmctld and slurmd on loopback, with a
// generated slurm.conf and every key, socket, state, spool and log file in a temporary directory;
// scripts/lib/slurmCluster.ts) runs the sbatch scripts of docs/cluster.md as they are: a sweep as
// an array of 4 shards and a merge job submitted with --dependency=afterok. The merged results
// hash of every grid point must equal a single local run's; and when one shard fails, the merge
// job is cancelled (DependencyNeverSatisfied) and no merged output appears. The daemons are
// stopped by their PIDs in afterAll, whatever happened.
//
// Under CI (CI set) Slurm is required: .ci/run installs Debian's slurmctld, slurmd, slurm-client
// and munge. Elsewhere, without them, the test is skipped with one line saying why. Set
// SLURM_TEST_KEEP=1 to keep the temporary directory (the daemons' logs) afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cleanEnv,
  missingSlurmTools,
  startSlurmCluster,
  submitSweep,
  waitFor,
  type SlurmCluster,
} from '../../scripts/lib/slurmCluster.ts';

const missing = missingSlurmTools();
const ci = Boolean(process.env.CI);
const available = missing.length === 0;
const skipReason = `Slurm is not installed here (missing ${missing.join(', ')}); .ci/run installs Debian's slurmctld, slurmd, slurm-client and munge`;
if (!available && !ci) console.warn(`test/cluster/slurm.test.ts skipped: ${skipReason}`);

const REPO = process.cwd();
/** Longest wait for the jobs of one test, ms (they take about 15 s on 2 idle cores). */
const JOB_TIMEOUT_MS = 150_000;

const suite = !available && !ci ? describe.skip : describe;

suite('sweeps on a real Slurm (docs/cluster.md)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slurm-test-'));
  let cluster: SlurmCluster | undefined;

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set, so Slurm is required: ${skipReason}`);
    cluster = await startSlurmCluster(dir);
    mkdirSync(join(dir, 'logs'));
    writeFileSync(
      join(dir, 'base.json'),
      JSON.stringify({
        seed: 'slurm',
        years: 2,
        population: 500,
        replicates: 3,
        arms: [
          { name: 'baseline', policy: 'current' },
          { name: 'reform', policy: 'reform-2021' },
        ],
      }),
    );
    writeFileSync(
      join(dir, 'grid.json'),
      JSON.stringify({
        base: 'base.json',
        parameters: [
          { path: 'arms.reform.policy.overrides.cap', name: 'cap', values: [50000, 86000] },
          { path: 'uncertainty.feeGrowth.central', name: 'feeGrowth', values: [0, 0.01] },
        ],
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
    if (process.env.SLURM_TEST_KEEP) console.info(`slurm.test: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  /** The array of 4 shards and the afterok merge, as docs/cluster.md submits them. */
  const submit = (run: string) =>
    submitSweep(cluster!, {
      grid: join(dir, 'grid.json'),
      run,
      logs: join(dir, 'logs'),
      mem: '500M',
      repo: REPO,
    });

  it('a 4-task array and an afterok merge give every point the results hash of a local run', async () => {
    const c = cluster!;
    const runDir = join(dir, 'ok');
    const t0 = Date.now();
    const { merge } = submit(runDir);
    const [state] = await c.waitJob(merge, JOB_TIMEOUT_MS);
    expect(state, c.logs()).toBe('COMPLETED');
    console.info(
      `slurm.test: array of 4 + merge finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    const local = join(dir, 'local');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/sweep.ts', '--grid', join(dir, 'grid.json'), '--out', local],
      { encoding: 'utf8', env: cleanEnv(), cwd: REPO },
    );
    expect(r.status, r.stderr).toBe(0);
    const hashes = (d: string) =>
      JSON.parse(readFileSync(join(d, 'sweep.json'), 'utf8')).points.map(
        (p: { id: string; resultsHash: string }) => [p.id, p.resultsHash],
      );
    expect(hashes(join(runDir, 'merged'))).toEqual(hashes(local));
    expect(hashes(local)).toHaveLength(4);
    expect(readFileSync(join(runDir, 'merged', 'sweep_tidy.csv'), 'utf8')).toBe(
      readFileSync(join(local, 'sweep_tidy.csv'), 'utf8'),
    );
  }, 200_000);

  it('a failing shard leaves no merged output: the afterok merge is cancelled', async () => {
    const c = cluster!;
    const runDir = join(dir, 'failing');
    // Task 2's output path is taken by a file, so that shard is refused (exit 2) and fails.
    mkdirSync(join(runDir, 'shards'), { recursive: true });
    writeFileSync(join(runDir, 'shards', '2'), 'not a directory');
    const { array, merge } = submit(runDir);
    const states = await c.waitJob(array, JOB_TIMEOUT_MS);
    expect(states.sort()).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'FAILED']);
    const m = await waitFor('the merge job to be cancelled', 30_000, () => {
      const j = c.job(merge);
      return j.JobState === 'CANCELLED' ? j : undefined;
    });
    expect(m.Reason).toBe('DependencyNeverSatisfied');
    expect(existsSync(join(runDir, 'merged'))).toBe(false);
    expect(readFileSync(join(dir, 'logs', `array_${array}_2.out`), 'utf8')).toMatch(
      /--out .*shards\/2: exists and is not a directory/,
    );
  }, 200_000);
});

// Without Slurm (and not under CI): one skipped test whose name says why.
if (!available && !ci)
  describe('sweeps on a real Slurm', () => {
    it.skip(`skipped: ${skipReason}`, () => {});
  });
