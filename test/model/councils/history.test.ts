// History mode (2008–2016): the same model as the back-test, the presets' targets, the two-arm
// comparison on common councils, and the settings' validation.
import { describe, expect, it } from 'vitest';
import {
  historyTargets,
  historyYears,
  publishedPoints,
  runHistory,
  type HistoryArm,
} from '../../../src/model/councils/history.ts';
import { historySettingsSchema } from '../../../src/model/councils/historySchema.ts';
import { defaultPersonalBudgetParams } from '../../../src/model/councils/personalBudgetParams.ts';
import {
  simulatePersonalBudgets,
  snapshotAt,
} from '../../../src/model/councils/simulatePersonalBudgets.ts';
import { historicalTargets } from '../../../src/model/councils/uptakeTargets.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';

const asHappened: HistoryArm = { name: 'As it happened', preset: 'as-happened', basis: 'ni130' };
const stayed100: HistoryArm = { name: '100% kept', preset: 'stayed-100', basis: 'ni130' };
const adass: HistoryArm = { name: 'ADASS basis', preset: 'as-happened', basis: 'adass' };
const none: HistoryArm = { name: 'No target', preset: 'none', basis: 'ni130' };
const REPS = 8;
const run = runHistory([asHappened, stayed100, adass, none], 'history-test', REPS, 'central');
const at = (year: number) => historyYears.indexOf(year);

describe('history presets', () => {
  it('as-happened is the back-test’s targets; stayed-100 drops the cut; overrides change the last', () => {
    expect(historyTargets(asHappened)).toEqual(historicalTargets);
    const kept = historyTargets(stayed100);
    expect(kept.map((t) => t.label)).toEqual(['30% by Apr 2011', '100% by Apr 2013']);
    expect(kept[1]!.withdrawn).toBeUndefined();
    expect(historyTargets({ ...asHappened, level: 0.5, deadline: 2014 }).at(-1)).toMatchObject({
      label: '50% by Apr 2014',
      level: 0.5,
      deadline: 2014.25,
    });
    expect(historyTargets(none)).toEqual([]);
    expect(historyTargets({ ...none, preset: 'ppf-30-2011' }).map((t) => t.label)).toEqual([
      '30% by Apr 2011',
    ]);
  });
});

describe('runHistory', () => {
  it('from April 2010 is the back-test’s model: same councils, same uptake', () => {
    const p = { ...defaultPersonalBudgetParams };
    for (const year of [2010, 2012, 2016]) {
      const direct = Array.from({ length: REPS }, (_, r) =>
        snapshotAt(
          simulatePersonalBudgets(p, historicalTargets, 'history-test', r, 6),
          year + 0.25,
        ),
      );
      const mean = direct.reduce((a, s) => a + s.uptakeNi130, 0) / REPS;
      expect(run.summary['As it happened']!.uptakeNi130[at(year)]!.mean).toBeCloseTo(mean, 12);
    }
  });

  it('before April 2010 uptake rises towards the March 2010 position (back-projection)', () => {
    const u = run.summary['As it happened']!.uptakeNi130.map((p) => p.mean);
    expect(u[at(2008)]!).toBeGreaterThan(0);
    expect(u[at(2008)]!).toBeLessThan(u[at(2009)]!);
    expect(u[at(2009)]!).toBeLessThan(u[at(2010)]!);
    // No target acts before April 2010, so no cost difference then.
    expect(run.summary['As it happened']!.costDifference[0]!.mean).toBe(0);
  });

  it('keeping the 100% target never leaves uptake lower, and changes nothing before the cut', () => {
    const d = run.differences['100% kept']!.uptakeNi130;
    for (const year of [2008, 2009, 2010, 2011, 2012]) expect(d[at(year)]!.mean).toBe(0);
    for (const p of d) expect(p.p5).toBeGreaterThanOrEqual(-1e-12);
    expect(d[at(2014)]!.mean).toBeGreaterThan(0);
  });

  it('measuring on the ADASS basis eases the pressure: lower uptake and lower cost', () => {
    const d = run.differences['ADASS basis']!;
    expect(d.uptakeNi130[at(2012)]!.mean).toBeLessThan(0);
    expect(d.costDifference.reduce((a, p) => a + p.mean, 0)).toBeLessThan(0);
  });

  it('with no target there is no cost difference and no council over a target', () => {
    const s = run.summary['No target']!;
    for (const p of s.costDifference) expect(p.mean).toBe(0);
    for (const p of s.councilsOverTarget) expect(p.mean).toBe(0);
  });

  it('council quartiles are ordered and budgets split into direct payments and managed', () => {
    const s = run.summary['ADASS basis']!;
    historyYears.forEach((_, i) => {
      expect(s.councilP25[i]!.mean).toBeLessThanOrEqual(s.councilP50[i]!.mean);
      expect(s.councilP50[i]!.mean).toBeLessThanOrEqual(s.councilP75[i]!.mean);
      expect(s.directPayments[i]!.mean + s.managedBudgets[i]!.mean).toBeCloseTo(
        s.budgets[i]!.mean,
        6,
      );
    });
  });

  it('a larger direct-payment share gives more direct payments, the same budgets', () => {
    const more = runHistory(
      [asHappened, { ...asHappened, name: 'More DPs', directPaymentShare: 0.15 }],
      'history-test',
      2,
      'central',
    );
    const d = more.differences['More DPs']!;
    expect(d.directPayments[at(2012)]!.mean).toBeGreaterThan(0);
    expect(d.budgets[at(2012)]!.mean).toBeCloseTo(0, 6);
  });

  it('every published point has a date inside the run and a source', () => {
    for (const p of publishedPoints) {
      expect(p.date).toBeGreaterThanOrEqual(2008);
      expect(p.date).toBeLessThanOrEqual(2016.25);
      expect(p.source.length).toBeGreaterThan(5);
    }
  });
});

describe('history settings and the deadline’s validation', () => {
  it('refuses a history deadline outside 2011–2016, naming the range', () => {
    const r = historySettingsSchema.safeParse({
      arms: [{ name: 'a', preset: 'as-happened', deadline: 2009 }],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['arms', 0, 'deadline']);
    expect(r.error!.issues[0]!.message).toContain('between 2,011 and 2,016');
  });

  it('refuses a scenario target year before the start year, naming the field and range', () => {
    const r = scenarioSchema.safeParse({
      seed: 's',
      arms: [{ name: 'b', policy: 'current' }],
      startYear: 2026,
      personalBudgets: { targetYear: 2013 },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['personalBudgets', 'targetYear']);
    expect(r.error!.issues[0]!.message).toBe(
      'between 2026 (the start year) and 2100 (year): the deadline cannot lie before the start',
    );
    expect(
      scenarioSchema.safeParse({
        seed: 's',
        arms: [{ name: 'b', policy: 'current' }],
        personalBudgets: { targetYear: 2026, history: { arms: [asHappened] } },
      }).success,
    ).toBe(true);
  });
});
