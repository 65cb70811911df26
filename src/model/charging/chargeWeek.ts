// One week of charging: who pays what for one week of care, given the person's state at the
// start of the week. Amounts in pence. The reference semantics every other routine must match.
import type { Setting } from '../policy/index.ts';
import type { ChargingRules } from './rules.ts';
import { homeCounts, upperCapitalLimit } from './capitalLimits.ts';
import { disposableIncome, eligibleRate, feeCharged, weeklyContribution } from './meansTest.ts';
import { towardsCap } from './careAccount.ts';
import { tariffIncome } from './tariffIncome.ts';
import { councilDlcSupport, dailyLivingCost, dailyLivingCostsPaid } from './dailyLivingCosts.ts';
import { capitalDrawn } from './applyCharge.ts';

/** A person's charging state (pence), changed only by `applyCharge` (applyCharge.ts). */
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
  /** What the means test asks the person to pay towards care at the council rate. */
  contribution: number;
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

/** A blank week's charge, to be filled by `chargeWeek`. */
export const newWeekCharge = (): WeekCharge => ({
  status: 'meansTested',
  homeCounted: false,
  assessedCapital: 0,
  upperLimit: 0,
  tariffIncome: 0,
  contribution: 0,
  fee: 0,
  eligibleCost: 0,
  personPays: 0,
  councilPays: 0,
  dailyLivingCosts: 0,
  topUp: 0,
  countedTowardsCap: 0,
  councilAfterCap: 0,
  councilDlcSupport: 0,
  capitalDrawn: 0,
  crossesCap: false,
});

/**
 * Charges one week, from the rule functions of this folder. `cap` is the person's own cap (pence,
 * after young-onset rules) or null. Before the cap the person pays the fee (self-funder) or their
 * assessed contribution; after it they pay only daily living costs (means-tested as before) and
 * anything above the council rate. A week in which the cap is reached is split exactly in
 * proportion to what counts. Writes into `out` (the simulation reuses one) and returns it.
 */
export function chargeWeek(
  rules: ChargingRules,
  cap: number | null,
  state: ChargingState,
  care: WeekOfCare,
  out: WeekCharge = newWeekCharge(),
): WeekCharge {
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
  const rate = eligibleRate(care);
  const fee = feeCharged(selfFunder, care, rate);
  const dlc = dailyLivingCost(rules, cap, care.setting, rate);
  const tariff = selfFunder ? 0 : tariffIncome(assessed, rules.lowerCapitalLimit, rules.tariffBand);
  const contribution = weeklyContribution(
    rules,
    care.setting,
    selfFunder,
    tariff,
    care.weeklyIncome,
    rate,
  );
  const premium = fee - rate;
  const dlcPaid = dailyLivingCostsPaid(contribution, dlc);

  // Before the cap the person pays the whole contribution (plus premium) and the part above DLC
  // may count; after it, daily living costs (means-tested) and the premium only.
  const beforePerson = contribution + premium;
  const beforeCounted = cap === null ? 0 : towardsCap(rules, rate, dlc, contribution);
  const afterPerson = dlcPaid + premium;

  let person = beforePerson;
  let counted = beforeCounted;
  let status: Status = selfFunder ? 'selfFunder' : 'meansTested';
  let crossesCap = false;
  // Share of the week's eligible care the council pays because the cap has been reached.
  let afterCapShare = 0;
  if (cap !== null) {
    const remaining = cap - state.careAccount;
    if (remaining <= 0) {
      person = afterPerson;
      counted = 0;
      status = 'afterCap';
      afterCapShare = 1;
    } else if (beforeCounted > remaining) {
      // The cap is reached during this week: the fraction before it is charged as before.
      // (Weekly amounts fit in 32 bits, so `| 0` keeps them integers for the compiler.)
      const f = remaining / beforeCounted;
      person = Math.round(f * beforePerson + (1 - f) * afterPerson) | 0;
      counted = remaining;
      crossesCap = true;
      afterCapShare = 1 - f;
    }
  }
  const councilPays = fee - person;
  const dlcSupport = councilDlcSupport(councilPays, dlc, dlcPaid);
  out.status = status;
  out.homeCounted = homeCounted;
  out.assessedCapital = assessed;
  out.upperLimit = upperLimit;
  out.tariffIncome = tariff;
  out.contribution = contribution;
  out.fee = fee;
  out.eligibleCost = rate;
  out.personPays = person;
  out.councilPays = councilPays;
  out.dailyLivingCosts = dlcPaid;
  out.topUp = premium;
  out.countedTowardsCap = counted;
  out.councilAfterCap =
    afterCapShare === 0
      ? 0
      : afterCapShare === 1
        ? Math.min(councilPays - dlcSupport, rate - dlc)
        : Math.min(councilPays - dlcSupport, Math.round(afterCapShare * (rate - dlc)) | 0);
  out.councilDlcSupport = dlcSupport;
  out.capitalDrawn = capitalDrawn(person, disposableIncome(rules, care.setting, care.weeklyIncome));
  out.crossesCap = crossesCap;
  return out;
}
