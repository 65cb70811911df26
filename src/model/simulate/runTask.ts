// One task of a Monte Carlo run: the synthetic people of one slice of one replicate, each run
// year by year through their care career (drawn from their own stream, whatever the policy) and
// the charging rules of every arm (common random numbers), aggregated as they go.
import { deriveKey } from '../rng.ts';
import {
  advance,
  emptyTotals,
  resetTotals,
  personalCap,
  toPence,
  type ChargeTotals,
  type ChargingState,
  type WeekOfCare,
} from '../charging/index.ts';
import { careerStream, nextCareState, partnerDies } from '../population/career.ts';
import type { Population } from '../population/population.ts';
import {
  CareState,
  DEATH_YEAR_FRACTION,
  inCareHome,
  STATE_COUNT,
  STATE_NAMES,
} from '../population/states.ts';
import { REGIONS } from '../data/regions.ts';
import { scenarioSchema, type Scenario } from './scenario.ts';
import { replicateContext, type ReplicateContext } from './replicateContext.ts';
import { peopleIn, totalPeople } from './cohorts.ts';
import { emptyResult, vi, type PartialResult } from './result.ts';
import { M } from './measures.ts';
import { L, recordDeath } from './lifetime.ts';
import { personalBudgetMeasures } from './personalBudgetMeasures.ts';
import { wealthDecile } from './wealthDeciles.ts';

const WEEKS_PER_YEAR = 52;
const SETTING = ['homeCare', 'homeCare', 'homeCare', 'residential', 'nursing', 'homeCare'] as const;
/** Stream tag for whether a self-funder asks the council to arrange care (s18(3)). */
const ARRANGED_TAG = 0x518;
/** Stream tag for whether a person is in the microdata sample. */
const SAMPLE_TAG = 0x5a3e;

/** Per-arm running state of one person, reused from person to person. */
interface ArmState extends ChargingState {
  paid: number;
  councilPaid: number;
  capitalDrawn: number;
  careWeeks: number;
  /** Care weeks before the cap was reached, or -1 while not reached. */
  weeksToCap: number;
}

/** Objects reused from person to person so the hot loop allocates nothing. */
interface Scratch {
  totals: ChargeTotals;
  care: WeekOfCare;
}

const newArmState = (): ArmState => ({
  financial: 0,
  home: 0,
  careAccount: 0,
  weeksInCareHome: 0,
  paid: 0,
  councilPaid: 0,
  capitalDrawn: 0,
  careWeeks: 0,
  weeksToCap: -1,
});

/** Runs task (replicate, slice) of a scenario and returns its aggregated results. */
export function runTask(input: Scenario, replicate: number, slice: number): PartialResult {
  const scenario = scenarioSchema.parse(input);
  const ctx = replicateContext(scenario, replicate);
  const size = scenario.engine.sliceSize;
  const from = slice * size;
  const to = Math.min(from + size, totalPeople(ctx.cohorts));
  const out = emptyResult(replicate, slice, ctx.arms.length, scenario.years);
  const arms = ctx.arms.map(newArmState);
  const scratch: Scratch = {
    totals: emptyTotals(),
    care: {
      setting: 'homeCare',
      weeklyFee: 0,
      councilRate: 0,
      weeklyIncome: 0,
      partnerAtHome: false,
      councilArranged: false,
    },
  };
  for (const { pop, entryYear } of peopleIn(ctx.spec, ctx.model, ctx.cohorts, from, to)) {
    for (let j = 0; j < pop.size; j++) simulatePerson(ctx, pop, j, entryYear, arms, out, scratch);
  }
  copyCommonMeasures(out);
  if (slice === 0) addPersonalBudgets(ctx, out);
  return out;
}

