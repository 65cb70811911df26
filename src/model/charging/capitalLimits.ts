// Which capital counts and which upper capital limit applies (MODEL.md §3 rule 2 and §2).
import type { Setting } from '../policy/index.ts';
import type { ChargingRules } from './rules.ts';

/**
 * Whether the home counts as capital this week: only in a care home, only after the first
 * `propertyDisregardWeeks` weeks of a permanent stay, and never while a partner (or a relative
 * 60+, or a dependent child) lives there. The home never counts for care at home.
 */
export function homeCounts(
  rules: ChargingRules,
  setting: Setting,
  partnerAtHome: boolean,
  weeksInCareHome: number,
  homeValue: number,
): boolean {
  return (
    setting !== 'homeCare' &&
    !partnerAtHome &&
    homeValue > 0 &&
    weeksInCareHome >= rules.propertyDisregardWeeks
  );
}

/**
 * The upper capital limit (pence) for this week. The higher limit applies when the home is
 * counted (Care Act 2014: £118,000) or to any care-home resident (Dilnot 2011: £100,000).
 */
export function upperCapitalLimit(
  rules: ChargingRules,
  setting: Setting,
  homeCounted: boolean,
): number {
  const higher = rules.higherLimitAppliesTo === 'careHome' ? setting !== 'homeCare' : homeCounted;
  return higher ? rules.uclHomeCounted : rules.uclOtherwise;
}
