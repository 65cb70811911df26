// Historical back-test, 2010–2013: replays the targets of the period (30% by Apr 2011, 100% by
// Apr 2013 from Nov 2010, cut to 70% in Oct 2012) and compares the path with reported figures.
import { calibrationRow, type CalibrationRow } from '../calibration/row.ts';
import { defaultPersonalBudgetParams, type PersonalBudgetParams } from './personalBudgetParams.ts';
import { quantileSorted, shareAtLeast } from './quantiles.ts';
import {
  simulatePersonalBudgets,
  snapshotAt,
  type PersonalBudgetRun,
  type PersonalBudgetSnapshot,
} from './simulatePersonalBudgets.ts';
import { decimalYear, historicalTargets } from './uptakeTargets.ts';

/** Seed text and number of replicates of the back-test. */
export const BACKTEST_SEED = 'personal-budgets-backtest-2010';
export const BACKTEST_REPLICATES = 20;
/** Years simulated: 1 April 2010 to 1 April 2013. */
export const BACKTEST_YEARS = 3;

/** Mean and 5th–95th percentile of a measure over replicates. */
export interface Spread {
  mean: number;
  lo: number;
  hi: number;
}

/** Mean and 5th–95th percentiles of `values`. */
export function spread(values: readonly number[]): Spread {
  const s = Float64Array.from(values).sort();
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, lo: quantileSorted(s, 0.05), hi: quantileSorted(s, 0.95) };
}

/** Runs the back-test: one run per replicate, same seed text, replicate = 0…n−1. */
export function runBacktest(
  params: PersonalBudgetParams = defaultPersonalBudgetParams,
  replicates = BACKTEST_REPLICATES,
  seed = BACKTEST_SEED,
): PersonalBudgetRun[] {
  return Array.from({ length: replicates }, (_, r) =>
    simulatePersonalBudgets(params, historicalTargets, seed, r, BACKTEST_YEARS),
  );
}

const ni130 = (p: PersonalBudgetParams, s: PersonalBudgetSnapshot): number[] =>
  Array.from(s.councilUptakeAdass, (u) => u * p.adassEligibleShare);
const pbCare = (p: PersonalBudgetParams, s: PersonalBudgetSnapshot): number =>
  p.averageAnnualCost *
  (s.directPayments * p.directPaymentPackageSize + s.managedBudgets * p.managedPackageSize);

/** One reported figure, the model measure it is compared with, and the accepted range. */
export interface ReportedFigure {
  target: string;
  published: string;
  source: string;
  /** Decimal year at which the model is read (the figure's reference date). */
  date: number;
  unit: string;
  measure: (p: PersonalBudgetParams, s: PersonalBudgetSnapshot) => number;
  tolerance: { min: number; max: number };
}

const MAR10 = decimalYear(2010, 4);
const SEP10 = decimalYear(2010, 10);
const OCT10 = decimalYear(2010, 11);
const MAR11 = decimalYear(2011, 4);
const MAR12 = decimalYear(2012, 4);
const OCT12 = decimalYear(2012, 11);
const pm = (v: number, f: number) => ({ min: v * (1 - f), max: v * (1 + f) });
const pts = (v: number, d: number) => ({ min: v - d, max: v + d });

/**
 * The figures of MODEL.md §5 and the seeds. Tolerances (MODEL.md sets none for §5): ±15% on
 * counts and money; ±5 percentage points on national percentages; wider, stated ranges for
 * loose words ("half") and for spreads and extremes across the 152 councils. Dates are the
 * figures' reference dates ("31 Mar 2010" is read at 1 Apr 2010); the NHS Information Centre's
 * Aug 2010 figures describe 2009-10, so they are read at 31 Mar 2010.
 */
