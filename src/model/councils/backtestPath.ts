// The back-test's path through time, summarised over replicates: uptake, direct payments, spread
// across councils, and spending against a no-target baseline, next to what was reported.
import type { PersonalBudgetParams } from './personalBudgetParams.ts';
import { shareAtLeast } from './quantiles.ts';
import { spread, type Spread } from './backtest.ts';
import { snapshotAt, type PersonalBudgetRun } from './simulatePersonalBudgets.ts';
import { decimalYear } from './uptakeTargets.ts';

/** One date of the path: model spreads over replicates and the figure reported then, if any. */
export interface PathRow {
  label: string;
  date: number;
  /** Persons. */
  budgets: Spread;
  /** Fractions. */
  uptakeNi130: Spread;
  uptakeAdass: Spread;
  directPaymentShare: Spread;
  medianCouncilNi130: Spread;
  /** Share of councils at 30% or more on NI130, fraction. */
  councilsAt30Ni130: Spread;
  /** The same date with no targets: budgets, persons. */
  baselineBudgets: Spread;
  reported: string;
}

/** The dates shown, with what was reported for each (sources in backtest.ts). */
export const pathDates: readonly { label: string; date: number; reported: string }[] = [
  { label: 'Mar 2010', date: decimalYear(2010, 4), reported: '168–170k; NI130 13%; median <10%' },
  { label: 'Sep 2010', date: decimalYear(2010, 10), reported: '250k of 1 m; half DPs' },
  { label: 'Oct 2010', date: decimalYear(2010, 11), reported: 'top council 59%' },
  { label: 'Mar 2011', date: decimalYear(2011, 4), reported: '338k; a third; a third DPs' },
  { label: 'Sep 2011', date: decimalYear(2011, 10), reported: '' },
  { label: 'Mar 2012', date: decimalYear(2012, 4), reported: '432,349 = 52.8% (ADASS)' },
  { label: 'Oct 2012', date: decimalYear(2012, 11), reported: '43% of eligible; most managed' },
  { label: 'Mar 2013', date: decimalYear(2013, 4), reported: '' },
];

/** Summarises the runs at each of `pathDates`. */
export function backtestPath(
  runs: readonly PersonalBudgetRun[],
  p: PersonalBudgetParams,
): PathRow[] {
  return pathDates.map(({ label, date, reported }) => {
    const snaps = runs.map((r) => snapshotAt(r, date));
    const base = runs.map((r) => snapshotAt(r, date, 'baseline'));
    const ni = (u: Float64Array) => Array.from(u, (x) => x * p.adassEligibleShare);
    return {
      label,
      date,
      budgets: spread(snaps.map((s) => s.budgets)),
      uptakeNi130: spread(snaps.map((s) => s.uptakeNi130)),
      uptakeAdass: spread(snaps.map((s) => s.uptakeAdass)),
      directPaymentShare: spread(snaps.map((s) => s.directPaymentShare)),
      medianCouncilNi130: spread(snaps.map((s) => s.distributionNi130.p50)),
      councilsAt30Ni130: spread(snaps.map((s) => shareAtLeast(ni(s.councilUptakeAdass), 0.3))),
      baselineBudgets: spread(base.map((s) => s.budgets)),
      reported,
    };
  });
}
