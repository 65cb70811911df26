// Moves a policy's money from its own price year to another (simulations report £ at the start
// year's prices). The tariff rate (£1/week per £250) is a ratio of capital, so it is not repriced.
import { priceFactor, priceYearStart } from '../data/prices.ts';
import type { Policy } from './schema.ts';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The same policy with every amount of money expressed at `toYear` (calendar year) prices. */
export function repricePolicy(policy: Policy, toYear: number): Policy {
  const from = priceYearStart(policy.priceYear);
  if (from === toYear) return policy;
  const k = priceFactor(from, toYear);
  const m = (x: number) => round2(x * k);
  return {
    ...policy,
    priceYear: `${toYear}-${String((toYear + 1) % 100).padStart(2, '0')}`,
    cap: policy.cap === null ? null : m(policy.cap),
    upperCapitalLimit: {
      homeCounted: m(policy.upperCapitalLimit.homeCounted),
      otherwise: m(policy.upperCapitalLimit.otherwise),
    },
    lowerCapitalLimit: m(policy.lowerCapitalLimit),
    dailyLivingCost: m(policy.dailyLivingCost),
    personalExpensesAllowance: m(policy.personalExpensesAllowance),
    minimumIncomeGuarantee: m(policy.minimumIncomeGuarantee),
    youngOnset: policy.youngOnset && {
      ...policy.youngOnset,
      stepPerDecade: m(policy.youngOnset.stepPerDecade),
    },
    source: `${policy.source} Repriced from ${policy.priceYear} to ${toYear} prices by CPI (×${k.toFixed(4)}).`,
  };
}