export const reportedFigures: readonly ReportedFigure[] = [
  {
    target: 'Personal budgets, 31 Mar 2010 (±15%)',
    published: '168,000–170,000',
    source: 'seeds 002, 003, 004 (ADASS/LGA survey)',
    date: MAR10,
    unit: 'persons',
    measure: (_p, s) => s.budgets,
    tolerance: pm(169_000, 0.15),
  },
  {
    target: 'Users on ongoing services, ADASS basis, Mar 2010 (±15%)',
    published: '≈1.0 m (NI130: ≈1.5 m)',
    source: 'seeds 002, 003 (ADASS); seed 004 (Audit Commission)',
    date: MAR10,
    unit: 'persons',
    measure: (_p, s) => s.usersAdass,
    tolerance: pm(1_000_000, 0.15),
  },
  {
    target: 'Uptake, NI130 basis, 2009-10 (±5 pts)',
    published: '13%',
    source: 'seed 002 (NHS Information Centre, Aug 2010)',
    date: MAR10,
    unit: '%',
    measure: (_p, s) => 100 * s.uptakeNi130,
    tolerance: pts(13, 5),
  },
  {
    target: 'Median council uptake, NI130 basis, 2009-10 (5–10%)',
    published: 'half of councils < 10%',
    source: 'seed 002 (NHS Information Centre, Aug 2010)',
    date: MAR10,
    unit: '%',
    measure: (_p, s) => 100 * s.distributionNi130.p50,
    tolerance: { min: 5, max: 10 },
  },
  {
    target: 'Councils over 20%, NI130 basis, 2009-10 (6–20% of councils)',
    published: 'one in eight (12.5%)',
    source: 'seed 002 (NHS Information Centre, Aug 2010)',
    date: MAR10,
    unit: '% of councils',
    measure: (p, s) => 100 * shareAtLeast(ni130(p, s), 0.2),
    tolerance: { min: 6, max: 20 },
  },
  {
    target: 'Councils at 30% or more, NI130 basis, 2009-10 data (2–12 councils)',
    published: '6 of 152',
    source: '[V2] Audit Commission Oct 2010, via BBC and Local Government Lawyer',
    date: MAR10,
    unit: 'councils',
    measure: (p, s) => shareAtLeast(ni130(p, s), 0.3) * s.councilUptakeAdass.length,
    tolerance: { min: 2, max: 12 },
  },
  {
    target: 'Highest council, Oct 2010, basis unstated; ADASS basis (45–80%)',
    published: '59%',
    source: 'seed 004 (Audit Commission, Oct 2010)',
    date: OCT10,
    unit: '%',
    measure: (_p, s) => 100 * s.distributionAdass.max,
    tolerance: { min: 45, max: 80 },
  },
  {
    target: 'Personal budgets, end Sep 2010 (±15%)',
    published: '250,000 of 1 m',
    source: 'seeds 002, 003 (ADASS survey, announced Nov 2010)',
    date: SEP10,
    unit: 'persons',
    measure: (_p, s) => s.budgets,
    tolerance: pm(250_000, 0.15),
  },
  {
    target: 'Direct payments as share of budgets, end Sep 2010 (40–60%)',
    published: 'half',
    source: 'seed 002',
    date: SEP10,
    unit: '%',
    measure: (_p, s) => 100 * s.directPaymentShare,
    tolerance: { min: 40, max: 60 },
  },
  {
    target: 'Personal budgets, Mar 2011 (±15%)',
    published: '338,000',
    source: '[V] ADASS 2011',
    date: MAR11,
    unit: 'persons',
    measure: (_p, s) => s.budgets,
    tolerance: pm(338_000, 0.15),
  },
  {
    target: 'Uptake, ADASS basis, Mar 2011 (±5 pts)',
    published: 'about a third',
    source: '[V] ADASS 2011',
    date: MAR11,
    unit: '%',
    measure: (_p, s) => 100 * s.uptakeAdass,
    tolerance: pts(100 / 3, 5),
  },
  {
    target: 'Direct payments as share of budgets, Mar 2011 (±5 pts)',
    published: 'a third',
    source: '[V] ADASS 2011',
    date: MAR11,
    unit: '%',
    measure: (_p, s) => 100 * s.directPaymentShare,
    tolerance: pts(100 / 3, 5),
  },
  {
    target: 'Direct payments as share of budget money, Mar 2011 (±5 pts)',
    published: 'half',
    source: '[V] ADASS 2011',
    date: MAR11,
    unit: '%',
    measure: (p, s) =>
      (100 * p.averageAnnualCost * s.directPayments * p.directPaymentPackageSize) / pbCare(p, s),
    tolerance: pts(50, 5),
  },
  {
    target: 'Money in personal budgets, Mar 2011 (±15%)',
    published: '£1.5 bn (≈£1 in £7 of council care spend)',
    source: '[V] ADASS 2011',
    date: MAR11,
    unit: '£ bn/year',
    measure: (p, s) => pbCare(p, s) / 1e9,
    tolerance: pm(1.5, 0.15),
  },
  {
    target: 'Personal budgets, Mar 2012 (±15%)',
    published: '432,349',
    source: '[V] ADASS 2012',
    date: MAR12,
    unit: 'persons',
    measure: (_p, s) => s.budgets,
    tolerance: pm(432_349, 0.15),
  },
  {
    target: 'Uptake, ADASS basis, Mar 2012 (±5 pts)',
    published: '52.8%',
    source: '[V] ADASS 2012',
    date: MAR12,
    unit: '%',
    measure: (_p, s) => 100 * s.uptakeAdass,
    tolerance: pts(52.8, 5),
  },
  {
    target: 'Users in community support, ADASS basis, Mar 2012 (±15%)',
    published: '818,700',
    source: '[V] ADASS 2012',
    date: MAR12,
    unit: 'persons',
    measure: (_p, s) => s.usersAdass,
    tolerance: pm(818_700, 0.15),
  },
  {
    // 43% cannot be on the ADASS basis (already 52.8% in Mar 2012), so it is read on NI130.
    target: 'Uptake of eligible users, NI130 basis, Oct 2012 (±5 pts)',
    published: '43%',
    source: 'seed 000 (Oct 2012)',
    date: OCT12,
    unit: '%',
    measure: (_p, s) => 100 * s.uptakeNi130,
    tolerance: pts(43, 5),
  },
  {
    target: 'Direct payments as share of budgets, Oct 2012 (under 50%)',
    published: 'a minority; most council-managed',
    source: 'seed 000 (Oct 2012)',
    date: OCT12,
    unit: '%',
    measure: (_p, s) => 100 * s.directPaymentShare,
    tolerance: { min: 0, max: 50 },
  },
];

