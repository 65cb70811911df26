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
  /** The MIG of the age band these rules were compiled for (`compileRulesByBand`). */
  minimumIncomeGuarantee: number;
  councilContributionCounts: boolean;
  propertyDisregardWeeks: number;
  youngOnset: Policy['youngOnset'];
}

/** The MIG's age bands (MODEL.md §2), as indices into `compileRulesByBand`'s result. */
export const MigBand = { age18To24: 0, age25ToPensionAge: 1, pensionCreditAge: 2 } as const;
export type MigBand = (typeof MigBand)[keyof typeof MigBand];

/** The MIG age band of a person aged `age` when pension credit starts at `pensionCreditAge`. */
export function migBand(age: number, pensionCreditAge: number): MigBand {
  if (age >= pensionCreditAge) return MigBand.pensionCreditAge;
  return age >= 25 ? MigBand.age25ToPensionAge : MigBand.age18To24;
}

/** The policy's MIG (£ a week) for an age band. */
export function minimumIncomeGuaranteeOf(policy: Policy, band: MigBand): number {
  if (band === MigBand.pensionCreditAge) return policy.minimumIncomeGuarantee;
  return band === MigBand.age25ToPensionAge
    ? policy.minimumIncomeGuarantee25ToPensionAge
    : policy.minimumIncomeGuarantee18To24;
}

/** The rules for each MIG band, indexed by `MigBand`: they differ only in the MIG. */
export function compileRulesByBand(policy: Policy): readonly ChargingRules[] {
  return [
    compileRules(policy, MigBand.age18To24),
    compileRules(policy, MigBand.age25ToPensionAge),
    compileRules(policy, MigBand.pensionCreditAge),
  ];
}

/**
 * Compiles a validated policy into pence-denominated rules, for a person in MIG age band `band`
 * (default: pension-credit age).
 */
export function compileRules(
  policy: Policy,
  band: MigBand = MigBand.pensionCreditAge,
): ChargingRules {
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
    minimumIncomeGuarantee: toPence(minimumIncomeGuaranteeOf(policy, band)),
    councilContributionCounts: policy.councilContributionCounts,
    propertyDisregardWeeks: Math.round(policy.propertyDisregardWeeks),
    youngOnset: policy.youngOnset,
  };
}
