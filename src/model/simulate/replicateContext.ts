// Everything a replicate shares across its slices: the uncertain parameters drawn for it, the
// care model, fee tables in pence at the start year's prices, and each arm's compiled rules.
// Built once per (scenario, replicate) and cached, since a worker runs many slices of one.
import { deriveKey, hashSeed, Stream } from '../rng.ts';
import { triangular as triangularDraw } from '../councils/personalBudgetParams.ts';
import { buildCareModel, type CareModel } from '../population/careModel.ts';
import { buildFeeTable } from '../population/feeTable.ts';
import { REGIONS } from '../data/regions.ts';
import { HOME_CARE_SELF_FUNDER_PREMIUM, NHS_CHC_SHARE_OF_NURSING } from '../data/careFees.ts';
import { cpi, CPI_INDEX } from '../data/consumerPrices.ts';
import {
  compileRulesByBand,
  MigBand,
  pensionCreditAgeIn,
  weeklyPence,
  type ChargingRules,
} from '../charging/index.ts';
// Not policy/index.ts, which builds the policy schemas: the engine's workers need none (mergePolicy.ts).
import { policyAt } from '../policy/reprice.ts';
import { thresholdFactors, upratedThresholds } from '../policy/thresholdUprating.ts';
import { CareState, STATE_COUNT, STATE_NAMES } from '../population/states.ts';
import type { Scenario, Triangular } from './scenario.ts';
import { sampleFractionFor, cohortRanges, totalPeople, type CohortRange } from './cohorts.ts';
import type { PopulationSpec } from '../population/generate.ts';

/** Stream tag for a replicate's parameter draws (distinct from people's streams). */
const PARAMETER_STREAM = 0x70617261;

export interface ReplicateDraws {
  /** Real growth of care fees a year above CPI. */
  feeGrowth: number;
  needPrevalence: number;
  selfFunderPremium: number;
  councilArrangedShare: number;
  /** Share of self-funders who come forward for a care account once take-up is complete. */
  comingForwardShare: number;
  /** Real growth of average earnings a year above CPI (caps and limits uprated by earnings). */
  realEarningsGrowth: number;
  /** Uniform draw for the personal-budget cost effects' stream. */
  personalBudgetKey: number;
}

export interface ArmRules {
  name: string;
  /** The rules at pension-credit age (for what does not depend on age: the cap, the limits). */
  rules: ChargingRules;
  /** The rules for each MIG age band, indexed by `MigBand` (the start year's thresholds). */
  byBand: readonly ChargingRules[];
  /**
   * The rules of each year and MIG band, `[t * 3 + band]`: the thresholds uprated as the policy
   * says (`thresholdUprating`), in the run's real terms.
   */
  byYearBand: readonly ChargingRules[];
  /** Real value of the cap and limits in each year against the start year's (all 1 if by CPI). */
  thresholdFactor: Float64Array;
  /** Some year's thresholds differ from the start year's: care accounts are uprated with the cap. */
  uprated: boolean;
  /** Care accounts exist (a cap): administration costs and s18(3) arranging apply. */
  hasCap: boolean;
}

export interface ReplicateContext {
  scenario: Scenario;
  replicate: number;
  draws: ReplicateDraws;
  model: CareModel;
  spec: PopulationSpec;
  cohorts: CohortRange[];
  /** Weekly council rate in pence, `[(yearIndex * regions + region) * STATE_COUNT + state]`. */
  councilRate: Int32Array;
  /** Weekly fee a self-funder pays (pence), indexed as councilRate. */
  selfFunderFee: Int32Array;
  arms: ArmRules[];
  /**
   * Share of self-funders who have come forward for a care account by each year of the run: the
   * full take-up reached evenly over `costs.comingForwardYears` years.
   */
  comingForward: Float64Array;
  /** Pension-credit qualifying age in each year of the run (the MIG's age bands). */
  pensionCreditAge: Int32Array;
  /** The current means test at the start year's prices: what people in care paid before it. */
  pastRules: readonly ChargingRules[];
  /**
   * Real fees of years before the start against the start year's, England average by state:
   * `[(yearsBack − 1) * STATE_COUNT + state]`, yearsBack = 1 … PAST_YEARS (earlier years as
   * the last). The fee history: care cost less in real terms before.
   */
  pastFeeRatio: Float64Array;
  chcShare: number;
  /** Chance that a person is in the microdata sample. */
  sampleFraction: number;
}

/** A draw from a scenario's triangular distribution given a uniform `u`. */
export const triangular = (t: Triangular, u: number): number =>
  triangularDraw(t.low, t.central, t.high, u);

/** The uncertain parameters of replicate `r`: a fixed order of draws from its own stream. */
export function drawParameters(s: Scenario, replicate: number): ReplicateDraws {
  const st = new Stream(deriveKey(hashSeed(s.seed), PARAMETER_STREAM, replicate));
  const u = s.uncertainty;
  return {
    feeGrowth: triangular(u.feeGrowth, st.next()),
    needPrevalence: triangular(u.needPrevalence, st.next()),
    selfFunderPremium: triangular(u.selfFunderPremium, st.next()),
    councilArrangedShare: triangular(u.councilArrangedShare, st.next()),
    personalBudgetKey: st.nextUint32(),
    // Drawn after the others, so adding it left their draws as they were.
    comingForwardShare: triangular(u.comingForwardShare, st.next()),
    realEarningsGrowth: triangular(u.realEarningsGrowth, st.next()),
  };
}

