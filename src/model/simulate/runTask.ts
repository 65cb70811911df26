// One task of a Monte Carlo run: the synthetic people of one slice of one replicate, each run
// year by year through their care career (drawn from their own stream, whatever the policy) and
// the charging rules of every arm (common random numbers), aggregated as they go.
import { drawBelow, keyBelow, keyDraw, Stream } from '../rng.ts';
import { emptyTotals, toPence, type ChargeTotals, type WeekOfCare } from '../charging/index.ts';
import {
  careerStream,
  keepsPartnerAtHome,
  nextCareState,
  partnerDies,
} from '../population/career.ts';
import type { Population } from '../population/populationColumns.ts';
import { CareState, DEATH_YEAR_FRACTION, STATE_COUNT } from '../population/states.ts';
import { REGIONS } from '../data/regions.ts';
import { WORKING_AGE_COST_RATIO } from '../data/careFees.ts';
import { careHomeFactor, homeCareFactor } from '../population/careCost.ts';
import { replicateContext, type ReplicateContext } from './replicateContext.ts';
import { peopleIn, totalPeople } from './cohorts.ts';
import { emptyResult, type PartialResult } from './result.ts';
import {
  addSavings,
  chargeArmsYear,
  chargeBeforeStart,
  newArmState,
  startFromArm0,
  openArms,
  setCaps,
  type ArmState,
} from './armCharging.ts';
import { Recorder } from './recorder.ts';
import type { Scenario } from './scenario.ts';

const WEEKS_PER_YEAR = 52;
const SETTING = ['homeCare', 'homeCare', 'homeCare', 'residential', 'nursing', 'homeCare'] as const;
/** Stream tag for whether a self-funder asks the council to arrange care (s18(3)). */
const ARRANGED_TAG = 0x518;
/** Stream tag for whether a person is in the microdata sample. */
const SAMPLE_TAG = 0x5a3e;
/** The person's place in the queue of self-funders coming forward under a cap (one draw). */
const COMING_FORWARD_TAG = 0xc0f0;

/** A person's money for care, set at their first year of care (pence a week; factors). */
interface PersonMoney {
  weeklyIncome: number;
  /** Factors on the person's home-care and care-home costs: their needs' level, and for
   * working-age adults the dearer packages they need (WORKING_AGE_COST_RATIO); −1 until first
   * needed (many people only ever need one of them). */
  homeCareCost: number;
  careHomeCost: number;
  /** The person's care-cost level (a standard normal) and working-age ratio, for the factors. */
  costLevel: number;
  costRatio: number;
}

/** Objects reused from person to person so the hot loop allocates nothing. */
interface Scratch {
  totals: ChargeTotals;
  care: WeekOfCare;
  money: PersonMoney;
  /** The career stream, reseeded for each person. */
  stream: Stream;
}

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
  const out = emptyResult(ctx.replicate, slice, ctx.arms.length, ctx.scenario.years);
  const recorder = new Recorder(ctx, out);
  // Pushed one by one, not `ctx.arms.map(...)`: map's array is shaped differently when V8 has
  // compiled this function than when it has not (simulatePerson's code was then thrown away).
  const arms: ArmState[] = [];
  for (let a = 0; a < ctx.arms.length; a++) arms.push(newArmState());
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
    // Doubles from the start, so V8 never recompiles for a first non-integer factor.
    money: {
      weeklyIncome: 0,
      homeCareCost: 0.5,
      careHomeCost: 0.5,
      costLevel: 0.5,
      costRatio: 0.5,
    },
  };
  for (const { pop, entryYear } of blocks) {
    for (let j = 0; j < pop.size; j++)
      simulatePerson(ctx, pop, j, entryYear, arms, recorder, scratch);
  }
  recorder.finish(slice);
  return out;
}

// Hot-loop constants: states as plain numbers (imported bindings cost a lookup on every read).
const NONE: number = CareState.none;
const DEAD: number = CareState.dead;
const RESIDENTIAL: number = CareState.residential;
const NURSING: number = CareState.nursing;
const DEATH_WEEKS = Math.round(WEEKS_PER_YEAR * DEATH_YEAR_FRACTION);
const STATES: number = STATE_COUNT;
const REGION_COUNT = REGIONS.length;

