// The personal-budget cost effects as one sensitivity input: every effect at one quantile of its
// own range, in the direction of cost, read by the engine's personal-budget measures in place of
// the central values or the replicate's draw; and take-up of care accounts (comingForwardShare)
// as an input beside the other triangular ones.
import { describe, expect, it } from 'vitest';
import {
  costEffectsAtQuantile,
  defaultPersonalBudgetParams,
  personalBudgetParamDocs,
  type PersonalBudgetParamName,
} from '../../../src/model/councils/personalBudgetParams.ts';
import { scenarioSchema, type Scenario } from '../../../src/model/simulate/scenario.ts';
import {
  buildReplicateContext,
  drawParameters,
} from '../../../src/model/simulate/replicateContext.ts';
import { personalBudgetExtraCost } from '../../../src/model/simulate/personalBudgetMeasures.ts';
import {
  centralInputs,
  fixedInputs,
  fixInputs,
  sobolPlan,
  tornadoPlan,
  uncertainInputs,
} from '../../../src/model/sensitivity/index.ts';

const scenario = scenarioSchema.parse({
  seed: 'pb-costs',
  years: 4,
  population: 500,
  replicates: 2,
  arms: [{ name: 'baseline', policy: 'current' }],
});

/** The scenario with the cost effects fixed at quantile q. */
const at = (q: number, costs: Scenario['uncertainty']['personalBudgetCosts'] = 'uncertain') => ({
  ...scenario,
  uncertainty: {
    ...scenario.uncertainty,
    personalBudgetCosts: costs,
    personalBudgetCostQuantile: q,
  },
});
/** The scenario with personalBudgetCosts set. */
const withCosts = (costs: Scenario['uncertainty']['personalBudgetCosts']) => ({
  ...scenario,
  uncertainty: { ...scenario.uncertainty, personalBudgetCosts: costs },
});

const costEffects = (
  Object.entries(personalBudgetParamDocs) as [PersonalBudgetParamName, { costEffect: boolean }][]
)
  .filter(([, d]) => d.costEffect)
  .map(([k]) => k);

describe('costEffectsAtQuantile', () => {
  it('puts every cost effect at its cheapest (q = 0) or dearest (q = 1) value, a saving the other way', () => {
    const lo = costEffectsAtQuantile(defaultPersonalBudgetParams, 0);
    const hi = costEffectsAtQuantile(defaultPersonalBudgetParams, 1);
    expect(costEffects).toHaveLength(10);
    for (const k of costEffects) {
      const d = personalBudgetParamDocs[k];
      const [cheap, dear] = k === 'highCostSaving' ? [d.high, d.low] : [d.low, d.high];
      expect(lo[k], k).toBeCloseTo(cheap, 12);
      expect(hi[k], k).toBeCloseTo(dear, 12);
    }
    // Set-up cost: triangular(0, 300, 1,500) at its median, 1,500 − √(0.5 × 1,500 × 1,200).
    expect(costEffectsAtQuantile(defaultPersonalBudgetParams, 0.5).setupCostPerBudget).toBeCloseTo(
      1500 - Math.sqrt(0.5 * 1500 * 1200),
      9,
    );
    // Other fields are kept.
    expect(lo.annualTurnover).toBe(defaultPersonalBudgetParams.annualTurnover);
    expect(lo.targetBasis).toBe('ni130');
    expect(() => costEffectsAtQuantile(defaultPersonalBudgetParams, 1.5)).toThrow(/allowed 0 to 1/);
  });
});

