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

/** `assessedContribution` when the tariff income (pence a week) is already known. */
export function contributionWithTariff(
  rules: ChargingRules,
  setting: Setting,
  tariff: number,
  weeklyIncome: number,
  councilRate: number,
): number {
  const allowance =
    setting === 'homeCare' ? rules.minimumIncomeGuarantee : rules.personalExpensesAllowance;
  return Math.min(councilRate, Math.max(0, weeklyIncome - allowance + tariff));
}
