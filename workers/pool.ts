// A pool of engine workers (Web Workers in the browser, worker_threads in Node) that runs the
// (replicate, slice) tasks of a scenario. Tasks and their seeds are fixed by the scenario, and a
// replicate is combined in slice order, so results never depend on the number of workers or the
// order in which tasks finish. Cancelling terminates busy workers at once. A task whose worker
// throws, dies or stops answering is re-run on a fresh worker (same seed, so the same numbers).
import type { Remote } from 'comlink';
import type { EngineApi, Fault } from './api.ts';
import type { Scenario } from '../src/model/simulate/scenario.ts';
import { planTasks, type Task } from '../src/model/simulate/plan.ts';
import { combineSlices, type PartialResult } from '../src/model/simulate/result.ts';

/** One live worker: its comlink proxy and how to stop it. */
export interface WorkerHandle {
  api: Remote<EngineApi>;
  terminate(): void;
  /** Rejects if the worker dies or throws outside a call (comlink alone would wait forever). */
  failed: Promise<never>;
  /** Test hook: stops the worker from outside as a crash would, so that `failed` rejects. */
  kill?(): void;
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
  /** Times a failing task is retried on a fresh worker before the run stops (default 2). */
  retries?: number;
  /** Called when a task failed and is about to be re-run on a fresh worker. */
  onRetry?: (r: { task: Task; attempt: number; error: Error }) => void;
  /** A task not answered within this many ms counts as failed (its worker is replaced). */
  taskTimeoutMs?: number;
  /** Test hook: a fault for the worker to inject into `task` on attempt `attempt` (0 first). */
  faults?: (task: Task, attempt: number) => Fault | undefined;
}

export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled');
    this.name = 'CancelledError';
  }
}

