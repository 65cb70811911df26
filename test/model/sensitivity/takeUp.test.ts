// Take-up of care accounts (issue 19): the scenario at the low, central and high share of
// self-funders coming forward, on the same seed. More take-up means more care counting towards the
// cap, so more people reach it, councils assess and keep more accounts and the reform costs more;
// the baseline, which has no cap, does not move.
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import {
  takeUpFigures,
  takeUpPlan,
  type TakeUpFigures,
} from '../../../src/model/sensitivity/takeUp.ts';
import type { PartialResult } from '../../../src/model/simulate/result.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';

const scenario = scenarioSchema.parse({
  seed: 'take-up',
  startYear: 2026,
  years: 8,
  population: 20_000,
  replicates: 3,
  arms: [
    { name: 'current', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  uncertainty: { comingForwardShare: { low: 0.2, central: 0.5, high: 0.9 } },
});

let results: PartialResult[][];
let reform: TakeUpFigures[];
let baseline: TakeUpFigures[];
beforeAll(async () => {
  const pool = createInProcessPool(1);
  results = [];
  for (const step of takeUpPlan(scenario)) results.push(await pool.run(step.scenario));
  reform = takeUpFigures(takeUpPlan(scenario), results, 1);
  baseline = takeUpFigures(takeUpPlan(scenario), results, 0);
});

describe('takeUpPlan', () => {
  it('fixes only the coming-forward share, at its low, central and high', () => {
    const plan = takeUpPlan(scenario);
    expect(plan.map((p) => [p.level, p.share])).toEqual([
      ['low', 0.2],
      ['central', 0.5],
      ['high', 0.9],
    ]);
    expect(plan[2]!.scenario.uncertainty.comingForwardShare).toEqual({
      low: 0.9,
      central: 0.9,
      high: 0.9,
    });
    expect(plan[2]!.scenario.uncertainty.feeGrowth).toEqual(scenario.uncertainty.feeGrowth);
    expect(plan[2]!.scenario.seed).toBe(scenario.seed);
  });
});

describe('takeUpFigures', () => {
  it('more take-up: more people reach the cap, more assessments and accounts, a dearer reform', () => {
    const [low, central, high] = reform;
    for (const k of [
      'peopleReachingCap',
      'assessmentsAndAccounts',
      'netCostAgainstBaseline',
    ] as const) {
      expect(low![k].mean, k).toBeLessThan(central![k].mean);
      expect(central![k].mean, k).toBeLessThan(high![k].mean);
    }
    // Those who died paid less on average when more of them had care counting towards the cap.
    expect(high!.meanPaidAtDeath.mean).toBeLessThan(low!.meanPaidAtDeath.mean);
    for (const f of reform)
      expect(f.peopleReachingCap.p5).toBeLessThanOrEqual(f.peopleReachingCap.p95);
  });

  it('the baseline has no cap: take-up changes nothing in it', () => {
    expect(baseline[0]!.meanPaidAtDeath).toEqual(baseline[2]!.meanPaidAtDeath);
    expect(baseline[0]!.peopleReachingCap.mean).toBe(0);
    expect(baseline[2]!.netCostAgainstBaseline.mean).toBe(0);
  });
});