/** Each reported figure's model value in every run, in `reportedFigures` order. */
export function measureFigures(
  runs: readonly PersonalBudgetRun[],
  params: PersonalBudgetParams = defaultPersonalBudgetParams,
): number[][] {
  return reportedFigures.map((f) => runs.map((run) => f.measure(params, snapshotAt(run, f.date))));
}

/** Calibration rows from runs already made (mean over runs, 5th–95th percentiles). */
export function calibrationRowsFromRuns(
  runs: readonly PersonalBudgetRun[],
  params: PersonalBudgetParams = defaultPersonalBudgetParams,
): CalibrationRow[] {
  const values = measureFigures(runs, params);
  return reportedFigures.map((f, i) => {
    const s = spread(values[i] ?? []);
    return calibrationRow({
      target: f.target,
      published: f.published,
      source: f.source,
      simulated: s.mean,
      lo: s.lo,
      hi: s.hi,
      unit: f.unit,
      tolerance: f.tolerance,
    });
  });
}

/**
 * The back-test as calibration rows: for each reported figure, the mean over `replicates` runs
 * with its 5th–95th percentiles, passing when the mean lies in the stated tolerance.
 */
export function personalBudgetCalibrationRows(
  replicates = BACKTEST_REPLICATES,
  params: PersonalBudgetParams = defaultPersonalBudgetParams,
): CalibrationRow[] {
  return calibrationRowsFromRuns(runBacktest(params, replicates), params);
}
