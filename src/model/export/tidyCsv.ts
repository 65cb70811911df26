// Per-replicate results as a tidy (long) CSV: one row per scenario × arm × replicate × year ×
// measure, ready for readr or pandas. Text is quoted and neutralised (csv.ts); numbers keep full
// precision.
import { csvNumber, csvRows, csvText } from './csv.ts';
import { measureDefs } from '../simulate/measures.ts';
import { vi, type PartialResult } from '../simulate/result.ts';

/** Column names of the tidy CSV, in order. */
export const TIDY_COLUMNS = [
  'scenario',
  'arm',
  'replicate',
  'year',
  'measure',
  'unit',
  'value',
] as const;

/** The scenario fields the CSVs need; `name` labels every row. */
export type ScenarioLabel = { name?: string | undefined; startYear: number };

/**
 * The scenario column's value: the scenario's name, or for an unnamed scenario (the explorer's)
 * its arms as the explorer captions it, "Baseline vs Reform"; "unnamed" only with no arms.
 */
export const scenarioName = (
  s: { name?: string | undefined },
  armNames: readonly string[] = [],
): string => s.name ?? (armNames.length ? armNames.join(' vs ') : 'unnamed');

/**
 * The tidy CSV in chunks: the header line, then one chunk per arm and replicate (rows for every
 * year and measure). Join them for the whole file, or stream them into a zip. `replicate` is the
 * engine's 0-based replicate index; `year` is the calendar year the financial year starts in.
 */
export function* tidyCsvChunks(
  scenario: ScenarioLabel,
  armNames: readonly string[],
  results: readonly PartialResult[],
): Generator<string> {
  const reps = [...results].sort((a, b) => a.replicate - b.replicate);
  yield csvRows([TIDY_COLUMNS]) + '\n';
  const name = csvText(scenarioName(scenario, armNames));
  // Quote each text field once, then only numbers vary from row to row.
  const tails = measureDefs.map((d) => `,${csvText(d.name)},${csvText(d.unit)},`);
  for (const [a, armName] of armNames.entries()) {
    const head = `${name},${csvText(armName)},`;
    for (const r of reps) {
      if (a >= r.arms) throw new Error(`replicate ${r.replicate} has only ${r.arms} arms`);
      const lines: string[] = [];
      for (let y = 0; y < r.years; y++) {
        const prefix = `${head}${r.replicate},${scenario.startYear + y}`;
        tails.forEach((tail, m) => {
          lines.push(prefix + tail + csvNumber(r.values[vi(r.years, a, m, y)]!));
        });
      }
      yield lines.join('\n') + '\n';
    }
  }
}

/**
 * The whole tidy CSV as one string, columns TIDY_COLUMNS. For large runs prefer
 * `tidyCsvChunks` (a 1,000-replicate, 8-arm, 50-year run is about 7 million rows).
 */
export function tidyCsv(
  scenario: ScenarioLabel,
  armNames: readonly string[],
  results: readonly PartialResult[],
): string {
  return Array.from(tidyCsvChunks(scenario, armNames, results)).join('');
}
