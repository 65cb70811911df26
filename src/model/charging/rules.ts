// A policy compiled for the hot loop: every amount in pence, every lookup precomputed.
import type { Policy } from '../policy/index.ts';
import { toPence } from './pence.ts';

export interface ChargingRules {
  /** Lifetime cap in pence, or null for no cap. */
  cap: number | null;
  uclHomeCounted: number;
  uclOtherwise: number;
  higherLimitAppliesTo: Policy['higherLimitAppliesTo'];
  lowerCapitalLimit: number;
  tariffBand: number;
  dailyLivingCost: number;
  personalExpensesAllowance: number;
  minimumIncomeGuarantee: number;
  councilContributionCounts: boolean;
  propertyDisregardWeeks: number;
  youngOnset: Policy['youngOnset'];
}

/** Compiles a validated policy into pence-denominated rules. */
export function compileRules(policy: Policy): ChargingRules {
  return {
    cap: policy.cap === null ? null : toPence(policy.cap),
    uclHomeCounted: toPence(policy.upperCapitalLimit.homeCounted),
    uclOtherwise: toPence(policy.upperCapitalLimit.otherwise),
    higherLimitAppliesTo: policy.higherLimitAppliesTo,
    lowerCapitalLimit: toPence(policy.lowerCapitalLimit),
    tariffBand: toPence(policy.tariffBand),
    // Daily living costs only exist alongside a cap: without one nothing is metered.
    dailyLivingCost: toPence(policy.dailyLivingCost),
    personalExpensesAllowance: toPence(policy.personalExpensesAllowance),
    minimumIncomeGuarantee: toPence(policy.minimumIncomeGuarantee),
    councilContributionCounts: policy.councilContributionCounts,
    propertyDisregardWeeks: Math.round(policy.propertyDisregardWeeks),
    youngOnset: policy.youngOnset,
  };
}
