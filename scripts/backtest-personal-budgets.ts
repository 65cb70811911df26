// CLI: the personal-budget back-test 2010–2013 (MODEL.md §5). Prints the path against reported
// figures, spending by financial year against a no-target baseline, and the calibration rows.
// Usage: npx tsx scripts/backtest-personal-budgets.ts [replicates]
import {
  BACKTEST_REPLICATES,
  calibrationRowsFromRuns,
  runBacktest,
  spread,
  type Spread,
} from '../src/model/councils/backtest.ts';
import { backtestPath } from '../src/model/councils/backtestPath.ts';
import { defaultPersonalBudgetParams as params } from '../src/model/councils/personalBudgetParams.ts';

const replicates = Number(process.argv[2] ?? BACKTEST_REPLICATES);
const runs = runBacktest(params, replicates);

const pct = (s: Spread) =>
  `${(100 * s.mean).toFixed(1)} [${(100 * s.lo).toFixed(1)}–${(100 * s.hi).toFixed(1)}]`;
const thousands = (s: Spread) =>
  `${(s.mean / 1e3).toFixed(0)}k [${(s.lo / 1e3).toFixed(0)}–${(s.hi / 1e3).toFixed(0)}]`;
const bn = (s: Spread) =>
  `${(s.mean / 1e9).toFixed(3)} [${(s.lo / 1e9).toFixed(3)}–${(s.hi / 1e9).toFixed(3)}]`;
const m = (s: Spread) =>
  `${(s.mean / 1e6).toFixed(1)} [${(s.lo / 1e6).toFixed(1)}–${(s.hi / 1e6).toFixed(1)}]`;

console.log(
  `Personal budgets back-test, ${replicates} replicates, targets measured on ${params.targetBasis}; mean [5th–95th]\n`,
);
console.table(
  backtestPath(runs, params).map((r) => ({
    date: r.label,
    budgets: thousands(r.budgets),
    'no-target budgets': thousands(r.baselineBudgets),
    'uptake NI130 %': pct(r.uptakeNi130),
    'uptake ADASS %': pct(r.uptakeAdass),
    'DP share %': pct(r.directPaymentShare),
    'median council NI130 %': pct(r.medianCouncilNi130),
    'councils ≥30% NI130 %': pct(r.councilsAt30Ni130),
    reported: r.reported,
  })),
);

console.log('\nCouncil spending on ongoing community care by financial year, £ (2010-11 prices)\n');
const years = runs[0]?.years ?? [];
console.table(
  years.map((y, i) => {
    const of = (f: (r: (typeof runs)[number]) => number) => spread(runs.map(f));
    const at = (r: (typeof runs)[number]) => r.years[i] as (typeof years)[number];
    return {
      year: y.label,
      'total £bn': bn(of((r) => at(r).spend.total)),
      'direct payments £bn': bn(of((r) => at(r).spend.directPayments)),
      'managed £bn': bn(of((r) => at(r).spend.managedBudgets)),
      'traditional £bn': bn(of((r) => at(r).spend.traditional)),
      'set-up £m': m(of((r) => at(r).spend.setUp)),
      'stranded £m': m(of((r) => at(r).spend.stranded)),
      'vs no target £m': m(of((r) => at(r).costDifference)),
    };
  }),
);

console.log('\nTargets at their deadlines (share of councils meeting them, target basis)\n');
console.table(
  (runs[0]?.targets ?? []).map((t, i) => ({
    target: t.target.label,
    'in force at deadline': t.inForceAtDeadline,
    'national uptake %': pct(spread(runs.map((r) => r.targets[i]?.uptake ?? NaN))),
    'councils meeting %': pct(spread(runs.map((r) => r.targets[i]?.shareOfCouncilsMeeting ?? NaN))),
  })),
);

console.log('\nCalibration rows (pass: mean within tolerance)\n');
const rows = calibrationRowsFromRuns(runs, params);
const fmt = (x: number) =>
  Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-GB') : x.toFixed(1);
console.table(
  rows.map((r) => ({
    target: r.target,
    published: r.published,
    simulated: `${fmt(r.simulated)} [${fmt(r.lo)}–${fmt(r.hi)}]`,
    tolerance: `${fmt(r.tolerance.min)}–${fmt(r.tolerance.max)}`,
    unit: r.unit,
    pass: r.pass ? 'yes' : 'NO',
  })),
);
const failed = rows.filter((r) => !r.pass).length;
console.log(`${rows.length - failed}/${rows.length} within tolerance`);
process.exitCode = failed > 0 ? 1 : 0;
