// The trade-off sweep: each setting is used at exactly the £ the chart shows (start-year prices).
import { describe, expect, it } from 'vitest';
import { CAP_STEPS, sweepScenario, UCL_STEPS } from '../../../src/model/simulate/tradeOffSweep.ts';
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
