// Daily living costs (MODEL.md §3 rules 4–5): under a cap, a care-home resident pays a fixed
// weekly amount for living costs that never counts towards the cap and stays payable after it,
// means-tested like the rest of the charge (the council meets what the person cannot).
import type { Setting } from '../policy/index.ts';
import type { ChargingRules } from './rules.ts';

/**
 * The week's daily living costs (pence): only in a care home, only under a cap (without one
 * nothing is metered), and never more than the council rate.
 */
export function dailyLivingCost(
  rules: ChargingRules,
  cap: number | null,
  setting: Setting,
  councilRate: number,
): number {
  return setting !== 'homeCare' && cap !== null ? Math.min(rules.dailyLivingCost, councilRate) : 0;
}

/** The part of the person's contribution (pence) that pays daily living costs. */
export function dailyLivingCostsPaid(contribution: number, dailyLivingCost: number): number {
  return Math.min(contribution, dailyLivingCost);
}

/** What the council pays (pence) towards daily living costs the person's contribution does not cover. */
export function councilDlcSupport(
  councilPays: number,
  dailyLivingCost: number,
  paidByPerson: number,
): number {
  return Math.min(councilPays, dailyLivingCost - paidByPerson);
}
