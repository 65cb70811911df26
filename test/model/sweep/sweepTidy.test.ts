// The sweep's tidy table: one row per point, arm, comparison, measure, year and statistic, a
// column per parameter; the Parquet file reads back equal to the CSV, column by column.
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { summarise } from '../../../src/model/simulate/summarise.ts';
import {
  rowsPerPoint,
  sweepTidyColumns,
  sweepTidyCsv,
  sweepTidyParquet,
  type SweepPointSummary,
} from '../../../src/model/sweep/sweepTidy.ts';
import type { SweepParameter } from '../../../src/model/sweep/grid.ts';
import { armNames, results, scenario } from '../export/fixtures.ts';

const parameters: SweepParameter[] = [
  { name: 'cap', path: 'arms[1].policy.overrides.cap', values: [50000, null] },
  { name: 'basis', path: 'personalBudgets.basis', values: ['ni130', 'adass, "quoted"'] },
];
const points: SweepPointSummary[] = [
  {
    id: 'p001',
    parameters: { cap: 50000, basis: 'ni130' },
    armNames,
    summary: summarise(results(), armNames, 2026),
  },
  {
    id: 'p002',
    parameters: { cap: null, basis: 'adass, "quoted"' },
    armNames,
    summary: summarise(results(3), armNames, 2026),
  },
];

describe('sweep tidy table', () => {
  const csv = csvParseRows(sweepTidyCsv(parameters, points));

  it('has a row per point, arm (levels and differences), measure, year and statistic', () => {
    expect(csv[0]).toEqual([
      'point',
      'cap',
      'basis',
      'arm',
      'comparison',
      'measure',
      'unit',
      'year',
      'statistic',
      'value',
    ]);
    expect(csv.length - 1).toBe(2 * rowsPerPoint(2, scenario.years));
    const first = points[0]!.summary.differences['reform 2021']!.council_net_spend[1]!;
    const row = csv.find(
      (r) =>
        r[0] === 'p001' &&
        r[4] === 'difference' &&
        r[5] === 'council_net_spend' &&
        r[7] === '2027' &&
        r[8] === 'p95',
    )!;
    expect(row.slice(1, 4)).toEqual(['50000', 'ni130', 'reform 2021']);
    expect(Number(row[9])).toBe(first.p95);
    expect(csv.filter((r) => r[0] === 'p002')[0]!.slice(1, 3)).toEqual(['NA', 'adass, "quoted"']);
  });

  it('as Parquet reads back equal to the CSV, column by column, with its metadata', async () => {
    const bytes = sweepTidyParquet(parameters, points, { manifest: '{"a":1}' });
    const file = new Uint8Array(bytes).buffer;
    const rows = await parquetReadObjects({ file });
    const columns = sweepTidyColumns(parameters);
    expect(Object.keys(rows[0]!)).toEqual(columns);
    expect(rows).toHaveLength(csv.length - 1);
    columns.forEach((col, c) => {
      const got = rows.map((r) => r[col]);
      const want = csv.slice(1).map((r) => r[c]!);
      if (col === 'cap') expect(got).toEqual(want.map((t) => (t === 'NA' ? null : Number(t))));
      else if (col === 'year') expect(got).toEqual(want.map(Number));
      else if (col === 'value')
        got.forEach((v, i) => expect(Object.is(v, Number(want[i]))).toBe(true));
      else expect(got).toEqual(want);
    });
    const meta = parquetMetadata(file);
    const types = Object.fromEntries(
      parquetSchema(meta).children.map((ch) => [ch.element.name, ch.element.type]),
    );
    expect(types).toMatchObject({
      cap: 'DOUBLE',
      basis: 'BYTE_ARRAY',
      year: 'INT32',
      value: 'DOUBLE',
    });
    expect(meta.key_value_metadata).toEqual([{ key: 'manifest', value: '{"a":1}' }]);
  });
});
