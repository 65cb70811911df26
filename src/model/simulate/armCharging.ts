// Each policy arm's money for one person: the arms' charging states, set up at the person's first
// year of care, and a year of care charged in every arm by the charging kernel. Careers are common
// to the arms (common random numbers); only the money differs.
import {
  chargeSpan,
  homeCounts,
  MigBand,
  migBand,
  pensionCreditAgeIn,
  personalCap,
  upperCapitalLimit,
  type ChargeTotals,
  type ChargingRules,
  type ChargingState,
  type WeekOfCare,
} from '../charging/index.ts';
import { PAST_YEARS, type ArmRules, type ReplicateContext } from './replicateContext.ts';
import { STATE_COUNT } from '../population/states.ts';
import type { Recorder } from './recorder.ts';

/** Per-arm running state of one person, reused from person to person. */
export interface ArmState extends ChargingState {
  paid: number;
  councilPaid: number;
  capitalDrawn: number;
  careWeeks: number;
  /** Care weeks before the cap was reached, or -1 while not reached. */
  weeksToCap: number;
  /** The person's own cap in this arm (pence, null for none), set in their first year of care. */
  cap: number | null;
  /** The age at which the person's needs began (their cap's young-onset scale). */
  onset: number;
  /** Year index whose cap `cap` and `careAccount` are in (uprated when a later year begins). */
  capYear: number;
  /**
   * Known to the council under a cap: assessed, so care counts towards the cap (a self-funder
   * once they come forward; anyone whose capital is within the means test at once).
   */
  assessed: boolean;
}

/**
 * Zero as V8 stores a double (−0 equals 0 in every sum and comparison here). Sums in pence can pass
 * 2³¹ (£21.5 m of savings); a field that starts as a small integer is compiled for small integers,
 * and the first larger sum would throw the compiled code away in every fresh worker.
 */
const PENCE_ZERO = -0;

export const newArmState = (): ArmState => ({
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
  onset: 0,
  capYear: 0,
  assessed: false,
});

/**
 * Gives every arm the person's capital (pence) at their first year of care, or at once for the
 * microdata sample. `inherited` adds the partner's half of joint savings, left earlier.
 */
export function openArms(
  arms: ArmState[],
  financial: number,
  home: number,
  inherited: boolean,
): void {
  for (let a = 0; a < arms.length; a++) {
    const st = arms[a]!;
    st.financial = financial;
    st.home = home;
    st.careAccount = 0;
    st.paid = 0;
    st.councilPaid = 0;
    st.capitalDrawn = 0;
    st.careWeeks = 0;
    st.weeksToCap = -1;
    st.assessed = false;
    // (Added, not multiplied: V8 compiles a product of small integers for small integers.)
    if (inherited) st.financial += financial;
  }
}

/** Adds savings (pence) to every arm: the partner's half of joint savings at their death. */
export function addSavings(arms: ArmState[], amount: number): void {
  for (let a = 0; a < arms.length; a++) arms[a]!.financial += amount;
}

/** Index of the rules of year index `t` and MIG band `band` in `ArmRules.byYearBand`. */
const yearBand = (t: number, band: number): number => t * 3 + band;

/**
 * Each arm's own cap once the age at which needs began is known (the first year of care, year
 * index `t`).
 */
export function setCaps(
  arms: ArmState[],
  rules: readonly ArmRules[],
  onset: number,
  t: number,
): void {
  for (let a = 0; a < arms.length; a++) {
    const st = arms[a]!;
    st.onset = onset;
    st.capYear = t;
    st.cap = personalCap(rules[a]!.byYearBand[yearBand(t, MigBand.pensionCreditAge)]!, onset);
  }
}

/**
 * A new year `t` of a person whose cap and care account are in year `st.capYear`'s terms: the cap
 * becomes year t's and the account is uprated with it (MODEL.md §3.4: kept in cash and uprated with
 * the cap each year), so a person at the cap stays at it.
 */
export function uprateCareAccount(arm: ArmRules, st: ArmState, t: number): void {
  const cap = personalCap(arm.byYearBand[yearBand(t, MigBand.pensionCreditAge)]!, st.onset);
  if (st.cap !== null && cap !== null) {
    if (st.careAccount >= st.cap) st.careAccount = cap;
    else
      st.careAccount = Math.round(
        (st.careAccount * arm.thresholdFactor[t]!) / arm.thresholdFactor[st.capYear]!,
      );
  }
  st.cap = cap;
  st.capYear = t;
}

/** Bit of chargeArmYear's result: the cap was reached this year. */
export const REACHED_CAP = 1;
/** Bit of chargeArmYear's result: the person was at the cap at some time this year. */
export const AT_CAP = 2;

/**
 * Charges `weeks` weeks of `care` in one arm, after `careHomeWeeks` weeks in a care home, into
 * `tot`; keeps the arm's running totals. Returns REACHED_CAP and AT_CAP bits (nothing allocated).
 */
