// The research exports of a finished explorer run: its manifest (made once per run, so every
// download of the run carries the same one), the tidy and summary CSVs, and the zip bundle
// holding them with the charts on the page as SVGs. The large ones are built in a worker.
import { buildManifest, summaryCsv, type Manifest } from '../../model/export/index.ts';
import { CSV_BOM } from '../../model/export/csv.ts';
import type { BundleFile, BundleInput } from '../../model/export/bundle.ts';
import type { RunResults } from '../explorer/runManager.svelte.ts';
import { appInfo } from '../appInfo.ts';
import { offThread } from './exportWorker.ts';
import { tidyBlob } from './tidyBlob.ts';

const manifests = new WeakMap<RunResults, Promise<Manifest>>();

/** The run's manifest, stamped with this app's version and commit; the same object each call. */
export function manifestOf(run: RunResults): Promise<Manifest> {
  let m = manifests.get(run);
  if (!m) {
    m = buildManifest({ app: appInfo, scenario: run.scenario, results: run.replicates });
    // A failed build is not remembered, so the next click tries again.
    m.catch(() => manifests.delete(run));
    manifests.set(run, m);
  }
  return m;
}

const armNames = (run: RunResults) => run.scenario.arms.map((a) => a.name);

/** results_tidy.csv: one row per arm, replicate, year and measure (after a UTF-8 BOM). */
export async function tidyCsvOf(run: RunResults): Promise<Blob> {
  const args = [run.scenario, armNames(run), run.replicates] as const;
  const csv = await offThread(
    (api) => api.tidyCsv(...args),
    () => tidyBlob(...args),
  );
  return new Blob([CSV_BOM, csv], { type: csv.type || 'text/csv;charset=utf-8' });
}

/**
 * results_tidy.parquet: the tidy CSV's rows with typed columns, and the run's manifest and results
 * hash in the file's key-value metadata (as `npm run simulate -- --format parquet` writes it).
 */
export async function tidyParquetOf(run: RunResults): Promise<Uint8Array> {
  const manifest = await manifestOf(run);
  const args = [run.scenario, armNames(run), run.replicates, { manifest }] as const;
  // Like the zip code, the Parquet writer is loaded only if the export worker cannot do the job.
  return offThread(
    (api) => api.tidyParquet(...args),
    async () => (await import('../../model/export/tidyParquet.ts')).tidyParquet(...args),
  );
}

/** summary.csv: mean and percentiles across replicates, levels and differences. */
export const summaryCsvOf = (run: RunResults): string =>
  CSV_BOM + summaryCsv(run.scenario, run.summary);

/** manifest.json as written in the bundle. */
export const manifestJson = (m: Manifest): string => `${JSON.stringify(m, null, 2)}\n`;

/** A short, file-name-safe form of a results hash: its first 8 hex digits. */
export const shortHash = (hash: string): string => hash.replace(/^sha256:/, '').slice(0, 8);

/** The research bundle (zip) of the run, with `charts` added under charts/. */
export async function bundleOf(
  run: RunResults,
  charts: readonly { name: string; svg: string }[],
): Promise<{ zip: Uint8Array; manifest: Manifest }> {
  const manifest = await manifestOf(run);
  const sample = [...run.replicates]
    .sort((a, b) => a.replicate - b.replicate)
    .flatMap((r) => r.sample ?? []);
  const extraFiles: BundleFile[] = charts.map((c) => ({
    path: `charts/${c.name}.svg`,
    data: c.svg,
  }));
  // The 2008–2016 personal-budget history, when the scenario asks for it: the same files as the
  // CLI writes (deterministic from the scenario's seed, replicates and cost setting).
  const history = run.scenario.personalBudgets.history;
  if (history) {
    const [{ runHistory }, { historyCsv }] = await Promise.all([
      import('../../model/councils/history.ts'),
      import('../../model/export/historyCsv.ts'),
    ]);
    const h = runHistory(
      history.arms,
      run.scenario.seed,
      run.scenario.replicates,
      run.scenario.uncertainty.personalBudgetCosts,
    );
    extraFiles.push(
      { path: 'personal_budget_history.csv', data: historyCsv(h) },
      { path: 'personal_budget_history.json', data: JSON.stringify(h) },
    );
  }
  const input: BundleInput = {
    manifest,
    results: run.replicates,
    summary: run.summary,
    ...(sample.length ? { personSample: sample } : {}),
    extraFiles,
  };
  // The zip code (fflate, which builds its tables when loaded) is loaded only if the export
  // worker cannot do the job: the page's start does not pay for it.
  const zip = await offThread(
    (api) => api.bundle(input),
    async () => (await import('../../model/export/bundle.ts')).buildBundle(input),
  );
  return { zip, manifest };
}
