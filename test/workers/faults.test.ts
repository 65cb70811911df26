// Fault injection on the Node worker pool (worker_threads): a task whose worker throws, exits,
// hangs or is terminated from outside is re-run on a fresh worker and the results hash equals an
// undisturbed run's; a task that keeps failing stops the run with a clear error and no worker left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/model/simulate/scenario.ts';
import { hashResults } from '../../src/model/export/index.ts';
import { createNodePool, createThread } from '../../workers/node/nodePool.ts';
import {
  RetriesExhaustedError,
  WorkerPool as Pool,
  type RunOptions,
  type WorkerHandle,
  type WorkerPool,
} from '../../workers/pool.ts';
import type { Fault } from '../../workers/api.ts';

const scenario = scenarioSchema.parse({
  seed: 'faults',
  population: 2000,
  replicates: 3,
  years: 3,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  engine: { sliceSize: 1000 },
});

// One pool for every test (workers take a second each to start): it must survive each fault.
let shared: WorkerPool;
const pool = () => shared;
let reference: string;
beforeAll(async () => {
  shared = createNodePool(2);
  reference = await hashResults(await shared.run(scenario));
}, 60_000);
afterAll(() => shared.close());

/** Runs with `options`, counting retries; returns the results hash. */
async function hashWith(p: WorkerPool, options: RunOptions = {}) {
  const retried: string[] = [];
  const reps = await p.run(scenario, {
    ...options,
    onRetry: (r) => retried.push(`${r.task.replicate}/${r.task.slice}: ${r.error.message}`),
  });
  return { hash: await hashResults(reps), retried };
}

/** Injects `kind` into the first attempt of tasks (0, 1) and (2, 0). */
const firstAttempt =
  (kind: Fault['kind']) =>
  (t: { replicate: number; slice: number }, attempt: number): Fault | undefined =>
    attempt === 0 && ((t.replicate === 0 && t.slice === 1) || (t.replicate === 2 && t.slice === 0))
      ? { kind }
      : undefined;

describe('worker faults (worker_threads)', () => {
  it('a worker that throws in a task: the task is re-run and the results hash is unchanged', async () => {
    const r = await hashWith(pool(), { faults: firstAttempt('throw') });
    expect(r.retried).toHaveLength(2);
    expect(r.retried[0]).toMatch(/injected fault/);
    expect(r.hash).toBe(reference);
  }, 60_000);

  it('a worker that exits (process.exit) mid-task is replaced and the hash is unchanged', async () => {
    const p = pool();
    const r = await hashWith(p, { faults: firstAttempt('crash') });
    expect(r.retried).toHaveLength(2);
    expect(r.retried[0]).toMatch(/exited \(code 70\)/);
    expect(r.hash).toBe(reference);
    expect(p.live).toBeLessThanOrEqual(2);
  }, 60_000);

  it('a worker terminated from outside mid-run (terminate()) is replaced and the hash is unchanged', async () => {
    const p = pool();
    let killed = 0;
    const r = await hashWith(p, {
      onProgress: (progress) => {
        // The other lane's worker is busy with its task at this moment.
        if (progress.tasksDone === 2 || progress.tasksDone === 7)
          killed += p.killBusyWorker() ? 1 : 0;
      },
    });
    expect(killed).toBeGreaterThanOrEqual(1);
    // A kill can land just after the worker posted its result: that task needs no re-run, and
    // the dead worker is dropped before its next task. Either way no result may change.
    expect(r.retried.length).toBeLessThanOrEqual(killed);
    expect(r.hash).toBe(reference);
  }, 60_000);

  it('a worker that stops answering is timed out, replaced, and the hash is unchanged', async () => {
    // 10 s: a fresh worker's start and a healthy task stay well within it on a loaded machine
    // (3 s timed healthy tasks out with the whole suite running on 2 busy cores).
    const r = await hashWith(pool(), { faults: firstAttempt('hang'), taskTimeoutMs: 10_000 });
    expect(r.retried).toHaveLength(2);
    expect(r.retried[0]).toMatch(/did not answer within 10 s/);
    expect(r.hash).toBe(reference);
  }, 60_000);

  it('a task that fails on every attempt stops the run with "retries exhausted", no worker busy, and the pool still works', async () => {
    const p = pool();
    const run = p.run(scenario, {
      retries: 2,
      faults: (t) => (t.replicate === 1 && t.slice === 0 ? { kind: 'throw' } : undefined),
    });
    await expect(run).rejects.toBeInstanceOf(RetriesExhaustedError);
    await expect(run).rejects.toThrow(
      /task \(replicate 2, slice 1\) failed 3 times, each on a fresh worker, so the run was stopped; last error: injected fault/,
    );
    expect(p.running).toBe(0);
    // The pool is still usable: the next run gives the reference numbers.
    expect((await hashWith(p)).hash).toBe(reference);
  }, 60_000);

  it('a worker started ahead (warm) that dies before its first task is replaced without a retry', async () => {
    const made: WorkerHandle[] = [];
    const p = new Pool(() => {
      const h = createThread();
      made.push(h);
      return h;
    }, 2);
    try {
      p.warm(scenario.startYear);
      expect(made).toHaveLength(2);
      made[0]!.kill!();
      await made[0]!.failed.catch(() => undefined);
      const r = await hashWith(p);
      expect(r.retried).toEqual([]);
      expect(r.hash).toBe(reference);
      expect(made).toHaveLength(3);
    } finally {
      p.close();
    }
  }, 60_000);
});
