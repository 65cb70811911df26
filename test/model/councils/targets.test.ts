// Target pressure: zero above the target or outside its time in force, rising as the deadline
// nears and with the shortfall, weaker for targets not monitored through an indicator.
import { describe, expect, it } from 'vitest';
import {
  decimalYear,
  historicalTargets,
  inForce,
  targetPressure,
  type UptakeTarget,
} from '../../../src/model/councils/uptakeTargets.ts';

const t30: UptakeTarget = {
  label: '30%',
  level: 0.3,
  deadline: 2011.25,
  announced: 2009,
  monitored: true,
};

describe('decimalYear', () => {
  it('decimalYear(2011, 4) is 1 April 2011 = 2011.25', () => {
    expect(decimalYear(2011, 4)).toBe(2011.25);
  });
});

describe('targetPressure', () => {
  it('is zero for a council at or above the target', () => {
    expect(targetPressure([t30], 2011, 0.3, 1, 0.1)).toBe(0);
    expect(targetPressure([t30], 2011, 0.5, 1, 0.1)).toBe(0);
  });

  it('is the shortfall at the deadline and decays with distance from it', () => {
    expect(targetPressure([t30], 2011.25, 0.1, 1, 0.1)).toBeCloseTo(0.2, 12);
    expect(targetPressure([t30], 2010.25, 0.1, 1, 0.1)).toBeCloseTo(0.2 * Math.exp(-1), 12);
    expect(targetPressure([t30], 2012.25, 0.1, 1, 0.1)).toBeCloseTo(0.2 * Math.exp(-1), 12);
  });

  it('is zero before a target is announced and after it is withdrawn', () => {
    const t = { ...t30, announced: 2010.5, withdrawn: 2011 };
    expect(targetPressure([t], 2010.4, 0.1, 1, 0.1)).toBe(0);
    expect(targetPressure([t], 2011.1, 0.1, 1, 0.1)).toBe(0);
    expect(targetPressure([t], 2010.6, 0.1, 1, 0.1)).toBeGreaterThan(0);
  });

  it('weights an unmonitored target by unmonitoredWeight', () => {
    const t = { ...t30, monitored: false };
    expect(targetPressure([t], 2011.25, 0.1, 1, 0.25)).toBeCloseTo(0.05, 12);
  });

  it('takes the largest pressure over targets in force', () => {
    const t100 = { ...t30, level: 1, deadline: 2013.25 };
    const both = targetPressure([t30, t100], 2011.25, 0.1, 1, 1);
    expect(both).toBeCloseTo(Math.max(0.2, 0.9 * Math.exp(-2)), 12);
  });
});

describe('historicalTargets', () => {
  it('has 30% by Apr 2011, 100% by Apr 2013 withdrawn in Oct 2012, and 70% by Apr 2013', () => {
    expect(historicalTargets.map((t) => [t.level, t.deadline])).toEqual([
      [0.3, 2011.25],
      [1, 2013.25],
      [0.7, 2013.25],
    ]);
    const [, t100, t70] = historicalTargets;
    expect(inForce(t100!, 2012.5)).toBe(true);
    expect(inForce(t100!, 2013)).toBe(false);
    expect(inForce(t70!, 2013)).toBe(true);
  });
});
