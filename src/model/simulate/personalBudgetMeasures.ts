// Personal-budget measures of one replicate: uptake on both denominators at the end of each
// simulated year, and the extra council cost of the target against no target, for older people,
// in £ at the start year's prices.
import {
  defaultPersonalBudgetParams,
  historicalTargets,
  sampleCostEffects,
  simulatePersonalBudgets,
  withoutCostEffects,
  type UptakeTarget,
} from '../councils/index.ts';
import { START } from '../councils/simulatePersonalBudgets.ts';
import { priceFactor } from '../data/consumerPrices.ts';
import { Stream } from '../rng.ts';
import type { ReplicateContext } from './replicateContext.ts';
import { POPULATION_65_PLUS } from '../data/populationFigures.ts';
import { older65For } from '../population/councilPopulation.ts';

/**
 * Older people's share of council long-term support: 559,220 aged 65+ of 858,720 (2023-24)
 * [V: NHS England ASC-FR/SALT, MODEL.md §4]; applied to the personal-budget cost difference.
 */
export const OLDER_SHARE_OF_USERS = 559_220 / 858_720;

/**
 * Yearly steps: year-end uptake within 0.5 points of monthly steps (2011: 37.3% against 36.8%;
 * 2026: 69.6% against 69.6%) at a twelfth of the cost, which matters once per replicate.
 */
const STEPS_PER_YEAR = 1;

export interface PersonalBudgetYearMeasures {
  uptakeNi130: Float64Array;
  uptakeAdass: Float64Array;
  /** Extra council cost against no target, £ a year at start-year prices (older people). */
  extraCost: Float64Array;
}

/** Runs the councils' personal-budget model from 2010 to the end of the scenario. */
export function personalBudgetMeasures(ctx: ReplicateContext): PersonalBudgetYearMeasures {
  const s = ctx.scenario;
  const pb = s.personalBudgets;
  let params = { ...defaultPersonalBudgetParams, targetBasis: pb.basis };
  if (s.uncertainty.personalBudgetCosts === 'none') params = withoutCostEffects(params);
  else if (s.uncertainty.personalBudgetCosts === 'uncertain') {
    params = sampleCostEffects(params, new Stream(ctx.draws.personalBudgetKey));
  }
  const targets: UptakeTarget[] = [...historicalTargets];
  if (pb.enabled) {
    const year = pb.targetYear ?? s.startYear + 3;
    targets.push({
      label: `${Math.round(pb.targetUptake * 100)}% by Apr ${year}`,
      level: pb.targetUptake,
      deadline: year + 0.25,
      announced: s.startYear + 0.25,
      monitored: true,
    });
  }
  const end = s.startYear + s.years;
  const run = simulatePersonalBudgets(
    params,
    targets,
    s.seed,
    ctx.replicate,
    end - Math.floor(START),
    {
      stepsPerYear: STEPS_PER_YEAR,
    },
  );
  const out: PersonalBudgetYearMeasures = {
    uptakeNi130: new Float64Array(s.years),
    uptakeAdass: new Float64Array(s.years),
    extraCost: new Float64Array(s.years),
  };
  // A council run takes England's cost difference in proportion to its people aged 65+ [M]; the
  // uptake shares stay England's (the personal-budget model is of the 2010 councils).
  const councilShare = s.council ? older65For(s.council) / POPULATION_65_PLUS : 1;
  const toStart = priceFactor(Math.floor(START), s.startYear) * OLDER_SHARE_OF_USERS * councilShare;
  for (const y of run.years) {
    const t = Math.round(y.start - 0.25) - s.startYear;
    if (t < 0 || t >= s.years) continue;
    out.uptakeNi130[t] = y.endOfYear.uptakeNi130;
    out.uptakeAdass[t] = y.endOfYear.uptakeAdass;
    out.extraCost[t] = y.costDifference * toStart;
  }
  return out;
}
