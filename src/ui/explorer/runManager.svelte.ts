// Runs scenarios on a pool of engine workers and keeps the latest results for the views:
// requests are debounced, a new request cancels the run in progress, and the summary is
// recomputed as each replicate arrives so the charts refine while the run goes on. A run is
// estimated first and refused over the browser's limits (time: unless the user confirms); a
// worker that fails is replaced and its task re-run; a run that still fails leaves the previous
// results on screen with the error.
import { untrack } from 'svelte';
import { createBrowserPool } from '../../../workers/browserPool.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import {
  CancelledError,
  type RunOptions,
  type RunProgress,
  type WorkerPool,
} from '../../../workers/pool.ts';
import type { Fault } from '../../../workers/api.ts';
import type { Task } from '../../model/simulate/plan.ts';
import type { PartialResult } from '../../model/simulate/result.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import { summarise, type RunSummary } from '../../model/simulate/summarise.ts';
import {
  BROWSER_LIMITS,
  checkLimits,
  type RunEstimate,
  type SettingNames,
} from '../../model/simulate/limits.ts';
import { hashResults } from '../../model/export/hash.ts';

export type RunStatus =
  | 'idle'
  | 'waiting'
  | 'running'
  | 'done'
  | 'cancelled'
  | 'failed'
  /** Over the limits: not started (see `refusal`). */
  | 'refused';

/** Suggestions worded for the scenario panel (its Simulation group's labels). */
const BROWSER_NAMES: SettingNames = {
  population: (n) => `Population ${n}`,
  replicates: (n) => `Replicates ${n}`,
  sliceSize: 'Slice size',
  force: 'choose Run anyway',
};

/** Shortest time between two refinements of the views while replicates arrive, ms. */
const REFINE_MS = 250;

/** Test hook: faults to inject into the next runs (only set through installTestHooks). */
interface FaultPlan {
  replicate: number;
  slice: number;
  kind: Fault['kind'];
  /** Attempts that fail: 1 = the first only (recovers); more than the retries = the run fails. */
  attempts: number;
}

/** Results of one run so far: the scenario, the whole replicates in and their summary. */
export interface RunResults {
  scenario: Scenario;
  replicates: readonly PartialResult[];
  summary: RunSummary;
}

export class RunManager {
  status = $state<RunStatus>('idle');
  progress = $state<RunProgress>({
    tasksDone: 0,
    tasksTotal: 0,
    replicatesDone: 0,
    replicatesTotal: 0,
  });
  /** Latest results (of the current run once its first replicate is in). */
  results = $state.raw<RunResults | null>(null);
  /** The scenario being run or last run. */
  running = $state.raw<Scenario | null>(null);
  /**
   * The scenario last asked for (JSON), run or not: results for any other scenario are not
   * current (the request was refused, cancelled before it started, or is still waiting).
   */
  requestedKey = $state<string | null>(null);
  error = $state<string | null>(null);
  /** Seconds the last finished run took. */
  seconds = $state<number | null>(null);
  /** Runs started so far (lets tests and screenshots wait for a new run to finish). */
  started = $state(0);
  /** Estimated time and memory of the run in progress or last checked. */
  estimate = $state.raw<RunEstimate | null>(null);
  /** Why the requested run was not started, and whether the user may run it anyway. */
  refusal = $state.raw<{ kind: 'time' | 'memory'; message: string } | null>(null);
  /** Workers replaced during the current run (each after a failure; its task re-run). */
  restarts = $state(0);

  #pool: WorkerPool | null = null;
  #refused: Scenario | null = null;
  #faults: FaultPlan | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #generation = 0;
  #active: Promise<unknown> = Promise.resolve();
  #lastKey = '';

  constructor(
    private readonly poolSize?: number,
    private readonly debounceMs = 400,
  ) {}

