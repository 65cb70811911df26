// The history run (personal budgets 2008–2016, councils/history.ts) as a tidy CSV: one row per
// arm, measure, year and kind (the arm's value, or its difference from the first arm).
import type { HistoryResult } from '../councils/history.ts';
import { csvRows } from './csv.ts';

/** Units of the history measures, as the CSV states them. */
export const historyMeasureUnits: Record<string, string> = {
  uptakeNi130: 'fraction of NI130 users, 1 April',
  uptakeAdass: 'fraction of ADASS eligible users, 1 April',
  councilP25: 'fraction on the arm basis, 1 April (25th percentile of councils)',
  councilP50: 'fraction on the arm basis, 1 April (median council)',
  councilP75: 'fraction on the arm basis, 1 April (75th percentile of councils)',
  councilsOverTarget: 'fraction of councils at or above the final target, 1 April',
  budgets: 'persons, 1 April',
  directPayments: 'persons, 1 April',
  managedBudgets: 'persons, 1 April',
  spend: '£ over the financial year, 2010-11 prices',
  costDifference: '£ over the financial year against no target, 2010-11 prices',
  directPaymentSpend: '£ over the financial year, 2010-11 prices',
  managedSpend: '£ over the financial year, 2010-11 prices',
};

/** Header and rows of the history's tidy CSV. */
export function historyCsv(result: HistoryResult): string {
  const rows: (string | number)[][] = [
    ['arm', 'kind', 'measure', 'unit', 'year', 'mean', 'p5', 'p50', 'p95', 'replicates'],
  ];
  const add = (kind: string, byArm: HistoryResult['summary']) => {
    for (const [arm, measures] of Object.entries(byArm))
      for (const [m, points] of Object.entries(measures))
        for (const p of points)
          rows.push([
            arm,
            kind,
            m,
            historyMeasureUnits[m] ?? '',
            p.year,
            p.mean,
            p.p5,
            p.p50,
            p.p95,
            result.replicates,
          ]);
  };
  add('value', result.summary);
  add('difference from first arm', result.differences);
  return csvRows(rows);
}
