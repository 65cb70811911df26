// Uptake targets set for councils and how hard each pushes a council that is below it: the
// urgency rises as the deadline nears (MODEL.md §5).
import { exp } from '../math/index.ts';

/** A national target: a share of eligible users on a personal budget by a date. */
export interface UptakeTarget {
  /** Short name, e.g. "30% by Apr 2011". */
  label: string;
  /** Share of eligible users (fraction, on `PersonalBudgetParams.targetBasis`). */
  level: number;
  /** Deadline as a decimal year: 2011.25 is 1 April 2011. */
  deadline: number;
  /** When councils were set the target (decimal year); no pressure before. */
  announced: number;
  /** When it was withdrawn or replaced (decimal year); absent if never. */
  withdrawn?: number;
  /**
   * Whether performance against it was monitored through a mandatory indicator (NI130 in the
   * National Indicator Set); unmonitored targets push with `unmonitoredTargetWeight`.
   */
  monitored: boolean;
}

/** Decimal year at the start of a month: decimalYear(2011, 4) = 2011.25 (1 April 2011). */
export function decimalYear(year: number, month: number): number {
  return year + (month - 1) / 12;
}

/**
 * The targets of 2010–2013. The 30% milestone for April 2011 was agreed between the sector and
 * ministers in 2009 [V2: BBC and Audit Commission, Oct 2010]; the 100% target for April 2013 came
 * with the Vision for adult social care, Nov 2010 (seed 001); it was cut to 70% on 29 Oct 2012
 * (seed 000). Putting People First (Dec 2007) set the ambition of all users (MODEL.md §5).
 */
export const historicalTargets: readonly UptakeTarget[] = [
  {
    label: '30% by Apr 2011',
    level: 0.3,
    deadline: decimalYear(2011, 4),
    announced: 2009.75,
    monitored: true,
  },
  {
    label: '100% by Apr 2013',
    level: 1,
    deadline: decimalYear(2013, 4),
    announced: decimalYear(2010, 11),
    withdrawn: decimalYear(2012, 11),
    monitored: false,
  },
  {
    label: '70% by Apr 2013',
    level: 0.7,
    deadline: decimalYear(2013, 4),
    announced: decimalYear(2012, 11),
    monitored: false,
  },
];

/** Whether a target is in force at time `t` (decimal year). */
export function inForce(target: UptakeTarget, t: number): boolean {
  return t >= target.announced && t < (target.withdrawn ?? Infinity);
}

/**
 * Pressure on a council with uptake `uptake` (fraction, target basis) at time `t`: the largest,
 * over targets in force, of urgency × shortfall, where urgency = exp(−years to deadline / horizon)
 * and 1 after the deadline. Dimensionless, in [0, 1]; non-decreasing in every target level and
 * non-increasing in uptake.
 */
export function targetPressure(
  targets: readonly UptakeTarget[],
  t: number,
  uptake: number,
  horizon: number,
  unmonitoredWeight: number,
): number {
  let p = 0;
  // Indexed, not for-of: called some 45,000 times a replicate, and before V8 compiles it an
  // iterator per call made it the slowest part of a fresh worker's first task.
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    if (!inForce(target, t)) continue;
    const gap = target.level - uptake;
    if (gap <= 0) continue;
    const urgency = exp(-Math.abs(target.deadline - t) / horizon);
    p = Math.max(p, (target.monitored ? 1 : unmonitoredWeight) * urgency * gap);
  }
  return p;
}
