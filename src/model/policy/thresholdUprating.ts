// How a policy's cap and capital limits keep their value from year to year of a run (its
// `thresholdUprating`), in the run's real terms (£ at the start year's prices): uprated by CPI they
// hold their real value; by average earnings they rise by real earnings growth; not uprated they
// are frozen in cash, so they fall by CPI. Care accounts are uprated with the cap (MODEL.md §3.4).
import { cpi } from '../data/consumerPrices.ts';
import type { Policy, ThresholdUprating } from './schema.ts';
import { scaledThresholds, toPenny } from './reprice.ts';

/**
 * Real value of the thresholds in each year `t` of a run against the start year (1 at t = 0), by
 * products and quotients only (no pow: the same bits in every JavaScript engine).
 */
export function thresholdFactors(
  uprating: ThresholdUprating,
  startYear: number,
  years: number,
  realEarningsGrowth: number,
): Float64Array {
  const f = new Float64Array(years);
  let earnings = 1;
  for (let t = 0; t < years; t++) {
    if (uprating === 'cpi') f[t] = 1;
    else if (uprating === 'none') f[t] = cpi(startYear) / cpi(startYear + t);
    else {
      f[t] = earnings;
      earnings *= 1 + realEarningsGrowth;
    }
  }
  return f;
}

/** The policy with its cap, capital limits and young-onset scale at `factor` times their value. */
export function upratedThresholds(policy: Policy, factor: number): Policy {
  return factor === 1 ? policy : scaledThresholds(policy, (x) => toPenny(x * factor));
}
