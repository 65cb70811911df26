// Parquet files from columns, with hyparquet-writer (pure JavaScript, no I/O, so it runs in
// browsers too): one row group per 100,000 rows, snappy compression, text columns dictionary
// encoded. Key-value metadata carries the run's manifest and results hash.
import { parquetWriteBuffer } from 'hyparquet-writer';

/** One column: text, 32-bit integers or doubles (NaN written as a missing value). */
export type ParquetColumn =
  | { name: string; type: 'STRING'; data: readonly string[] }
  | { name: string; type: 'INT32'; data: readonly number[] | Int32Array }
  | { name: string; type: 'DOUBLE'; data: readonly number[] | Float64Array };

/** Rows per row group: big enough for good compression, small enough to read in pieces. */
export const PARQUET_ROW_GROUP = 100_000;

/**
 * A Parquet file of `columns` (all of one length) with `metadata` as its key-value metadata.
 * Text and integer columns are required (never null); a double column is optional and holds
 * null where the value is NaN, which R, pandas and DuckDB read as missing (the CSVs' `NA`).
 */
export function parquetFile(
  columns: readonly ParquetColumn[],
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const rows = columns[0]?.data.length ?? 0;
  for (const c of columns) {
    if (c.data.length !== rows)
      throw new Error(`parquetFile: column ${c.name} has ${c.data.length} rows, not ${rows}`);
  }
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => {
      if (c.type !== 'DOUBLE') return { name: c.name, type: c.type, data: c.data, nullable: false };
      let hasNaN = false;
      for (let i = 0; i < c.data.length; i++) if (Number.isNaN(c.data[i]!)) hasNaN = true;
      const data = hasNaN
        ? Array.from(c.data, (x) => (Number.isNaN(x) ? null : x))
        : c.data instanceof Float64Array
          ? c.data
          : Float64Array.from(c.data);
      return { name: c.name, type: 'DOUBLE' as const, data, nullable: true };
    }) as Parameters<typeof parquetWriteBuffer>[0]['columnData'],
    rowGroupSize: PARQUET_ROW_GROUP,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'care-cap-simulator (hyparquet-writer)',
  });
  return new Uint8Array(buffer);
}
