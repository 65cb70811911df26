// The trade-off sweep: each setting is used at exactly the £ the chart shows (start-year prices).
import { describe, expect, it } from 'vitest';
import {
  CAP_STEPS,
  GRID_CAPS,
  GRID_UCLS,
  gridPoints,
  gridScenario,
  sweepScenario,
  UCL_STEPS,
} from '../../../src/model/simulate/tradeOffSweep.ts';
import { planTasks } from '../../../src/model/simulate/plan.ts';
import { runTask } from '../../../src/model/simulate/runTask.ts';
import { combineSlices } from '../../../src/model/simulate/result.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { buildReplicateContext } from '../../../src/model/simulate/replicateContext.ts';
import { policyAt, repriceOverrides } from '../../../src/model/policy/index.ts';

const scenario = scenarioSchema.parse({
  seed: 'sweep',
  population: 1_000,
  replicates: 2,
  years: 2,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: { preset: 'reform-2021', overrides: { lowerCapitalLimit: 25_000 } } },
  ],
});

describe('sweepScenario', () => {
  it('caps: the engine meters each cap at exactly the step, in pence', () => {
    const swept = scenarioSchema.parse(sweepScenario(scenario, 'cap'));
    const ctx = buildReplicateContext(swept, 0);
    expect(ctx.arms.slice(1).map((a) => a.rules.cap)).toEqual(CAP_STEPS.map((c) => c * 100));
  });

  it('upper capital limits likewise, and the arm’s own overrides are repriced once', () => {
    const swept = sweepScenario(scenario, 'ucl');
    const own = repriceOverrides({ lowerCapitalLimit: 25_000 }, 2021, scenario.startYear);
    for (const [i, step] of UCL_STEPS.entries()) {
      const p = policyAt(swept.arms[i + 1]!.policy, scenario.startYear);
      expect(p.upperCapitalLimit).toEqual({ homeCounted: step, otherwise: step });
      expect(p.lowerCapitalLimit).toBe(own.lowerCapitalLimit);
    }
  });
});

const threeArms = scenarioSchema.parse({
  ...scenario,
  arms: [
    ...scenario.arms,
    {
      name: 'high cap',
      policy: { preset: 'reform-2021', overrides: { lowerCapitalLimit: 40_000 } },
    },
  ],
});

describe('any reform arm can be swept', () => {
  it('the chosen arm’s own overrides are kept, not the first reform’s', () => {
    const swept = sweepScenario(threeArms, 'cap', 2);
    const own = repriceOverrides({ lowerCapitalLimit: 40_000 }, 2021, scenario.startYear);
    expect(policyAt(swept.arms[1]!.policy, scenario.startYear).lowerCapitalLimit).toBe(
      own.lowerCapitalLimit,
    );
  });
  it('an arm the scenario does not have falls back to the first reform', () => {
    expect(sweepScenario(scenario, 'cap', 5)).toEqual(sweepScenario(scenario, 'cap', 1));
  });
});

describe('gridScenario: cap × upper capital limit', () => {
  it('one arm per pair, caps varying fastest, each at exactly its setting', () => {
    const g = gridScenario(threeArms, 2);
    expect(g.arms).toHaveLength(1 + GRID_CAPS.length * GRID_UCLS.length);
    const ctx = buildReplicateContext(g, 0);
    const want = GRID_UCLS.flatMap((u) => GRID_CAPS.map((c) => [c * 100, u]));
    expect(
      ctx.arms
        .slice(1)
        .map((a, i) => [
          a.rules.cap,
          policyAt(g.arms[i + 1]!.policy, scenario.startYear).upperCapitalLimit.homeCounted,
        ]),
    ).toEqual(want);
    const own = repriceOverrides({ lowerCapitalLimit: 40_000 }, 2021, scenario.startYear);
    expect(policyAt(g.arms[7]!.policy, scenario.startYear).lowerCapitalLimit).toBe(
      own.lowerCapitalLimit,
    );
  });

  it('on common random numbers a lower cap never costs councils less at the same limit', () => {
    const g = gridScenario({ ...scenario, population: 2_000, replicates: 1, years: 3 });
    const reps = [combineSlices(planTasks(g).map((t) => runTask(g, t.replicate, t.slice)))];
    const pts = gridPoints(reps);
    expect(pts).toHaveLength(20);
    for (const ucl of GRID_UCLS) {
      const row = pts.filter((p) => p.ucl === ucl);
      expect(row.map((p) => p.cap)).toEqual([...GRID_CAPS]);
      for (let i = 1; i < row.length; i++)
        expect(row[i]!.cost.mean).toBeLessThanOrEqual(row[i - 1]!.cost.mean + 1e-6);
    }
  });
});

describe('any two arms: the settings are compared against the chosen reference arm', () => {
  it('the reference arm is arm `against`, the baseline by default', () => {
    expect(sweepScenario(threeArms, 'cap').arms[0]!.policy).toEqual(threeArms.arms[0]!.policy);
    expect(sweepScenario(threeArms, 'cap', 1, 2).arms[0]!.policy).toEqual(
      threeArms.arms[2]!.policy,
    );
    expect(gridScenario(threeArms, 2, 1).arms[0]!.policy).toEqual(threeArms.arms[1]!.policy);
  });
});
