// The tornado chart's runs (one-at-a-time sensitivity, src/model/sensitivity/tornado.ts): the
// explorer's scenario, made quick like the trade-off sweeps, with every uncertain input central,
// then each input at its low and at its high value, others central: 2k + 1 runs on the same seed
// (common random numbers), one after another on a pool of Web Workers, with progress and cancel.
import { untrack } from 'svelte';
import { createBrowserPool } from '../../../workers/browserPool.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import { CancelledError, type WorkerPool } from '../../../workers/pool.ts';
import type { PartialResult } from '../../model/simulate/result.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import { SWEEP_POPULATION, SWEEP_REPLICATES } from '../../model/simulate/tradeOffSweep.ts';
import {
  tornadoPlan,
  tornadoSwings,
  type OutcomeSpec,
  type TornadoResult,
} from '../../model/sensitivity/index.ts';

export type TornadoStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The scenario the tornado runs: the explorer's, with at most the sweeps' people and replicates. */
export const tornadoScenario = (s: Scenario): Scenario => ({
  ...s,
  population: Math.min(s.population, SWEEP_POPULATION),
  replicates: Math.min(s.replicates, SWEEP_REPLICATES),
});

export interface TornadoRunResults {
  /** The scenario run (tornadoScenario of the explorer's). */
  scenario: Scenario;
  outcome: OutcomeSpec;
  tornado: TornadoResult;
}

export class TornadoRuns {
  status = $state<TornadoStatus>('idle');
  /** Runs finished of the plan's 2k + 1, and replicates finished over all runs. */
  progress = $state({ runsDone: 0, runsTotal: 0, replicatesDone: 0, replicatesTotal: 0 });
  result = $state.raw<TornadoRunResults | null>(null);
  error = $state<string | null>(null);
  /** Runs started so far (lets tests wait for a new one). */
  started = $state(0);

  #pool: WorkerPool | null = null;
  #generation = 0;
  #active: Promise<unknown> = Promise.resolve();

  constructor(private readonly poolSize?: number) {}

  /** Runs the tornado of `scenario` for `outcome`, replacing any run in progress. */
  run(scenario: Scenario, outcome: OutcomeSpec): void {
    untrack(() => void this.#run(scenario, outcome));
  }

  /** Stops the runs in progress; an earlier finished chart stays. */
  cancel(): void {
    untrack(() => {
      this.#generation++;
      this.#pool?.cancel();
      if (this.status === 'running') this.status = 'cancelled';
    });
  }

  async #run(base: Scenario, outcome: OutcomeSpec): Promise<void> {
    const gen = ++this.#generation;
    this.#pool?.cancel();
    // The pool runs one scenario at a time: the cancelled run's end is awaited first.
    await this.#active.catch(() => undefined);
    if (gen !== this.#generation) return;
    this.#pool ??= createBrowserPool(this.poolSize ?? defaultWorkerCount());
    const scenario = tornadoScenario(base);
    const plan = tornadoPlan(scenario);
    const R = scenario.replicates;
    this.started++;
    this.status = 'running';
    this.error = null;
    this.progress = {
      runsDone: 0,
      runsTotal: plan.length,
      replicatesDone: 0,
      replicatesTotal: plan.length * R,
    };
    const results: PartialResult[][] = [];
    try {
      for (const [k, step] of plan.entries()) {
        const running = this.#pool.run(step.scenario, {
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
      }
      this.result = { scenario, outcome, tornado: tornadoSwings(plan, results, outcome) };
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

/** The tornado's runs: half the cores, so they can run beside a main run. */
export const tornadoRuns = new TornadoRuns(Math.max(1, Math.floor(defaultWorkerCount() / 2)));
