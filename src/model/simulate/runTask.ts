// One task of a Monte Carlo run: the synthetic people of one slice of one replicate, each run
// year by year through their care career (drawn from their own stream, whatever the policy) and
// the charging rules of every arm (common random numbers), aggregated as they go.
import { keyBelow, Stream } from '../rng.ts';
import {
  chargeSpan,
  emptyTotals,
  personalCap,
  toPence,
  type ChargeTotals,
  type ChargingState,
  type WeekOfCare,
} from '../charging/index.ts';
import { careerStream, nextCareState, partnerDies } from '../population/career.ts';
import type { Population } from '../population/population.ts';
import { CareState, DEATH_YEAR_FRACTION, STATE_COUNT, STATE_NAMES } from '../population/states.ts';
import { REGIONS } from '../data/regions.ts';
import type { Scenario } from './scenario.ts';
import { replicateContext, type ReplicateContext } from './replicateContext.ts';
import { peopleIn, totalPeople } from './cohorts.ts';
import { emptyResult, vi, type PartialResult } from './result.ts';
import { M, MEASURE_COUNT } from './measures.ts';
import { L, newDeath, recordDeath, type Death } from './lifetime.ts';
import { personalBudgetMeasures } from './personalBudgetMeasures.ts';
import { decileOf, wealthDecileCuts } from './wealthDeciles.ts';

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
  /** The person's own cap in this arm (pence, null for none), set in their first year of care. */
  cap: number | null;
}

/** Objects reused from person to person so the hot loop allocates nothing. */
interface Scratch {
  totals: ChargeTotals;
  care: WeekOfCare;
  /** The career stream, reseeded for each person. */
  stream: Stream;
  death: Death;
}

/**
 * Zero as V8 stores a double (−0 equals 0 in every sum and comparison here). Sums in pence can pass
 * 2³¹ (£21.5 m of savings); fields that start as small integers are compiled for small integers,
 * and the first larger sum threw away simulatePerson's compiled code in every fresh worker.
 */
const PENCE_ZERO = -0;

const newArmState = (): ArmState => ({
  financial: PENCE_ZERO,
  home: PENCE_ZERO,
  careAccount: PENCE_ZERO,
  weeksInCareHome: 0,
  paid: PENCE_ZERO,
  councilPaid: PENCE_ZERO,
  capitalDrawn: PENCE_ZERO,
  careWeeks: 0,
  weeksToCap: -1,
  cap: null,
});

/**
 * Runs task (replicate, slice) of a scenario and returns its aggregated results. The scenario must
 * come from scenarioSchema (its callers parse scenario files, links and forms at the boundary), so
 * the engine's workers need no schemas.
 */
export function runTask(scenario: Scenario, replicate: number, slice: number): PartialResult {
  const ctx = replicateContext(scenario, replicate);
  return runPeople(ctx, slice, sliceBlocks(ctx, slice));
}

/** One block of generated people and the calendar year they enter the simulation. */
export interface PeopleBlock {
  pop: Population;
  entryYear: number;
}

/** The people of slice `slice` of a replicate, generated lazily one cohort block at a time. */
export function sliceBlocks(ctx: ReplicateContext, slice: number): Iterable<PeopleBlock> {
  const size = ctx.scenario.engine.sliceSize;
  const from = slice * size;
  const to = Math.min(from + size, totalPeople(ctx.cohorts));
  return peopleIn(ctx.spec, ctx.model, ctx.cohorts, from, to);
}

/**
 * Runs the given people (slice `slice` of the context's replicate) through their careers and every
 * arm's charging rules. `npm run bench` calls it on people generated beforehand to time the loop
 * alone; runTask generates them as it goes.
 */
export function runPeople(
  ctx: ReplicateContext,
  slice: number,
  blocks: Iterable<PeopleBlock>,
): PartialResult {
  const scenario = ctx.scenario;
  const out = emptyResult(ctx.replicate, slice, ctx.arms.length, scenario.years);
  // Pushed one by one, not `ctx.arms.map(...)`: map's array is shaped differently when V8 has
  // compiled this function than when it has not, and simulatePerson's compiled code was then
  // thrown away for the other shape, task after task.
  const arms: ArmState[] = [];
  for (let a = 0; a < ctx.arms.length; a++) arms.push(newArmState());
  const cuts = wealthDecileCuts(scenario.startYear);
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
    stream: new Stream(0),
    death: newDeath(),
  };
  for (const { pop, entryYear } of blocks) {
    for (let j = 0; j < pop.size; j++)
      simulatePerson(ctx, pop, j, entryYear, arms, out, scratch, cuts);
  }
  copyCommonMeasures(out);
  if (slice === 0) addPersonalBudgets(ctx, out);
  return out;
}

