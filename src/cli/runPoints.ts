// Runs many scenarios (a sweep's grid points, a sensitivity analysis's sample points) on Node
// worker threads: the replicates asked for of each point, one point after another on one pool,
// or (`lanes` > 1) several points at once, each lane a pool of its own, for many small points
// whose few tasks could not keep every worker busy. Results are whole replicates, the same
// numbers whichever lane or worker ran them.
import type { Scenario } from '../model/simulate/scenario.ts';
import { planTasks } from '../model/simulate/plan.ts';
import type { PartialResult } from '../model/simulate/result.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import { createNodePool } from '../../workers/node/nodePool.ts';
import { progressBar } from './progressBar.ts';

export interface PointWork {
  scenario: Scenario;
  /** Replicates of this point to run (all, or a shard's); none skips the point. */
  replicates: readonly number[];
}

export interface RunPointsOptions {
  workers: number;
  /** Points run at once, each on a pool of its own (workers split between them); default 1. */
  lanes?: number;
  /** A task not answered within this many ms counts as failed (its worker is replaced). */
  taskTimeoutMs?: number;
  /** Called with each point's whole replicates as soon as the point is done, in lane order. */
  onPoint: (index: number, reps: PartialResult[]) => void | Promise<void>;
  /** Show a progress bar on stderr (default true). */
  progress?: boolean;
}

/** The pools of a run, so that an interrupt can stop them. */
export interface PointsRun {
  done: Promise<void>;
  /** Terminates every worker now; `done` rejects. */
  close(): void;
}

/** Starts running `points`; see RunPointsOptions. */
export function runPoints(points: readonly PointWork[], options: RunPointsOptions): PointsRun {
  const todo = points.map((p, i) => ({ ...p, index: i })).filter((p) => p.replicates.length > 0);
  const lanes = Math.max(1, Math.min(options.lanes ?? 1, options.workers, todo.length));
  const pools: WorkerPool[] = Array.from({ length: lanes }, (_, l) =>
    createNodePool(Math.floor(options.workers / lanes) + (l < options.workers % lanes ? 1 : 0)),
  );
  const taskLists = todo.map((p) => {
    const keep = new Set(p.replicates);
    return planTasks(p.scenario).filter((t) => keep.has(t.replicate));
  });
  const tasksTotal = taskLists.reduce((n, t) => n + t.length, 0);
  const replicatesTotal = todo.reduce((n, p) => n + p.replicates.length, 0);
  const bar = options.progress === false ? null : progressBar();
  let tasksDone = 0;
  let replicatesDone = 0;
  let personYears = 0;
  let next = 0;
  const lane = async (pool: WorkerPool) => {
    while (next < todo.length) {
      const k = next++;
      const p = todo[k]!;
      const reps = await pool.run(p.scenario, {
        tasks: taskLists[k]!,
        ...(options.taskTimeoutMs !== undefined ? { taskTimeoutMs: options.taskTimeoutMs } : {}),
        onReplicate: (r) => {
          personYears += r.personYears;
          replicatesDone++;
        },
        onProgress: () => {
          tasksDone++;
          bar?.update({ tasksDone, tasksTotal, replicatesDone, replicatesTotal }, personYears);
        },
      });
      await options.onPoint(p.index, reps);
    }
  };
  const close = () => pools.forEach((p) => p.close());
  const done = Promise.all(pools.map(lane)).then(
    () => close(),
    (e: unknown) => {
      close();
      throw e;
    },
  );
  return { done, close };
}