export function chargeArmYear(
  rules: ChargingRules,
  st: ArmState,
  care: WeekOfCare,
  weeks: number,
  careHomeWeeks: number,
  tot: ChargeTotals,
  metered = true,
): number {
  st.weeksInCareHome = careHomeWeeks;
  // Care counts towards the cap only once the person is known to the council (`assessed`).
  const cap = metered ? st.cap : null;
  const wasAtCap = cap !== null && st.careAccount >= cap && st.careWeeks > 0;
  chargeSpan(rules, cap, st, care, weeks, tot);
  const reached = tot.capReachedInWeek !== null || (cap === 0 && st.careWeeks === 0);
  if (reached && st.weeksToCap < 0) st.weeksToCap = st.careWeeks + (tot.capReachedInWeek ?? 0);
  st.careWeeks += weeks;
  st.paid += tot.personPays;
  st.councilPaid += tot.councilPays;
  st.capitalDrawn += tot.capitalDrawn;
  return (reached ? REACHED_CAP : 0) | (reached || wasAtCap || tot.weeksAfterCap > 0 ? AT_CAP : 0);
}

const WEEKS_PER_YEAR = 52;

/**
 * A year of charged care in every arm (one call per person and year, so the loop over the arms
 * runs compiled as one piece): each arm charged by the kernel, the council's cost of care
 * accounts and assessments added under a cap, and what happened told to the recorder.
 * `arranged`: this self-funder asks the council to arrange care under a cap (s18(3)), once they
 * have come forward; `cameForward`: by this year the person has come forward for an assessment
 * (their care then counts towards a cap); `sampled`: the person is in the microdata sample
 * (recorder.samplePerson was told who).
 */
export function chargeArmsYear(
  ctx: ReplicateContext,
  arms: ArmState[],
  care: WeekOfCare,
  weeks: number,
  careHomeWeeks: number,
  arranged: boolean,
  cameForward: boolean,
  t: number,
  age: number,
  tot: ChargeTotals,
  recorder: Recorder,
  sampled: boolean,
): void {
  const costs = ctx.scenario.costs;
  const careHome = care.setting !== 'homeCare';
  const band = migBand(age, ctx.pensionCreditAge[t]!);
  for (let a = 0; a < arms.length; a++) {
    const arm = ctx.arms[a]!;
    const st = arms[a]!;
    const rules = arm.byYearBand[yearBand(t, band)]!;
    if (arm.uprated && st.capYear !== t) uprateCareAccount(arm, st, t);
    // Under a cap a self-funder's care counts only from their assessment: when they come
    // forward, or as soon as their capital falls within the means test (they then need the
    // council anyway) [M: judged at the start of the year].
    let assessedNow = false;
    if (arm.hasCap && !st.assessed) {
      assessedNow = cameForward || !selfFundingAtStart(rules, st, care, careHomeWeeks);
      st.assessed = assessedNow;
    }
    const metered = !arm.hasCap || st.assessed;
    care.councilArranged = arm.hasCap && metered && arranged;
    const flags = chargeArmYear(rules, st, care, weeks, careHomeWeeks, tot, metered);
    // Gross: what the council pays providers for care it arranges (every week but those a
    // self-funder buys their own care at the provider's fee).
    const gross = tot.fee - (care.councilArranged ? 0 : tot.weeksSelfFunding * care.weeklyFee);
    // Councils assess self-funders and keep their care accounts only under a cap.
    let admin = 0;
    if (arm.hasCap && metered && tot.weeksSelfFunding > 0) {
      admin = (costs.careAccountAdminPerYear * weeks) / WEEKS_PER_YEAR;
      if (assessedNow) admin += costs.assessmentCost;
    }
    recorder.armYear(a, t, age, tot, gross, admin, careHome, flags);
    if (sampled) recorder.sampleArm(a, st, tot);
  }
}

/** Whether capital at the start of the year is above the upper capital limit (pays in full). */
function selfFundingAtStart(
  rules: ChargingRules,
  st: ArmState,
  care: WeekOfCare,
  careHomeWeeks: number,
): boolean {
  const home = homeCounts(rules, care.setting, care.partnerAtHome, careHomeWeeks, st.home);
  const capital = st.financial + (home ? st.home : 0);
  return capital > upperCapitalLimit(rules, care.setting, home);
}

/**
 * A year of care `yearsBack` years before the start, paid under the current means test with no
 * cap (costs before the start never count towards one) at that year's real fees, in arm 0 alone,
 * after `weeksInCareHome` weeks in a care home. Nothing is recorded: the run starts from the
 * capital left (startFromArm0).
 */
export function chargeBeforeStart(
  ctx: ReplicateContext,
  arms: ArmState[],
  care: WeekOfCare,
  yearsBack: number,
  state: number,
  weeksInCareHome: number,
  age: number,
  scratch: ChargeTotals,
): void {
  const st = arms[0]!;
  const back = Math.min(yearsBack, PAST_YEARS);
  const ratio = yearsBack > 0 ? ctx.pastFeeRatio[(back - 1) * STATE_COUNT + state]! : 1;
  const fee = care.weeklyFee;
  const rate = care.councilRate;
  care.weeklyFee = Math.round(fee * ratio);
  care.councilRate = Math.round(rate * ratio);
  care.councilArranged = false;
  st.weeksInCareHome = Math.max(0, weeksInCareHome);
  const band = migBand(age, pensionCreditAgeIn(ctx.scenario.startYear - yearsBack));
  chargeSpan(ctx.pastRules[band]!, null, st, care, WEEKS_PER_YEAR, scratch);
  care.weeklyFee = fee;
  care.councilRate = rate;
}

/** Every arm starts the run with arm 0's money after the care before the start, and no account. */
export function startFromArm0(arms: ArmState[]): void {
  const st = arms[0]!;
  st.careAccount = 0;
  for (let a = 1; a < arms.length; a++) {
    arms[a]!.financial = st.financial;
    arms[a]!.home = st.home;
  }
}
