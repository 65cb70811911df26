// One whole replicate of a scenario, its slices run here in order and combined: for calibration
// and tests, which run synchronously in one process (the app and the CLI spread slices over
// workers: workers/pool.ts).
import { planTasks } from './plan.ts';
import { combineSlices, type PartialResult } from './result.ts';
import { runTask } from './runTask.ts';
import type { Scenario } from './scenario.ts';

export function runReplicate(scenario: Scenario, replicate: number): PartialResult {
  return combineSlices(
    planTasks(scenario)
      .filter((t) => t.replicate === replicate)
      .map((t) => runTask(scenario, replicate, t.slice)),
  );
}
