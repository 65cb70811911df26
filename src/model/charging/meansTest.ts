// The means test (MODEL.md §3 rule 3): above the upper capital limit the person pays the whole
// fee; otherwise the council arranges care at its rate and the person contributes from income
// above their allowance plus tariff income, never below zero nor above the council rate.
import type { Setting } from '../policy/index.ts';
import type { ChargingRules } from './rules.ts';
import { tariffIncome } from './tariffIncome.ts';

/**
 * Weekly contribution (pence) of a means-tested person towards care costing `councilRate`.
 * Allowance: personal expenses allowance in a care home, minimum income guarantee at home.
 */
export function assessedContribution(
  rules: ChargingRules,
  setting: Setting,
  capital: number,
  weeklyIncome: number,
  councilRate: number,
): number {
  const tariff = tariffIncome(capital, rules.lowerCapitalLimit, rules.tariffBand);
  return contributionWithTariff(rules, setting, tariff, weeklyIncome, councilRate);
}

/** The council rate metered for a week (pence): never more than the care actually costs. */
export function eligibleRate(care: { councilRate: number; weeklyFee: number }): number {
  return Math.min(care.councilRate, care.weeklyFee);
}

/**
 * The fee charged for a week (pence): a self-funder buying their own care pays the provider's
 * fee; the council arranges care at its rate, for a self-funder too when asked (s18(3)).
 */
export function feeCharged(
  selfFunder: boolean,
  care: { weeklyFee: number; councilArranged: boolean },
  rate: number,
): number {
  return selfFunder && !care.councilArranged ? care.weeklyFee : rate;
}

/**
 * What the person pays towards care at the council rate (pence): all of it above the upper
 * capital limit, else the means-tested contribution with its tariff income.
 */
export function weeklyContribution(
  rules: ChargingRules,
  setting: Setting,
  selfFunder: boolean,
  tariff: number,
  weeklyIncome: number,
  rate: number,
): number {
  return selfFunder ? rate : contributionWithTariff(rules, setting, tariff, weeklyIncome, rate);
}

/** The income a person keeps (pence a week): the PEA in a care home, the MIG at home. */
export function allowanceFor(rules: ChargingRules, setting: Setting): number {
  return setting === 'homeCare' ? rules.minimumIncomeGuarantee : rules.personalExpensesAllowance;
}

/**
 * Income (pence a week) a person has for paying towards care: what is above the PEA (care home)
 * or MIG (at home), which they live on (MODEL.md §3 rule 3: "that part of income is spent, not
 * saved"). Below the allowance, none: living costs beyond income are not modelled.
 */
export function disposableIncome(
  rules: ChargingRules,
  setting: Setting,
  weeklyIncome: number,
): number {
  return Math.max(0, weeklyIncome - allowanceFor(rules, setting));
}

/** `assessedContribution` when the tariff income (pence a week) is already known. */
export function contributionWithTariff(
  rules: ChargingRules,
  setting: Setting,
  tariff: number,
  weeklyIncome: number,
  councilRate: number,
): number {
  const allowance = allowanceFor(rules, setting);
  return Math.min(councilRate, Math.max(0, weeklyIncome - allowance + tariff));
}

/**
 * The least tariff income (pence a week, a whole number of pounds) at which the contribution
 * reaches the council rate: above it, spending capital down changes nothing the person pays.
 */
export function tariffForFullContribution(
  rules: ChargingRules,
  setting: Setting,
  weeklyIncome: number,
  councilRate: number,
): number {
  const short = councilRate - weeklyIncome + allowanceFor(rules, setting);
  return short <= 0 ? 0 : Math.ceil(short / 100) * 100;
}
