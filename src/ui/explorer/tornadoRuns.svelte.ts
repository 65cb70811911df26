// The tornado chart's runs (one-at-a-time sensitivity, src/model/sensitivity/tornado.ts): the
// explorer's scenario, made quick like the trade-off sweeps, with every uncertain input central,
// then each input at its low and at its high value, others central: 2k + 1 runs on the same seed
// (common random numbers), one after another on a pool of Web Workers, with progress and cancel.
import type { Scenario } from '../../model/simulate/scenario.ts';
import {
  tornadoPlan,
  tornadoSwings,
  type OutcomeSpec,
  type TornadoResult,
} from '../../model/sensitivity/index.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import { QuickRuns, quickScenario } from './quickRuns.svelte.ts';

/** The scenario the tornado runs: the explorer's, with at most the sweeps' people and replicates. */
export const tornadoScenario = quickScenario;

export interface TornadoRunResults {
  /** The scenario run (tornadoScenario of the explorer's). */
  scenario: Scenario;
  outcome: OutcomeSpec;
  tornado: TornadoResult;
}

export class TornadoRuns extends QuickRuns<TornadoRunResults> {
  /** Runs the tornado of `scenario` for `outcome`, replacing any run in progress. */
  run(base: Scenario, outcome: OutcomeSpec): void {
    const scenario = tornadoScenario(base);
    const plan = tornadoPlan(scenario);
    this.start(
      plan.map((step) => step.scenario),
      (results) => ({ scenario, outcome, tornado: tornadoSwings(plan, results, outcome) }),
    );
  }
}

/** The tornado's runs: half the cores, so they can run beside a main run. */
export const tornadoRuns = new TornadoRuns(Math.max(1, Math.floor(defaultWorkerCount() / 2)));
