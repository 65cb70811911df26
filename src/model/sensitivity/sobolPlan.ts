// The model runs of a Sobol analysis of a scenario: Saltelli's design over the scenario's
// uncertain inputs (inputs.ts), each design point turned into the scenario with those inputs fixed
// at the point's quantiles. Every run keeps the scenario's seed (common random numbers). Pure.
import type { Scenario } from '../simulate/scenario.ts';
import {
  fixInputs,
  inputQuantile,
  uncertainInputs,
  type InputName,
  type UncertainInput,
} from './inputs.ts';
import {
  designPoint,
  designRuns,
  saltelliDesign,
  type Block,
  type SaltelliDesign,
} from './sobol.ts';

export interface SobolRun {
  row: number;
  block: Block;
  /** The inputs' values in this run. */
  values: Record<InputName, number>;
  scenario: Scenario;
}

export interface SobolPlan {
  inputs: UncertainInput[];
  design: SaltelliDesign;
  runs: SobolRun[];
}

/**
 * N(k + 2) runs for base sample size `n` over the k inputs that vary in `s`. The base matrices
 * are keyed by the scenario's seed. Throws when no input varies.
 */
export function sobolPlan(s: Scenario, n: number): SobolPlan {
  const inputs = uncertainInputs(s);
  if (!inputs.length)
    throw new Error(
      'no uncertain input varies (every uncertainty.* has low = high and personalBudgetCosts is not uncertain)',
    );
  const design = saltelliDesign(inputs.length, n, s.seed);
  const runs: SobolRun[] = [];
  for (let r = 0; r < designRuns(design); r++) {
    const p = designPoint(design, r);
    const values = Object.fromEntries(
      inputs.map((input, i) => [input.name, inputQuantile(input.distribution, p.u[i]!)]),
    ) as Record<InputName, number>;
    runs.push({ row: p.row, block: p.block, values, scenario: fixInputs(s, values) });
  }
  return { inputs, design, runs };
}

/** "A", "B" or "AB3" (A with input 3's column from B; inputs counted from 1). */
export const blockName = (b: Block): string =>
  b.kind === 'ab' ? `AB${b.input + 1}` : b.kind.toUpperCase();
