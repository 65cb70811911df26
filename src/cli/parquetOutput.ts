// `--format parquet`: results_tidy.parquet beside the CSVs in a run's output directory, with the
// manifest and results hash in the file's metadata.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartialResult } from '../model/simulate/result.ts';
import type { Manifest } from '../model/export/manifest.ts';
import { tidyParquet } from '../model/export/tidyParquet.ts';
import type { ScenarioLabel } from '../model/export/tidyCsv.ts';

/** File name of the tidy Parquet file in an output directory. */
export const TIDY_PARQUET = 'results_tidy.parquet';

/** Writes `dir`/results_tidy.parquet when `format` is parquet; the CSVs are written regardless. */
export function writeTidyParquet(
  format: 'csv' | 'parquet' | undefined,
  dir: string,
  scenario: ScenarioLabel,
  armNames: readonly string[],
  reps: readonly PartialResult[],
  manifest: Manifest,
): void {
  if (format !== 'parquet') return;
  writeFileSync(join(dir, TIDY_PARQUET), tidyParquet(scenario, armNames, reps, { manifest }));
}