/** A task kept failing on fresh workers: the run was stopped. */
export class RetriesExhaustedError extends Error {
  constructor(
    readonly task: Task,
    readonly attempts: number,
    readonly last: Error,
  ) {
    const times = attempts === 1 ? 'once' : `${attempts} times, each on a fresh worker`;
    super(
      `task (replicate ${task.replicate + 1}, slice ${task.slice + 1}) failed ${times}, so the run was stopped; last error: ${last.message}`,
    );
    this.name = 'RetriesExhaustedError';
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export class WorkerPool {
  private idle: WorkerHandle[] = [];
  private busy = new Set<WorkerHandle>();
  private dead = new WeakSet<WorkerHandle>();
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

  /** Number of workers busy with a task. */
  get running(): number {
    return this.inFlight.size;
  }

  private take(): WorkerHandle {
    let w = this.idle.pop();
    // A worker that died while idle is dropped here, not charged to the next task's retries.
    while (w && this.dead.has(w)) {
      w.terminate();
      w = this.idle.pop();
    }
    if (!w) {
      const fresh = this.create();
      fresh.failed.catch(() => this.dead.add(fresh));
      w = fresh;
    }
    this.busy.add(w);
    return w;
  }

  private release(w: WorkerHandle): void {
    this.busy.delete(w);
    this.idle.push(w);
  }

  private discard(w: WorkerHandle): void {
    this.busy.delete(w);
    this.inFlight.delete(w);
    w.terminate();
  }

  /** Workers with a task in flight (a lane keeps its worker between tasks, in `busy`). */
  private inFlight = new Set<WorkerHandle>();

  /** Runs a scenario's tasks; resolves with whole replicates in replicate order. */
  async run(scenario: Scenario, options: RunOptions = {}): Promise<PartialResult[]> {
    if (this.cancelled) throw new Error('this pool is already running');
    const tasks = options.tasks ?? planTasks(scenario);
    const order = options.order ?? tasks.map((_, i) => i);
    const slicesPer = new Map<number, number>();
    for (const t of tasks) slicesPer.set(t.replicate, (slicesPer.get(t.replicate) ?? 0) + 1);
    const partials = new Map<number, PartialResult[]>();
    const done: PartialResult[] = [];
    let tasksDone = 0;
    const retries = options.retries ?? 2;
    const timeoutMs = options.taskTimeoutMs;

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

    // Each lane keeps its worker between tasks, so the replicate context a worker has built (care
    // model, fee tables, personal budgets) serves the next slice of the same replicate.
    const runOne = async (task: Task, lane: { worker?: WorkerHandle }): Promise<PartialResult> => {
      for (let attempt = 0; ; attempt++) {
        // A lane's worker that died between tasks is dropped, not charged to this task's retries.
        if (lane.worker && this.dead.has(lane.worker)) {
          this.discard(lane.worker);
          lane.worker = undefined;
        }
        const w = lane.worker ?? this.take();
        lane.worker = w;
        let timer: ReturnType<typeof setTimeout> | undefined;
        try {
          const fault = options.faults?.(task, attempt);
          const call = fault
            ? w.api.runTask(scenario, task.replicate, task.slice, fault)
            : w.api.runTask(scenario, task.replicate, task.slice);
          const racers: Promise<PartialResult>[] = [call, w.failed, cancelledPromise];
          if (timeoutMs !== undefined)
            racers.push(
              new Promise<never>((_, reject) => {
                timer = setTimeout(
                  () =>
                    reject(
                      new Error(
                        `engine worker did not answer within ${Math.round(timeoutMs / 1000)} s`,
                      ),
                    ),
                  timeoutMs,
                );
              }),
            );
          this.inFlight.add(w);
          return await Promise.race(racers);
        } catch (e) {
          lane.worker = undefined;
          this.discard(w);
          if (stopped) throw e;
          const error = asError(e);
          if (attempt >= retries) throw new RetriesExhaustedError(task, attempt + 1, error);
          options.onRetry?.({ task, attempt: attempt + 1, error });
        } finally {
          this.inFlight.delete(w);
          clearTimeout(timer);
        }
      }
    };

    // Tasks still to hand out, in `order`; a lane prefers the replicate it worked on last, then a
    // replicate no other lane is on. Which lane runs a task never changes the numbers.
    const pending = order.map((i) => tasks[i]!);
    const busyOn = new Map<number, number>();
    const pick = (last: number | undefined): Task | undefined => {
      let k = last === undefined ? -1 : pending.findIndex((t) => t.replicate === last);
      if (k < 0) k = pending.findIndex((t) => !busyOn.get(t.replicate));
      if (k < 0) k = 0;
      return pending.splice(k, 1)[0];
    };
    const lane = async (): Promise<void> => {
      const state: { worker?: WorkerHandle } = {};
      let last: number | undefined;
      try {
        while (!stopped && pending.length > 0) {
          const task = pick(last)!;
          last = task.replicate;
          busyOn.set(task.replicate, (busyOn.get(task.replicate) ?? 0) + 1);
          const r = await runOne(task, state);
          busyOn.set(task.replicate, busyOn.get(task.replicate)! - 1);
          if (stopped) return;
          record(r);
        }
      } finally {
        if (state.worker && !stopped) this.release(state.worker);
      }
    };
    const record = (r: PartialResult): void => {
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

  /**
   * Test hook: kills one busy worker from outside, as a crash would (its task is re-run on a
   * fresh worker). False when no worker is busy.
   */
  killBusyWorker(): boolean {
    const w = [...this.inFlight].find((h) => h.kill && !this.dead.has(h));
    if (!w?.kill) return false;
    w.kill();
    return true;
  }

  /**
   * Starts the pool's workers ahead of the first run (loading the engine takes a moment) and
   * prepares each for `startYear`; runs use them as soon as they are ready.
   */
  warm(startYear: number): void {
    while (this.live < this.size) {
      const w = this.create();
      // A worker that dies before its first task is dropped then, not charged to that task.
      w.failed.catch(() => this.dead.add(w));
      this.idle.push(w);
      Promise.resolve(w.api.prepare(startYear)).catch(() => undefined);
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
