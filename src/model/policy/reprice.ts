// Moves a policy's money from its own price year to another (simulations report £ at the start
// year's prices). The tariff rate (£1/week per £250) is a ratio of capital, so it is not repriced.
import { priceFactor, priceYearStart } from '../data/consumerPrices.ts';
import type { Policy } from './schema.ts';
import type { Overrides, PolicyRef } from './policyRef.ts';
import { applyOverrides, mergePolicy } from './mergePolicy.ts';
import { presets } from './presets.ts';

/** An amount repriced, to the penny: how every repricing and uprating of a policy rounds. */
export const toPenny = (x: number): number => Math.round(x * 100) / 100;

/**
 * The policy with `m` applied to its thresholds: the cap, both capital limits and the young-onset
 * scale (the amounts both repricing and a run's threshold uprating move).
 */
export function scaledThresholds(policy: Policy, m: (x: number) => number): Policy {
  return {
    ...policy,
    cap: policy.cap === null ? null : m(policy.cap),
    upperCapitalLimit: {
      homeCounted: m(policy.upperCapitalLimit.homeCounted),
      otherwise: m(policy.upperCapitalLimit.otherwise),
    },
    lowerCapitalLimit: m(policy.lowerCapitalLimit),
    youngOnset: policy.youngOnset && {
      ...policy.youngOnset,
      stepPerDecade: m(policy.youngOnset.stepPerDecade),
    },
  };
}

/** The same policy with every amount of money expressed at `toYear` (calendar year) prices. */
export function repricePolicy(policy: Policy, toYear: number): Policy {
  const from = priceYearStart(policy.priceYear);
  if (from === toYear) return policy;
  const k = priceFactor(from, toYear);
  const m = (x: number) => toPenny(x * k);
  return {
    ...scaledThresholds(policy, m),
    priceYear: `${toYear}-${String((toYear + 1) % 100).padStart(2, '0')}`,
    dailyLivingCost: m(policy.dailyLivingCost),
    personalExpensesAllowance: m(policy.personalExpensesAllowance),
    minimumIncomeGuarantee: m(policy.minimumIncomeGuarantee),
    minimumIncomeGuarantee25ToPensionAge: m(policy.minimumIncomeGuarantee25ToPensionAge),
    minimumIncomeGuarantee18To24: m(policy.minimumIncomeGuarantee18To24),
    source: `${policy.source} Repriced from ${policy.priceYear} to ${toYear} prices by CPI (×${k.toFixed(4)}).`,
  };
}

/** Overrides' money moved from `fromYear` to `toYear` prices (the tariff band is not money). */
export function repriceOverrides(o: Overrides, fromYear: number, toYear: number): Overrides {
  if (fromYear === toYear) return o;
  const k = priceFactor(fromYear, toYear);
  const m = (x: number) => toPenny(x * k);
  const out: Overrides = { ...o };
  if (o.cap !== undefined) out.cap = o.cap === null ? null : m(o.cap);
  if (o.upperCapitalLimit !== undefined)
    out.upperCapitalLimit =
      typeof o.upperCapitalLimit === 'number'
        ? m(o.upperCapitalLimit)
        : {
            homeCounted: m(o.upperCapitalLimit.homeCounted),
            otherwise: m(o.upperCapitalLimit.otherwise),
          };
  if (o.lowerCapitalLimit !== undefined) out.lowerCapitalLimit = m(o.lowerCapitalLimit);
  if (o.dailyLivingCost !== undefined) out.dailyLivingCost = m(o.dailyLivingCost);
  if (o.personalExpensesAllowance !== undefined)
    out.personalExpensesAllowance = m(o.personalExpensesAllowance);
  if (o.minimumIncomeGuarantee !== undefined)
    out.minimumIncomeGuarantee = m(o.minimumIncomeGuarantee);
  if (o.minimumIncomeGuarantee25ToPensionAge !== undefined)
    out.minimumIncomeGuarantee25ToPensionAge = m(o.minimumIncomeGuarantee25ToPensionAge);
  if (o.minimumIncomeGuarantee18To24 !== undefined)
    out.minimumIncomeGuarantee18To24 = m(o.minimumIncomeGuarantee18To24);
  return out;
}

/**
 * The policy `ref` names, with every amount at `year` (calendar year) prices: the preset repriced
 * by CPI, and its overrides repriced from their own price year (`overridesPriceYear`, by default
 * the preset's). Overrides stated at `year`'s prices are used as they are: no round trip.
 */
export function policyAt(ref: PolicyRef, year: number): Policy {
  if (typeof ref === 'string' || ref.overridesPriceYear === undefined)
    return repricePolicy(mergePolicy(ref), year);
  const base = repricePolicy(presets[ref.preset], year);
  const overrides = repriceOverrides(ref.overrides ?? {}, ref.overridesPriceYear, year);
  return applyOverrides(base, overrides);
}
