// Validates a scenario from outside the app (a link, a saved copy) with the model's reader, which
// migrates older scenario versions and lists every problem; the one place the explorer decides
// whether input is a usable Scenario.
import { readScenario } from '../../model/scenarioFile/index.ts';
import type { Scenario } from '../../model/simulate/scenario.ts';
import type { Problem } from '../../model/validation/problems.ts';

export type ScenarioCheck =
  { ok: true; scenario: Scenario; migratedFrom?: number } | { ok: false; problems: Problem[] };

/** The scenario `input` describes, or the problems that stop it being one. Never throws. */
export function checkScenario(input: unknown): ScenarioCheck {
  const r = readScenario(input);
  if (!r.ok) return { ok: false, problems: r.problems };
  return {
    ok: true,
    scenario: r.scenario,
    ...(r.migratedFrom !== undefined ? { migratedFrom: r.migratedFrom } : {}),
  };
}
