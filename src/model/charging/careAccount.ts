// The care account: a person's own cap after young-onset rules, and what counts towards it
// (MODEL.md §3 rule 4; Dilnot 2011 and Care Act 2014 meter all eligible care at the council
// rate; the Nov 2021 amendment meters only the person's own contribution).
import type { ChargingRules } from './rules.ts';

/**
 * Age from which needs are not young onset: the full cap applies (Dilnot 2011: £35,000 for needs
 * beginning at 65 or over, the scale of £10,000 a decade being for working age) [V: MODEL.md §2].
 */
export const FULL_CAP_FROM_AGE = 65;

/**
 * The cap (pence) for a person whose eligible needs began at `needsBeganAge`, or null for no cap.
 * Young onset: free care (cap 0) before `freeBeforeAge`; from then on, `stepPerDecade` for each
 * started decade (Dilnot: £10,000 at 40–49, £20,000 at 50–59, £30,000 at 60–64) up to the full
 * cap, which applies to needs beginning at FULL_CAP_FROM_AGE or over.
 */
export function personalCap(rules: ChargingRules, needsBeganAge: number): number | null {
  if (rules.cap === null) return null;
  const y = rules.youngOnset;
  if (!y || needsBeganAge >= FULL_CAP_FROM_AGE) return rules.cap;
  if (needsBeganAge < y.freeBeforeAge) return 0;
  if (y.stepPerDecade <= 0) return rules.cap;
  const decades = Math.floor((needsBeganAge - y.freeBeforeAge) / 10) + 1;
  return Math.min(rules.cap, Math.round(decades * y.stepPerDecade * 100));
}

/**
 * What one week adds to the care account (pence) before any cap is applied.
 * @param eligibleCost the week's eligible care at the council rate (pence)
 * @param dailyLivingCost the week's daily living costs (pence, 0 outside care homes)
 * @param ownContribution what the person pays towards the council-rate cost (pence)
 */
export function towardsCap(
  rules: ChargingRules,
  eligibleCost: number,
  dailyLivingCost: number,
  ownContribution: number,
): number {
  const metered = rules.councilContributionCounts
    ? eligibleCost
    : Math.min(eligibleCost, ownContribution);
  return Math.max(0, metered - dailyLivingCost);
}