function simulatePerson(
  ctx: ReplicateContext,
  pop: Population,
  j: number,
  entryYear: number,
  arms: ArmState[],
  out: PartialResult,
  scratch: Scratch,
): void {
  const s = ctx.scenario;
  const Y = s.years;
  const end = s.startYear + Y;
  const w = pop.weight[j]!;
  const sex = pop.sex[j]!;
  const group = pop.riskGroup[j]!;
  const region = pop.region[j]!;
  const chc = pop.chcRank[j]! < ctx.chcShare;
  const income = toPence(pop.income[j]!);
  const ownSavings = pop.financialAssets[j]!;
  const homeValue = pop.ownsHome[j] ? pop.propertyValue[j]! : 0;
  const arranged =
    deriveKey(pop.careerKey[j]!, ARRANGED_TAG) / 4294967296 < ctx.draws.councilArrangedShare;
  const stream = careerStream(pop, j);
  const sampled =
    ctx.sampleFraction > 0 &&
    deriveKey(pop.careerKey[j]!, SAMPLE_TAG) / 4294967296 < ctx.sampleFraction;
  let age = pop.age[j]!;
  let state: number = pop.careState[j]!;
  let partner = pop.couple[j] === 1;
  let onset = pop.onsetAge[j]! === 255 ? -1 : pop.onsetAge[j]!;
  let careHomeWeeks = inCareHome(state) ? pop.spellYears[j]! * WEEKS_PER_YEAR : 0;
  let started = false;
  let initialWealth = 0;
  let decile = 0;
  const nArms = ctx.arms.length;
  const R = REGIONS.length;

  for (let year = entryYear; year < end; year++) {
    const next = nextCareState(state, age, sex, group, stream, ctx.model);
    const partnerDied = partnerDies(age, sex, stream, ctx.model);
    const inCare = state !== CareState.none && state !== CareState.dead;
    if (inCare && onset < 0) onset = age;
    if (year >= s.startYear) {
      if (!started) {
        started = true;
        initialWealth = ownSavings + homeValue;
        decile = wealthDecile(s.startYear, initialWealth);
        for (const a of arms) {
          a.financial = toPence(ownSavings);
          a.home = toPence(homeValue);
          a.careAccount = 0;
          a.paid = 0;
          a.councilPaid = 0;
          a.capitalDrawn = 0;
          a.careWeeks = 0;
          a.weeksToCap = -1;
        }
      }
      const t = year - s.startYear;
      const dies = next === CareState.dead;
      const weeks = dies ? Math.round(WEEKS_PER_YEAR * DEATH_YEAR_FRACTION) : WEEKS_PER_YEAR;
      // Measures that no policy changes are kept once (arm 0) and copied to the others at the end.
      const v0 = out.values;
      if (age >= 65) v0[vi(Y, 0, M.population_65plus, t)]! += w;
      if (dies) v0[vi(Y, 0, M.deaths, t)]! += w;
      if (inCare) {
        v0[vi(Y, 0, M.people_in_care, t)]! += w;
        if (inCareHome(state)) v0[vi(Y, 0, M.people_in_care_homes, t)]! += w;
      }
      if (inCare && !(state === CareState.nursing && chc)) {
        const k = (t * R + region) * STATE_COUNT + state;
        const firstYearOfCare = arms[0]!.careWeeks === 0;
        for (let a = 0; a < nArms; a++) {
          const arm = ctx.arms[a]!;
          const st = arms[a]!;
          const care = scratch.care;
          care.setting = SETTING[state]!;
          care.weeklyFee = ctx.selfFunderFee[k]!;
          care.councilRate = ctx.councilRate[k]!;
          care.weeklyIncome = income;
          care.partnerAtHome = partner;
          care.councilArranged = arm.hasCap && arranged;
          st.weeksInCareHome = careHomeWeeks;
          const cap = personalCap(arm.rules, onset);
          const wasAtCap = cap !== null && st.careAccount >= cap && st.careWeeks > 0;
          const tot = advance(arm.rules, cap, st, care, weeks, resetTotals(scratch.totals));
          const reached = tot.capReachedInWeek !== null || (cap === 0 && st.careWeeks === 0);
          if (reached && st.weeksToCap < 0) {
            st.weeksToCap = st.careWeeks + (tot.capReachedInWeek ?? 0);
          }
          st.careWeeks += weeks;
          st.paid += tot.personPays;
          st.councilPaid += tot.councilPays;
          st.capitalDrawn += tot.capitalDrawn;
          let admin = 0;
          if (arm.hasCap && tot.weeksSelfFunding > 0) {
            admin = (s.costs.careAccountAdminPerYear * weeks) / WEEKS_PER_YEAR;
            if (firstYearOfCare) admin += s.costs.assessmentCost;
          }
          const v = out.values;
          const pounds = w / 100;
          const meansTested = Math.max(
            0,
            tot.councilPays - tot.councilAfterCap - tot.councilDlcSupport,
          );
          v[vi(Y, a, M.council_net_spend, t)]! += tot.councilPays * pounds + admin * w;
          v[vi(Y, a, M.council_spend_means_tested, t)]! += meansTested * pounds;
          v[vi(Y, a, M.council_spend_after_cap, t)]! += tot.councilAfterCap * pounds;
          v[vi(Y, a, M.council_spend_dlc_support, t)]! += tot.councilDlcSupport * pounds;
          v[vi(Y, a, M.council_spend_admin, t)]! += admin * w;
          v[vi(Y, a, M.person_spend, t)]! += tot.personPays * pounds;
          v[vi(Y, a, M.person_spend_dlc, t)]! += tot.dailyLivingCosts * pounds;
          if (inCareHome(state) && tot.weeksSelfFunding * 2 > tot.weeks) {
            v[vi(Y, a, M.self_funders_in_care_homes, t)]! += w;
          }
          if (tot.councilPays > 0) v[vi(Y, a, M.people_council_funded, t)]! += w;
          if (reached) v[vi(Y, a, M.people_reaching_cap, t)]! += w;
          if (reached || wasAtCap || tot.weeksAfterCap > 0) v[vi(Y, a, M.people_at_cap, t)]! += w;
          if (sampled) sampleRow(out, ctx, pop, j, a, year, age, state, st, tot);
        }
      } else if (sampled) {
        for (let a = 0; a < nArms; a++)
          sampleRow(out, ctx, pop, j, a, year, age, state, arms[a]!, null);
      }
      out.personYears += 1;
      if (dies) {
        for (let a = 0; a < nArms; a++) {
          const st = arms[a]!;
          recordDeath(out.lifetime, a * L.size, {
            decile,
            weight: w,
            personPaid: st.paid / 100,
            councilPaid: st.councilPaid / 100,
            initialWealth,
            capitalSpent: st.capitalDrawn / 100,
            yearsToCap: st.weeksToCap < 0 ? null : st.weeksToCap / WEEKS_PER_YEAR,
          });
        }
      }
    }
    careHomeWeeks = inCareHome(state) ? careHomeWeeks + WEEKS_PER_YEAR : 0;
    if (partner && partnerDied) {
      partner = false;
      // The survivor inherits the partner's half of joint savings (as in the population model).
      if (started) for (const a of arms) a.financial += toPence(ownSavings);
    }
    if (next === CareState.dead) return;
    state = next;
    age++;
  }
}