/**
 * One person from their entry year to death or the end of the run. Each year: the career step
 * (next year's care state and whether a partner dies, from the person's own stream, whatever the
 * policy), then the arms' charging for a year of charged care, and what happened is told to the
 * recorder.
 */
function simulatePerson(
  ctx: ReplicateContext,
  pop: Population,
  j: number,
  entryYear: number,
  arms: ArmState[],
  recorder: Recorder,
  scratch: Scratch,
): void {
  const s = ctx.scenario;
  const startYear = s.startYear;
  const end = startYear + s.years;
  const sex = pop.sex[j]!;
  const group = pop.riskGroup[j]!;
  const chc = pop.chcRank[j]! < ctx.chcShare;
  // Signed (the same bits to every mix): an unsigned key above 2³¹ passed to a call is boxed.
  const key = pop.careerKey[j]! | 0;
  const stream = careerStream(pop, j, scratch.stream);
  const sampled = ctx.sampleFraction > 0 && keyBelow(key, SAMPLE_TAG, ctx.sampleFraction);
  const model = ctx.model;
  // The career: age, care state, partner, the age needs began, weeks in a care home.
  let age = pop.age[j]!;
  let state: number = pop.careState[j]!;
  let partner = pop.couple[j] === 1;
  let onset = pop.onsetAge[j]! === 255 ? -1 : pop.onsetAge[j]!;
  let careHomeWeeks =
    state === RESIDENTIAL || state === NURSING ? pop.spellYears[j]! * WEEKS_PER_YEAR : 0;
  // The money: set up at the person's first year of care (most people never need it). Care before
  // the start year (the stock's spell so far, and any years from 2021 to the start) is paid under
  // the current means test in arm 0 alone, whose money every arm starts the run from.
  let armsReady = false;
  let pastCare = false;
  let runStarted = false;
  // Whether the partner died (leaving their half of joint savings) before the arms were set up.
  let inherited = false;
  // Whether a self-funder asks the council to arrange care, and their place in the queue of
  // self-funders coming forward: drawn when first needed.
  let arranged = -1;
  let comingForward = 0;
  const money = scratch.money;
  const nArms = arms.length;
  recorder.person(pop, j);

  for (let year = entryYear; year < end; year++) {
    // The career step.
    const next = nextCareState(state, age, sex, group, stream, model);
    const partnerDied = partnerDies(age, sex, stream, model);
    const inCare = state !== NONE && state !== DEAD;
    const careHome = state === RESIDENTIAL || state === NURSING;
    // NHS continuing healthcare pays some people's nursing care in full: those are not charged.
    const charged = inCare && !(state === NURSING && chc);
    if (inCare && onset < 0) onset = age;
    if (year < startYear) {
      if (charged) {
        if (!armsReady) armsReady = setUpMoney(arms, pop, j, inherited, money);
        // Care before the start at the fee history's real fees [M: the same care each year]:
        // the stock's spell so far once, then this year.
        const care = careOf(ctx, pop, j, state, 0, partner, money, scratch.care);
        const spell = pastCare ? 0 : pop.spellYears[j]!;
        const now = startYear - year;
        for (let k = spell; k >= 0; k--) {
          const inCareHome = careHomeWeeks - k * WEEKS_PER_YEAR;
          const then = age - k;
          chargeBeforeStart(ctx, arms, care, now + k, state, inCareHome, then, scratch.totals);
        }
        pastCare = true;
      }
    } else {
      const t = year - startYear;
      const dies = next === DEAD;
      const weeks = dies ? DEATH_WEEKS : WEEKS_PER_YEAR;
      recorder.personYear(t, age, dies, inCare, careHome, weeks);
      if (sampled) recorder.samplePerson(pop, j, year, age, state);
      if (!armsReady && (sampled || charged))
        armsReady = setUpMoney(arms, pop, j, inherited, money);
      if (armsReady && !runStarted) {
        runStarted = true;
        // A person of the stock already in care when the run starts in 2021 has their spell so far.
        if (!pastCare && charged && pop.spellYears[j]! > 0) {
          const care = careOf(ctx, pop, j, state, 0, partner, money, scratch.care);
          for (let back = pop.spellYears[j]!; back >= 1; back--) {
            const inCareHome = careHomeWeeks - back * WEEKS_PER_YEAR;
            const then = age - back;
            chargeBeforeStart(ctx, arms, care, back, state, inCareHome, then, scratch.totals);
          }
          pastCare = true;
        }
        if (pastCare) startFromArm0(arms);
      }
      // The arms' charging.
      if (charged) {
        if (arranged < 0) {
          arranged = keyBelow(key, ARRANGED_TAG, ctx.draws.councilArrangedShare) ? 1 : 0;
          comingForward = keyDraw(key, COMING_FORWARD_TAG);
        }
        const firstYearOfCare = arms[0]!.careWeeks === 0;
        // Onset is known from the first year of care on, and with it each arm's own cap.
        if (firstYearOfCare) setCaps(arms, ctx.arms, onset, t);
        chargeArmsYear(
          ctx,
          arms,
          careOf(ctx, pop, j, state, t, partner, money, scratch.care),
          weeks,
          careHomeWeeks,
          arranged === 1,
          drawBelow(comingForward, ctx.comingForward[t]!),
          t,
          age,
          scratch.totals,
          recorder,
          sampled,
        );
      } else if (sampled) {
        for (let a = 0; a < nArms; a++) recorder.sampleArm(a, arms[a]!, null);
      }
      if (dies) recorder.deathOf(pop, j, arms, armsReady, age);
    }
    // The career moves on a year.
    careHomeWeeks = careHome ? careHomeWeeks + WEEKS_PER_YEAR : 0;
    if (partner && partnerDied) {
      partner = false;
      // The survivor inherits the partner's half of joint savings (as in the population model).
      if (armsReady) addSavings(arms, toPence(pop.financialAssets[j]!));
      else inherited = true;
    }
    if (next === DEAD) break;
    // Entering a care home at 65 or over, a partner stays at home as often as for the stock.
    if (
      partner &&
      !careHome &&
      (next === RESIDENTIAL || next === NURSING) &&
      age >= 64 &&
      !keepsPartnerAtHome(key)
    )
      partner = false;
    state = next;
    age++;
  }
}

