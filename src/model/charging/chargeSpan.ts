// Charges many weeks of the same care at once. Every charge comes from the rule functions of
// this folder; this file decides for how many weeks a charge holds (until the cap is reached,
// the property disregard ends, or capital crosses the upper limit, a tariff band that changes
// the contribution, or runs out). The general step asks chargeWeek, the calculator's week, for
// the charge; two regimes that cover most of a population's weeks are charged from the same
// rule functions without chargeWeek's whole week (steady care at home, and capital spent down
// through tariff bands), for speed (figures in docs/performance.md). Amounts are whole pence, so
// the totals equal those of charging the weeks one by one with chargeWeek, exactly:
// property-tested (test/model/charging/chargeSpan.test.ts).
import type { ChargingRules } from './rules.ts';
import {
  chargeWeek,
  newWeekCharge,
  type ChargingState,
  type WeekCharge,
  type WeekOfCare,
} from './chargeWeek.ts';
import { applyCharge, capitalDrawn } from './applyCharge.ts';
import { homeCounts, upperCapitalLimit } from './capitalLimits.ts';
import {
  contributionWithTariff,
  disposableIncome,
  eligibleRate,
  feeCharged,
  tariffForFullContribution,
  weeklyContribution,
} from './meansTest.ts';
import { capitalAtTariff, tariffIncomeOver } from './tariffIncome.ts';
import { towardsCap } from './careAccount.ts';
import { councilDlcSupport, dailyLivingCost, dailyLivingCostsPaid } from './dailyLivingCosts.ts';

/** Totals over a span of weeks (pence). */
export interface ChargeTotals {
  weeks: number;
  fee: number;
  eligibleCost: number;
  personPays: number;
  councilPays: number;
  dailyLivingCosts: number;
  topUp: number;
  countedTowardsCap: number;
  /** Part of councilPays for eligible care after the cap. */
  councilAfterCap: number;
  /** Part of councilPays meeting daily living costs. */
  councilDlcSupport: number;
  tariffIncome: number;
  capitalDrawn: number;
  /** Weeks after the cap was reached (council pays eligible care). */
  weeksAfterCap: number;
  /** Weeks in which the person paid the full fee (capital above the upper limit). */
  weeksSelfFunding: number;
  /** Week within the span (1-based) in which the cap was reached, or null. */
  capReachedInWeek: number | null;
  /** personPays up to and including the week the cap was reached, or null. */
  personPaysAtCap: number | null;
}

export function emptyTotals(): ChargeTotals {
  return {
    weeks: 0,
    fee: 0,
    eligibleCost: 0,
    personPays: 0,
    councilPays: 0,
    dailyLivingCosts: 0,
    topUp: 0,
    countedTowardsCap: 0,
    councilAfterCap: 0,
    councilDlcSupport: 0,
    tariffIncome: 0,
    capitalDrawn: 0,
    weeksAfterCap: 0,
    weeksSelfFunding: 0,
    capReachedInWeek: null,
    personPaysAtCap: null,
  };
}

/** Adds `weeks` weeks of one charge to `t` (tariff income given separately: it may vary). */
function addCharge(t: ChargeTotals, c: WeekCharge, weeks: number, tariffIncome: number): void {
  t.weeks += weeks;
  t.fee += c.fee * weeks;
  t.eligibleCost += c.eligibleCost * weeks;
  t.personPays += c.personPays * weeks;
  t.councilPays += c.councilPays * weeks;
  t.dailyLivingCosts += c.dailyLivingCosts * weeks;
  t.topUp += c.topUp * weeks;
  t.countedTowardsCap += c.countedTowardsCap * weeks;
  t.councilAfterCap += c.councilAfterCap * weeks;
  t.councilDlcSupport += c.councilDlcSupport * weeks;
  t.tariffIncome += tariffIncome;
  t.capitalDrawn += c.capitalDrawn * weeks;
  if (c.status === 'afterCap') t.weeksAfterCap += weeks;
  else if (c.status === 'selfFunder') t.weeksSelfFunding += weeks;
}

