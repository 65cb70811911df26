// Runs scenarios on a pool of engine workers and keeps the latest results for the views:
// requests are debounced, a new request cancels the run in progress, and the summary is
// recomputed as each replicate arrives so the charts refine while the run goes on.
import { untrack } from 'svelte';
import { createBrowserPool } from '../../../workers/browserPool.ts';
import { CancelledError, type RunProgress, type WorkerPool } from '../../../workers/pool.ts';
import type { PartialResult } from '../../model/simulate/result.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import { summarise, type RunSummary } from '../../model/simulate/summarise.ts';

export type RunStatus = 'idle' | 'waiting' | 'running' | 'done' | 'cancelled' | 'failed';

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
  error = $state<string | null>(null);
  /** Seconds the last finished run took. */
  seconds = $state<number | null>(null);
  /** Runs started so far (lets tests and screenshots wait for a new run to finish). */
  started = $state(0);

  #pool: WorkerPool | null = null;
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
    const key = JSON.stringify(scenario);
    if (key === this.#lastKey && this.status !== 'cancelled' && this.status !== 'failed') return;
    this.#lastKey = key;
    if (this.#timer) clearTimeout(this.#timer);
    this.status = 'waiting';
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        void this.#start(scenario);
      },
      options.immediate ? 0 : this.debounceMs,
    );
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

  async #start(scenario: Scenario): Promise<void> {
    const gen = ++this.#generation;
    this.#pool?.cancel();
    await this.#active.catch(() => undefined);
    if (gen !== this.#generation) return;
    this.#pool ??= createBrowserPool(this.poolSize);
    const armNames = scenario.arms.map((a) => a.name);
    this.running = scenario;
    this.started++;
    this.status = 'running';
    this.error = null;
    this.progress = {
      tasksDone: 0,
      tasksTotal: 0,
      replicatesDone: 0,
      replicatesTotal: scenario.replicates,
    };
    const t0 = performance.now();
    const run = this.#pool.run(scenario, {
      onProgress: (p) => {
        if (gen === this.#generation) this.progress = p;
      },
      onReplicate: (_, done) => {
        if (gen !== this.#generation) return;
        const replicates = [...done];
        this.results = {
          scenario,
          replicates,
          summary: summarise(replicates, armNames, scenario.startYear),
        };
      },
    });
    this.#active = run;
    try {
      await run;
      if (gen !== this.#generation) return;
      this.status = 'done';
      this.seconds = (performance.now() - t0) / 1000;
    } catch (e) {
      if (gen !== this.#generation && e instanceof CancelledError) return;
      if (e instanceof CancelledError) {
        this.status = 'cancelled';
        return;
      }
      if (gen !== this.#generation) return;
      this.status = 'failed';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }
}

/** The explorer's main runs: one worker per core (up to 8). */
export const mainRuns = new RunManager();

const half = Math.max(
  1,
  Math.floor(Math.min(8, globalThis.navigator?.hardwareConcurrency || 2) / 2),
);

/** Trade-off sweep over the cap: half the cores, so it can run beside a main run. */
export const capSweepRuns = new RunManager(half, 600);

/** Optional second sweep, over the upper capital limit. */
export const uclSweepRuns = new RunManager(half, 600);
