// Personal budgets from the start year (MODEL.md §5, issue 19): the users are the engine's own
// council-supported people in community care; uptake starts from the published recent shares
// and moves towards a target by its deadline; the target's cost is what the extra budgets and
// direct payments cost councils against the same people with no target.
import type { PersonalBudgetParams } from './personalBudgetParams.ts';
import { pow } from '../math/index.ts';

/**
 * Share of adults using long-term community support who receive self-directed support (a
 * personal budget or direct payment), England, 2022-23: 93.5% (2021-22: 94.5%) [V2: ASCOF 2022-23
 * England figures (measure 1C, now 3D) as quoted by West Sussex County Council; no figure for
 * people aged 65+ alone was found, so the all-adult share is used].
 */
export const RECENT_SELF_DIRECTED_SHARE = 0.935;
/** Share receiving direct payments, same population and source: 26.2% (2021-22: 26.7%) [V2]. */
export const RECENT_DIRECT_PAYMENT_SHARE = 0.262;

/** Targets from the start year: shares of council-supported community users, by a deadline. */
export interface TodayTargets {
  /** Share on a personal budget (self-directed support); absent: no uptake target. */
  uptake?: number;
  /** Share on a direct payment; absent: no direct-payment target. */
  directPayments?: number;
  /** Deadline year (April): targets are met at the end of the year before. */
  year: number;
}

/** Uptake by year index t = 0…years−1 (the position at the end of financial year startYear + t). */
export interface TodayPath {
  selfDirected: Float64Array;
  directPayments: Float64Array;
}

/**
 * The path of both shares: the published shares are held until the start [M: 2022-23 is the
 * latest national figure found; shares moved by about a point a year since 2021-22]; a target
 * above them is reached in equal steps by its deadline and then held [M: councils' path to a
 * target is not observed today; the 2010–2013 history shows steady growth to a deadline]. A
 * target below the published share changes nothing (targets never take budgets away). Direct
 * payments never exceed budgets.
 */
export function todayPath(startYear: number, years: number, targets: TodayTargets): TodayPath {
  const selfDirected = new Float64Array(years);
  const directPayments = new Float64Array(years);
  const steps = Math.max(1, targets.year - startYear);
  for (let t = 0; t < years; t++) {
    const f = Math.min(1, (t + 1) / steps);
    const towards = (from: number, to: number | undefined) =>
      to === undefined || to <= from ? from : from + (to - from) * f;
    const s = towards(RECENT_SELF_DIRECTED_SHARE, targets.uptake);
    selfDirected[t] = s;
    directPayments[t] = Math.min(s, towards(RECENT_DIRECT_PAYMENT_SHARE, targets.directPayments));
  }
  return { selfDirected, directPayments };
}

/**
 * Extra council cost of `path` against the published shares held (no target), £ a year, for one
 * arm of one slice: `users[t]` council-supported person-years in community care and `care[t]` the
 * council's spending on them (£, start-year prices). Linear in users and care, so slices add up.
 * Per extra direct payment or managed budget: its support cost and the unit-cost difference of
 * the care it buys (personalBudgetParams.ts, 2010-11 prices × `priceUp`); a set-up cost for each
 * new budget or switch to a direct payment; and stranded block-contract and in-house cost from
 * care that leaves providers, decaying with its half-life.
 */
export function todayExtraCost(
  p: PersonalBudgetParams,
  path: TodayPath,
  users: ArrayLike<number>,
  care: ArrayLike<number>,
  priceUp: number,
): Float64Array {
  const years = path.selfDirected.length;
  const out = new Float64Array(years);
  const decay = pow(0.5, 1 / p.strandedHalfLife);
  let stranded = 0;
  let prevDs = 0;
  let prevDd = 0;
  let prevLeave = 0;
  for (let t = 0; t < years; t++) {
    const n = users[t] ?? 0;
    const c = care[t] ?? 0;
    const ds = path.selfDirected[t]! - RECENT_SELF_DIRECTED_SHARE;
    const dd = path.directPayments[t]! - RECENT_DIRECT_PAYMENT_SHARE;
    const dm = ds - dd; // extra council-managed budgets (negative: managed became direct payments)
    const perUserCare = n > 0 ? c / n : 0;
    const support = (dd * p.supportCostDirectPayment + dm * p.supportCostManaged) * n * priceUp;
    const unit =
      perUserCare *
      n *
      (dd * (p.directPaymentUnitCost - p.highCostSaving) +
        dm * (p.managedUnitCost - p.highCostSaving));
    const setUp =
      p.setupCostPerBudget * priceUp * n * (Math.max(0, ds - prevDs) + Math.max(0, dd - prevDd));
    const leave = dd + p.managedLeaveShare * dm;
    stranded =
      stranded * decay +
      Math.max(0, leave - prevLeave) * c * p.blockAndInHouseShare * p.strandedFraction;
    out[t] = support + unit + setUp + stranded;
    prevDs = ds;
    prevDd = dd;
    prevLeave = leave;
  }
  return out;
}
