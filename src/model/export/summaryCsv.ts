// The run summary as CSV: mean and 5th/50th/95th percentiles across replicates for every arm,
// measure and year, as levels and as differences from the first arm.
import { measureDefs } from '../simulate/measures.ts';
import type { MeasureSeries, RunSummary } from '../simulate/summarise.ts';
import { csvRows, type CsvCell } from './csv.ts';
import { scenarioName } from './tidyCsv.ts';

/** Column names of the summary CSV, in order. */
export const SUMMARY_COLUMNS = [
  'scenario',
  'arm',
  'comparison',
  'year',
  'measure',
  'unit',
  'mean',
  'p5',
  'p50',
  'p95',
] as const;

/**
 * Summary rows for every arm (`comparison` = `level`), then for every arm after the first its
 * difference from the first arm (`difference`; computed replicate by replicate, so the interval
 * is that of the difference, not a difference of intervals). Units are the measure's units.
 */
export function summaryCsv(scenario: { name?: string | undefined }, summary: RunSummary): string {
  const rows: CsvCell[][] = [[...SUMMARY_COLUMNS]];
  const name = scenarioName(scenario, Object.keys(summary.arms));
  const add = (arm: string, comparison: 'level' | 'difference', series: MeasureSeries) => {
    for (const d of measureDefs) {
      for (const p of series[d.name]) {
        rows.push([name, arm, comparison, p.year, d.name, d.unit, p.mean, p.p5, p.p50, p.p95]);
      }
    }
  };
  for (const [arm, series] of Object.entries(summary.arms)) add(arm, 'level', series);
  for (const [arm, series] of Object.entries(summary.differences)) add(arm, 'difference', series);
  return csvRows(rows) + '\n';
}
