// Opening a scenario or run manifest file in the explorer: the file is read and checked, and
// only if it is valid replaces the current scenario. A manifest's scenario is re-run and the new
// results' hash compared with the manifest's. Kept at module level so the check survives
// switching pages while the run goes on.
import { checkResultsHash, type Manifest } from '../../model/export/index.ts';
import {
  DEFAULT_MAX_BYTES,
  readScenarioFile,
  type ReadScenarioResult,
} from '../../model/scenarioFile/index.ts';
import type { Problem } from '../../model/validation/problems.ts';
import { explorer } from '../explorer/explorerState.svelte.ts';
import { mainRuns } from '../explorer/runManager.svelte.ts';

/** Whether a re-run reproduced the manifest's results. */
export type HashCheck =
  | { state: 'pending' }
  | { state: 'reproduced'; hash: string }
  | { state: 'different'; expected: string; actual: string; made: Manifest['app'] }
  | { state: 'abandoned' }
  | { state: 'failed'; message: string };

/** What happened to the last file opened. */
export type ImportOutcome =
  | { ok: false; file: string; problems: Problem[] }
  | {
      ok: true;
      file: string;
      migratedFrom: number | null;
      /** The manifest's results hash, when the file was a manifest. */
      manifestHash: string | null;
      check: HashCheck | null;
    };

interface Pending {
  manifest: Manifest;
  /** The scenario loaded, as JSON: the run to check is of exactly this scenario. */
  key: string;
  /** `mainRuns.started` before the re-run was asked for. */
  after: number;
}

class ImportStore {
  outcome = $state<ImportOutcome | null>(null);
  busy = $state(false);
  pending = $state.raw<Pending | null>(null);
}

export const imports = new ImportStore();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`;

function setCheck(check: HashCheck): void {
  if (imports.outcome?.ok) imports.outcome = { ...imports.outcome, check };
}

let watching = false;

/** Once a manifest has been opened: compares the hash when its re-run finishes. */
function watchRuns(): void {
  if (watching) return;
  watching = true;
  $effect.root(() => {
    $effect(() => {
      const p = imports.pending;
      if (!p) return;
      if (JSON.stringify(explorer.scenario) !== p.key) {
        imports.pending = null;
        setCheck({ state: 'abandoned' });
        return;
      }
      const run = mainRuns.results;
      if (mainRuns.status !== 'done' || mainRuns.started <= p.after || !run) return;
      if (JSON.stringify(run.scenario) !== p.key) return;
      imports.pending = null;
      checkResultsHash(p.manifest, run.replicates).then(
        (r) =>
          setCheck(
            r.ok
              ? { state: 'reproduced', hash: r.actual }
              : {
                  state: 'different',
                  expected: r.expected,
                  actual: r.actual,
                  made: p.manifest.app,
                },
          ),
        (e: unknown) => setCheck({ state: 'failed', message: String(e) }),
      );
    });
  });
}

const fileProblem = (found: string, allowed: string) => ({
  ok: false as const,
  problems: [{ path: '(file)', found, allowed }],
});

async function readFile(file: File): Promise<ReadScenarioResult> {
  // Refuse large files before reading them into memory.
  if (file.size > DEFAULT_MAX_BYTES)
    return fileProblem(`a file of ${mb(file.size)}`, `at most ${mb(DEFAULT_MAX_BYTES)}`);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fileProblem(`a file that could not be read (${String(e)})`, 'a readable JSON file');
  }
  return readScenarioFile(text);
}

/**
 * Reads `file` as a scenario or manifest. If it has any problem, lists them all and changes
 * nothing. Otherwise it replaces the explorer's scenario (saved scenarios are untouched); a
 * manifest's scenario is re-run at once and checked against the manifest's `resultsHash`.
 */
export async function openScenarioFile(file: File): Promise<void> {
  imports.busy = true;
  try {
    const read = await readFile(file);
    if (!read.ok) {
      imports.outcome = { ok: false, file: file.name, problems: read.problems };
      return;
    }
    imports.pending = null;
    explorer.load(read.scenario);
    explorer.notice = null;
    const manifest = read.manifest ?? null;
    imports.outcome = {
      ok: true,
      file: file.name,
      migratedFrom: read.migratedFrom ?? null,
      manifestHash: manifest?.resultsHash ?? null,
      check: manifest ? { state: 'pending' } : null,
    };
    if (manifest) {
      // The scenario as the explorer runs it (read back after loading), re-run even if unchanged.
      const scenario = explorer.scenario;
      imports.pending = { manifest, key: JSON.stringify(scenario), after: mainRuns.started };
      watchRuns();
      mainRuns.rerun(scenario);
    }
  } finally {
    imports.busy = false;
  }
}