/** Sets `t` to `weeks` weeks of one charge: the span's first charge, and in most spans its only one. */
function setCharge(t: ChargeTotals, c: WeekCharge, weeks: number, tariffIncome: number): void {
  t.weeks = weeks;
  t.fee = c.fee * weeks;
  t.eligibleCost = c.eligibleCost * weeks;
  t.personPays = c.personPays * weeks;
  t.councilPays = c.councilPays * weeks;
  t.dailyLivingCosts = c.dailyLivingCosts * weeks;
  t.topUp = c.topUp * weeks;
  t.countedTowardsCap = c.countedTowardsCap * weeks;
  t.councilAfterCap = c.councilAfterCap * weeks;
  t.councilDlcSupport = c.councilDlcSupport * weeks;
  t.tariffIncome = tariffIncome;
  t.capitalDrawn = c.capitalDrawn * weeks;
  t.weeksAfterCap = c.status === 'afterCap' ? weeks : 0;
  t.weeksSelfFunding = c.status === 'selfFunder' ? weeks : 0;
  t.capReachedInWeek = null;
  t.personPaysAtCap = null;
}

/**
 * For how many weeks, from this one, the person pays exactly `c` again (at least 1, at most
 * `maxWeeks`); only the tariff income may vary, while the contribution is held at the council
 * rate. `c` is this week's charge of `state` and `care`.
 */
export function weeksHeld(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  c: WeekCharge,
  maxWeeks: number,
): number {
  if (c.crossesCap) return 1;
  let n = maxWeeks;
  // The home starts to count when the property disregard ends.
  const disregard = rules.propertyDisregardWeeks;
  if (
    !c.homeCounted &&
    state.weeksInCareHome < disregard &&
    homeCounts(rules, care.setting, care.partnerAtHome, disregard, state.home)
  ) {
    n = Math.min(n, disregard - state.weeksInCareHome);
  }
  const drawn = c.capitalDrawn;
  if (drawn > 0) {
    // Capital falls by `drawn` a week; the charge changes once it is at or below `floor`.
    const assessed = c.assessedCapital;
    const lower = rules.lowerCapitalLimit;
    let floor = -1;
    if (assessed > c.upperLimit) floor = c.upperLimit;
    else if (assessed > lower) {
      // Each band of tariff income changes the contribution, unless it is held at the council
      // rate: then the charge holds down to the band where it would fall below the rate.
      let floorTariff = c.tariffIncome - 100;
      if (c.contribution === c.eligibleCost) {
        const full = tariffForFullContribution(
          rules,
          care.setting,
          care.weeklyIncome,
          c.eligibleCost,
        );
        floorTariff = Math.min(floorTariff, Math.max(0, full - 100));
      }
      floor = capitalAtTariff(floorTariff, lower, rules.tariffBand);
    }
    if (floor >= 0) {
      const room = assessed - floor;
      // (A week or two is the rule while capital is spent down through the tariff bands: no
      // division for those.)
      const held = room <= drawn ? 1 : room <= 2 * drawn ? 2 : Math.ceil(room / drawn);
      if (held < n) n = held;
    }
    // Capital cannot fall below zero: stop where it runs out.
    const capital = state.financial + state.home;
    if (capital < drawn * n) n = Math.min(n, Math.max(1, Math.ceil(capital / drawn)));
  }
  // The cap reached at the end of a week: the next week is charged after the cap.
  const counted = c.countedTowardsCap;
  if (cap !== null && counted > 0 && cap - state.careAccount < counted * n) {
    n = Math.min(n, Math.floor((cap - state.careAccount) / counted));
  }
  return n < 1 ? 1 : n;
}

/** Scratch week's charge for chargeSpan, reused across calls (the simulation's hot path). */
const week = newWeekCharge();

/**
 * Charges `weeks` weeks of `care`, updating `state` in place and writing the span's totals into
 * `out` (overwritten, not added to: one call per arm and year of care in the simulation).
 * @param cap the person's own cap (pence) or null for no cap
 */