describe('uncertainty.personalBudgetCostQuantile in the engine', () => {
  // A slice's council-supported people at home (person-years) and the council's spending on them
  // (£ a year), the same each year.
  const users = new Float64Array(scenario.years).fill(1_000);
  const care = new Float64Array(scenario.years).fill(15_000_000);
  const extraCost = (s: Scenario, replicate = 0) => {
    const v = scenarioSchema.parse(s);
    const extra = personalBudgetExtraCost(buildReplicateContext(v, replicate), users, care);
    return extra.reduce((a, b) => a + b, 0);
  };

  it('fixed low, the extra cost of the target is below the central values’; fixed high, above', () => {
    const low = extraCost(at(0));
    const central = extraCost(withCosts('central'));
    const high = extraCost(at(1));
    expect(low).toBeLessThan(central);
    expect(central).toBeLessThan(high);
    // Without cost effects budgets cost what care costs: no extra cost at all.
    expect(extraCost(withCosts('none'))).toBe(0);
  });

  it('takes the place of the replicate’s draw (uncertain) and of the central values alike', () => {
    expect(extraCost(at(0.3, 'central'))).toBe(extraCost(at(0.3, 'uncertain')));
    // The draw moves the cost; the quantile does not depend on it.
    expect(extraCost(withCosts('uncertain'), 0)).not.toBe(extraCost(withCosts('central'), 0));
  });

  it('is refused with no cost effects, and outside 0–1', () => {
    const r = scenarioSchema.safeParse(at(0.5, 'none'));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe('uncertainty.personalBudgetCostQuantile');
    expect(r.error!.issues[0]!.message).toMatch(/not allowed with personalBudgetCosts "none"/);
    const out = scenarioSchema.safeParse(at(1.5));
    expect(out.success).toBe(false);
    expect(out.error!.issues[0]!.message).toMatch(/0/);
  });

  it('leaves the scenario’s other draws as they were (the golden run does not set it)', () => {
    const a = drawParameters(scenarioSchema.parse(at(0.9)), 1);
    const b = drawParameters(scenario, 1);
    expect(a).toEqual(b);
  });
});

describe('the sensitivity inputs', () => {
  it('add take-up of care accounts and the personal-budget cost effects', () => {
    expect(uncertainInputs(scenario).map((i) => [i.name, i.path])).toEqual([
      ['feeGrowth', 'uncertainty.feeGrowth'],
      ['needPrevalence', 'uncertainty.needPrevalence'],
      ['selfFunderPremium', 'uncertainty.selfFunderPremium'],
      ['councilArrangedShare', 'uncertainty.councilArrangedShare'],
      ['comingForwardShare', 'uncertainty.comingForwardShare'],
      ['realEarningsGrowth', 'uncertainty.realEarningsGrowth'],
      ['personalBudgetCosts', 'uncertainty.personalBudgetCostQuantile'],
    ]);
    expect(fixedInputs(scenario)).toEqual([]);
    // Held at their central values, or fixed at a quantile already, the cost effects do not vary.
    for (const s of [withCosts('central'), withCosts('none'), at(0.2)])
      expect(fixedInputs(scenarioSchema.parse(s))).toEqual(['personalBudgetCosts']);
    const fixed = scenarioSchema.parse(fixInputs(scenario, { comingForwardShare: 0.65 }));
    expect(drawParameters(fixed, 0).comingForwardShare).toBe(0.65);
  });

  it('the Sobol plan samples the cost quantile uniformly and fixes it in each run', () => {
    const plan = sobolPlan(scenario, 8);
    expect(plan.runs).toHaveLength(8 * 9); // k = 7 inputs (real earnings growth the sixth)
    const qs = plan.runs.map((r) => r.values.personalBudgetCosts);
    for (const [k, run] of plan.runs.entries()) {
      expect(scenarioSchema.parse(run.scenario)).toEqual(run.scenario);
      expect(run.scenario.uncertainty.personalBudgetCostQuantile).toBe(qs[k]);
    }
    expect(Math.min(...qs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...qs)).toBeLessThanOrEqual(1);
  });

  it('the tornado: central values in the central run, quantiles 0 and 1 at low and high', () => {
    const plan = tornadoPlan(scenario);
    expect(plan).toHaveLength(15); // 2k + 1, k = 7
    expect(plan[0]!.scenario).toEqual(centralInputs(scenario));
    expect(plan[0]!.scenario.uncertainty.personalBudgetCosts).toBe('central');
    expect(plan[0]!.scenario.uncertainty.personalBudgetCostQuantile).toBeUndefined();
    const pb = plan.filter((r) => r.input === 'personalBudgetCosts');
    expect(pb.map((r) => [r.level, r.value])).toEqual([
      ['low', 0],
      ['high', 1],
    ]);
    for (const r of pb) {
      expect(r.scenario.uncertainty.personalBudgetCostQuantile).toBe(r.value);
      // The other inputs central.
      expect(r.scenario.uncertainty.feeGrowth).toEqual(plan[0]!.scenario.uncertainty.feeGrowth);
    }
    const cf = plan.filter((r) => r.input === 'comingForwardShare');
    expect(cf.map((r) => [r.level, r.value])).toEqual([
      ['low', 0.6],
      ['high', 1],
    ]);
  });
});