// Hot-loop constants: measure offsets and states as plain numbers (imported objects and bindings
// cost a lookup on every read).
const MC = MEASURE_COUNT;
const POP65 = M.population_65plus;
const DEATHS = M.deaths;
const IN_CARE = M.people_in_care;
const IN_CARE_HOMES = M.people_in_care_homes;
const NET = M.council_net_spend;
const MEANS_TESTED = M.council_spend_means_tested;
const AFTER_CAP = M.council_spend_after_cap;
const DLC_SUPPORT = M.council_spend_dlc_support;
const ADMIN = M.council_spend_admin;
const PERSON = M.person_spend;
const PERSON_DLC = M.person_spend_dlc;
const SELF_FUNDERS_CH = M.self_funders_in_care_homes;
const COUNCIL_FUNDED = M.people_council_funded;
const REACHING_CAP = M.people_reaching_cap;
const AT_CAP = M.people_at_cap;
const NONE: number = CareState.none;
const DEAD: number = CareState.dead;
const RESIDENTIAL: number = CareState.residential;
const NURSING: number = CareState.nursing;
const STATES: number = STATE_COUNT;
const REGION_COUNT = REGIONS.length;
const LIFETIME_SIZE = L.size;
const DEATH_WEEKS = Math.round(WEEKS_PER_YEAR * DEATH_YEAR_FRACTION);

