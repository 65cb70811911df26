// Council spending on ongoing community care, split by route: direct payments, council-managed
// budgets and traditional commissioned care, plus the costs of running personal budgets.
import type { PersonalBudgetParams } from './personalBudgetParams.ts';

/** Spending by route, £ (2010-11 prices): a yearly rate (£/year) or an amount over a period. */
export interface RouteSpend {
  /** Care bought with direct payments (after unit-cost differences and savings) plus their support. */
  directPayments: number;
  /** Care bought through council-managed budgets plus their administration. */
  managedBudgets: number;
  /** Commissioned care for users without a personal budget. */
  traditional: number;
  /** One-off set-up of new budgets (support planning, resource allocation). */
  setUp: number;
  /** Block-contract and in-house costs left behind by users who moved away. */
  stranded: number;
  total: number;
}

export const zeroSpend = (): RouteSpend => ({
  directPayments: 0,
  managedBudgets: 0,
  traditional: 0,
  setUp: 0,
  stranded: 0,
  total: 0,
});

/** Adds `scale × x` into `acc`, field by field; returns `acc`. */
export function addSpend(acc: RouteSpend, x: RouteSpend, scale = 1): RouteSpend {
  acc.directPayments += scale * x.directPayments;
  acc.managedBudgets += scale * x.managedBudgets;
  acc.traditional += scale * x.traditional;
  acc.setUp += scale * x.setUp;
  acc.stranded += scale * x.stranded;
  acc.total += scale * x.total;
  return acc;
}

/** Care needed by each route at commissioned prices, £/year. */
export interface CareByRoute {
  directPayments: number;
  managedBudgets: number;
  traditional: number;
}

/**
 * Splits a council's care need (users × mean package, £/year) between routes. Direct-payment and
 * managed packages are `directPaymentPackageSize` and `managedPackageSize` times the mean; the
 * rest is traditional. If budgets would exceed the whole need they are scaled down, so the three
 * always add up to users × averageAnnualCost.
 */
export function careByRoute(
  p: PersonalBudgetParams,
  users: number,
  directPayments: number,
  managed: number,
): CareByRoute {
  const all = users * p.averageAnnualCost;
  let dp = directPayments * p.directPaymentPackageSize * p.averageAnnualCost;
  let mb = managed * p.managedPackageSize * p.averageAnnualCost;
  if (dp + mb > all) {
    const k = all / (dp + mb);
    dp *= k;
    mb *= k;
  }
  return { directPayments: dp, managedBudgets: mb, traditional: Math.max(0, all - dp - mb) };
}

/**
 * Yearly spending rate by route (£/year), given care by route, the numbers of direct payments and
 * managed budgets (persons), and the stranded cost (£/year). Set-up is a flow added per period.
 */
export function spendRates(
  p: PersonalBudgetParams,
  care: CareByRoute,
  directPayments: number,
  managed: number,
  stranded: number,
): RouteSpend {
  const dp =
    care.directPayments * (1 + p.directPaymentUnitCost - p.highCostSaving) +
    directPayments * p.supportCostDirectPayment;
  const mb =
    care.managedBudgets * (1 + p.managedUnitCost - p.highCostSaving) +
    managed * p.supportCostManaged;
  return {
    directPayments: dp,
    managedBudgets: mb,
    traditional: care.traditional,
    setUp: 0,
    stranded,
    total: dp + mb + care.traditional + stranded,
  };
}

/** Care (£/year, commissioned prices) that has left block-contract and in-house providers. */
export function careLeavingProviders(p: PersonalBudgetParams, care: CareByRoute): number {
  return care.directPayments + p.managedLeaveShare * care.managedBudgets;
}
