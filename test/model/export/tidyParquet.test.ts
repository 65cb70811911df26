// tidyParquet: read back with hyparquet (an independent reader), every column equals the tidy
// CSV's values exactly (text as text, numbers bit for bit, NA as missing), with typed columns and
// the manifest and results hash in the key-value metadata.
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { tidyCsv, TIDY_COLUMNS } from '../../../src/model/export/tidyCsv.ts';
import { PARQUET_METADATA_KEYS, tidyParquet } from '../../../src/model/export/tidyParquet.ts';
import { parquetFile } from '../../../src/model/export/parquet.ts';
import { armNames, parquetInputs, scenario } from './fixtures.ts';

// A NaN (an uptake share with no users) must come back as missing, like the CSV's NA.
const { reps, manifest } = await parquetInputs();
const bytes = tidyParquet(scenario, armNames, reps, { manifest });
const file = new Uint8Array(bytes).buffer; // a copy: an ArrayBuffer of its own

describe('tidyParquet', () => {
  it('reads back column by column equal to the tidy CSV', async () => {
    const rows = await parquetReadObjects({ file });
    const csv = csvParseRows(tidyCsv(scenario, armNames, reps));
    expect(csv[0]).toEqual([...TIDY_COLUMNS]);
    const body = csv.slice(1);
    expect(rows).toHaveLength(body.length);
    expect(Object.keys(rows[0]!)).toEqual([...TIDY_COLUMNS]);
    let missing = 0;
    TIDY_COLUMNS.forEach((col, c) => {
      const fromParquet = rows.map((r) => r[col]);
      const fromCsv = body.map((r) => r[c]!);
      if (col === 'replicate' || col === 'year') {
        expect(fromParquet).toEqual(fromCsv.map(Number));
      } else if (col === 'value') {
        fromCsv.forEach((text, i) => {
          if (text === 'NA') {
            missing++;
            expect(fromParquet[i]).toBeNull();
          } else {
            // Exactly the same double: Object.is tells -0 from 0 too.
            expect(Object.is(fromParquet[i], Number(text))).toBe(true);
          }
        });
      } else {
        expect(fromParquet).toEqual(fromCsv);
      }
    });
    expect(missing).toBe(1);
  });

  it('has typed columns: text, int32 replicate and year, double value', () => {
    const schema = parquetSchema(parquetMetadata(file));
    const types = Object.fromEntries(
      schema.children.map((c) => [c.element.name, [c.element.type, c.element.converted_type]]),
    );
    expect(types).toEqual({
      scenario: ['BYTE_ARRAY', 'UTF8'],
      arm: ['BYTE_ARRAY', 'UTF8'],
      replicate: ['INT32', undefined],
      year: ['INT32', undefined],
      measure: ['BYTE_ARRAY', 'UTF8'],
      unit: ['BYTE_ARRAY', 'UTF8'],
      value: ['DOUBLE', undefined],
    });
  });

  it('carries the manifest and results hash in its key-value metadata', () => {
    const kv = Object.fromEntries(
      (parquetMetadata(file).key_value_metadata ?? []).map((e) => [e.key, e.value]),
    );
    expect(kv[PARQUET_METADATA_KEYS.resultsHash]).toBe(manifest.resultsHash);
    expect(JSON.parse(kv[PARQUET_METADATA_KEYS.manifest]!)).toEqual(manifest);
  });

  it('is the same bytes for the same inputs, and refuses columns of different lengths', () => {
    expect(tidyParquet(scenario, armNames, reps, { manifest })).toEqual(bytes);
    expect(() =>
      parquetFile([
        { name: 'a', type: 'INT32', data: [1, 2] },
        { name: 'b', type: 'DOUBLE', data: [1] },
      ]),
    ).toThrow(/column b has 1 rows, not 2/);
  });
});
