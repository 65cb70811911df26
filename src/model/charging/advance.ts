// Charges many weeks of the same care at once, jumping from event to event (the cap reached,
// capital crossing the upper limit or a tariff band, the property disregard ending). Because
// amounts are whole pence, the totals equal those of charging the weeks one by one exactly.
import type { ChargingRules } from './rules.ts';
import type { ChargingState, WeekOfCare } from './chargeWeek.ts';

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

/** Scratch totals for `advance`, reused across calls. */
const span = emptyTotals();

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

/**
 * Charges `weeks` weeks of `care`, updating `state` in place and writing the span's totals into
 * `out` (overwritten, not added to: the simulation's hot path, one call per arm and year of care).
 *
 * Each chunk is one week's charge exactly as `chargeWeek` computes it (the reference semantics;
 * a property test holds the two together), repeated for as many weeks as the charge stays the
 * same: until the cap is reached, capital crosses the upper limit or runs out, a tariff band that
 * changes the contribution is crossed, or the property disregard ends. Written out with locals,
 * not through `chargeWeek`, for speed.
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
  // What stays the same for every week of this care.
  const inCareHome = care.setting !== 'homeCare';
  const homeMayCount = inCareHome && !care.partnerAtHome;
  const higherForAnyCareHome = rules.higherLimitAppliesTo === 'careHome';
  const rate = Math.min(care.councilRate, care.weeklyFee);
  const marketFee = care.councilArranged ? rate : care.weeklyFee;
  const hasCap = cap !== null;
  const capPence = hasCap ? cap : 0;
  const dlc = inCareHome && hasCap ? Math.min(rules.dailyLivingCost, rate) : 0;
  const allowance = inCareHome ? rules.personalExpensesAllowance : rules.minimumIncomeGuarantee;
  const income = care.weeklyIncome;
  const lower = rules.lowerCapitalLimit;
  const band = rules.tariffBand;
  const disregardWeeks = rules.propertyDisregardWeeks;
  const meterAll = rules.councilContributionCounts;

  let financial = state.financial;
  let home = state.home;
  let account = state.careAccount;

  // Care at home, where the home never counts, three calls in five in a default run: when capital
  // is at or below the lower limit (no tariff income, nothing drawn), or stays above the upper
  // limit to the last week, every week of the span is charged the same until the cap is reached
  // (left to the loop below, as are the weeks after it and every other span).
  if (!inCareHome) {
    const ucl = rules.uclOtherwise;
    const selfFunding = financial > ucl;
    if (selfFunding || financial <= lower) {
      const weekFee = selfFunding ? marketFee : rate;
      const contribution = selfFunding ? rate : Math.min(rate, Math.max(0, income - allowance));
      const person = contribution + weekFee - rate;
      const counted = hasCap ? (meterAll ? rate : contribution) : 0;
      const drawn = Math.max(0, person - income);
      const stays = selfFunding ? financial - (weeks - 1) * drawn > ucl : drawn === 0;
      if (stays && (!hasCap || account + counted * weeks < capPence)) {
        let fromCapital = drawn * weeks;
        const fromFinancial = Math.min(fromCapital, financial);
        fromCapital -= fromFinancial;
        state.financial = financial - fromFinancial;
        state.home = Math.max(0, home - fromCapital);
        state.careAccount = account + counted * weeks;
        state.weeksInCareHome = 0;
        out.weeks = weeks;
        out.fee = weekFee * weeks;
        out.eligibleCost = rate * weeks;
        out.personPays = person * weeks;
        out.councilPays = (weekFee - person) * weeks;
        out.dailyLivingCosts = 0;
        out.topUp = (weekFee - rate) * weeks;
        out.countedTowardsCap = counted * weeks;
        out.councilAfterCap = 0;
        out.councilDlcSupport = 0;
        out.tariffIncome = 0;
        out.capitalDrawn = drawn * weeks;
        out.weeksAfterCap = 0;
        out.weeksSelfFunding = selfFunding ? weeks : 0;
        out.capReachedInWeek = null;
        out.personPaysAtCap = null;
        return out;
      }
    }
  }
  let weeksInCareHome = state.weeksInCareHome;
  let fee = 0;
  let eligibleCost = 0;
  let personPays = 0;
  let councilPays = 0;
  let dailyLivingCosts = 0;
  let topUp = 0;
  let countedTowardsCap = 0;
  let councilAfterCap = 0;
  let councilDlcSupport = 0;
  let tariffIncome = 0;
  let capitalDrawn = 0;
  let weeksAfterCap = 0;
  let weeksSelfFunding = 0;
  let capReachedAfter = -1;
  let personPaysAtCap = 0;

  let done = 0;
  while (done < weeks) {
    // One week's charge, as chargeWeek computes it.
    const homeCounted = homeMayCount && home > 0 && weeksInCareHome >= disregardWeeks;
    const assessed = homeCounted ? financial + home : financial;
    const upperLimit = (higherForAnyCareHome ? inCareHome : homeCounted)
      ? rules.uclHomeCounted
      : rules.uclOtherwise;
    const selfFunder = assessed > upperLimit;
    if (!selfFunder && assessed > lower && (!hasCap || account < capPence)) {
      // Spending capital down through the tariff bands (the 2021 reform's £20,000 to £100,000
      // holds 320 of them): while tariff income keeps the contribution below the council rate,
      // each band crossed changes the charge, every week or two. Charged band by band here with
      // only what a band changes, until the regime ends and the general step below takes over.
      const from = done;
      let a = assessed;
      let bands = Math.ceil((a - lower) / band);
      while (done < weeks) {
        const edge = lower + (bands - 1) * band;
        const bandTariff = bands * 100;
        const bandContribution = Math.min(rate, Math.max(0, income - allowance + bandTariff));
        const bandDrawn = bandContribution - income;
        if (bandContribution === rate || bandDrawn <= 0) break;
        const bandCounted = hasCap ? Math.max(0, (meterAll ? rate : bandContribution) - dlc) : 0;
        // Weeks until capital falls into the band below, within the span and the disregard.
        // (Divisions are slow and each band's waits on the last: a week or two is the rule.)
        const room = a - edge;
        let n = room <= bandDrawn ? 1 : room <= 2 * bandDrawn ? 2 : Math.ceil(room / bandDrawn);
        if (n > weeks - done) n = weeks - done;
        if (homeMayCount && home > 0 && weeksInCareHome < disregardWeeks) {
          n = Math.min(n, disregardWeeks - weeksInCareHome);
        }
        // Capital running out or the cap reached: left to the general step.
        if (financial + home < bandDrawn * n) break;
        if (hasCap && bandCounted * n >= capPence - account) break;
        let fromCapital = bandDrawn * n;
        const fromFinancial = Math.min(fromCapital, financial);
        financial -= fromFinancial;
        fromCapital -= fromFinancial;
        home = Math.max(0, home - fromCapital);
        account += bandCounted * n;
        weeksInCareHome = inCareHome ? weeksInCareHome + n : 0;
        const bandDlcPaid = Math.min(bandContribution, dlc);
        const bandCouncil = rate - bandContribution;
        fee += rate * n;
        eligibleCost += rate * n;
        personPays += bandContribution * n;
        councilPays += bandCouncil * n;
        dailyLivingCosts += bandDlcPaid * n;
        countedTowardsCap += bandCounted * n;
        councilDlcSupport += Math.min(bandCouncil, dlc - bandDlcPaid) * n;
        tariffIncome += bandTariff * n;
        capitalDrawn += bandDrawn * n;
        done += n;
        if ((homeMayCount && home > 0 && weeksInCareHome >= disregardWeeks) !== homeCounted) break;
        a = homeCounted ? financial + home : financial;
        if (a <= lower) break;
        while (a <= lower + (bands - 1) * band) bands--;
      }
      if (done > from) continue;
    }
    const weekFee = selfFunder ? marketFee : rate;
    const tariff = selfFunder || assessed <= lower ? 0 : Math.ceil((assessed - lower) / band) * 100;
    const contribution = selfFunder
      ? rate
      : Math.min(rate, Math.max(0, income - allowance + tariff));
    const premium = weekFee - rate;
    const dlcPaid = Math.min(contribution, dlc);
    const beforePerson = contribution + premium;
    const beforeCounted = hasCap
      ? Math.max(0, (meterAll ? rate : Math.min(rate, contribution)) - dlc)
      : 0;
    const remaining = hasCap ? Math.max(0, capPence - account) : Infinity;
    let person: number;
    let counted: number;
    let afterCap = false;
    let afterCapShare = 0;
    let crossesCap = false;
    if (remaining <= 0) {
      person = dlcPaid + premium;
      counted = 0;
      afterCap = true;
      afterCapShare = 1;
    } else if (beforeCounted <= remaining) {
      person = beforePerson;
      counted = beforeCounted;
    } else {
      // The cap is reached during this week: the fraction before it is charged as before.
      const f = remaining / beforeCounted;
      person = Math.round(f * beforePerson + (1 - f) * (dlcPaid + premium));
      counted = remaining;
      crossesCap = true;
      afterCapShare = 1 - f;
    }
    const council = weekFee - person;
    const dlcSupport = Math.min(council, dlc - dlcPaid);
    const councilCap =
      afterCapShare === 0
        ? 0
        : Math.min(council - dlcSupport, Math.round(afterCapShare * (rate - dlc)));
    const drawn = Math.max(0, person - income);

    // For how many weeks it stays exactly the same.
    let n = weeks - done;
    let tariffVaries = false;
    if (crossesCap) n = 1;
    else {
      if (homeMayCount && home > 0 && weeksInCareHome < disregardWeeks) {
        n = Math.min(n, disregardWeeks - weeksInCareHome);
      }
      if (drawn > 0) {
        // The regime holds while capital at the start of a week stays above the next threshold.
        if (assessed > upperLimit) {
          n = Math.min(n, Math.ceil((assessed - upperLimit) / drawn));
        } else if (assessed > lower) {
          // Tariff income changes with each band of capital. While the contribution is held at
          // the council rate it changes nothing else, so the charge holds down to the band
          // where income less allowance plus tariff would fall below the rate.
          const bands = tariff / 100;
          const keep =
            contribution === rate
              ? Math.min(bands - 1, Math.max(0, Math.ceil((rate - income + allowance) / 100) - 1))
              : bands - 1;
          n = Math.min(n, Math.ceil((assessed - (lower + keep * band)) / drawn));
          tariffVaries = keep < bands - 1;
        }
        // Capital cannot fall below zero: stop where it runs out.
        n = Math.min(n, Math.max(1, Math.ceil((financial + home) / drawn)));
      }
      // (Each bound is divided out only when it might bind: a multiplication is far cheaper.)
      if (hasCap && counted > 0 && capPence - account < counted * n) {
        n = Math.min(n, Math.floor((capPence - account) / counted));
      }
      if (n < 1) n = 1;
    }

    // Apply n weeks to the state (capital drawn from savings first, then the home) and totals.
    let fromCapital = drawn * n;
    const fromFinancial = Math.min(fromCapital, financial);
    financial -= fromFinancial;
    fromCapital -= fromFinancial;
    home = Math.max(0, home - fromCapital);
    account += counted * n;
    weeksInCareHome = inCareHome ? weeksInCareHome + n : 0;
    fee += weekFee * n;
    eligibleCost += rate * n;
    personPays += person * n;
    councilPays += council * n;
    dailyLivingCosts += dlcPaid * n;
    topUp += premium * n;
    countedTowardsCap += counted * n;
    councilAfterCap += councilCap * n;
    councilDlcSupport += dlcSupport * n;
    if (tariffVaries) {
      // The band of each week's capital, stepped down as capital falls (no division a week).
      let above = assessed - lower;
      let bands = tariff / 100;
      let sum = 0;
      for (let k = 0; k < n; k++) {
        sum += bands;
        above -= drawn;
        while (bands > 0 && above <= (bands - 1) * band) bands--;
      }
      tariffIncome += sum * 100;
    } else tariffIncome += tariff * n;
    capitalDrawn += drawn * n;
    if (afterCap) weeksAfterCap += n;
    else if (selfFunder) weeksSelfFunding += n;
    done += n;
    if (capReachedAfter < 0 && hasCap && counted > 0 && account >= capPence) {
      capReachedAfter = done;
      personPaysAtCap = personPays;
    }
  }

  state.financial = financial;
  state.home = home;
  state.careAccount = account;
  state.weeksInCareHome = weeksInCareHome;
  out.weeks = done;
  out.fee = fee;
  out.eligibleCost = eligibleCost;
  out.personPays = personPays;
  out.councilPays = councilPays;
  out.dailyLivingCosts = dailyLivingCosts;
  out.topUp = topUp;
  out.countedTowardsCap = countedTowardsCap;
  out.councilAfterCap = councilAfterCap;
  out.councilDlcSupport = councilDlcSupport;
  out.tariffIncome = tariffIncome;
  out.capitalDrawn = capitalDrawn;
  out.weeksAfterCap = weeksAfterCap;
  out.weeksSelfFunding = weeksSelfFunding;
  out.capReachedInWeek = capReachedAfter < 0 ? null : capReachedAfter;
  out.personPaysAtCap = capReachedAfter < 0 ? null : personPaysAtCap;
  return out;
}
