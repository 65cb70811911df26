// Each policy arm's money for one person: the arms' charging states, set up at the person's first
// year of care, and a year of care charged in every arm by the charging kernel. Careers are common
// to the arms (common random numbers); only the money differs.
import {
  chargeSpan,
  migBand,
  pensionCreditAgeIn,
  personalCap,
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
    // (Added, not multiplied: V8 compiles a product of small integers for small integers.)
    if (inherited) st.financial += financial;
  }
}

/** Adds savings (pence) to every arm: the partner's half of joint savings at their death. */
export function addSavings(arms: ArmState[], amount: number): void {
  for (let a = 0; a < arms.length; a++) arms[a]!.financial += amount;
}

/** Each arm's own cap once the age at which needs began is known (the first year of care). */
export function setCaps(arms: ArmState[], rules: readonly ArmRules[], onset: number): void {
  for (let a = 0; a < arms.length; a++) arms[a]!.cap = personalCap(rules[a]!.rules, onset);
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
): number {
  st.weeksInCareHome = careHomeWeeks;
  const cap = st.cap;
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
 * `arranged`: this self-funder asks the council to arrange care under a cap (s18(3)); `sampled`:
 * the person is in the microdata sample (recorder.samplePerson was told who).
 */
export function chargeArmsYear(
  ctx: ReplicateContext,
  arms: ArmState[],
  care: WeekOfCare,
  weeks: number,
  careHomeWeeks: number,
  arranged: boolean,
  firstYearOfCare: boolean,
  t: number,
  w: number,
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
    care.councilArranged = arm.hasCap && arranged;
    const flags = chargeArmYear(arm.byBand[band]!, arms[a]!, care, weeks, careHomeWeeks, tot);
    // Gross: what the council pays providers for care it arranges (every week but those a
    // self-funder buys their own care at the provider's fee).
    const gross = tot.fee - (care.councilArranged ? 0 : tot.weeksSelfFunding * care.weeklyFee);
    // Councils assess self-funders and keep their care accounts only under a cap.
    let admin = 0;
    if (arm.hasCap && tot.weeksSelfFunding > 0) {
      admin = (costs.careAccountAdminPerYear * weeks) / WEEKS_PER_YEAR;
      if (firstYearOfCare) admin += costs.assessmentCost;
    }
    recorder.armYear(a, t, w, age, tot, gross, admin, careHome, flags);
    if (sampled) recorder.sampleArm(a, arms[a]!, tot);
  }
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
