// The uncertain inputs a sensitivity analysis varies: the scenario's triangular `uncertainty.*`
// parameters. A sample point fixes each at one value (low = central = high), reached from a
// uniform u by the triangular distribution's quantile function, so that the inputs are sampled
// from the distributions the scenario gives them. Pure functions.
//
// Personal-budget cost effects (`uncertainty.personalBudgetCosts`) are not among them: a scenario
// can hold them at their central values or draw them per replicate, but not fix them at a given
// value, so they stay as the scenario sets them. With common random numbers every sample point
// draws the same values for the same replicate, so they add no variance between points.
import { triangular as triangularQuantile } from '../councils/personalBudgetParams.ts';
import type { Scenario, Triangular } from '../simulate/scenario.ts';

/** The scenario's uncertain inputs, in this order. */
export const UNCERTAIN_INPUTS = [
  'feeGrowth',
  'needPrevalence',
  'selfFunderPremium',
  'councilArrangedShare',
] as const;

export type InputName = (typeof UNCERTAIN_INPUTS)[number];

export interface UncertainInput {
  name: InputName;
  /** Path in the scenario, e.g. uncertainty.feeGrowth. */
  path: string;
  distribution: Triangular;
}

/** The inputs a scenario lets vary (low < high); an input with low = high is fixed already. */
export function uncertainInputs(s: Scenario): UncertainInput[] {
  return UNCERTAIN_INPUTS.filter((n) => s.uncertainty[n].low < s.uncertainty[n].high).map((n) => ({
    name: n,
    path: `uncertainty.${n}`,
    distribution: { ...s.uncertainty[n] },
  }));
}

/** The value of a triangular input at quantile u in [0, 1]. */
export const inputQuantile = (t: Triangular, u: number): number =>
  triangularQuantile(t.low, t.central, t.high, u);

/** `s` with each named input fixed at the value given (low = central = high = value). */
export function fixInputs(s: Scenario, values: Partial<Record<InputName, number>>): Scenario {
  const uncertainty = { ...s.uncertainty };
  for (const [name, v] of Object.entries(values) as [InputName, number][]) {
    uncertainty[name] = { low: v, central: v, high: v };
  }
  return { ...s, uncertainty };
}
