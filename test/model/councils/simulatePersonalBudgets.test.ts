// Invariants of the personal-budget model: uptake in [0, 1], a higher target never lowers uptake
// (common random numbers), no cost effects → no change in spending, and reproducible draws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { councils } from '../../../src/model/councils/councils.ts';
import {
  defaultPersonalBudgetParams,
  withoutCostEffects,
  type PersonalBudgetParams,
} from '../../../src/model/councils/personalBudgetParams.ts';
import {
  simulatePersonalBudgets,
  START,
  type PersonalBudgetRun,
} from '../../../src/model/councils/simulatePersonalBudgets.ts';
import { historicalTargets, type UptakeTarget } from '../../../src/model/councils/uptakeTargets.ts';
import { quantiles } from '../../../src/model/councils/quantiles.ts';

const base = defaultPersonalBudgetParams;
const few = councils.slice(0, 40);

const targetArb: fc.Arbitrary<UptakeTarget> = fc
  .record({
    level: fc.double({ min: 0, max: 1, noNaN: true }),
    announced: fc.double({ min: 2009, max: 2012.5, noNaN: true }),
    lead: fc.double({ min: 0.1, max: 3, noNaN: true }),
    monitored: fc.boolean(),
    withdrawAfter: fc.option(fc.double({ min: 0.1, max: 3, noNaN: true }), { nil: undefined }),
  })
  .map(({ level, announced, lead, monitored, withdrawAfter }) => ({
    label: 'random',
    level,
    announced,
    deadline: announced + lead,
    monitored,
    ...(withdrawAfter === undefined ? {} : { withdrawn: announced + withdrawAfter }),
  }));

const paramsArb: fc.Arbitrary<PersonalBudgetParams> = fc
  .record({
    baseSpeed: fc.double({ min: 0, max: 3, noNaN: true }),
    speedLogSd: fc.double({ min: 0, max: 1.5, noNaN: true }),
    targetPressure: fc.double({ min: 0, max: 50, noNaN: true }),
    targetHorizon: fc.double({ min: 0.05, max: 5, noNaN: true }),
    unmonitoredTargetWeight: fc.double({ min: 0, max: 1, noNaN: true }),
    adassEligibleShare: fc.double({ min: 0.3, max: 1, noNaN: true }),
    initialLogitSd: fc.double({ min: 0, max: 3, noNaN: true }),
    targetBasis: fc.constantFrom('ni130' as const, 'adass' as const),
  })
  .map((over) => ({ ...base, ...over }));

const run = (p: PersonalBudgetParams, targets: readonly UptakeTarget[], replicate = 0) =>
  simulatePersonalBudgets(p, targets, 'invariants', replicate, 3, { councils: few });

