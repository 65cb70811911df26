// The 2010–2013 back-test passes through the reported figures within the stated tolerances, and
// its rows and path have the shape the calibration table and the CLI expect.
import { describe, expect, it } from 'vitest';
import {
  BACKTEST_REPLICATES,
  calibrationRowsFromRuns,
  personalBudgetCalibrationRows,
  reportedFigures,
  runBacktest,
  spread,
} from '../../../src/model/councils/backtest.ts';
import { backtestPath, pathDates } from '../../../src/model/councils/backtestPath.ts';
import { defaultPersonalBudgetParams } from '../../../src/model/councils/personalBudgetParams.ts';

const runs = runBacktest();
const rows = calibrationRowsFromRuns(runs);

describe('personal-budget back-test 2010–2013', () => {
  it.each(rows.map((r) => [r.target, r] as const))('%s: mean within tolerance', (_t, r) => {
    expect(r.simulated).toBeGreaterThanOrEqual(r.tolerance.min);
    expect(r.simulated).toBeLessThanOrEqual(r.tolerance.max);
    expect(r.pass).toBe(true);
  });

  it('reports mean with 5th–95th percentiles in order, and a source for every row', () => {
    for (const r of rows) {
      expect(r.lo).toBeLessThanOrEqual(r.simulated);
      expect(r.simulated).toBeLessThanOrEqual(r.hi);
      expect(r.source.length).toBeGreaterThan(3);
      expect(r.tolerance.min).toBeLessThan(r.tolerance.max);
    }
  });

  it('personalBudgetCalibrationRows() gives the same rows as the runs above', () => {
    expect(personalBudgetCalibrationRows()).toEqual(rows);
    expect(rows).toHaveLength(reportedFigures.length);
    expect(runs).toHaveLength(BACKTEST_REPLICATES);
  });

  it('backtestPath gives a row per path date, with budgets rising over time', () => {
    const path = backtestPath(runs, defaultPersonalBudgetParams);
    expect(path.map((r) => r.label)).toEqual(pathDates.map((d) => d.label));
    for (let i = 1; i < path.length; i++)
      expect(path[i]!.budgets.mean).toBeGreaterThan(path[i - 1]!.budgets.mean);
  });

  it('keeps uptake with targets above the no-target baseline after Mar 2010', () => {
    const path = backtestPath(runs, defaultPersonalBudgetParams);
    expect(path[0]!.budgets.mean).toBeCloseTo(path[0]!.baselineBudgets.mean, 6);
    for (const r of path.slice(1)) expect(r.budgets.mean).toBeGreaterThan(r.baselineBudgets.mean);
  });
});

describe('spread', () => {
  it('spread([1…100]) has mean 50.5 and 5th/95th percentiles 5.95/95.05', () => {
    const s = spread(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s.mean).toBe(50.5);
    expect(s.lo).toBeCloseTo(5.95, 10);
    expect(s.hi).toBeCloseTo(95.05, 10);
  });
});
