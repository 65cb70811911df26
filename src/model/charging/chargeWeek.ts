// One week of charging: who pays what for one week of care, given the person's state at the
// start of the week. Amounts in pence. The reference semantics every other routine must match.
import type { Setting } from '../policy/index.ts';
import type { ChargingRules } from './rules.ts';
import { homeCounts, upperCapitalLimit } from './capitalLimits.ts';
import { contributionWithTariff } from './meansTest.ts';
import { towardsCap } from './careAccount.ts';
import { tariffIncome } from './tariffIncome.ts';

/** A person's charging state (pence), changed only by `applyCharge`. */
export interface ChargingState {
  /** Financial capital. */
  financial: number;
  /** Value of the home still held. */
  home: number;
  /** Care account: what has counted towards the cap so far. */
  careAccount: number;
  /** Consecutive weeks in a care home (for the property disregard). */
  weeksInCareHome: number;
}

/** The care being received in a week and the person's circumstances (pence per week). */
export interface WeekOfCare {
  setting: Setting;
  /** Fee the provider charges a self-funder. */
  weeklyFee: number;
  /** What the council pays for the same eligible need. */
  councilRate: number;
  weeklyIncome: number;
  partnerAtHome: boolean;
  /** Self-funder has asked the council to arrange care (s18(3)): pays the council rate. */
  councilArranged: boolean;
}

export type Status = 'selfFunder' | 'meansTested' | 'afterCap';

/** One week's charge (pence). fee = personPays + councilPays always. */
export interface WeekCharge {
  status: Status;
  homeCounted: boolean;
  /** Capital assessed at the start of the week (financial + home if counted). */
  assessedCapital: number;
  /** The upper capital limit that applied. */
  upperLimit: number;
  tariffIncome: number;
  fee: number;
  eligibleCost: number;
  personPays: number;
  councilPays: number;
  /** Part of personPays that is daily living costs. */
  dailyLivingCosts: number;
  /** Part of personPays above the council rate (self-funder premium or top-up). */
  topUp: number;
  countedTowardsCap: number;
  /** Part of councilPays that is eligible care paid because the cap has been reached. */
  councilAfterCap: number;
  /** Part of councilPays that meets daily living costs the person cannot. */
  councilDlcSupport: number;
  /** Capital the person draws down: what they pay beyond their income. */
  capitalDrawn: number;
  /** True when the cap is reached part-way through this week. */
  crossesCap: boolean;
}

/**
 * Charges one week. `cap` is the person's own cap (pence, after young-onset rules) or null.
 * Before the cap the person pays the fee (self-funder) or their assessed contribution; after it
 * they pay only daily living costs (means-tested as before) and anything above the council rate.
 * A week in which the cap is reached is split exactly in proportion to what counts.
 */
export function chargeWeek(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
): WeekCharge {
  const inCareHome = care.setting !== 'homeCare';
  const homeCounted = homeCounts(
    rules,
    care.setting,
    care.partnerAtHome,
    state.weeksInCareHome,
    state.home,
  );
  const assessed = state.financial + (homeCounted ? state.home : 0);
  const upperLimit = upperCapitalLimit(rules, care.setting, homeCounted);
  const selfFunder = assessed > upperLimit;
  // The council never meters more than the care actually costs.
  const rate = Math.min(care.councilRate, care.weeklyFee);
  // A self-funder buys at the market fee; the council arranges at its own rate.
  const fee = selfFunder && !care.councilArranged ? care.weeklyFee : rate;
  const dlc = inCareHome && cap !== null ? Math.min(rules.dailyLivingCost, rate) : 0;
  const tariff = selfFunder ? 0 : tariffIncome(assessed, rules.lowerCapitalLimit, rules.tariffBand);
  const contribution = selfFunder
    ? rate
    : contributionWithTariff(rules, care.setting, tariff, care.weeklyIncome, rate);
  const premium = fee - rate;
  const dlcPaid = Math.min(contribution, dlc);

  // Before the cap the person pays the whole contribution (plus premium) and the part above DLC
  // may count; after it, daily living costs (means-tested) and the premium only.
  const beforePerson = contribution + premium;
  const beforeCounted = cap === null ? 0 : towardsCap(rules, rate, dlc, contribution);
  const afterPerson = dlcPaid + premium;

  const remaining = cap === null ? Infinity : Math.max(0, cap - state.careAccount);
  let person: number;
  let counted: number;
  let status: Status = selfFunder ? 'selfFunder' : 'meansTested';
  let crossesCap = false;
  let afterCapShare = 0;
  if (remaining <= 0) {
    person = afterPerson;
    counted = 0;
    status = 'afterCap';
    afterCapShare = 1;
  } else if (beforeCounted <= remaining) {
    person = beforePerson;
    counted = beforeCounted;
  } else {
    // The cap is reached during this week: the fraction before it is charged as before.
    const f = remaining / beforeCounted;
    person = Math.round(f * beforePerson + (1 - f) * afterPerson);
    counted = remaining;
    crossesCap = true;
    afterCapShare = 1 - f;
  }
  const councilPays = fee - person;
  const councilDlcSupport = Math.min(councilPays, dlc - dlcPaid);
  return {
    status,
    homeCounted,
    assessedCapital: assessed,
    upperLimit,
    tariffIncome: tariff,
    fee,
    eligibleCost: rate,
    personPays: person,
    councilPays,
    dailyLivingCosts: dlcPaid,
    topUp: premium,
    countedTowardsCap: counted,
    councilAfterCap: Math.min(
      councilPays - councilDlcSupport,
      Math.round(afterCapShare * (rate - dlc)),
    ),
    councilDlcSupport,
    capitalDrawn: Math.max(0, person - care.weeklyIncome),
    crossesCap,
  };
}
