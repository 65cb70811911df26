// The research bundle: one zip holding the tidy and summary CSVs, the manifest, an optional
// person sample and any extra files (chart SVGs), written with fflate so it works in Node and
// browsers. Entries carry the manifest's time, so equal inputs give byte-identical zips.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { summarise, type RunSummary } from '../simulate/summarise.ts';
import type { PartialResult } from '../simulate/result.ts';
import type { Manifest } from './manifest.ts';
import { personSampleCsv, type PersonSampleRow } from './personSample.ts';
import { summaryCsv } from './summaryCsv.ts';
import { scenarioName, tidyCsvChunks } from './tidyCsv.ts';
import { CSV_BOM } from './csv.ts';
import { whoIsSimulated, whoIsSimulatedText } from '../simulate/councilRun.ts';

/** A file to add to the bundle: a relative path with `/` separators, and its contents. */
export interface BundleFile {
  path: string;
  data: string | Uint8Array;
}

/** Names of the files every bundle holds (plus `person_sample.csv` when a sample is given). */
export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  readme: 'README.txt',
  tidy: 'results_tidy.csv',
  summary: 'summary.csv',
  personSample: 'person_sample.csv',
} as const;

export interface BundleInput {
  manifest: Manifest;
  /** Whole replicates (slices combined) whose hash the manifest carries. */
  results: readonly PartialResult[];
  /** The summary; computed from `results` when absent. */
  summary?: RunSummary;
  personSample?: readonly PersonSampleRow[];
  /** Extra files such as chart SVGs. */
  extraFiles?: readonly BundleFile[];
}

/** A CSV's chunks after the byte-order mark, still streamed. */
function* withBom(chunks: Iterable<string>): Generator<string> {
  yield CSV_BOM;
  yield* chunks;
}

/** "2026-27 prices": the price base as the app words it (src/ui/format.ts priceBase). */
export const priceBase = (startYear: number): string =>
  `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} prices`;

const readme = (m: Manifest, sample: boolean) =>
  `Care cap simulator: research bundle
Scenario: ${scenarioName(
    m.scenario,
    m.scenario.arms.map((a) => a.name),
  )}; seed ${JSON.stringify(m.seed)}; ${m.replicates} replicates of ${m.population} people; ${m.scenario.years} years from ${m.scenario.startYear}.${
    m.scenario.council
      ? `\nCouncil run: ${whoIsSimulatedText(whoIsSimulated(m.scenario))}; every figure is the council's own.`
      : ''
  }
App: ${m.app.name} ${m.app.version} (${m.app.commit}); created ${m.createdAt}.

${BUNDLE_FILES.manifest}  the full scenario, engine settings, data sources and results hash.
${BUNDLE_FILES.tidy}  one row per scenario, arm, replicate, year and measure (long form).
${BUNDLE_FILES.summary}  mean and 5th/50th/95th percentiles across replicates; comparison = level, or difference from the first arm.${
    sample ? `\n${BUNDLE_FILES.personSample}  a sample of simulated people, year by year.` : ''
  }

Money is in £ a year at ${priceBase(m.scenario.startYear)} (CPI) unless a column's unit says otherwise.
Files are UTF-8; the CSVs start with a byte-order mark, so spreadsheets read £ correctly.
To reproduce the run:  npm run simulate -- --scenario manifest.json
(the run is checked against resultsHash ${m.resultsHash}).
`;

function checkPath(path: string, taken: Set<string>): void {
  const ok =
    path.length > 0 &&
    path.length <= 255 &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
  if (!ok) throw new Error(`bundle file path ${JSON.stringify(path)} must be relative, using /`);
  if (taken.has(path)) throw new Error(`bundle already holds ${JSON.stringify(path)}`);
  taken.add(path);
}

/**
 * Builds the zip. CSVs are streamed into it chunk by chunk, so the tidy CSV is never held as one
 * string.
 *
 * @throws if an extra file's path is not relative or repeats another file's.
 */
export function buildBundle(input: BundleInput): Uint8Array {
  const { manifest, results } = input;
  const s = manifest.scenario;
  const armNames = s.arms.map((a) => a.name);
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else out.push(chunk);
  });
  const taken = new Set<string>();
  const mtime = new Date(manifest.createdAt);
  const add = (path: string, chunks: Iterable<string | Uint8Array>) => {
    checkPath(path, taken);
    const file = new ZipDeflate(path, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    for (const c of chunks) file.push(typeof c === 'string' ? strToU8(c) : c);
    file.push(new Uint8Array(0), true);
  };
  add(BUNDLE_FILES.manifest, [JSON.stringify(manifest, null, 2) + '\n']);
  add(BUNDLE_FILES.readme, [readme(manifest, input.personSample !== undefined)]);
  add(BUNDLE_FILES.tidy, withBom(tidyCsvChunks(s, armNames, results)));
  const summary = input.summary ?? summarise(results, armNames, s.startYear);
  add(BUNDLE_FILES.summary, [CSV_BOM, summaryCsv(s, summary)]);
  if (input.personSample)
    add(BUNDLE_FILES.personSample, [CSV_BOM, personSampleCsv(input.personSample)]);
  for (const f of input.extraFiles ?? []) add(f.path, [f.data]);
  zip.end();
  if (failure) throw failure;
  let n = 0;
  for (const c of out) n += c.byteLength;
  const zipped = new Uint8Array(n);
  let o = 0;
  for (const c of out) {
    zipped.set(c, o);
    o += c.byteLength;
  }
  return zipped;
}
