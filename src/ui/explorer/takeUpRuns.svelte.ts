// The runs behind "what take-up of care accounts does": the explorer's scenario, made quick, with
// the share of self-funders coming forward at its low, central and high value (three runs on the
// same seed, src/model/sensitivity/takeUp.ts), in the Web Workers with progress and cancel.
import type { Scenario } from '../../model/simulate/scenario.ts';
import { takeUpFigures, takeUpPlan, type TakeUpFigures } from '../../model/sensitivity/index.ts';
import { defaultWorkerCount } from '../../../workers/webWorker.ts';
import { QuickRuns, quickScenario } from './quickRuns.svelte.ts';

export interface TakeUpRunResults {
  /** The scenario run (quickScenario of the explorer's). */
  scenario: Scenario;
  /** Figures of each arm (by index) at each level. */
  arms: TakeUpFigures[][];
}

export class TakeUpRuns extends QuickRuns<TakeUpRunResults> {
  /** Runs the three take-up levels of `base`, replacing any run in progress. */
  run(base: Scenario): void {
    const scenario = quickScenario(base);
    const plan = takeUpPlan(scenario);
    this.start(
      plan.map((step) => step.scenario),
      (results) => ({
        scenario,
        arms: scenario.arms.map((_, a) => takeUpFigures(plan, results, a)),
      }),
    );
  }
}

/** The take-up runs: half the cores, so they can run beside a main run. */
export const takeUpRuns = new TakeUpRuns(Math.max(1, Math.floor(defaultWorkerCount() / 2)));
