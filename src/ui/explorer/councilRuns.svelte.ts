// Councils side by side and ranked: the explorer's scenario run for each chosen council with its
// own people (quick: at most COMPARE_POPULATION people and COMPARE_REPLICATES replicates), one
// after another on a pool of Web Workers, on the same seed (common random numbers: the councils
// differ by their people, not by luck), with progress and cancel (QuickRuns).
import type { PartialResult } from '../../model/simulate/result.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import { whoIsSimulated, type WhoIsSimulated } from '../../model/simulate/councilRun.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import { QuickRuns } from './quickRuns.svelte.ts';

/**
 * Synthetic people 65+ and replicates of each council's run in a comparison: all 153 councils at
 * the explorer's defaults (20 years, two arms) took about 40 s in Chromium on a two-core machine
 * (`npm run screenshots`).
 */
export const COMPARE_POPULATION = 3_000;
export const COMPARE_REPLICATES = 6;

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

export class CouncilRuns extends QuickRuns<CouncilRun[]> {
  /** The runs finished, in the order asked (shown as they arrive). */
  runs = $state.raw<CouncilRun[]>([]);
  /** The scenario the runs are of (the explorer's, before the council and quick settings). */
  scenario = $state.raw<Scenario | null>(null);
  /** The council being run now (its name), for the progress line. */
  current = $state<string | null>(null);

  run(base: Scenario, councils: readonly string[]): void {
    const out: CouncilRun[] = [];
    this.start(
      councils.map((slug) => councilScenario(base, slug)),
      () => out,
      {
        onBegin: () => {
          this.scenario = base;
          this.runs = [];
        },
        beforeStep: (_, scenario) => (this.current = whoIsSimulated(scenario).place),
        afterStep: (_, replicates, scenario) => {
          const who = whoIsSimulated(scenario) as WhoIsSimulated & { council: string };
          out.push({ who, replicates });
          this.runs = [...out];
          if (out.length === councils.length) this.current = null;
        },
      },
    );
  }
}

/** The comparison's runs: half the cores, so they can run beside a main run. */
export const councilRuns = new CouncilRuns(Math.max(1, Math.floor(defaultWorkerCount() / 2)));
