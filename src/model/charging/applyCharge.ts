// What a charge does to the person's state: capital drawn (savings first, then the home), the
// care account grown by what counted, and the weeks in a care home counted for the disregard.
import type { ChargingState } from './chargeWeek.ts';

/**
 * Capital (pence) a person draws in a week: whatever they pay beyond the income they have to spend
 * (`disposableIncome`: income above the PEA or MIG they live on; MODEL.md §3 rule 3).
 */
export function capitalDrawn(personPays: number, disposableIncome: number): number {
  return Math.max(0, personPays - disposableIncome);
}

/**
 * Applies `weeks` weeks of the same charge to `state` (pence), in place: `drawn` capital and
 * `counted` towards the cap a week.
 */
export function applyCharge(
  state: ChargingState,
  drawn: number,
  counted: number,
  weeks: number,
  inCareHome: boolean,
): void {
  let fromCapital = drawn * weeks;
  const fromFinancial = Math.min(fromCapital, state.financial);
  state.financial -= fromFinancial;
  fromCapital -= fromFinancial;
  state.home = Math.max(0, state.home - fromCapital);
  state.careAccount += counted * weeks;
  state.weeksInCareHome = inCareHome ? state.weeksInCareHome + weeks : 0;
}
