// The history run (personal budgets 2008–2016) on one screen: per arm, uptake on both bases, the
// median council, budgets and the cost of the targets, each with its 5th–95th percentiles, and
// the figures published at the time with their sources.
import { publishedPoints, type HistoryResult } from '../model/councils/history.ts';
import type { SummaryPoint } from '../model/simulate/summarise.ts';
import { textTable } from './table.ts';

const pct = (x: number) => `${(100 * x).toFixed(1).replace('-', '−')}%`;
const thousands = (x: number) => `${Math.round(x / 1000)}k`;
const millions = (x: number) =>
  `${Math.round(x / 1e6) < 0 ? '−' : ''}£${Math.abs(Math.round(x / 1e6))}m`;
const band = (p: SummaryPoint, f: (x: number) => string) =>
  `${f(p.mean)} (${f(p.p5)} to ${f(p.p95)})`;

/** A text block per arm, the differences from the first arm, and the published figures. */
export function historySummary(result: HistoryResult): string {
  const out: string[] = [
    `Personal budgets, history 2008–2016 (${result.replicates} replicates; mean, 5th to 95th percentile). Before April 2010 the path is run backwards from the calibrated March 2010 position.`,
  ];
  result.arms.forEach((arm, i) => {
    const s = result.summary[arm.name]!;
    const targets = result.targets[i]!.map((t) => t.label).join(', ') || 'no target';
    out.push(
      '',
      `${arm.name}: ${targets}; measured on ${arm.basis === 'adass' ? 'ADASS' : 'NI130'}`,
      textTable(
        [
          '1 April',
          'uptake NI130',
          'uptake ADASS',
          'median council',
          'councils ≥ target',
          'budgets',
          'direct payments',
        ],
        s.uptakeNi130.map((p, k) => [
          `${p.year}`,
          band(p, pct),
          band(s.uptakeAdass[k]!, pct),
          band(s.councilP50[k]!, pct),
          pct(s.councilsOverTarget[k]!.mean),
          band(s.budgets[k]!, thousands),
          band(s.directPayments[k]!, thousands),
        ]),
      ),
      textTable(
        ['year', 'extra council spending against no target, 2010-11 prices'],
        s.costDifference.map((p) => [
          `${p.year}-${String((p.year + 1) % 100).padStart(2, '0')}`,
          band(p, millions),
        ]),
      ),
    );
    const d = result.differences[arm.name];
    if (d)
      out.push(
        `${arm.name} − ${result.arms[0]!.name}: uptake NI130 April 2013 ${band(d.uptakeNi130[5]!, pct)}, April 2016 ${band(d.uptakeNi130[8]!, pct)}; spending 2010-11 to 2015-16 ${millions(d.costDifference.reduce((a, p) => a + p.mean, 0))}`,
      );
  });
  out.push('', 'Published at the time:');
  for (const p of publishedPoints) out.push(`  ${p.when}: ${p.text} [${p.source}]`);
  return out.join('\n');
}
