// Personal-budget measures of one replicate from the start year (MODEL.md §5, issue 19): uptake
// of the engine's own council-supported people in community care, starting from the published
// recent shares and moving towards the scenario's targets, and the extra council cost of the
// targets against no target, in £ at the start year's prices. The 2010–2013 council model
// (src/model/councils/simulatePersonalBudgets.ts) is the history mode's, not the main run's.
import {
  costEffectsAtQuantile,
  defaultPersonalBudgetParams,
  sampleCostEffects,
  withoutCostEffects,
  type PersonalBudgetParams,
} from '../councils/personalBudgetParams.ts';
import { todayExtraCost, todayPath, type TodayPath } from '../councils/todayBudgets.ts';
import { priceFactor } from '../data/consumerPrices.ts';
import { Stream } from '../rng.ts';
import type { ReplicateContext } from './replicateContext.ts';

/** Price year of the personal-budget cost parameters (personalBudgetParams.ts): 2010-11. */
const PARAMS_PRICE_YEAR = 2010;

export interface PersonalBudgetYearMeasures {
  /** Shares by year (end of year) on each basis: see `todayUptake`. */
  uptakeNi130: Float64Array;
  uptakeAdass: Float64Array;
  /** Share on a direct payment (end of year), on the ADASS basis: see `todayPath`. */
  directPayments: Float64Array;
}

/** The scenario's targets as a path of shares (deterministic: no draw). */
export function scenarioPath(ctx: ReplicateContext): TodayPath {
  const s = ctx.scenario;
  const pb = s.personalBudgets;
  const year = pb.targetYear ?? s.startYear + 3;
  return todayPath(s.startYear, s.years, {
    ...(pb.enabled ? { uptake: pb.targetUptake } : {}),
    ...(pb.enabled && pb.directPaymentTarget !== undefined
      ? { directPayments: pb.directPaymentTarget }
      : {}),
    year,
  });
}

/**
 * Uptake from the start year. `uptakeAdass` is the share of council-supported people in community
 * care with self-directed support (ASCOF's denominator, the successor of ADASS's "eligible");
 * `uptakeNi130` the same budgets over NI130's wider count (ADASS: about 70% of NI130 users are
 * eligible, `adassEligibleShare`) [M: NI130 was abolished in 2011; kept so the two series go on].
 * A target on the NI130 basis is converted to the ADASS basis before the path is made.
 */
export function personalBudgetMeasures(ctx: ReplicateContext): PersonalBudgetYearMeasures {
  const path = pathOf(ctx);
  const share = defaultPersonalBudgetParams.adassEligibleShare;
  return {
    uptakeAdass: path.selfDirected,
    uptakeNi130: path.selfDirected.map((u) => u * share),
    directPayments: path.directPayments,
  };
}

/** The path with an NI130-basis uptake target converted to the ADASS basis (capped at all). */
function pathOf(ctx: ReplicateContext): TodayPath {
  const pb = ctx.scenario.personalBudgets;
  if (pb.basis !== 'ni130') return scenarioPath(ctx);
  const share = defaultPersonalBudgetParams.adassEligibleShare;
  const adjusted = {
    ...ctx,
    scenario: {
      ...ctx.scenario,
      personalBudgets: { ...pb, targetUptake: Math.min(1, pb.targetUptake / share) },
    },
  };
  return scenarioPath(adjusted);
}

/** The replicate's personal-budget parameters: cost effects as the scenario says. */
function paramsOf(ctx: ReplicateContext): PersonalBudgetParams {
  const s = ctx.scenario;
  let params: PersonalBudgetParams = { ...defaultPersonalBudgetParams };
  const q = s.uncertainty.personalBudgetCostQuantile;
  if (s.uncertainty.personalBudgetCosts === 'none') params = withoutCostEffects(params);
  // A fixed quantile (a sensitivity analysis's sample point) takes the place of the central values
  // or the replicate's draw.
  else if (q !== undefined) params = costEffectsAtQuantile(params, q);
  else if (s.uncertainty.personalBudgetCosts === 'uncertain')
    params = sampleCostEffects(params, new Stream(ctx.draws.personalBudgetKey));
  return params;
}

/**
 * Extra council cost of the targets, £ a year at start-year prices, for one arm of one slice,
 * from that slice's council-supported community person-years and the council's spending on them.
 */
export function personalBudgetExtraCost(
  ctx: ReplicateContext,
  users: ArrayLike<number>,
  care: ArrayLike<number>,
): Float64Array {
  return todayExtraCost(
    paramsOf(ctx),
    pathOf(ctx),
    users,
    care,
    priceFactor(PARAMS_PRICE_YEAR, ctx.scenario.startYear),
  );
}
