// The Python snippet of docs/reproducing.md ("Python (pandas and pyarrow, or DuckDB)") run as it
// stands on a results_tidy.parquet written by tidyParquet: it must run without error, and the
// frame it reads must hold the tidy CSV's rows, columns and values exactly (NaN as a missing
// value), the metadata's manifest and results hash, and a pivot of one row per replicate and year.
//
// Needs a Python with pandas, pyarrow and duckdb: PARQUET_PYTHON (a path) or python3. Where they
// are missing the test is skipped with one line saying so (CI does not install them).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { tidyCsv, TIDY_COLUMNS } from '../../../src/model/export/tidyCsv.ts';
import { tidyParquet } from '../../../src/model/export/tidyParquet.ts';
import { armNames, parquetInputs, scenario } from './fixtures.ts';

const python = process.env.PARQUET_PYTHON || 'python3';
const probe = spawnSync(python, ['-c', 'import pandas, pyarrow, duckdb'], { encoding: 'utf8' });
const available = probe.status === 0;
const skipReason = `${python} cannot import pandas, pyarrow and duckdb (${(probe.stderr || String(probe.error ?? '')).trim().split('\n').pop()}); set PARQUET_PYTHON to a Python that has them`;
if (!available) console.warn(`test/model/export/parquetSnippets.test.ts skipped: ${skipReason}`);

/** The ```python block under "### Python (pandas and pyarrow, or DuckDB)" of docs/reproducing.md. */
function pythonSnippet(): string {
  const doc = readFileSync('docs/reproducing.md', 'utf8');
  const section = doc.slice(doc.indexOf('### Python (pandas and pyarrow, or DuckDB)'));
  const m = /```python\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('docs/reproducing.md: no ```python block under ### Python');
  return m[1]!;
}

/** Appended to the snippet: what it read, as JSON (NaN as null), for the test to compare. */
const REPORT = `
import json as _json
print("REPORT " + _json.dumps({
    "columns": list(tidy.columns),
    "dtypes": {c: str(t) for c, t in tidy.dtypes.items()},
    "rows": [[None if isinstance(v, float) and v != v else v for v in row]
             for row in tidy.itertuples(index=False, name=None)],
    "hash": meta[b"resultsHash"].decode(),
    "manifestHash": manifest["resultsHash"],
    "spendShape": list(spend.shape),
}))
`;

const dir = mkdtempSync(join(tmpdir(), 'parquet-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

(available ? describe : describe.skip)('docs/reproducing.md: the Python snippet', () => {
  it('reads a written results_tidy.parquet: the CSV’s rows exactly, the manifest and hash', async () => {
    const { reps, manifest } = await parquetInputs();
    writeFileSync(
      join(dir, 'results_tidy.parquet'),
      tidyParquet(scenario, armNames, reps, { manifest }),
    );
    writeFileSync(join(dir, 'snippet.py'), pythonSnippet() + REPORT);
    const r = spawnSync(python, ['snippet.py'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    // The snippet's own print: the results hash and the seed.
    expect(lines[0]).toBe(`${manifest.resultsHash} ${scenario.seed}`);
    const report = JSON.parse(lines.find((l) => l.startsWith('REPORT '))!.slice(7));
    expect(report.columns).toEqual([...TIDY_COLUMNS]);
    expect(report.dtypes.replicate).toBe('int32');
    expect(report.dtypes.year).toBe('int32');
    expect(report.dtypes.value).toBe('float64');
    expect(report.hash).toBe(manifest.resultsHash);
    expect(report.manifestHash).toBe(manifest.resultsHash);
    // One row per replicate and year, one column per arm.
    expect(report.spendShape).toEqual([scenario.replicates * scenario.years, armNames.length]);
    const csv = csvParseRows(tidyCsv(scenario, armNames, reps)).slice(1);
    expect(report.rows).toHaveLength(csv.length);
    const v = TIDY_COLUMNS.indexOf('value');
    let missing = 0;
    csv.forEach((row, i) => {
      const got = report.rows[i] as (string | number | null)[];
      TIDY_COLUMNS.forEach((col, c) => {
        if (col === 'replicate' || col === 'year') expect(got[c]).toBe(Number(row[c]));
        else if (c !== v) expect(got[c]).toBe(row[c]);
      });
      if (row[v] === 'NA') {
        missing++;
        expect(got[v]).toBeNull();
      } else
        expect(Object.is(got[v], Number(row[v])), `row ${i}: ${got[v]} ≠ ${row[v]}`).toBe(true);
    });
    expect(missing).toBe(1);
  }, 60_000);
});

if (!available)
  describe('docs/reproducing.md: the Python snippet', () => {
    it.skip(`skipped: ${skipReason}`, () => {});
  });
