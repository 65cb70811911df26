// The uncertain inputs a sensitivity analysis varies. Six are the scenario's triangular
// `uncertainty.*` parameters: a sample point fixes each at one value (low = central = high),
// reached from a uniform u by the triangular distribution's quantile function, so that the inputs
// are sampled from the distributions the scenario gives them.
//
// The seventh, `personalBudgetCosts`, is the personal-budget cost effects moved as one input (they
// lack an evidence base alike, ADASS 2011): a sample point fixes every cost effect at the same
// quantile u of its own triangular range, in the direction of cost (u = 0 each at its cheapest,
// u = 1 at its dearest; `uncertainty.personalBudgetCostQuantile`, personalBudgetParams.ts
// costEffectsAtQuantile). Sampled with u uniform, each effect keeps its own distribution. It
// varies where the scenario draws the effects per replicate (personalBudgetCosts "uncertain");
// its central value is the effects' central values (personalBudgetCosts "central"). Pure.
import { triangular as triangularQuantile } from '../councils/personalBudgetParams.ts';
import type { Scenario, Triangular } from '../simulate/scenario.ts';

/** The triangular uncertain inputs, fields of `uncertainty`. */
const TRIANGULAR_INPUTS = [
  'feeGrowth',
  'needPrevalence',
  'selfFunderPremium',
  'councilArrangedShare',
  'comingForwardShare',
  'realEarningsGrowth',
] as const;

/** The scenario's uncertain inputs, in this order. */
export const UNCERTAIN_INPUTS = [...TRIANGULAR_INPUTS, 'personalBudgetCosts'] as const;

export type InputName = (typeof UNCERTAIN_INPUTS)[number];

/** The quantile of the personal-budget cost effects, uniform on [0, 1]. */
export interface UniformQuantile {
  low: 0;
  high: 1;
}

export interface UncertainInput {
  name: InputName;
  /** Path in the scenario of the value a sample point fixes, e.g. uncertainty.feeGrowth. */
  path: string;
  /** Triangular, or (the personal-budget cost effects' quantile) uniform on [0, 1]. */
  distribution: Triangular | UniformQuantile;
}

const PB_COSTS_INPUT: UncertainInput = {
  name: 'personalBudgetCosts',
  path: 'uncertainty.personalBudgetCostQuantile',
  distribution: { low: 0, high: 1 },
};

/**
 * The inputs a scenario lets vary: a triangular input with low < high (low = high fixes it
 * already), and the personal-budget cost effects where they are drawn per replicate and no
 * quantile fixes them.
 */
export function uncertainInputs(s: Scenario): UncertainInput[] {
  const u = s.uncertainty;
  const triangular = TRIANGULAR_INPUTS.filter((n) => u[n].low < u[n].high).map(
    (n): UncertainInput => ({
      name: n,
      path: `uncertainty.${n}`,
      distribution: { ...u[n] },
    }),
  );
  const pbVaries =
    u.personalBudgetCosts === 'uncertain' && u.personalBudgetCostQuantile === undefined;
  return pbVaries ? [...triangular, { ...PB_COSTS_INPUT }] : triangular;
}

/** The inputs of UNCERTAIN_INPUTS that `s` holds fixed, in that order. */
export function fixedInputs(s: Scenario): InputName[] {
  const varying = new Set(uncertainInputs(s).map((i) => i.name));
  return UNCERTAIN_INPUTS.filter((n) => !varying.has(n));
}

/** The value of an input at quantile u in [0, 1]. */
export const inputQuantile = (d: Triangular | UniformQuantile, u: number): number =>
  'central' in d ? triangularQuantile(d.low, d.central, d.high, u) : u;

/**
 * `s` with each named input fixed at the value given: a triangular input's low = central = high =
 * value; the personal-budget cost effects at that quantile.
 */
export function fixInputs(s: Scenario, values: Partial<Record<InputName, number>>): Scenario {
  const uncertainty = { ...s.uncertainty };
  for (const [name, v] of Object.entries(values) as [InputName, number][]) {
    if (name === 'personalBudgetCosts') uncertainty.personalBudgetCostQuantile = v;
    else uncertainty[name] = { low: v, central: v, high: v };
  }
  return { ...s, uncertainty };
}

/**
 * `s` with every varying input at its central value: a triangular input at its central, the
 * personal-budget cost effects at their central values.
 */
export function centralInputs(s: Scenario): Scenario {
  const inputs = uncertainInputs(s);
  const uncertainty = { ...s.uncertainty };
  for (const i of inputs) {
    if (i.name === 'personalBudgetCosts') uncertainty.personalBudgetCosts = 'central';
    else {
      const c = (i.distribution as Triangular).central;
      uncertainty[i.name] = { low: c, central: c, high: c };
    }
  }
  return { ...s, uncertainty };
}