describe('simulatePersonalBudgets', () => {
  it('keeps national and council uptake in [0, 1] on both bases', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(targetArb, { maxLength: 3 }), (p, targets) => {
        const r = run(p, targets);
        const values = [...r.snapshots, ...r.baseline].flatMap((s) => [
          s.uptakeNi130,
          s.uptakeAdass,
          s.directPaymentShare,
          ...s.councilUptakeAdass,
        ]);
        return values.every((u) => u >= 0 && u <= 1);
      }),
      { numRuns: 40 },
    );
  });

  it('never lowers any council’s uptake when a target is raised (same seed)', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.array(targetArb, { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, targets, raise) => {
          const higher = targets.map((t) => ({ ...t, level: Math.min(1, t.level + raise) }));
          const lo = run(p, targets);
          const hi = run(p, higher);
          return lo.snapshots.every((s, k) => {
            const h = hi.snapshots[k]!;
            return (
              h.uptakeNi130 >= s.uptakeNi130 - 1e-12 &&
              s.councilUptakeAdass.every((u, c) => h.councilUptakeAdass[c]! >= u - 1e-12)
            );
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never lowers uptake when a target is raised, even with extreme pressure and speed', () => {
    const p = { ...base, targetPressure: 50, baseSpeed: 3, speedLogSd: 1, targetHorizon: 0.05 };
    const t = (level: number): UptakeTarget[] => [
      { label: 'x', level, deadline: 2011, announced: 2010, monitored: true },
    ];
    for (const [a, b] of [
      [0.3, 0.35],
      [0.5, 0.9],
      [0.9, 1],
    ] as const) {
      const lo = run(p, t(a));
      const hi = run(p, t(b));
      lo.snapshots.forEach((s, k) =>
        s.councilUptakeAdass.forEach((u, c) =>
          expect(hi.snapshots[k]!.councilUptakeAdass[c]).toBeGreaterThanOrEqual(u - 1e-12),
        ),
      );
    }
  });

  it('never has less uptake under targets than with none', () => {
    const r = simulatePersonalBudgets(base, historicalTargets, 'invariants', 1, 3);
    r.snapshots.forEach((s, k) =>
      expect(s.budgets).toBeGreaterThanOrEqual(r.baseline[k]!.budgets - 1e-6),
    );
  });

  it('with every cost effect zero, spends exactly what the care costs, with or without targets', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(targetArb, { maxLength: 3 }), (p0, targets) => {
        const p = withoutCostEffects(p0);
        const r = run(p, targets);
        for (const y of r.years) {
          // Users decline geometrically; the step sum uses the rate at the start of each month.
          let care = 0;
          for (let k = 0; k < 12; k++) {
            const t = y.start + k / 12 - START;
            for (const c of few)
              care +=
                (c.eligibleUsers2010 * (1 - p.userDeclinePerYear) ** t * p.averageAnnualCost) / 12;
          }
          expect(y.spend.total / care).toBeCloseTo(1, 9);
          expect(y.costDifference / care).toBeCloseTo(0, 9);
          expect(y.spend.setUp).toBe(0);
          expect(y.spend.stranded).toBe(0);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('costs more than no target with the default cost effects (support and set-up dominate)', () => {
    const r = simulatePersonalBudgets(base, historicalTargets, 'invariants', 0, 3);
    for (const y of r.years) expect(y.costDifference).toBeGreaterThan(0);
  });

  it('gives identical results for the same seed and replicate', () => {
    const a = simulatePersonalBudgets(base, historicalTargets, 'same', 4, 3);
    const b = simulatePersonalBudgets(base, historicalTargets, 'same', 4, 3);
    expect(a).toEqual(b);
  });

  it('gives different councils’ draws for a different replicate', () => {
    const a = simulatePersonalBudgets(base, historicalTargets, 'same', 4, 1);
    const b = simulatePersonalBudgets(base, historicalTargets, 'same', 5, 1);
    expect(a.snapshots[0]!.councilUptakeAdass).not.toEqual(b.snapshots[0]!.councilUptakeAdass);
  });

  it('gives each council the same path whichever other councils are simulated', () => {
    const whole = simulatePersonalBudgets(base, historicalTargets, 'split', 2, 2);
    const part = simulatePersonalBudgets(base, historicalTargets, 'split', 2, 2, {
      councils: councils.slice(100, 110),
    });
    const pick = (r: PersonalBudgetRun, k: number) =>
      Array.from(r.snapshots[k]!.councilUptakeAdass);
    for (const k of [0, 12, 24]) expect(pick(part, k)).toEqual(pick(whole, k).slice(100, 110));
  });

  it('splits spending so that the routes add up to the total', () => {
    const r = simulatePersonalBudgets(base, historicalTargets, 'routes', 0, 3);
    for (const y of r.years) {
      const s = y.spend;
      const parts = s.directPayments + s.managedBudgets + s.traditional + s.setUp + s.stranded;
      expect(parts / s.total).toBeCloseTo(1, 12);
    }
  });

  it('reports each target at its deadline, the 100% target as withdrawn', () => {
    const r = simulatePersonalBudgets(base, historicalTargets, 'targets', 0, 3);
    expect(r.targets.map((t) => [t.target.label, t.inForceAtDeadline])).toEqual([
      ['30% by Apr 2011', true],
      ['100% by Apr 2013', false],
      ['70% by Apr 2013', true],
    ]);
    for (const t of r.targets) {
      expect(t.shareOfCouncilsMeeting).toBeGreaterThanOrEqual(0);
      expect(t.shareOfCouncilsMeeting).toBeLessThanOrEqual(1);
    }
  });
});

describe('the spread of uptake across councils', () => {
  it('equals the quantiles of the councils’ uptake, read as often as wanted and cloned whole', () => {
    const r = run(base, historicalTargets);
    for (const s of [r.snapshots[0]!, r.snapshots[20]!, r.baseline[36]!]) {
      const sorted = [...s.councilUptakeAdass].sort((x, y) => x - y);
      expect(s.distributionAdass).toEqual(quantiles(sorted));
      expect(s.distributionNi130).toEqual(quantiles(sorted, base.adassEligibleShare));
      expect(s.distributionAdass).toBe(s.distributionAdass);
      const copy = structuredClone(s);
      expect(copy.distributionNi130).toEqual(s.distributionNi130);
      expect(JSON.parse(JSON.stringify(s)).distributionAdass).toEqual(s.distributionAdass);
    }
  });
});
