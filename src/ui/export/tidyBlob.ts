// results_tidy.csv as a Blob, built chunk by chunk so a large run's CSV is never one string.
import { tidyCsvChunks, type ScenarioLabel } from '../../model/export/index.ts';
import type { PartialResult } from '../../model/simulate/result.ts';

/** The tidy CSV (UTF-8, text/csv) of whole replicates; one small Blob per arm and replicate. */
export function tidyBlob(
  scenario: ScenarioLabel,
  armNames: readonly string[],
  results: readonly PartialResult[],
): Blob {
  const parts: Blob[] = [];
  for (const chunk of tidyCsvChunks(scenario, armNames, results)) parts.push(new Blob([chunk]));
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
