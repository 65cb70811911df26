// Sensitivity plans over a scenario's uncertain inputs: inputs fixed at sampled quantiles (and a
// fixed input draws exactly its value), the Sobol plan's N(k + 2) valid scenarios on one seed, and
// the one-at-a-time tornado plan (2k + 1 runs) with swings taken replicate by replicate.
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { drawParameters } from '../../../src/model/simulate/replicateContext.ts';
import { emptyResult } from '../../../src/model/simulate/result.ts';
import { vi } from '../../../src/model/simulate/result.ts';
import { M } from '../../../src/model/simulate/measures.ts';
import {
  defaultOutcome,
  fixInputs,
  inputQuantile,
  sobolPlan,
  tornadoPlan,
  tornadoSwings,
  uncertainInputs,
} from '../../../src/model/sensitivity/index.ts';

const scenario = scenarioSchema.parse({
  seed: 'sens',
  years: 2,
  population: 500,
  replicates: 3,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  uncertainty: { selfFunderPremium: { low: 0.4, central: 0.4, high: 0.4 } },
});

describe('uncertain inputs', () => {
  it('are the triangular parameters that vary, fixed exactly when low = central = high', () => {
    // And the personal-budget cost effects as one input (personalBudgetCosts.test.ts).
    expect(uncertainInputs(scenario).map((i) => i.name)).toEqual([
      'feeGrowth',
      'needPrevalence',
      'councilArrangedShare',
      'comingForwardShare',
      'realEarningsGrowth',
      'personalBudgetCosts',
    ]);
    const t = { low: 0.1, central: 0.25, high: 0.4 };
    expect(inputQuantile(t, 0)).toBe(0.1);
    expect(inputQuantile(t, 1)).toBeCloseTo(0.4, 12);
    expect(inputQuantile(t, 0.5)).toBeCloseTo(0.25, 12);
    const fixed = scenarioSchema.parse(fixInputs(scenario, { feeGrowth: 0.0123 }));
    for (const r of [0, 1, 2]) expect(drawParameters(fixed, r).feeGrowth).toBe(0.0123);
  });

  it('the Sobol plan: N(k + 2) valid scenarios on the same seed, inputs at their quantiles', () => {
    const plan = sobolPlan(scenario, 4);
    expect(plan.runs).toHaveLength(4 * 8);
    for (const run of plan.runs) {
      expect(scenarioSchema.parse(run.scenario)).toEqual(run.scenario);
      expect(run.scenario.seed).toBe('sens');
      for (const input of plan.inputs) {
        const v = run.values[input.name];
        if (input.name === 'personalBudgetCosts')
          expect(run.scenario.uncertainty.personalBudgetCostQuantile).toBe(v);
        else expect(run.scenario.uncertainty[input.name]).toEqual({ low: v, central: v, high: v });
        expect(v).toBeGreaterThanOrEqual(input.distribution.low);
        expect(v).toBeLessThanOrEqual(input.distribution.high);
      }
    }
    // A_B^2 differs from A only in input 2.
    const [a, , , ab2] = plan.runs;
    expect(ab2!.values.feeGrowth).toBe(a!.values.feeGrowth);
    expect(ab2!.values.needPrevalence).not.toBe(a!.values.needPrevalence);
    expect(ab2!.values.needPrevalence).toBe(plan.runs[1]!.values.needPrevalence);
    expect(() =>
      sobolPlan(
        fixInputs(scenario, {
          feeGrowth: 0,
          needPrevalence: 1,
          councilArrangedShare: 0.2,
          comingForwardShare: 0.8,
          realEarningsGrowth: 0.015,
          personalBudgetCosts: 0.5,
        }),
        4,
      ),
    ).toThrow(/no uncertain input varies/);
  });
});

describe('tornado', () => {
  const plan = tornadoPlan(scenario);

  it('plans 2k + 1 runs: all central, then each input at low and at high, the others central', () => {
    expect(plan.map((r) => [r.input, r.level, r.value])).toEqual([
      [null, 'central', null],
      ['feeGrowth', 'low', -0.005],
      ['feeGrowth', 'high', 0.025],
      ['needPrevalence', 'low', 0.9],
      ['needPrevalence', 'high', 1.1],
      ['councilArrangedShare', 'low', 0.1],
      ['councilArrangedShare', 'high', 0.4],
      ['comingForwardShare', 'low', 0.6],
      ['comingForwardShare', 'high', 1],
      ['realEarningsGrowth', 'low', 0.01],
      ['realEarningsGrowth', 'high', 0.0225],
      ['personalBudgetCosts', 'low', 0],
      ['personalBudgetCosts', 'high', 1],
    ]);
    expect(plan[3]!.scenario.uncertainty.feeGrowth).toEqual({
      low: 0.01,
      central: 0.01,
      high: 0.01,
    });
    expect(plan[3]!.scenario.uncertainty.needPrevalence).toEqual({
      low: 0.9,
      central: 0.9,
      high: 0.9,
    });
  });

  it('turns results into swings replicate by replicate, largest first', () => {
    // Synthetic results: the reform's difference in council_net_spend is 10 × run + replicate.
    const results = plan.map((_, k) =>
      [2, 0, 1].map((r) => {
        const out = emptyResult(r, -1, 2, 2);
        for (const y of [0, 1])
          out.values[vi(2, 1, M.council_net_spend, y)] = 10 * k * (k === 2 ? 5 : 1) + r;
        return out;
      }),
    );
    const t = tornadoSwings(plan, results, defaultOutcome(scenario));
    expect(t.central).toEqual({ mean: 1, p5: 0.1, p95: 1.9 });
    expect(t.swings.map((s) => [s.input, s.swing.mean])).toEqual([
      ['feeGrowth', 90],
      ['needPrevalence', 10],
      ['councilArrangedShare', 10],
      ['comingForwardShare', 10],
      ['realEarningsGrowth', 10],
      ['personalBudgetCosts', 10],
    ]);
    // Paired by replicate: every replicate's swing is the same, so the interval has no width.
    expect(t.swings[0]!.swing).toEqual({ mean: 90, p5: 90, p95: 90 });
    expect(t.swings[0]!.low).toEqual({ value: -0.005, outcome: { mean: 11, p5: 10.1, p95: 11.9 } });
    expect(() => tornadoSwings(plan, results.slice(1), defaultOutcome(scenario))).toThrow(
      /12 results for 13 runs/,
    );
  });
});