/** Sets up every arm with person `j`'s capital and `money` with their income and cost factors. */
function setUpMoney(
  arms: ArmState[],
  pop: Population,
  j: number,
  inherited: boolean,
  money: PersonMoney,
): true {
  const home = pop.ownsHome[j] ? toPence(pop.propertyValue[j]!) : 0;
  openArms(arms, toPence(pop.financialAssets[j]!), home, inherited);
  money.weeklyIncome = toPence(pop.income[j]!);
  money.costLevel = pop.careCost[j]!;
  money.costRatio = pop.youngOnset[j] === 1 ? WORKING_AGE_COST_RATIO : 1;
  money.homeCareCost = -1;
  money.careHomeCost = -1;
  return true;
}

/** The person's factor on care-home costs (`careHome`) or home-care costs. */
function costFactor(money: PersonMoney, careHome: boolean): number {
  if (careHome) {
    if (money.careHomeCost < 0)
      money.careHomeCost = careHomeFactor(money.costLevel) * money.costRatio;
    return money.careHomeCost;
  }
  if (money.homeCareCost < 0)
    money.homeCareCost = homeCareFactor(money.costLevel) * money.costRatio;
  return money.homeCareCost;
}

/** Person `j`'s care in `state` in year index `t` of the fee tables, written into `care`. */
function careOf(
  ctx: ReplicateContext,
  pop: Population,
  j: number,
  state: number,
  t: number,
  partner: boolean,
  money: PersonMoney,
  care: WeekOfCare,
): WeekOfCare {
  const k = (t * REGION_COUNT + pop.region[j]!) * STATES + state;
  const cost = costFactor(money, state === RESIDENTIAL || state === NURSING);
  care.setting = SETTING[state]!;
  care.weeklyFee = Math.round(ctx.selfFunderFee[k]! * cost);
  care.councilRate = Math.round(ctx.councilRate[k]! * cost);
  care.weeklyIncome = money.weeklyIncome;
  care.partnerAtHome = partner;
  return care;
}
