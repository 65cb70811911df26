// Per-replicate results as a tidy Parquet file: the same rows and columns as the tidy CSV
// (tidyCsv.ts), typed: text, int32 replicate and year, double value. The file's key-value
// metadata holds the run's manifest (JSON) and results hash, so the file stands on its own.
import { measureDefs } from '../simulate/measures.ts';
import { vi, type PartialResult } from '../simulate/result.ts';
import { parquetFile } from './parquet.ts';
import { scenarioName, TIDY_COLUMNS, type ScenarioLabel } from './tidyCsv.ts';

/** Key-value metadata keys of the Parquet files this project writes. */
export const PARQUET_METADATA_KEYS = {
  /** The run's manifest as JSON (manifest.json), or the sweep's description (sweep.json). */
  manifest: 'manifest',
  /** `sha256:…`, the manifest's results hash. */
  resultsHash: 'resultsHash',
} as const;

export interface ParquetMetadata {
  /** The run's manifest, stored as JSON. */
  manifest?: { resultsHash?: string } & object;
  /** The results hash (default: the manifest's). */
  resultsHash?: string;
}

/** Key-value metadata for a file: the manifest as JSON and the results hash. */
export function parquetMetadata(meta: ParquetMetadata): Record<string, string> {
  const out: Record<string, string> = {};
  if (meta.manifest) out[PARQUET_METADATA_KEYS.manifest] = JSON.stringify(meta.manifest);
  const hash = meta.resultsHash ?? meta.manifest?.resultsHash;
  if (hash) out[PARQUET_METADATA_KEYS.resultsHash] = hash;
  return out;
}

/**
 * The tidy results as Parquet bytes: the inputs of `tidyCsv` and optionally the manifest. Rows
 * are in the CSV's order (arm, replicate, year, measure), columns TIDY_COLUMNS; NaN is a missing
 * value (the CSV's `NA`).
 */
export function tidyParquet(
  scenario: ScenarioLabel,
  armNames: readonly string[],
  results: readonly PartialResult[],
  meta: ParquetMetadata = {},
): Uint8Array {
  const reps = [...results].sort((a, b) => a.replicate - b.replicate);
  let rows = 0;
  for (const r of reps) rows += armNames.length * r.years * measureDefs.length;
  const arm: string[] = new Array(rows);
  const replicate = new Int32Array(rows);
  const year = new Int32Array(rows);
  const measure: string[] = new Array(rows);
  const unit: string[] = new Array(rows);
  const value = new Float64Array(rows);
  let i = 0;
  for (const [a, armName] of armNames.entries()) {
    for (const r of reps) {
      if (a >= r.arms) throw new Error(`replicate ${r.replicate} has only ${r.arms} arms`);
      for (let y = 0; y < r.years; y++) {
        for (let m = 0; m < measureDefs.length; m++) {
          arm[i] = armName;
          replicate[i] = r.replicate;
          year[i] = scenario.startYear + y;
          measure[i] = measureDefs[m]!.name;
          unit[i] = measureDefs[m]!.unit;
          value[i] = r.values[vi(r.years, a, m, y)]!;
          i++;
        }
      }
    }
  }
  const [cScenario, cArm, cReplicate, cYear, cMeasure, cUnit, cValue] = TIDY_COLUMNS;
  return parquetFile(
    [
      {
        name: cScenario,
        type: 'STRING',
        data: new Array<string>(rows).fill(scenarioName(scenario, armNames)),
      },
      { name: cArm, type: 'STRING', data: arm },
      { name: cReplicate, type: 'INT32', data: replicate },
      { name: cYear, type: 'INT32', data: year },
      { name: cMeasure, type: 'STRING', data: measure },
      { name: cUnit, type: 'STRING', data: unit },
      { name: cValue, type: 'DOUBLE', data: value },
    ],
    parquetMetadata(meta),
  );
}