/** CPI inflation assumed beyond the CPI table (src/model/data/consumerPrices.ts). */
const longRunCpi = (): number =>
  CPI_INDEX[CPI_INDEX.length - 1]! / CPI_INDEX[CPI_INDEX.length - 2]! - 1;

function feeTables(s: Scenario, d: ReplicateDraws) {
  const R = REGIONS.length;
  const council = new Int32Array(s.years * R * STATE_COUNT);
  const selfFunder = new Int32Array(s.years * R * STATE_COUNT);
  // Fees are held in nominal £ by the fee tables: grow them at real growth plus inflation, then
  // deflate each year to the start year's prices.
  const nominalGrowth = (1 + d.feeGrowth) * (1 + longRunCpi()) - 1;
  for (let t = 0; t < s.years; t++) {
    const year = s.startYear + t;
    const table = buildFeeTable(year, { feeGrowth: nominalGrowth });
    const deflate = cpi(s.startYear) / cpi(year);
    for (let r = 0; r < R; r++) {
      for (let st = 0; st < STATE_COUNT; st++) {
        const k = (t * R + r) * STATE_COUNT + st;
        const rate = (table.council[r * STATE_COUNT + st] ?? 0) * deflate;
        const careHome = st === CareState.residential || st === CareState.nursing;
        const what = () => `The ${STATE_NAMES[st]} fee in ${REGIONS[r]!.name} in ${year}`;
        council[k] = weeklyPence(rate, what);
        selfFunder[k] = weeklyPence(
          rate * (1 + (careHome ? d.selfFunderPremium : HOME_CARE_SELF_FUNDER_PREMIUM)),
          what,
        );
      }
    }
  }
  return { council, selfFunder };
}

/** Years before the start whose fees pastFeeRatio holds (the longest spell the stock has). */
export const PAST_YEARS = 31;

/** Real fee of each care state in each year before the start, against the start year's. */
function pastFeeRatios(startYear: number): Float64Array {
  const out = new Float64Array(PAST_YEARS * STATE_COUNT);
  const now = buildFeeTable(startYear);
  for (let back = 1; back <= PAST_YEARS; back++) {
    const year = startYear - back;
    const then = buildFeeTable(year);
    const real = cpi(startYear) / cpi(year);
    for (let st = 0; st < STATE_COUNT; st++) {
      const base = now.council[st] ?? 0; // region 0: regional ratios cancel
      out[(back - 1) * STATE_COUNT + st] = base > 0 ? ((then.council[st] ?? 0) * real) / base : 1;
    }
  }
  return out;
}

/** Builds the context of replicate `replicate` of a (validated) scenario. */
export function buildReplicateContext(scenario: Scenario, replicate: number): ReplicateContext {
  const draws = drawParameters(scenario, replicate);
  const model = buildCareModel({ needMultiplier: draws.needPrevalence });
  const spec: PopulationSpec = {
    seed: scenario.seed,
    replicate,
    sampleFraction: sampleFractionFor(scenario.population, scenario.council),
    priceYear: scenario.startYear,
    council: scenario.council,
  };
  const fees = feeTables(scenario, draws);
  const cohorts = cohortRanges(spec, scenario.startYear, scenario.years);
  return {
    scenario,
    replicate,
    draws,
    model,
    spec,
    cohorts,
    councilRate: fees.council,
    selfFunderFee: fees.selfFunder,
    arms: scenario.arms.map((a) => {
      const policy = policyAt(a.policy, scenario.startYear);
      const byBand = compileRulesByBand(policy);
      const factor = thresholdFactors(
        policy.thresholdUprating,
        scenario.startYear,
        scenario.years,
        draws.realEarningsGrowth,
      );
      const byYearBand: ChargingRules[] = [];
      for (let t = 0; t < scenario.years; t++) {
        byYearBand.push(
          ...(factor[t] === 1 ? byBand : compileRulesByBand(upratedThresholds(policy, factor[t]!))),
        );
      }
      return {
        name: a.name,
        rules: byBand[MigBand.pensionCreditAge]!,
        byBand,
        byYearBand,
        thresholdFactor: factor,
        uprated: factor.some((f) => f !== 1),
        hasCap: policy.cap !== null,
      };
    }),
    comingForward: Float64Array.from({ length: scenario.years }, (_, t) => {
      const ramp = scenario.costs.comingForwardYears;
      return draws.comingForwardShare * (ramp <= 0 ? 1 : Math.min(1, (t + 1) / ramp));
    }),
    pensionCreditAge: Int32Array.from({ length: scenario.years }, (_, t) =>
      pensionCreditAgeIn(scenario.startYear + t),
    ),
    pastRules: compileRulesByBand(policyAt('current', scenario.startYear)),
    pastFeeRatio: pastFeeRatios(scenario.startYear),
    chcShare: NHS_CHC_SHARE_OF_NURSING,
    sampleFraction:
      scenario.engine.samplePeople / Math.max(1, scenario.replicates * totalPeople(cohorts)),
  };
}

const cache = new Map<string, ReplicateContext>();

/** The context of a replicate, reusing the last few built in this thread. */
export function replicateContext(scenario: Scenario, replicate: number): ReplicateContext {
  const key = `${replicate}|${JSON.stringify(scenario)}`;
  let c = cache.get(key);
  if (!c) {
    c = buildReplicateContext(scenario, replicate);
    if (cache.size >= 4) cache.delete(cache.keys().next().value!);
    cache.set(key, c);
  }
  return c;
}
