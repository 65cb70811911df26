// A sweep's results as one tidy table: for every grid point, arm and measure, each year's mean
// and 5th/50th/95th percentiles across replicates, as levels and as differences from the first
// arm (computed replicate by replicate). One column per varied parameter names the point. The
// same rows are written as CSV (sweep_tidy.csv) or Parquet (sweep_tidy.parquet).
import { csvFormatRows, csvFormatValue } from 'd3';
import { measureDefs } from '../simulate/measures.ts';
import type { MeasureSeries, RunSummary } from '../simulate/summarise.ts';
import { csvNumber } from '../export/csv.ts';
import { parquetFile, type ParquetColumn } from '../export/parquet.ts';
import type { JsonValue, SweepParameter } from './grid.ts';

/** The table's own columns around the parameters' (`point`, parameters…, then these). */
export const SWEEP_TIDY_COLUMNS = [
  'arm',
  'comparison',
  'measure',
  'unit',
  'year',
  'statistic',
  'value',
] as const;

export const STATISTICS = ['mean', 'p5', 'p50', 'p95'] as const;

/** One grid point's summary, as the table needs it. */
export interface SweepPointSummary {
  id: string;
  parameters: Record<string, JsonValue>;
  armNames: readonly string[];
  summary: RunSummary;
}

/** Every column name, in order. */
export const sweepTidyColumns = (parameters: readonly SweepParameter[]): string[] => [
  'point',
  ...parameters.map((p) => p.name),
  ...SWEEP_TIDY_COLUMNS,
];

/**
 * A parameter's value as table text: numbers as in the CSVs (full precision), null as NA, text
 * as it is, true/false, and lists or objects as JSON.
 */
export function parameterText(v: JsonValue): string {
  if (v === null) return 'NA';
  if (typeof v === 'number') return csvNumber(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A parameter whose values are all numbers (or null) gets a number column; others text. */
export const isNumericParameter = (p: SweepParameter): boolean =>
  p.values.every((v) => v === null || typeof v === 'number');

interface Row {
  arm: string;
  comparison: 'level' | 'difference';
  measure: string;
  unit: string;
  year: number;
  statistic: (typeof STATISTICS)[number];
  value: number;
}

/** The rows of one point, in table order: arms' levels, then differences; measure, year, statistic. */
function* pointRows(p: SweepPointSummary): Generator<Row> {
  const series = function* (arm: string, comparison: Row['comparison'], s: MeasureSeries) {
    for (const d of measureDefs) {
      for (const point of s[d.name]) {
        for (const statistic of STATISTICS) {
          yield {
            arm,
            comparison,
            measure: d.name,
            unit: d.unit,
            year: point.year,
            statistic,
            value: point[statistic],
          };
        }
      }
    }
  };
  for (const arm of p.armNames) yield* series(arm, 'level', p.summary.arms[arm]!);
  for (const arm of p.armNames.slice(1))
    yield* series(arm, 'difference', p.summary.differences[arm]!);
}

/** Rows a point contributes. */
export const rowsPerPoint = (arms: number, years: number): number =>
  (2 * arms - 1) * measureDefs.length * years * STATISTICS.length;

/** The CSV in chunks: the header, then one chunk per grid point. */
export function* sweepTidyCsvChunks(
  parameters: readonly SweepParameter[],
  points: Iterable<SweepPointSummary>,
): Generator<string> {
  yield csvFormatRows([sweepTidyColumns(parameters)]) + '\n';
  for (const p of points) {
    const head = [p.id, ...parameters.map((q) => parameterText(p.parameters[q.name]!))]
      .map((t) => csvFormatValue(t))
      .join(',');
    const lines: string[] = [];
    for (const r of pointRows(p)) {
      lines.push(
        `${head},${csvFormatValue(r.arm)},${r.comparison},${r.measure},${csvFormatValue(r.unit)},${r.year},${r.statistic},${csvNumber(r.value)}`,
      );
    }
    yield lines.join('\n') + '\n';
  }
}

/** The whole CSV as one string. */
export const sweepTidyCsv = (
  parameters: readonly SweepParameter[],
  points: Iterable<SweepPointSummary>,
): string => Array.from(sweepTidyCsvChunks(parameters, points)).join('');

/**
 * The same table as Parquet bytes: text columns, a double column for each numeric parameter
 * (null is missing), int32 year, double value; `metadata` goes into the key-value metadata.
 */
export function sweepTidyParquet(
  parameters: readonly SweepParameter[],
  points: readonly SweepPointSummary[],
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const point: string[] = [];
  const params = parameters.map(() => [] as (string | number)[]);
  const arm: string[] = [];
  const comparison: string[] = [];
  const measure: string[] = [];
  const unit: string[] = [];
  const year: number[] = [];
  const statistic: string[] = [];
  const value: number[] = [];
  const numeric = parameters.map(isNumericParameter);
  for (const p of points) {
    const own = parameters.map((q, i) => {
      const v = p.parameters[q.name]!;
      return numeric[i] ? (v === null ? NaN : (v as number)) : parameterText(v);
    });
    for (const r of pointRows(p)) {
      point.push(p.id);
      own.forEach((v, i) => params[i]!.push(v));
      arm.push(r.arm);
      comparison.push(r.comparison);
      measure.push(r.measure);
      unit.push(r.unit);
      year.push(r.year);
      statistic.push(r.statistic);
      value.push(r.value);
    }
  }
  const columns: ParquetColumn[] = [
    { name: 'point', type: 'STRING', data: point },
    ...parameters.map((q, i): ParquetColumn =>
      numeric[i]
        ? { name: q.name, type: 'DOUBLE', data: params[i] as number[] }
        : { name: q.name, type: 'STRING', data: params[i] as string[] },
    ),
    { name: 'arm', type: 'STRING', data: arm },
    { name: 'comparison', type: 'STRING', data: comparison },
    { name: 'measure', type: 'STRING', data: measure },
    { name: 'unit', type: 'STRING', data: unit },
    { name: 'year', type: 'INT32', data: Int32Array.from(year) },
    { name: 'statistic', type: 'STRING', data: statistic },
    { name: 'value', type: 'DOUBLE', data: Float64Array.from(value) },
  ];
  return parquetFile(columns, metadata);
}
