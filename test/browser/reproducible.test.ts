// The same numbers in Chromium and in Node: the golden reference scenario run by the app's Web
// Workers gives the results hash Node pins (test/golden), a manifest written by the CLI is
// reproduced by the app, and a research bundle exported by the app is replayed by the CLI.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { downloadFrom, finished, importFile, openGroup, runsStarted } from './actions.ts';
import { REFERENCE_HASH, REFERENCE_SCENARIO_FILE } from '../golden/referenceRun.ts';

const run = promisify(execFile);
let browser: Browser;
let page: Page;
let errors: string[];
let dir: string;

/** `npm run simulate` as the README gives it, without npm's banner: exit code and stderr. */
async function simulate(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
      maxBuffer: 64 << 20,
    });
    return { code: 0, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? 1, stderr: err.stderr ?? String(e) };
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'care-cap-repro-'));
  browser = await launch();
  ({ page, errors } = await openApp(browser, '#/overview'));
  await finished(page, 0, 60_000);
});

after(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

test('a CLI manifest of the golden scenario is reproduced by the app, hash for hash', async () => {
  const out = join(dir, 'cli-run');
  const cli = await simulate('--scenario', REFERENCE_SCENARIO_FILE, '--out', out, '--workers', '1');
  assert.equal(cli.code, 0, cli.stderr);
  const manifestText = await readFile(join(out, 'manifest.json'), 'utf8');
  assert.equal(JSON.parse(manifestText).resultsHash, REFERENCE_HASH, 'Node gives the golden hash');

  const runs = await runsStarted(page);
  await importFile(page, 'manifest.json', manifestText);
  await finished(page, runs, 60_000);
  const check = page.locator('[data-testid="import-check"][data-state="reproduced"]');
  await check.waitFor({ timeout: 30_000 });
  // The hash Chromium's workers computed, in full, and the app's own export of it.
  assert.equal(await check.locator('code').getAttribute('title'), REFERENCE_HASH);
  await openGroup(page, 'Export results');
  await page.locator('[data-testid="export-panel"][data-ready="true"]').waitFor();
  const { bytes } = await downloadFrom(page, page.getByRole('button', { name: 'Manifest JSON' }));
  assert.equal(JSON.parse(bytes.toString('utf8')).resultsHash, REFERENCE_HASH);
  assert.deepEqual(errors, []);
});

test('a research bundle exported by the app replays with the CLI: exit 0, reproduced', async () => {
  const fresh = await openApp(browser, '#/overview');
  await finished(fresh.page, 0, 60_000);
  await openGroup(fresh.page, 'Export results');
  await fresh.page.locator('[data-testid="export-panel"][data-ready="true"]').waitFor();
  const { bytes } = await downloadFrom(
    fresh.page,
    fresh.page.getByRole('button', { name: 'Research bundle (.zip)' }),
  );
  const manifest = strFromU8(unzipSync(new Uint8Array(bytes))['manifest.json']!);
  const file = join(dir, 'bundle-manifest.json');
  await writeFile(file, manifest);
  const replay = await simulate('--scenario', file, '--json');
  assert.equal(replay.code, 0, replay.stderr);
  assert.match(
    replay.stderr,
    new RegExp(
      `reproduced: results hash matches the manifest \\(${JSON.parse(manifest).resultsHash}\\)`,
    ),
  );
  assert.deepEqual(fresh.errors, []);
  await fresh.page.close();
});