  /** Asks for `scenario` to be run after a quiet spell; repeated identical requests do nothing. */
  request(scenario: Scenario, options: { immediate?: boolean } = {}): void {
    // Callers are effects: reading our own state here must not make them re-run on progress.
    untrack(() => this.#request(scenario, options));
  }

  #request(scenario: Scenario, options: { immediate?: boolean }): void {
    // Start the workers (or take those the entry script started) while the request waits.
    if (!this.#pool) {
      this.#pool = createBrowserPool(this.poolSize ?? defaultWorkerCount());
      this.#pool.warm(scenario.startYear);
    }
    const key = JSON.stringify(scenario);
    this.requestedKey = key;
    if (key === this.#lastKey && this.status !== 'cancelled' && this.status !== 'failed') return;
    this.#lastKey = key;
    if (this.#timer) clearTimeout(this.#timer);
    // The first request (a page just opened) has nothing to wait for: edits are what debounce.
    const immediate = options.immediate || (this.status === 'idle' && this.results === null);
    this.status = 'waiting';
    if (immediate) {
      // Started once the current updates are done, not on a timer: a 0 ms timer waits for the
      // page's first layout and paint (about 80 ms of the first view), while the workers wait
      // for their first tasks.
      queueMicrotask(() => {
        if (this.#lastKey === key && this.status === 'waiting') void this.#start(scenario);
      });
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#start(scenario);
    }, this.debounceMs);
  }

  /** Re-runs the last requested scenario even if nothing changed (after a cancel). */
  rerun(scenario: Scenario): void {
    this.#lastKey = '';
    this.request(scenario, { immediate: true });
  }

  /** Stops the run in progress (or the one about to start); results so far stay on screen. */
  cancel(): void {
    untrack(() => this.#cancel());
  }

  #cancel(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#generation++;
    this.#pool?.cancel();
    if (this.status === 'running' || this.status === 'waiting') this.status = 'cancelled';
  }

  /** Runs the refused scenario anyway: allowed only when it was refused for time. */
  confirm(): void {
    untrack(() => {
      const s = this.#refused;
      if (!s || this.refusal?.kind !== 'time') return;
      void this.#start(s, true);
    });
  }

  /** Test hook: kills one busy worker as a crash would. False if none is busy. */
  killWorker(): boolean {
    return this.#pool?.killBusyWorker() ?? false;
  }

  /** Test hook: injects a fault into task (replicate, slice) of every later run. */
  injectFault(plan: FaultPlan | null): void {
    this.#faults = plan;
  }

  async #start(scenario: Scenario, confirmed = false): Promise<void> {
    const gen = ++this.#generation;
    this.#pool?.cancel();
    await this.#active.catch(() => undefined);
    if (gen !== this.#generation) return;
    const workers = this.poolSize ?? defaultWorkerCount();
    const check = checkLimits(scenario, {
      workers,
      host: 'browser',
      limits: BROWSER_LIMITS,
      names: BROWSER_NAMES,
      force: confirmed,
    });
    this.estimate = check.estimate;
    if (!check.ok) {
      this.#refused = scenario;
      this.refusal = { kind: check.kind, message: check.message };
      this.status = 'refused';
      return;
    }
    this.#refused = null;
    this.refusal = null;
    this.#pool ??= createBrowserPool(workers);
    const armNames = scenario.arms.map((a) => a.name);
    const previous = this.results;
    this.running = scenario;
    this.started++;
    this.status = 'running';
    this.error = null;
    this.restarts = 0;
    this.progress = {
      tasksDone: 0,
      tasksTotal: 0,
      replicatesDone: 0,
      replicatesTotal: scenario.replicates,
    };
    const t0 = performance.now();
    const faults = this.#faults;
    const options: RunOptions = {
      // No task takes longer than the whole run: a worker silent for 10 times the run's estimate
      // (at least 2 minutes) has died without a word, which a browser may not report.
      taskTimeoutMs: Math.max(120_000, 10_000 * check.estimate.seconds),
      onRetry: () => {
        if (gen === this.#generation) this.restarts++;
      },
      ...(faults ? { faults: faultsOf(faults) } : {}),
    };
    let latest: PartialResult[] | null = null;
    let refineTimer: ReturnType<typeof setTimeout> | null = null;
    let shownOnce = false;
    const total = scenario.replicates;
    const show = (replicates: PartialResult[]) => {
      this.results = {
        scenario,
        replicates,
        summary: summarise(replicates, armNames, scenario.startYear),
      };
    };
    const run = this.#pool.run(scenario, {
      ...options,
      onProgress: (p) => {
        if (gen === this.#generation) this.progress = p;
      },
      onReplicate: (_, done) => {
        if (gen !== this.#generation) return;
        latest = [...done];
        // Refine the views at most every REFINE_MS: redrawing after every replicate would take
        // the page's thread, and on a 2-core machine the workers' time, for little gain. With
        // nothing on screen yet (the page just opened), results show as soon as two replicates
        // are in (one gives no interval).
        const first = previous === null && !shownOnce && done.length >= Math.min(2, total);
        if (first && refineTimer) {
          clearTimeout(refineTimer);
          refineTimer = null;
        }
        refineTimer ??= setTimeout(
          () => {
            refineTimer = null;
            if (gen === this.#generation && latest) {
              shownOnce = true;
              show(latest);
            }
          },
          first ? 0 : REFINE_MS,
        );
      },
    });
    this.#active = run;
    try {
      const all = await run;
      if (gen !== this.#generation) return;
      show(all);
      this.status = 'done';
      this.seconds = (performance.now() - t0) / 1000;
    } catch (e) {
      if (gen !== this.#generation && e instanceof CancelledError) return;
      if (e instanceof CancelledError) {
        this.status = 'cancelled';
        return;
      }
      if (gen !== this.#generation) return;
      // The replicates of a failed run are not shown: the previous results stay on screen.
      this.results = previous;
      this.status = 'failed';
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      // A refinement still pending would show a failed or cancelled run's replicates after it
      // ended (seen under load: the previous results replaced by a failed run's partial ones).
      if (refineTimer) clearTimeout(refineTimer);
    }
  }
}

function faultsOf(plan: FaultPlan): (t: Task, attempt: number) => Fault | undefined {
  return (t, attempt) =>
    t.replicate === plan.replicate && t.slice === plan.slice && attempt < plan.attempts
      ? { kind: plan.kind }
      : undefined;
}

/** The explorer's main runs: one worker per core (up to 8). */
export const mainRuns = new RunManager();

const half = Math.max(1, Math.floor(defaultWorkerCount() / 2));

/** Trade-off sweep over the cap: half the cores, so it can run beside a main run. */
export const capSweepRuns = new RunManager(half, 600);

/** Trade-offs: the cap × upper capital limit grid (one run of 20 settings). */
export const gridRuns = new RunManager(half, 600);

/**
 * Test hooks for fault injection, on `window.__careCapTest`: installed only when the page's URL
 * has `?test-faults` (see boot.ts), never otherwise.
 */
export function installTestHooks(): void {
  Object.assign(window, {
    __careCapTest: {
      killWorker: () => mainRuns.killWorker(),
      injectFault: (plan: FaultPlan | null) => mainRuns.injectFault(plan),
      resultsHash: async () => {
        const r = mainRuns.results;
        return r ? hashResults(r.replicates) : null;
      },
    },
  });
}
