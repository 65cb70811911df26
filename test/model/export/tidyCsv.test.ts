// The tidy CSV: exact columns, one row per scenario × arm × replicate × year × measure, text
// quoted so it parses back, and every number read back exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvParse } from 'd3';
import { tidyCsv, tidyCsvChunks, TIDY_COLUMNS } from '../../../src/model/export/tidyCsv.ts';
import { measureDefs, MEASURE_COUNT } from '../../../src/model/simulate/measures.ts';
import { emptyResult, vi } from '../../../src/model/simulate/result.ts';
import { armNames, results, scenario } from './fixtures.ts';

describe('tidyCsv', () => {
  const reps = results();
  const rows = csvParse(tidyCsv(scenario, armNames, reps));

  it('has exactly the columns scenario,arm,replicate,year,measure,unit,value', () => {
    expect(rows.columns).toEqual([...TIDY_COLUMNS]);
    expect(tidyCsv(scenario, armNames, reps).split('\n')[0]).toBe(
      'scenario,arm,replicate,year,measure,unit,value',
    );
  });

  it('writes one row per arm × replicate × year × measure', () => {
    expect(rows).toHaveLength(2 * 4 * 3 * MEASURE_COUNT);
  });

  it('parses back with csvParse into exactly the same numbers', () => {
    for (const row of rows) {
      const a = armNames.indexOf(row.arm!);
      const r = reps[Number(row.replicate)]!;
      const y = Number(row.year) - scenario.startYear;
      const m = measureDefs.findIndex((d) => d.name === row.measure);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(m).toBeGreaterThanOrEqual(0);
      expect(row.unit).toBe(measureDefs[m]!.unit);
      expect(Number(row.value)).toBe(r.values[vi(r.years, a, m, y)]);
    }
  });

  it('quotes a scenario name holding commas, quotes and a line break', () => {
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set([scenario.name]));
  });

  it('labels rows of an unnamed scenario (the explorer’s) by its arms, as the explorer does', () => {
    const unnamed = csvParse(tidyCsv({ startYear: 2026 }, armNames, reps));
    expect(new Set(unnamed.map((r) => r.scenario))).toEqual(new Set([armNames.join(' vs ')]));
    expect(unnamed[0]!.scenario).not.toBe('unnamed');
  });

  it('writes NaN as NA, which reads back as NaN', () => {
    const r = emptyResult(0, -1, 1, 1);
    r.values[0] = NaN;
    const csv = tidyCsv({ startYear: 2030 }, ['a'], [r]);
    expect(csv.split('\n')[1]).toBe('a,a,0,2030,council_net_spend,£ a year,NA');
    expect(Number(csvParse(csv)[0]!.value)).toBeNaN();
  });

  it('sorts replicates and streams the same text as chunks', () => {
    const shuffled = [reps[2]!, reps[0]!, reps[3]!, reps[1]!];
    const chunks = [...tidyCsvChunks(scenario, armNames, shuffled)];
    expect(chunks).toHaveLength(1 + 2 * 4);
    expect(chunks.join('')).toBe(tidyCsv(scenario, armNames, reps));
  });

  it('round-trips any finite or infinite double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const r = emptyResult(0, -1, 1, 1);
        r.values[0] = x;
        const back = Number(csvParse(tidyCsv({ startYear: 2026 }, ['a'], [r]))[0]!.value);
        // -0 is written as 0 (String(-0) === '0').
        expect(back).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
