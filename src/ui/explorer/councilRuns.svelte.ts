// Councils side by side and ranked: the explorer's scenario run for each chosen council with its
// own people (quick: at most COMPARE_POPULATION people and COMPARE_REPLICATES replicates), one
// after another on a pool of Web Workers, on the same seed (common random numbers: the councils
// differ by their people, not by luck), with progress and cancel.
import { untrack } from 'svelte';
import { createBrowserPool } from '../../../workers/browserPool.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import { CancelledError, type WorkerPool } from '../../../workers/pool.ts';
import type { PartialResult } from '../../model/simulate/result.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import { whoIsSimulated, type WhoIsSimulated } from '../../model/simulate/councilRun.ts';

/**
 * Synthetic people 65+ and replicates of each council's run in a comparison: all 153 councils at
 * the explorer's defaults (20 years, two arms) took about 40 s in Chromium on a two-core machine
 * (`npm run screenshots`).
 */
export const COMPARE_POPULATION = 3_000;
export const COMPARE_REPLICATES = 6;

export type CouncilRunsStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** A council's quick run: the explorer's scenario for that council, fewer people and replicates. */
export const councilScenario = (s: Scenario, council: string): Scenario => ({
  ...s,
  council,
  population: Math.min(s.population, COMPARE_POPULATION),
  replicates: Math.min(s.replicates, COMPARE_REPLICATES),
});

export interface CouncilRun {
  who: WhoIsSimulated & { council: string };
  replicates: readonly PartialResult[];
}

export class CouncilRuns {
  status = $state<CouncilRunsStatus>('idle');
  progress = $state({ done: 0, total: 0 });
  /** The runs finished, in the order asked. */
  runs = $state.raw<CouncilRun[]>([]);
  /** The scenario the runs are of (the explorer's, before the council and quick settings). */
  scenario = $state.raw<Scenario | null>(null);
  /** The council being run now (its name), for the progress line. */
  current = $state<string | null>(null);
  error = $state<string | null>(null);
  started = $state(0);

  #pool: WorkerPool | null = null;
  #generation = 0;
  #active: Promise<unknown> = Promise.resolve();

  constructor(private readonly poolSize?: number) {}

  run(scenario: Scenario, councils: readonly string[]): void {
    untrack(() => void this.#run(scenario, councils));
  }

  cancel(): void {
    untrack(() => {
      this.#generation++;
      this.#pool?.cancel();
      if (this.status === 'running') this.status = 'cancelled';
    });
  }

  async #run(base: Scenario, councils: readonly string[]): Promise<void> {
    const gen = ++this.#generation;
    this.#pool?.cancel();
    await this.#active.catch(() => undefined);
    if (gen !== this.#generation) return;
    this.#pool ??= createBrowserPool(this.poolSize ?? defaultWorkerCount());
    this.started++;
    this.status = 'running';
    this.error = null;
    this.scenario = base;
    this.runs = [];
    this.progress = { done: 0, total: councils.length };
    const out: CouncilRun[] = [];
    try {
      for (const slug of councils) {
        const scenario = councilScenario(base, slug);
        this.current = whoIsSimulated(scenario).place;
        const running = this.#pool.run(scenario);
        this.#active = running;
        const replicates = await running;
        if (gen !== this.#generation) return;
        const who = whoIsSimulated(scenario) as WhoIsSimulated & { council: string };
        out.push({ who, replicates });
        this.runs = [...out];
        this.progress = { done: out.length, total: councils.length };
      }
      this.current = null;
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

/** The comparison's runs: half the cores, so they can run beside a main run. */
export const councilRuns = new CouncilRuns(Math.max(1, Math.floor(defaultWorkerCount() / 2)));
