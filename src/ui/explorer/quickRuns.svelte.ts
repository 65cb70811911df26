// Runs beside the main run, on the explorer's scenario made quick like the trade-off sweeps: a
// plan of scenarios run one after another (same seed: common random numbers) on a pool of Web
// Workers, with progress and cancel, then reduced to one result. The tornado, the take-up of care
// accounts and the council comparison are such plans.
import { untrack } from 'svelte';
import { createBrowserPool } from '../../../workers/browserPool.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import { CancelledError, type WorkerPool } from '../../../workers/pool.ts';
import type { PartialResult } from '../../model/simulate/result.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import { SWEEP_POPULATION, SWEEP_REPLICATES } from '../../model/simulate/tradeOffSweep.ts';

export type QuickRunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** What a plan does as it goes: before its first run, and before and after each run. */
export interface QuickRunHooks {
  onBegin?: () => void;
  beforeStep?: (k: number, scenario: Scenario) => void;
  afterStep?: (k: number, replicates: PartialResult[], scenario: Scenario) => void;
}

/** A quick run's scenario: the explorer's, with at most the sweeps' people and replicates. */
export const quickScenario = (s: Scenario): Scenario => ({
  ...s,
  population: Math.min(s.population, SWEEP_POPULATION),
  replicates: Math.min(s.replicates, SWEEP_REPLICATES),
});

export class QuickRuns<T> {
  status = $state<QuickRunStatus>('idle');
  /** Runs finished of the plan's, and replicates finished over all runs. */
  progress = $state({ runsDone: 0, runsTotal: 0, replicatesDone: 0, replicatesTotal: 0 });
  result = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  /** Runs started so far (lets tests wait for a new one). */
  started = $state(0);

  #pool: WorkerPool | null = null;
  #generation = 0;
  #active: Promise<unknown> = Promise.resolve();

  constructor(private readonly poolSize?: number) {}

  /** Runs `steps` one after another, then `finish` of their replicates; replaces any run. */
  protected start(
    steps: readonly Scenario[],
    finish: (results: PartialResult[][]) => T,
    hooks: QuickRunHooks = {},
  ): void {
    untrack(() => void this.#run(steps, finish, hooks));
  }

  /** Stops the runs in progress; an earlier finished result stays. */
  cancel(): void {
    untrack(() => {
      this.#generation++;
      this.#pool?.cancel();
      if (this.status === 'running') this.status = 'cancelled';
    });
  }

  async #run(
    steps: readonly Scenario[],
    finish: (results: PartialResult[][]) => T,
    hooks: QuickRunHooks,
  ): Promise<void> {
    const gen = ++this.#generation;
    this.#pool?.cancel();
    // The pool runs one scenario at a time: the cancelled run's end is awaited first.
    await this.#active.catch(() => undefined);
    if (gen !== this.#generation) return;
    this.#pool ??= createBrowserPool(this.poolSize ?? defaultWorkerCount());
    const R = steps[0]?.replicates ?? 0;
    this.started++;
    this.status = 'running';
    this.error = null;
    this.progress = {
      runsDone: 0,
      runsTotal: steps.length,
      replicatesDone: 0,
      replicatesTotal: steps.length * R,
    };
    hooks.onBegin?.();
    const results: PartialResult[][] = [];
    try {
      for (const [k, scenario] of steps.entries()) {
        hooks.beforeStep?.(k, scenario);
        const running = this.#pool.run(scenario, {
          onProgress: (p) => {
            if (gen === this.#generation)
              this.progress = { ...this.progress, replicatesDone: k * R + p.replicatesDone };
          },
        });
        this.#active = running;
        const reps = await running;
        if (gen !== this.#generation) return;
        results.push(reps);
        this.progress = { ...this.progress, runsDone: k + 1, replicatesDone: (k + 1) * R };
        hooks.afterStep?.(k, reps, scenario);
      }
      this.result = finish(results);
      this.status = 'done';
    } catch (e) {
      if (gen !== this.#generation) return;
      if (e instanceof CancelledError) {
        this.status = 'cancelled';
        return;
      }
      this.status = 'failed';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }
}