function simulatePerson(
  ctx: ReplicateContext,
  pop: Population,
  j: number,
  entryYear: number,
  arms: ArmState[],
  out: PartialResult,
  scratch: Scratch,
  cuts: Float64Array,
): void {
  const s = ctx.scenario;
  const Y = s.years;
  const startYear = s.startYear;
  const end = startYear + Y;
  const w = pop.weight[j]!;
  const poundsWeight = w / 100;
  const sex = pop.sex[j]!;
  const group = pop.riskGroup[j]!;
  const region = pop.region[j]!;
  const chc = pop.chcRank[j]! < ctx.chcShare;
  const key = pop.careerKey[j]!;
  const stream = careerStream(pop, j, scratch.stream);
  const sampled = ctx.sampleFraction > 0 && keyBelow(key, SAMPLE_TAG, ctx.sampleFraction);
  // Whether a self-funder asks the council to arrange care: drawn when first needed.
  let arranged = -1;
  let age = pop.age[j]!;
  let state: number = pop.careState[j]!;
  let partner = pop.couple[j] === 1;
  let onset = pop.onsetAge[j]! === 255 ? -1 : pop.onsetAge[j]!;
  let careHomeWeeks =
    state === RESIDENTIAL || state === NURSING ? pop.spellYears[j]! * WEEKS_PER_YEAR : 0;
  let armsReady = false;
  // Whether the partner died (leaving their half of joint savings) before armsReady.
  let inherited = false;
  let weeklyIncome = 0;
  let personYears = 0;
  const nArms = arms.length;
  const v = out.values;
  const model = ctx.model;

  for (let year = entryYear; year < end; year++) {
    const next = nextCareState(state, age, sex, group, stream, model);
    const partnerDied = partnerDies(age, sex, stream, model);
    const inCare = state !== NONE && state !== DEAD;
    const careHome = state === RESIDENTIAL || state === NURSING;
    // NHS continuing healthcare pays some people's nursing care in full: those are not charged.
    const charged = inCare && !(state === NURSING && chc);
    if (inCare && onset < 0) onset = age;
    if (year >= startYear) {
      // Each arm's money is set up at the person's first year of care (or at once for the
      // microdata sample, which reports capital every year): most people never need care.
      if (!armsReady && (sampled || charged)) {
        armsReady = true;
        const financial = toPence(pop.financialAssets[j]!);
        const home = pop.ownsHome[j] ? toPence(pop.propertyValue[j]!) : 0;
        for (let a = 0; a < nArms; a++) {
          const st = arms[a]!;
          st.financial = financial;
          st.home = home;
          st.careAccount = 0;
          st.paid = 0;
          st.councilPaid = 0;
          st.capitalDrawn = 0;
          st.careWeeks = 0;
          st.weeksToCap = -1;
          // (Added, not multiplied: V8 compiles a product of small integers for small integers.)
          if (inherited) st.financial += financial;
        }
      }
      const t = year - startYear;
      const dies = next === DEAD;
      const weeks = dies ? DEATH_WEEKS : WEEKS_PER_YEAR;
      // Measures that no policy changes are kept once (arm 0) and copied to the others at the end.
      if (age >= 65) v[POP65 * Y + t]! += w;
      if (dies) v[DEATHS * Y + t]! += w;
      if (inCare) {
        v[IN_CARE * Y + t]! += w;
        if (careHome) v[IN_CARE_HOMES * Y + t]! += w;
      }
      if (charged) {
        if (arranged < 0) {
          arranged = keyBelow(key, ARRANGED_TAG, ctx.draws.councilArrangedShare) ? 1 : 0;
        }
        const k = (t * REGION_COUNT + region) * STATES + state;
        const firstYearOfCare = arms[0]!.careWeeks === 0;
        if (firstYearOfCare) {
          // Onset is known from the first year of care on, and with it each arm's own cap.
          weeklyIncome = toPence(pop.income[j]!);
          for (let a = 0; a < nArms; a++) arms[a]!.cap = personalCap(ctx.arms[a]!.rules, onset);
        }
        const care = scratch.care;
        care.setting = SETTING[state]!;
        care.weeklyFee = ctx.selfFunderFee[k]!;
        care.councilRate = ctx.councilRate[k]!;
        care.weeklyIncome = weeklyIncome;
        care.partnerAtHome = partner;
        for (let a = 0; a < nArms; a++) {
          const arm = ctx.arms[a]!;
          const st = arms[a]!;
          care.councilArranged = arm.hasCap && arranged === 1;
          st.weeksInCareHome = careHomeWeeks;
          const cap = st.cap;
          const wasAtCap = cap !== null && st.careAccount >= cap && st.careWeeks > 0;
          const tot = chargeSpan(arm.rules, cap, st, care, weeks, scratch.totals);
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
          const b = a * MC * Y + t;
          const pounds = poundsWeight;
          const meansTested = Math.max(
            0,
            tot.councilPays - tot.councilAfterCap - tot.councilDlcSupport,
          );
          v[b + NET * Y]! += tot.councilPays * pounds + admin * w;
          v[b + MEANS_TESTED * Y]! += meansTested * pounds;
          v[b + AFTER_CAP * Y]! += tot.councilAfterCap * pounds;
          v[b + DLC_SUPPORT * Y]! += tot.councilDlcSupport * pounds;
          v[b + ADMIN * Y]! += admin * w;
          v[b + PERSON * Y]! += tot.personPays * pounds;
          v[b + PERSON_DLC * Y]! += tot.dailyLivingCosts * pounds;
          if (careHome && tot.weeksSelfFunding * 2 > tot.weeks) v[b + SELF_FUNDERS_CH * Y]! += w;
          if (tot.councilPays > 0) v[b + COUNCIL_FUNDED * Y]! += w;
          if (reached) v[b + REACHING_CAP * Y]! += w;
          if (reached || wasAtCap || tot.weeksAfterCap > 0) v[b + AT_CAP * Y]! += w;
          if (sampled) sampleRow(out, ctx, pop, j, a, year, age, state, st, tot);
        }
      } else if (sampled) {
        for (let a = 0; a < nArms; a++)
          sampleRow(out, ctx, pop, j, a, year, age, state, arms[a]!, null);
      }
      personYears++;
      if (dies) {
        const death = scratch.death;
        const initialWealth =
          pop.financialAssets[j]! + (pop.ownsHome[j] ? pop.propertyValue[j]! : 0);
        death.decile = decileOf(cuts, initialWealth);
        death.weight = w;
        death.initialWealth = initialWealth;
        for (let a = 0; a < nArms; a++) {
          const st = arms[a]!;
          // Someone who never needed care paid nothing (the arms still hold the last person's).
          death.personPaid = armsReady ? st.paid / 100 : 0;
          death.councilPaid = armsReady ? st.councilPaid / 100 : 0;
          death.capitalSpent = armsReady ? st.capitalDrawn / 100 : 0;
          death.yearsToCap = armsReady && st.weeksToCap >= 0 ? st.weeksToCap / WEEKS_PER_YEAR : -1;
          recordDeath(out.lifetime, a * LIFETIME_SIZE, death);
        }
      }
    }
    careHomeWeeks = careHome ? careHomeWeeks + WEEKS_PER_YEAR : 0;
    if (partner && partnerDied) {
      partner = false;
      // The survivor inherits the partner's half of joint savings (as in the population model).
      if (armsReady) {
        const half = toPence(pop.financialAssets[j]!);
        for (let a = 0; a < nArms; a++) arms[a]!.financial += half;
      } else if (year >= startYear) inherited = true;
    }
    if (next === DEAD) break;
    state = next;
    age++;
  }
  out.personYears += personYears;
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
