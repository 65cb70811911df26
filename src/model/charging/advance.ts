// Charges many weeks of the same care at once, jumping from event to event (the cap reached,
// capital crossing the upper limit or a tariff band, the property disregard ending). Because
// amounts are whole pence, the totals equal those of charging the weeks one by one exactly.
import type { ChargingRules } from './rules.ts';
import {
  chargeWeekInto,
  newWeekCharge,
  type ChargingState,
  type WeekCharge,
  type WeekOfCare,
} from './chargeWeek.ts';

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

/** Zeroes a totals object in place (reused by the simulation's hot path). */
export function resetTotals(t: ChargeTotals): ChargeTotals {
  t.weeks = 0;
  t.fee = 0;
  t.eligibleCost = 0;
  t.personPays = 0;
  t.councilPays = 0;
  t.dailyLivingCosts = 0;
  t.topUp = 0;
  t.countedTowardsCap = 0;
  t.councilAfterCap = 0;
  t.councilDlcSupport = 0;
  t.tariffIncome = 0;
  t.capitalDrawn = 0;
  t.weeksAfterCap = 0;
  t.weeksSelfFunding = 0;
  t.capReachedInWeek = null;
  t.personPaysAtCap = null;
  return t;
}

/** Scratch space for `advance`, reused across calls. */
const scratch = newWeekCharge();

/** How many weeks from now the charge `w` stays exactly the same (at least 1). */
function weeksUnchanged(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  w: WeekCharge,
  limit: number,
): number {
  let n = limit;
  if (w.crossesCap) return 1;
  if (
    care.setting !== 'homeCare' &&
    !care.partnerAtHome &&
    state.home > 0 &&
    state.weeksInCareHome < rules.propertyDisregardWeeks
  ) {
    n = Math.min(n, rules.propertyDisregardWeeks - state.weeksInCareHome);
  }
  const d = w.capitalDrawn;
  if (d > 0) {
    const a = w.assessedCapital;
    // Regime holds while capital at the start of a week stays above the next threshold.
    let threshold = -Infinity;
    if (a > w.upperLimit) threshold = w.upperLimit;
    else if (a > rules.lowerCapitalLimit) {
      const bands = Math.ceil((a - rules.lowerCapitalLimit) / rules.tariffBand);
      threshold = rules.lowerCapitalLimit + (bands - 1) * rules.tariffBand;
    }
    if (threshold > -Infinity) n = Math.min(n, Math.ceil((a - threshold) / d));
    // Capital cannot fall below zero: stop where it runs out.
    n = Math.min(n, Math.max(1, Math.ceil((state.financial + state.home) / d)));
  }
  if (cap !== null && w.countedTowardsCap > 0) {
    n = Math.min(n, Math.floor((cap - state.careAccount) / w.countedTowardsCap));
  }
  return Math.max(1, n);
}

/** Applies `n` weeks of charge `w` to the state. */
function applyCharge(state: ChargingState, care: WeekOfCare, w: WeekCharge, n: number): void {
  let drawn = w.capitalDrawn * n;
  const fromFinancial = Math.min(drawn, state.financial);
  state.financial -= fromFinancial;
  drawn -= fromFinancial;
  state.home = Math.max(0, state.home - drawn);
  state.careAccount += w.countedTowardsCap * n;
  state.weeksInCareHome = care.setting === 'homeCare' ? 0 : state.weeksInCareHome + n;
}

/**
 * Charges `weeks` weeks of `care`, updating `state` in place and adding to `totals`.
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
  let done = 0;
  while (done < weeks) {
    const w = chargeWeekInto(rules, cap, state, care, scratch);
    const n = weeksUnchanged(rules, cap, state, care, w, weeks - done);
    applyCharge(state, care, w, n);
    totals.weeks += n;
    totals.fee += w.fee * n;
    totals.eligibleCost += w.eligibleCost * n;
    totals.personPays += w.personPays * n;
    totals.councilPays += w.councilPays * n;
    totals.dailyLivingCosts += w.dailyLivingCosts * n;
    totals.topUp += w.topUp * n;
    totals.countedTowardsCap += w.countedTowardsCap * n;
    totals.councilAfterCap += w.councilAfterCap * n;
    totals.councilDlcSupport += w.councilDlcSupport * n;
    totals.tariffIncome += w.tariffIncome * n;
    totals.capitalDrawn += w.capitalDrawn * n;
    if (w.status === 'afterCap') totals.weeksAfterCap += n;
    if (w.status === 'selfFunder') totals.weeksSelfFunding += n;
    done += n;
    if (
      totals.capReachedInWeek === null &&
      cap !== null &&
      w.countedTowardsCap > 0 &&
      state.careAccount >= cap
    ) {
      totals.capReachedInWeek = totals.weeks;
      totals.personPaysAtCap = totals.personPays;
    }
  }
  return totals;
}