export function chargeSpan(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  weeks: number,
  out: ChargeTotals,
): ChargeTotals {
  const inCareHome = care.setting !== 'homeCare';
  if (!inCareHome && weeks > 0 && chargeSteadyHomeCare(rules, cap, state, care, weeks, out)) {
    return out;
  }
  let done = 0;
  if (weeks <= 0) setCharge(out, week, 0, 0);
  while (done < weeks) {
    const c = chargeWeek(rules, cap, state, care, week);
    const n = weeksHeld(rules, cap, state, care, c, weeks - done);
    const tariff =
      n > 1 && c.tariffIncome > 0 && c.capitalDrawn > 0
        ? tariffIncomeOver(
            c.assessedCapital,
            rules.lowerCapitalLimit,
            rules.tariffBand,
            c.capitalDrawn,
            n,
          )
        : c.tariffIncome * n;
    if (done === 0) setCharge(out, c, n, tariff);
    else addCharge(out, c, n, tariff);
    applyCharge(state, c.capitalDrawn, c.countedTowardsCap, n, inCareHome);
    done += n;
    if (
      out.capReachedInWeek === null &&
      cap !== null &&
      c.countedTowardsCap > 0 &&
      state.careAccount >= cap
    ) {
      out.capReachedInWeek = done;
      out.personPaysAtCap = out.personPays;
    }
    if (
      done < weeks &&
      c.status === 'meansTested' &&
      c.capitalDrawn > 0 &&
      c.contribution < c.eligibleCost &&
      c.assessedCapital > rules.lowerCapitalLimit
    ) {
      done += chargeTariffBands(rules, cap, state, care, c, weeks - done, out);
    }
  }
  return out;
}

/**
 * Care at home with capital at or below the lower limit, or above the upper limit for the whole
 * span (three spans in five in a default run): no tariff income and no home counted, so every
 * week is the same charge until the cap is reached. Charges the span from the rule functions and
 * returns true, or returns false (charging nothing) where the charge would change within it.
 */
function chargeSteadyHomeCare(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  weeks: number,
  out: ChargeTotals,
): boolean {
  const financial = state.financial;
  const ucl = upperCapitalLimit(rules, 'homeCare', false);
  const selfFunder = financial > ucl;
  if (!selfFunder && financial > rules.lowerCapitalLimit) return false;
  const rate = eligibleRate(care);
  const fee = feeCharged(selfFunder, care, rate);
  const income = care.weeklyIncome;
  const contribution = weeklyContribution(rules, 'homeCare', selfFunder, 0, income, rate);
  const person = contribution + fee - rate;
  const counted = cap === null ? 0 : towardsCap(rules, rate, 0, contribution);
  const drawn = capitalDrawn(person, disposableIncome(rules, 'homeCare', income));
  const stays = selfFunder ? financial - (weeks - 1) * drawn > ucl : drawn === 0;
  if (!stays || (cap !== null && state.careAccount + counted * weeks >= cap)) return false;
  applyCharge(state, drawn, counted, weeks, false);
  out.weeks = weeks;
  out.fee = fee * weeks;
  out.eligibleCost = rate * weeks;
  out.personPays = person * weeks;
  out.councilPays = (fee - person) * weeks;
  out.dailyLivingCosts = 0;
  out.topUp = (fee - rate) * weeks;
  out.countedTowardsCap = counted * weeks;
  out.councilAfterCap = 0;
  out.councilDlcSupport = 0;
  out.tariffIncome = 0;
  out.capitalDrawn = drawn * weeks;
  out.weeksAfterCap = 0;
  out.weeksSelfFunding = selfFunder ? weeks : 0;
  out.capReachedInWeek = null;
  out.personPaysAtCap = null;
  return true;
}

/**
 * Capital spent down through the tariff bands (the 2021 reform's £20,000 to £100,000 holds 320 of
 * them): each band lowers the contribution by £1 a week, every week or two. After a week charged
 * as `c` (means-tested, before the cap, contribution below the council rate), charges band after
 * band while only the band changes, each band's charge from the same rule functions chargeWeek
 * uses (tariff bands stepped down without a division on the common path). Stops, leaving the
 * rest to chargeWeek, where anything else would change: the cap, the disregard, capital running
 * out or reaching the lower limit. Returns the weeks charged, adding to `out`.
 */
