// csv.ts: text cells are quoted and neutralised against formula injection; numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { csvCell, csvRows, csvText } from '../../../src/model/export/csv.ts';
import { summaryCsv, tidyCsv } from '../../../src/model/export/index.ts';
import { emptyResult } from '../../../src/model/simulate/result.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';

describe('csvText', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['Cap £60k, UCL £150k', '"Cap £60k, UCL £150k"'],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('%j is written %j', (text, want) => expect(csvText(text)).toBe(want));
});

describe('csvCell and csvRows', () => {
  it('numbers are never neutralised: −0.5 stays a number, NaN is NA', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(Number.NaN)).toBe('NA');
    expect(
      csvRows([
        ['a', -1],
        ['=b', 2],
      ]),
    ).toBe("a,-1\n'=b,2");
  });
});

describe('the CSV files a run writes', () => {
  const rep = emptyResult(0, -1, 2, 1);
  const hostile = { name: '=cmd|"/C calc"!A0', startYear: 2026 };

  it('tidyCsv neutralises a hostile scenario name and reads back as text', () => {
    const rows = csvParse(tidyCsv(hostile, ['baseline', 'reform'], [rep]));
    expect(rows[0]!.scenario).toBe(`'${hostile.name}`);
    expect(rows.every((r) => !/^[=+\-@]/.test(r.scenario!))).toBe(true);
  });

  it('summaryCsv does the same, and keeps negative numbers numeric', () => {
    const s = summarise([rep], ['baseline', 'reform'], 2026);
    const rows = csvParse(summaryCsv(hostile, s));
    expect(rows[0]!.scenario).toBe(`'${hostile.name}`);
    expect(rows.every((r) => Number.isFinite(Number(r.mean)))).toBe(true);
  });
});
