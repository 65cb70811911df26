// Follows a cohort of 65-year-olds from entry to death and totals each person's care costs at the
// rates paid (self-funders at the self-funder rate), charged by the simulation's own rules
// (src/model/charging) at each year's fees (the fee history, then its projection): the
// lifetime-cost calibration of MODEL.md §4 uses the engine, not a simpler means test of its own.
import { NHS_CHC_SHARE_OF_NURSING, WORKING_AGE_COST_RATIO } from '../data/careFees.ts';
import {
  chargeSpan,
  compileRulesByBand,
  migBand,
  pensionCreditAgeIn,
  emptyTotals,
  toPence,
  type ChargingState,
  type WeekOfCare,
} from '../charging/index.ts';
import type { Policy } from '../policy/schema.ts';
import { careerStream, nextCareState, partnerDies } from './career.ts';
import type { CareModel } from './careModel.ts';
import { careHomeFactor, homeCareFactor } from './careCost.ts';
import { buildFeeTable, type FeeTable } from './feeTable.ts';
import { priceFactor } from '../data/consumerPrices.ts';
import type { Population } from './populationColumns.ts';
import { CareState, DEATH_YEAR_FRACTION, inCareHome, STATE_COUNT } from './states.ts';

/** Per-person results of a cohort followed to death. */
export interface LifetimeResult {
  /** Total care cost from entry to death (what the person and the council paid), £. */
  cost: Float64Array;
  /** Years lived from entry (deaths count half the final year). */
  lifeYears: Float64Array;
  /** Years lived from 85, NaN if the person died before 85. */
  lifeYearsFrom85: Float64Array;
  /** Years spent in a care home (0 if never admitted). */
  careHomeYears: Float64Array;
}

const SETTING = ['homeCare', 'homeCare', 'homeCare', 'residential', 'nursing', 'homeCare'] as const;
const WEEKS_PER_YEAR = 52;
const DEATH_WEEKS = Math.round(WEEKS_PER_YEAR * DEATH_YEAR_FRACTION);

/**
 * Runs each person of `cohort` (money at `startYear`'s prices, aged 65 in `startYear`) to death.
 * Each year of care is charged by `policy`'s rules at that year's fees (buildFeeTable: the
 * history to 2025-26, then its growth), in money of the day: the policy's limits stay as written
 * (England's have been frozen since 2010-11) and the person's income keeps its value (uprated by
 * CPI). Costs are then brought back to `startYear`'s prices by the CPI. No cap is assumed (a care
 * account would not change what care costs, only who pays). A partner's death passes their half
 * of the savings to the survivor. NHS continuing healthcare (nursing, `chcRank` below the share)
 * costs nothing here.
 */
export function runLifetimes(
  cohort: Population,
  model: CareModel,
  startYear: number,
  policy: Policy,
): LifetimeResult {
  const feeTables = new Map<number, FeeTable>();
  const feesIn = (year: number): FeeTable => {
    let t = feeTables.get(year);
    if (!t) feeTables.set(year, (t = buildFeeTable(year)));
    return t;
  };
  const n = cohort.size;
  const out: LifetimeResult = {
    cost: new Float64Array(n),
    lifeYears: new Float64Array(n),
    lifeYearsFrom85: new Float64Array(n).fill(NaN),
    careHomeYears: new Float64Array(n),
  };
  const rulesByBand = compileRulesByBand(policy);
  const totals = emptyTotals();
  const state: ChargingState = { financial: 0, home: 0, careAccount: 0, weeksInCareHome: 0 };
  const care: WeekOfCare = {
    setting: 'homeCare',
    weeklyFee: 0,
    councilRate: 0,
    weeklyIncome: 0,
    partnerAtHome: false,
    councilArranged: false,
  };
  for (let j = 0; j < n; j++) {
    const st = careerStream(cohort, j);
    const sex = cohort.sex[j] ?? 0;
    const group = cohort.riskGroup[j] ?? 0;
    const region = cohort.region[j] ?? 0;
    const chc = (cohort.chcRank[j] ?? 1) < NHS_CHC_SHARE_OF_NURSING;
    const level = cohort.careCost[j] ?? 0;
    const ratio = cohort.youngOnset[j] === 1 ? WORKING_AGE_COST_RATIO : 1;
    const homeCareCost = homeCareFactor(level) * ratio;
    const careHomeCost = careHomeFactor(level) * ratio;
    state.financial = toPence(cohort.financialAssets[j] ?? 0);
    state.home = cohort.ownsHome[j] ? toPence(cohort.propertyValue[j] ?? 0) : 0;
    state.careAccount = 0;
    state.weeksInCareHome = 0;
    const income = cohort.income[j] ?? 0;
    let partner = cohort.couple[j] === 1;
    let now: number = cohort.careState[j] ?? 0;
    const age0 = cohort.age[j] ?? 65;
    let age = age0;
    let cost = 0;
    let life = 0;
    let from85 = 0;
    let careHome = 0;
    while (now !== CareState.dead) {
      const next = nextCareState(now, age, sex, group, st, model);
      const partnerDied = partnerDies(age, sex, st, model);
      const dies = next === CareState.dead;
      const part = dies ? DEATH_YEAR_FRACTION : 1;
      life += part;
      if (age >= 85) from85 += part;
      const ch = inCareHome(now);
      if (ch) careHome += part;
      if (now !== CareState.none && !(now === CareState.nursing && chc)) {
        const year = startYear + age - age0;
        const fees = feesIn(year);
        const toStart = priceFactor(year, startYear);
        const k = region * STATE_COUNT + now;
        const factor = ch ? careHomeCost : homeCareCost;
        care.setting = SETTING[now]!;
        care.weeklyFee = Math.round(toPence(fees.selfFunder[k] ?? 0) * factor);
        care.councilRate = Math.round(toPence(fees.council[k] ?? 0) * factor);
        care.weeklyIncome = toPence(income / toStart);
        care.partnerAtHome = partner;
        const rules = rulesByBand[migBand(age, pensionCreditAgeIn(year))]!;
        chargeSpan(rules, null, state, care, dies ? DEATH_WEEKS : WEEKS_PER_YEAR, totals);
        cost += (totals.fee / 100) * toStart;
      } else state.weeksInCareHome = 0;
      if (partner && partnerDied) {
        partner = false;
        state.financial += toPence(cohort.financialAssets[j] ?? 0); // the partner's half
      }
      now = next;
      age++;
    }
    out.cost[j] = cost;
    out.lifeYears[j] = life;
    out.careHomeYears[j] = careHome;
    if (age > 85) out.lifeYearsFrom85[j] = from85;
  }
  return out;
}