function chargeTariffBands(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  c: WeekCharge,
  weeks: number,
  out: ChargeTotals,
): number {
  const setting = care.setting;
  const inCareHome = setting !== 'homeCare';
  const income = care.weeklyIncome;
  const rate = c.eligibleCost;
  const dlc = dailyLivingCost(rules, cap, setting, rate);
  const lower = rules.lowerCapitalLimit;
  const band = rules.tariffBand;
  const disregard = rules.propertyDisregardWeeks;
  const homeCounted = c.homeCounted;
  const disposable = disposableIncome(rules, setting, income);
  let tariff = c.tariffIncome;
  let done = 0;
  // The span's sums, kept in locals and added to `out` once.
  let paid = 0;
  let council = 0;
  let dlcPaidSum = 0;
  let countedSum = 0;
  let dlcSupport = 0;
  let tariffSum = 0;
  let drawnSum = 0;
  let feeSum = 0;
  while (done < weeks) {
    const assessed = homeCounted ? state.financial + state.home : state.financial;
    if (assessed <= lower) break;
    if (
      homeCounts(rules, setting, care.partnerAtHome, state.weeksInCareHome, state.home) !==
      homeCounted
    )
      break;
    // The band's floor: the most capital whose tariff income is a band lower.
    let floor = capitalAtTariff(tariff - 100, lower, band);
    while (assessed <= floor) {
      tariff -= 100;
      floor = capitalAtTariff(tariff - 100, lower, band);
    }
    const contribution = contributionWithTariff(rules, setting, tariff, income, rate);
    const drawn = capitalDrawn(contribution, disposable);
    if (contribution >= rate || drawn <= 0) break;
    const counted = cap === null ? 0 : towardsCap(rules, rate, dlc, contribution);
    // Weeks until capital falls into the band below (a week or two is the rule: no division).
    const room = assessed - floor;
    let n = room <= drawn ? 1 : room <= 2 * drawn ? 2 : Math.ceil(room / drawn);
    if (n > weeks - done) n = weeks - done;
    if (
      !homeCounted &&
      state.weeksInCareHome < disregard &&
      homeCounts(rules, setting, care.partnerAtHome, disregard, state.home)
    )
      n = Math.min(n, disregard - state.weeksInCareHome);
    // Capital running out, or the cap reached: left to chargeWeek.
    if (state.financial + state.home < drawn * n) break;
    if (cap !== null && counted * n >= cap - state.careAccount) break;
    const dlcPaid = dailyLivingCostsPaid(contribution, dlc);
    const councilPays = rate - contribution;
    feeSum += rate * n;
    paid += contribution * n;
    council += councilPays * n;
    dlcPaidSum += dlcPaid * n;
    countedSum += counted * n;
    dlcSupport += councilDlcSupport(councilPays, dlc, dlcPaid) * n;
    tariffSum += tariff * n;
    drawnSum += drawn * n;
    applyCharge(state, drawn, counted, n, inCareHome);
    done += n;
  }
  out.weeks += done;
  out.fee += feeSum;
  out.eligibleCost += feeSum;
  out.personPays += paid;
  out.councilPays += council;
  out.dailyLivingCosts += dlcPaidSum;
  out.countedTowardsCap += countedSum;
  out.councilDlcSupport += dlcSupport;
  out.tariffIncome += tariffSum;
  out.capitalDrawn += drawnSum;
  return done;
}

/** Scratch totals for `advance`, reused across calls. */
const span = emptyTotals();

/**
 * Charges `weeks` weeks of `care`, updating `state` in place and adding to `totals` (the
 * calculator's ledger adds period by period).
 * @param cap the person's own cap (pence) or null for no cap
 */
export function advance(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  weeks: number,
  totals: ChargeTotals = emptyTotals(),
): ChargeTotals {
  const t = chargeSpan(rules, cap, state, care, weeks, span);
  if (totals.capReachedInWeek === null && t.capReachedInWeek !== null) {
    totals.capReachedInWeek = totals.weeks + t.capReachedInWeek;
    totals.personPaysAtCap = totals.personPays + t.personPaysAtCap!;
  }
  totals.weeks += t.weeks;
  totals.fee += t.fee;
  totals.eligibleCost += t.eligibleCost;
  totals.personPays += t.personPays;
  totals.councilPays += t.councilPays;
  totals.dailyLivingCosts += t.dailyLivingCosts;
  totals.topUp += t.topUp;
  totals.countedTowardsCap += t.countedTowardsCap;
  totals.councilAfterCap += t.councilAfterCap;
  totals.councilDlcSupport += t.councilDlcSupport;
  totals.tariffIncome += t.tariffIncome;
  totals.capitalDrawn += t.capitalDrawn;
  totals.weeksAfterCap += t.weeksAfterCap;
  totals.weeksSelfFunding += t.weeksSelfFunding;
  return totals;
}
