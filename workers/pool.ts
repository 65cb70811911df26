// A pool of engine workers (Web Workers in the browser, worker_threads in Node) that runs the
// (replicate, slice) tasks of a scenario. Tasks and their seeds are fixed by the scenario, and a
// replicate is combined in slice order, so results never depend on the number of workers or the
// order in which tasks finish. Cancelling terminates busy workers at once.
import type { Remote } from 'comlink';
import type { EngineApi } from './api.ts';
import type { Scenario } from '../src/model/simulate/scenario.ts';
import { planTasks, type Task } from '../src/model/simulate/plan.ts';
import { combineSlices, type PartialResult } from '../src/model/simulate/result.ts';

/** One live worker: its comlink proxy and how to stop it. */
export interface WorkerHandle {
  api: Remote<EngineApi>;
  terminate(): void;
  /** Rejects if the worker dies or throws outside a call (comlink alone would wait forever). */
  failed: Promise<never>;
}

export interface RunProgress {
  tasksDone: number;
  tasksTotal: number;
  replicatesDone: number;
  replicatesTotal: number;
}

export interface RunOptions {
  /** Called after each task. */
  onProgress?: (p: RunProgress) => void;
  /** Called with each replicate as soon as all its slices are in (in completion order). */
  onReplicate?: (r: PartialResult, done: readonly PartialResult[]) => void;
  /** Only run these tasks (e.g. a shard); default all. */
  tasks?: readonly Task[];
  /** Test hook: the order in which tasks are handed out (a permutation of task indices). */
  order?: readonly number[];
  /** Times a failing task is retried on a fresh worker before the run stops. */
  retries?: number;
}

export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled');
    this.name = 'CancelledError';
  }
}

export class WorkerPool {
  private idle: WorkerHandle[] = [];
  private busy = new Set<WorkerHandle>();
  private cancelled: (() => void) | null = null;

  constructor(
    private readonly create: () => WorkerHandle,
    readonly size: number,
  ) {
    if (!(size >= 1)) throw new Error('a pool needs at least one worker');
  }

  /** Number of live workers (idle or busy). */
  get live(): number {
    return this.idle.length + this.busy.size;
  }

  private take(): WorkerHandle {
    const w = this.idle.pop() ?? this.create();
    this.busy.add(w);
    return w;
  }

  private release(w: WorkerHandle): void {
    this.busy.delete(w);
    this.idle.push(w);
  }

  private discard(w: WorkerHandle): void {
    this.busy.delete(w);
    w.terminate();
  }

  /** Runs a scenario's tasks; resolves with whole replicates in replicate order. */
  async run(scenario: Scenario, options: RunOptions = {}): Promise<PartialResult[]> {
    if (this.cancelled) throw new Error('this pool is already running');
    const tasks = options.tasks ?? planTasks(scenario);
    const order = options.order ?? tasks.map((_, i) => i);
    const slicesPer = new Map<number, number>();
    for (const t of tasks) slicesPer.set(t.replicate, (slicesPer.get(t.replicate) ?? 0) + 1);
    const partials = new Map<number, PartialResult[]>();
    const done: PartialResult[] = [];
    let next = 0;
    let tasksDone = 0;
    const retries = options.retries ?? 2;

    let cancel!: () => void;
    const cancelledPromise = new Promise<never>((_, reject) => {
      cancel = () => reject(new CancelledError());
    });
    cancelledPromise.catch(() => undefined);
    let stopped = false;
    this.cancelled = () => {
      stopped = true;
      cancel();
    };

    const runOne = async (task: Task): Promise<PartialResult> => {
      for (let attempt = 0; ; attempt++) {
        const w = this.take();
        try {
          const r = await Promise.race([
            w.api.runTask(scenario, task.replicate, task.slice),
            w.failed,
            cancelledPromise,
          ]);
          this.release(w);
          return r;
        } catch (e) {
          this.discard(w);
          if (stopped || attempt >= retries) throw e;
        }
      }
    };

    const lane = async (): Promise<void> => {
      while (!stopped && next < order.length) {
        const task = tasks[order[next++]!]!;
        const r = await runOne(task);
        if (stopped) return;
        tasksDone++;
        const list = partials.get(r.replicate) ?? [];
        list.push(r);
        partials.set(r.replicate, list);
        if (list.length === slicesPer.get(r.replicate)) {
          const whole = combineSlices(list);
          partials.delete(r.replicate);
          done.push(whole);
          options.onReplicate?.(whole, done);
        }
        options.onProgress?.({
          tasksDone,
          tasksTotal: tasks.length,
          replicatesDone: done.length,
          replicatesTotal: slicesPer.size,
        });
      }
    };

    try {
      const lanes = Array.from({ length: Math.min(this.size, tasks.length) }, lane);
      await Promise.race([Promise.all(lanes), cancelledPromise]);
      return [...done].sort((a, b) => a.replicate - b.replicate);
    } catch (e) {
      // Stop everything still running before reporting the failure.
      stopped = true;
      for (const w of [...this.busy]) this.discard(w);
      throw e;
    } finally {
      this.cancelled = null;
    }
  }

  /** Stops the current run now: busy workers are terminated, and run() rejects with CancelledError. */
  cancel(): void {
    const c = this.cancelled;
    for (const w of [...this.busy]) this.discard(w);
    c?.();
  }

  /** Terminates every worker. */
  close(): void {
    this.cancel();
    for (const w of this.idle.splice(0)) w.terminate();
  }
}
