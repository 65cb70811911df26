// The explorer's default scenario, frozen per link version: a shared link stores only its
// differences from these, so they must never change under an existing version. To change the
// defaults, add a new version here and bump LINK_VERSION in scenarioLink.ts.
import type { ScenarioInput } from '../../model/simulate/scenario.ts';

/**
 * Link version 1 defaults: a modest run that finishes in about a second (10,000 people, 12
 * replicates), the current means test against the 2021 reform, from 2026 for 20 years.
 */
export const DEFAULTS_V1: ScenarioInput = Object.freeze({
  schemaVersion: 1,
  seed: 'explorer-1',
  startYear: 2026,
  years: 20,
  population: 10_000,
  replicates: 12,
  arms: [
    { name: 'Baseline', policy: 'current' },
    { name: 'Reform', policy: 'reform-2021' },
  ],
  personalBudgets: { targetUptake: 0.7, basis: 'ni130', enabled: true },
  uncertainty: {
    feeGrowth: { low: -0.005, central: 0.01, high: 0.025 },
    needPrevalence: { low: 0.9, central: 1, high: 1.1 },
    selfFunderPremium: { low: 0.3, central: 0.4, high: 0.5 },
    councilArrangedShare: { low: 0.1, central: 0.25, high: 0.4 },
    personalBudgetCosts: 'uncertain',
  },
  costs: { careAccountAdminPerYear: 100, assessmentCost: 300 },
  engine: { sliceSize: 25_000 },
}) as ScenarioInput;

/** Defaults of every link version this app can read. */
export const defaultsByVersion: Readonly<Record<number, ScenarioInput>> = { 1: DEFAULTS_V1 };

/**
 * Why the explorer's defaults differ from a scenario file's (the parameters' docs), by parameter
 * path: the help texts say this instead of the doc's source. A test checks that every field whose
 * default differs has a note.
 */
export const DEFAULT_NOTES: Readonly<Record<string, string>> = {
  seed: 'any text gives a different, reproducible set of people',
  population:
    'a quick first run; results are weighted to England’s people aged 65+ (or, with a council chosen under Area, to the council’s)',
  replicates: 'a quick first run; more give steadier intervals',
};
