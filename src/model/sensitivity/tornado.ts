// One-at-a-time sensitivity (a tornado chart): the scenario with every uncertain input at its
// central value, and for each input the scenario with that input at its low and at its high value
// (the others central; the personal-budget cost effects move as one input, inputs.ts): 2k + 1
// runs on common random numbers (the same seed, so the same people and careers). Each input's
// swing is outcome(high) − outcome(low), taken replicate by replicate, with the interval of that
// difference across replicates. Pure functions, for the app's later use.
import { mean, quantileSorted } from 'd3';
import type { PartialResult } from '../simulate/result.ts';
import type { Scenario } from '../simulate/scenario.ts';
import { centralInputs, fixInputs, uncertainInputs, type InputName } from './inputs.ts';
import { replicateOutcome, type OutcomeSpec } from './outcome.ts';

export interface TornadoRun {
  /** The input moved from central, or null for the all-central run. */
  input: InputName | null;
  level: 'central' | 'low' | 'high';
  /** The input's value in this run (the central run: null). */
  value: number | null;
  scenario: Scenario;
}

/** The 2k + 1 scenarios: all inputs central first, then each varying input at low and at high. */
export function tornadoPlan(s: Scenario): TornadoRun[] {
  const central = centralInputs(s);
  const runs: TornadoRun[] = [{ input: null, level: 'central', value: null, scenario: central }];
  for (const i of uncertainInputs(s)) {
    for (const level of ['low', 'high'] as const) {
      const value = i.distribution[level];
      runs.push({
        input: i.name,
        level,
        value,
        scenario: fixInputs(central, { [i.name]: value }),
      });
    }
  }
  return runs;
}

/** Mean and 5th/95th percentiles of a sample. */
export interface Spread {
  mean: number;
  p5: number;
  p95: number;
}

const spread = (values: number[]): Spread => {
  const s = [...values].sort((a, b) => a - b);
  return {
    mean: mean(s) ?? NaN,
    p5: quantileSorted(s, 0.05) ?? NaN,
    p95: quantileSorted(s, 0.95) ?? NaN,
  };
};

export interface TornadoSwing {
  input: InputName;
  low: { value: number; outcome: Spread };
  high: { value: number; outcome: Spread };
  /** outcome(high) − outcome(low), replicate by replicate: mean and 5th/95th percentiles. */
  swing: Spread;
}

export interface TornadoResult {
  central: Spread;
  /** Largest |swing| first. */
  swings: TornadoSwing[];
}

/**
 * Turns the plan's results (`results[r]`: whole replicates of run r, any order) into swings. Every
 * run must hold the same replicates (common random numbers pair them up).
 */
export function tornadoSwings(
  plan: readonly TornadoRun[],
  results: readonly (readonly PartialResult[])[],
  outcome: OutcomeSpec,
): TornadoResult {
  if (results.length !== plan.length)
    throw new Error(`tornadoSwings: ${results.length} results for ${plan.length} runs`);
  const startYear = plan[0]!.scenario.startYear;
  const perReplicate = results.map((reps) => {
    const m = new Map<number, number>();
    for (const r of reps) m.set(r.replicate, replicateOutcome(r, outcome, startYear));
    return m;
  });
  const replicates = [...perReplicate[0]!.keys()].sort((a, b) => a - b);
  for (const [k, m] of perReplicate.entries()) {
    if (m.size !== replicates.length || replicates.some((r) => !m.has(r)))
      throw new Error(
        `tornadoSwings: run ${k} does not hold the same replicates as the central run`,
      );
  }
  const values = (k: number) => replicates.map((r) => perReplicate[k]!.get(r)!);
  const swings: TornadoSwing[] = [];
  for (let k = 1; k + 1 < plan.length; k += 2) {
    const lo = plan[k]!;
    const hi = plan[k + 1]!;
    const low = values(k);
    const high = values(k + 1);
    swings.push({
      input: lo.input!,
      low: { value: lo.value!, outcome: spread(low) },
      high: { value: hi.value!, outcome: spread(high) },
      swing: spread(high.map((h, i) => h - low[i]!)),
    });
  }
  swings.sort((a, b) => Math.abs(b.swing.mean) - Math.abs(a.swing.mean));
  return { central: spread(values(0)), swings };
}
