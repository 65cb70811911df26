// The individual calculator: one person, a sequence of care episodes, one policy → a ledger
// period by period and a summary (what the person and the council pay, when the cap is reached).
import type { Policy } from '../policy/index.ts';
import {
  advance,
  compileRulesByBand,
  emptyTotals,
  migBand,
  MigBand,
  pensionCreditAgeIn,
  personalCap,
  toPence,
  toPounds,
  type ChargingState,
  type WeekOfCare,
} from '../charging/index.ts';
import {
  personSchema,
  type CalculatorOutput,
  type CareEpisode,
  type LedgerRow,
  type PersonInput,
  type FundingStatus,
} from './schema.ts';
import { chargeWeek } from '../charging/chargeWeek.ts';

/** Weeks in a ledger period of one year (the brief's 52-week convention). */
export const WEEKS_PER_YEAR = 52;

export interface CalculatorOptions {
  /** Ledger rows per week (default) or per 52-week year. */
  period?: 'week' | 'year';
}

/** Capital the person holds (pence): financial capital plus the home still held. */
const wealth = (s: ChargingState): number => s.financial + s.home;

/**
 * Charges `care` (episodes in order) to `person` under `policy`.
 * Money in and out is in pounds at the policy's price year; no uprating.
 */
export function calculateCareAccount(
  policy: Policy,
  personInput: PersonInput,
  care: readonly CareEpisode[],
  options: CalculatorOptions = {},
): CalculatorOutput {
  const person = personSchema.parse(personInput);
  const rulesByBand = compileRulesByBand(policy);
  const cap = personalCap(
    rulesByBand[MigBand.pensionCreditAge]!,
    person.needsBeganAge ?? person.age,
  );
  // The MIG's age band moves on as the person ages (week k: age + k/52), at 25 and at the
  // pension-credit age of the policy's price year.
  const pensionAge = pensionCreditAgeIn(Number(policy.priceYear.slice(0, 4)));
  const bandAt = (week: number) => migBand(person.age + week / WEEKS_PER_YEAR, pensionAge);
  const weeksInBand = (week: number): number => {
    const band = bandAt(week);
    if (band === MigBand.pensionCreditAge) return Infinity;
    const until = band === MigBand.age18To24 ? 25 : pensionAge;
    return Math.max(1, Math.ceil((until - person.age) * WEEKS_PER_YEAR) - week);
  };
  const periodWeeks = options.period === 'year' ? WEEKS_PER_YEAR : 1;
  const state: ChargingState = {
    financial: toPence(person.capital),
    home: toPence(person.homeValue),
    careAccount: 0,
    weeksInCareHome: 0,
  };
  const ledger: LedgerRow[] = [];
  const all = emptyTotals();
  let weeksToCap: number | null = cap === 0 ? 0 : null;
  let personPaidToCap: number | null = cap === 0 ? 0 : null;

  // Flatten episodes into periods; a period may span two episodes.
  const weeksOfCare = care.map((e) => e.weeks);
  const totalWeeks = weeksOfCare.reduce((a, b) => a + b, 0);
  let episode = 0;
  let usedInEpisode = 0;
  for (let start = 0; start < totalWeeks; start += periodWeeks) {
    const length = Math.min(periodWeeks, totalWeeks - start);
    const t = emptyTotals();
    let first: {
      setting: CareEpisode['setting'];
      status: FundingStatus;
      homeCounted: boolean;
      assessed: number;
    } | null = null;
    let left = length;
    while (left > 0) {
      const e = care[episode]!;
      const week = weekOf(e, person);
      const weekIndex = start + length - left;
      const rules = rulesByBand[bandAt(weekIndex)]!;
      if (!first) {
        const w = chargeWeek(rules, cap, state, week);
        first = {
          setting: e.setting,
          status: w.status,
          homeCounted: w.homeCounted,
          assessed: w.assessedCapital,
        };
      }
      const n = Math.min(left, e.weeks - usedInEpisode, weeksInBand(weekIndex));
      advance(rules, cap, state, week, n, t);
      left -= n;
      usedInEpisode += n;
      if (usedInEpisode === e.weeks) {
        episode++;
        usedInEpisode = 0;
      }
    }
    if (t.capReachedInWeek !== null && weeksToCap === null) {
      weeksToCap = start + t.capReachedInWeek;
      personPaidToCap = all.personPays + (t.personPaysAtCap ?? 0);
    }
    addTotals(all, t);
    ledger.push({
      period: ledger.length + 1,
      startWeek: start + 1,
      weeks: length,
      setting: first!.setting,
      status: first!.status,
      capitalStart: toPounds(first!.assessed),
      capital: toPounds(wealth(state)),
      homeCounted: first!.homeCounted,
      tariffIncome: toPounds(t.tariffIncome),
      fee: toPounds(t.fee),
      eligibleCost: toPounds(t.eligibleCost),
      personPays: toPounds(t.personPays),
      councilPays: toPounds(t.councilPays),
      dailyLivingCosts: toPounds(t.dailyLivingCosts),
      topUp: toPounds(t.topUp),
      countedTowardsCap: toPounds(t.countedTowardsCap),
      careAccount: toPounds(state.careAccount),
      capReached: cap !== null && state.careAccount >= cap,
    });
  }
  return {
    policy: { id: policy.id, name: policy.name, priceYear: policy.priceYear },
    summary: {
      weeksToCap,
      capReached: weeksToCap !== null,
      cap: cap === null ? null : toPounds(cap),
      weeks: all.weeks,
      personPaid: toPounds(all.personPays),
      councilPaid: toPounds(all.councilPays),
      countedTowardsCap: toPounds(all.countedTowardsCap),
      dailyLivingCostsPaid: toPounds(all.dailyLivingCosts),
      topUpsPaid: toPounds(all.topUp),
      totalFees: toPounds(all.fee),
      capitalLeft: toPounds(wealth(state)),
      personPaidToCap: personPaidToCap === null ? null : toPounds(personPaidToCap),
    },
    ledger,
  };
}

function weekOf(e: CareEpisode, person: ReturnType<typeof personSchema.parse>): WeekOfCare {
  return {
    setting: e.setting,
    weeklyFee: toPence(e.weeklyFee),
    councilRate: toPence(e.councilRate),
    weeklyIncome: toPence(person.weeklyIncome),
    partnerAtHome: person.partnerAtHome,
    councilArranged: person.councilArranged,
  };
}

function addTotals(into: ReturnType<typeof emptyTotals>, t: ReturnType<typeof emptyTotals>): void {
  into.weeks += t.weeks;
  into.fee += t.fee;
  into.eligibleCost += t.eligibleCost;
  into.personPays += t.personPays;
  into.councilPays += t.councilPays;
  into.dailyLivingCosts += t.dailyLivingCosts;
  into.topUp += t.topUp;
  into.countedTowardsCap += t.countedTowardsCap;
  into.tariffIncome += t.tariffIncome;
  into.capitalDrawn += t.capitalDrawn;
}