/** Measures the same in every arm (careers do not depend on policy): copied from arm 0. */
const COMMON = [M.population_65plus, M.deaths, M.people_in_care, M.people_in_care_homes];

function copyCommonMeasures(out: PartialResult): void {
  const Y = out.years;
  for (let a = 1; a < out.arms; a++) {
    for (const m of COMMON) {
      out.values.copyWithin(vi(Y, a, m, 0), vi(Y, 0, m, 0), vi(Y, 0, m, 0) + Y);
    }
  }
}

/** Adds one sampled person's year in one arm to the microdata sample. */
function sampleRow(
  out: PartialResult,
  ctx: ReplicateContext,
  pop: Population,
  j: number,
  arm: number,
  year: number,
  age: number,
  state: number,
  st: ArmState,
  tot: ChargeTotals | null,
): void {
  (out.sample ??= []).push({
    replicate: ctx.replicate,
    person: pop.cohort * 100_000_000 + pop.start + j,
    arm: ctx.arms[arm]!.name,
    year,
    age,
    sex: pop.sex[j] === 0 ? 'male' : 'female',
    region: REGIONS[pop.region[j]!]?.name ?? 'unknown',
    careState: STATE_NAMES[state] ?? 'none',
    capital: (st.financial + st.home) / 100,
    personPaid: (tot?.personPays ?? 0) / 100,
    councilPaid: (tot?.councilPays ?? 0) / 100,
    careAccount: st.careAccount / 100,
  });
}

function addPersonalBudgets(ctx: ReplicateContext, out: PartialResult): void {
  const pb = personalBudgetMeasures(ctx);
  const Y = ctx.scenario.years;
  for (let a = 0; a < ctx.arms.length; a++) {
    for (let t = 0; t < Y; t++) {
      out.values[vi(Y, a, M.pb_uptake_ni130, t)] = pb.uptakeNi130[t]!;
      out.values[vi(Y, a, M.pb_uptake_adass, t)] = pb.uptakeAdass[t]!;
      out.values[vi(Y, a, M.council_spend_personal_budgets, t)]! += pb.extraCost[t]!;
      out.values[vi(Y, a, M.council_net_spend, t)]! += pb.extraCost[t]!;
    }
  }
}
