// The summary CSV: exact columns, levels for every arm and differences from the first arm, and
// the numbers summarise() computed.
import { describe, expect, it } from 'vitest';
import { csvParse, mean } from 'd3';
import { summaryCsv, SUMMARY_COLUMNS } from '../../../src/model/export/summaryCsv.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';
import { M, MEASURE_COUNT } from '../../../src/model/simulate/measures.ts';
import { vi } from '../../../src/model/simulate/result.ts';
import { armNames, results, scenario } from './fixtures.ts';

describe('summaryCsv', () => {
  const reps = results();
  const summary = summarise(reps, armNames, scenario.startYear);
  const rows = csvParse(summaryCsv(scenario, summary));

  it('has exactly the columns scenario,arm,comparison,year,measure,unit,mean,p5,p50,p95', () => {
    expect(rows.columns).toEqual([...SUMMARY_COLUMNS]);
    expect(SUMMARY_COLUMNS.join(',')).toBe(
      'scenario,arm,comparison,year,measure,unit,mean,p5,p50,p95',
    );
  });

  it('writes levels for every arm and differences for every arm after the first', () => {
    const levels = rows.filter((r) => r.comparison === 'level');
    const diffs = rows.filter((r) => r.comparison === 'difference');
    expect(levels).toHaveLength(2 * 3 * MEASURE_COUNT);
    expect(diffs).toHaveLength(1 * 3 * MEASURE_COUNT);
    expect(new Set(diffs.map((r) => r.arm))).toEqual(new Set(['reform 2021']));
    expect(rows).toHaveLength(levels.length + diffs.length);
  });

  it('writes the summary numbers exactly', () => {
    const row = rows.find(
      (r) =>
        r.arm === 'baseline' &&
        r.comparison === 'level' &&
        r.year === '2027' &&
        r.measure === 'people_in_care',
    )!;
    const p = summary.arms.baseline!.people_in_care[1]!;
    expect([row.mean, row.p5, row.p50, row.p95].map(Number)).toEqual([p.mean, p.p5, p.p50, p.p95]);
    expect(row.unit).toBe('people');
  });

  it('gives as difference the mean over replicates of reform − baseline', () => {
    const row = rows.find(
      (r) =>
        r.comparison === 'difference' && r.year === '2028' && r.measure === 'council_net_spend',
    )!;
    const m = M.council_net_spend;
    // summarise() sorts before taking the mean, so sum in the same order.
    const diffs = reps.map((r) => r.values[vi(3, 1, m, 2)]! - r.values[vi(3, 0, m, 2)]!);
    const expected = mean(diffs.sort((a, b) => a - b));
    expect(Number(row.mean)).toBe(expected);
  });
});
