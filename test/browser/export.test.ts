// Research exports and imports in a real browser: the research bundle of the default run holds
// its manifest, CSVs and chart SVGs, and its numbers match the page; charts download as SVG and
// PNG; the bundle's manifest opens and its re-run reproduces the results hash; broken files list
// every problem and change nothing; an older scenario file is upgraded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import { strFromU8, unzipSync } from 'fflate';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];
let offsite: string[];
/** Console messages about Content Security Policy violations (exports must cause none). */
const csp: string[] = [];
/** The files of the research bundle downloaded in the first test. */
let bundle: Record<string, Uint8Array> = {};

before(async () => {
  browser = await launch();
  ({ page, errors, offsite } = await openApp(browser, '#/overview'));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
});

after(async () => {
  await browser?.close();
});

const status = (p: Page) => p.getByTestId('run-status').first();
const runsStarted = async (p: Page) => Number(await status(p).getAttribute('data-runs'));

/** Waits until a run later than `after` has finished. */
async function finished(p: Page, after: number, ms = 30_000): Promise<void> {
  await p.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="run-status"]');
      return (
        el && Number(el.getAttribute('data-runs')) > n && el.getAttribute('data-state') === 'done'
      );
    },
    after,
    { timeout: ms },
  );
}

/** Opens a scenario-panel group by its title, if closed. */
async function openGroup(p: Page, title: string): Promise<void> {
  const details = p
    .locator('#scenario details.group', { has: p.locator(`summary:text-is("${title}")`) })
    .first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** Clicks `target` and returns the download it starts, with its bytes. */
async function downloadFrom(target: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** Opens a file through the "Open scenario or manifest…" input. */
async function importFile(name: string, text: string): Promise<void> {
  await openGroup(page, 'Share and save');
  await page.getByLabel('Open scenario or manifest…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** What identifies the current scenario: the link, the scope line and a panel field. */
async function currentScenario(p: Page) {
  return {
    hash: new URL(p.url()).hash,
    scope: await p.getByTestId('scope').textContent(),
    saved: await p.evaluate(() => JSON.stringify({ ...localStorage })),
  };
}

const text = (path: string) => strFromU8(bundle[path]!);

/** An element's text with runs of white space as one space. */
const textOf = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

test('the research bundle of the default run holds its manifest, CSVs, README and chart SVGs', async (t) => {
  await finished(page, 0, 60_000);
  await openGroup(page, 'Export results');
  await page.locator('[data-testid="export-panel"][data-ready="true"]').waitFor();
  const { download, bytes } = await downloadFrom(
    page.getByRole('button', { name: 'Research bundle (.zip)' }),
  );
  assert.match(download.suggestedFilename(), /^care-cap-bundle-[0-9a-f]{8}\.zip$/);
  bundle = unzipSync(new Uint8Array(bytes));
  const files = Object.keys(bundle);
  for (const f of ['manifest.json', 'results_tidy.csv', 'summary.csv', 'README.txt'])
    assert.ok(files.includes(f), `the bundle holds ${f} (it has ${files.join(', ')})`);
  const charts = files.filter((f) => /^charts\/[\w-]+\.svg$/.test(f));
  assert.ok(charts.includes('charts/extra-council-spending.svg'), `charts: ${charts.join(', ')}`);
  const svg = text('charts/extra-council-spending.svg');
  assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(
    svg,
    /<title>Reform \(£[\d,]+ cap\) would cost councils £/,
    'the title states the finding',
  );
  assert.ok(svg.includes('Financial year (starting April)'), 'the axis title is in the image');
  assert.ok(!/ class="/.test(svg), 'styles are inlined, not left to page classes');

  const manifest = JSON.parse(text('manifest.json'));
  assert.equal(manifest.app.version, '0.1.0');
  assert.match(manifest.app.commit, /^[0-9a-f]{40}$/, 'the git commit is injected at build time');
  assert.equal(manifest.replicates, 12);
  assert.equal(manifest.population, 10_000);
  assert.match(manifest.resultsHash, /^sha256:[0-9a-f]{64}$/);
  assert.ok(download.suggestedFilename().includes(manifest.resultsHash.slice(7, 15)));

  const ms = Number(await page.getByTestId('export-status').getAttribute('data-ms'));
  t.diagnostic(`bundle of ${(bytes.length / 1e6).toFixed(2)} MB built in ${ms.toFixed(0)} ms`);
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
});

test('the tidy CSV reproduces the headline on the page and the summary CSV', async () => {
  const tidy = csvParse(text('results_tidy.csv'));
  assert.deepEqual(tidy.columns, [
    'scenario',
    'arm',
    'replicate',
    'year',
    'measure',
    'unit',
    'value',
  ]);
  const spend = tidy.filter((r) => r.measure === 'council_net_spend');
  assert.equal(spend.length, 2 * 12 * 20, 'two arms × 12 replicates × 20 years');
  // Headline: per replicate, the mean over years of Reform − Baseline; then the mean over replicates.
  const byRep = new Map<string, number>();
  for (const r of spend) {
    const sign = r.arm === 'Reform' ? 1 : -1;
    byRep.set(r.replicate!, (byRep.get(r.replicate!) ?? 0) + (sign * Number(r.value)) / 20);
  }
  const fromCsv = [...byRep.values()].reduce((a, b) => a + b, 0) / byRep.size;
  const shown = Number(await page.getByTestId('headline-1-spend').getAttribute('data-value'));
  assert.ok(
    Math.abs(fromCsv - shown) <= 1e-9 * Math.abs(shown),
    `from the CSV ${fromCsv}, on the page ${shown}`,
  );

  const summary = csvParse(text('summary.csv'));
  const row = summary.find(
    (r) =>
      r.measure === 'council_net_spend' &&
      r.arm === 'Reform' &&
      r.comparison === 'level' &&
      r.year === '2030',
  );
  assert.ok(row, 'summary.csv has the Reform level of council_net_spend in 2030');
  const values = spend.filter((r) => r.arm === 'Reform' && r.year === '2030');
  const mean = values.reduce((s, r) => s + Number(r.value), 0) / values.length;
  assert.ok(Math.abs(Number(row.mean) - mean) <= 1e-9 * Math.abs(mean));
});

test('the tidy CSV, summary CSV and manifest download on their own, as in the bundle', async () => {
  for (const [button, file] of [
    ['Tidy CSV', 'results_tidy.csv'],
    ['Summary CSV', 'summary.csv'],
    ['Manifest JSON', 'manifest.json'],
  ] as const) {
    const { download, bytes } = await downloadFrom(page.getByRole('button', { name: button }));
    assert.equal(download.suggestedFilename(), file);
    assert.ok(bytes.equals(Buffer.from(bundle[file]!)), `${file} is the same as in the bundle`);
    // CSVs open in a spreadsheet as UTF-8 (£ not Â£): they start with the byte-order mark.
    if (file.endsWith('.csv')) assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  }
  // The explorer's scenario has no name: its rows carry its arms, as the page captions it.
  const scenarios = new Set(csvParse(text('results_tidy.csv')).map((r) => r.scenario));
  assert.deepEqual([...scenarios], ['Baseline vs Reform']);
});

test('the tidy Parquet download reads back column by column equal to the tidy CSV, with the manifest in its metadata', async () => {
  const { download, bytes } = await downloadFrom(
    page.getByRole('button', { name: 'Tidy Parquet' }),
  );
  assert.equal(download.suggestedFilename(), 'results_tidy.parquet');
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PAR1', 'Parquet magic bytes');
  const file = new Uint8Array(bytes).buffer;
  const kv = Object.fromEntries(
    (parquetMetadata(file).key_value_metadata ?? []).map((e) => [e.key, e.value]),
  );
  const manifest = JSON.parse(text('manifest.json'));
  assert.equal(kv.resultsHash, manifest.resultsHash, "the bundle's results hash");
  assert.deepEqual(JSON.parse(kv.manifest!), manifest, "the bundle's manifest");
  const rows = await parquetReadObjects({ file });
  const csv = csvParse(text('results_tidy.csv'));
  assert.equal(rows.length, csv.length);
  assert.deepEqual(Object.keys(rows[0]!), csv.columns);
  for (const col of csv.columns) {
    const fromCsv = csv.map((r) => r[col]!);
    const fromParquet = rows.map((r) => r[col]);
    if (col === 'replicate' || col === 'year') assert.deepEqual(fromParquet, fromCsv.map(Number));
    else if (col === 'value')
      fromCsv.forEach((t, i) =>
        assert.ok(
          t === 'NA' ? fromParquet[i] === null : Object.is(fromParquet[i], Number(t)),
          `value of row ${i}: ${String(fromParquet[i])} vs ${t}`,
        ),
      );
    else assert.deepEqual(fromParquet, fromCsv, col);
  }
  assert.match(
    (await page.getByTestId('export-status').textContent()) ?? '',
    /Saved results_tidy\.parquet/,
  );
});

test('a chart downloads as PNG and as a stand-alone SVG next to its CSV', async () => {
  const chart = page.getByTestId('overview-spend-chart');
  const png = await downloadFrom(chart.getByRole('button', { name: 'Download PNG' }));
  assert.equal(png.download.suggestedFilename(), 'extra-council-spending.png');
  assert.deepEqual(
    [...png.bytes.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'PNG magic bytes',
  );
  assert.ok(png.bytes.length > 10_000, `a real image (${png.bytes.length} bytes)`);
  const svg = await downloadFrom(chart.getByRole('button', { name: 'Download SVG' }));
  assert.equal(svg.download.suggestedFilename(), 'extra-council-spending.svg');
  assert.match(svg.bytes.toString('utf8'), /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.deepEqual(errors, []);
  assert.deepEqual(csp, [], 'no Content Security Policy violations');
});

test("opening the bundle's manifest re-runs it and reproduces the results hash", async () => {
  const runs = await runsStarted(page);
  const manifest = JSON.parse(text('manifest.json'));
  await importFile('manifest.json', text('manifest.json'));
  assert.match(
    await textOf(page.getByTestId('import-note')),
    new RegExp(
      `Opened manifest of run ${manifest.resultsHash.slice(0, 19)}…; the results will be re-run and checked against its hash`,
    ),
  );
  await finished(page, runs);
  const check = page.getByTestId('import-check');
  await page.locator('[data-testid="import-check"][data-state="reproduced"]').waitFor();
  assert.match(await textOf(check), /Reproduced: same results hash/);
  assert.deepEqual(errors, []);
});

test('a corrupted manifest lists every problem by field and leaves the scenario alone', async () => {
  const before = await currentScenario(page);
  const runs = await runsStarted(page);
  const bad = JSON.parse(text('manifest.json'));
  bad.replicates = 'twenty'; // wrong type
  bad.scenario.arms[1].policy = 'dilnot-2099'; // unknown preset
  bad.scenario.years = 500; // out of range
  bad.scenario.population = -5; // out of range
  await importFile('bad-manifest.json', JSON.stringify(bad));
  const alert = page.getByTestId('import-problems');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  const items = await alert.locator('li').allTextContents();
  for (const path of [
    'replicates',
    'scenario.arms[1].policy',
    'scenario.years',
    'scenario.population',
  ])
    assert.ok(
      items.some((i) => i.startsWith(`${path}:`)),
      `${path} is named in: ${items.join(' | ')}`,
    );
  assert.ok(items.some((i) => i.includes('"dilnot-2099"') && i.includes('preset')));
  assert.ok(items.some((i) => i.includes('found 500')));
  assert.deepEqual(await currentScenario(page), before, 'scenario and saved scenarios unchanged');
  assert.equal(await runsStarted(page), runs, 'nothing was re-run');
});

test('a file that is not JSON is refused with the place it goes wrong', async () => {
  const before = await currentScenario(page);
  await importFile('notes.json', '{"seed": "a",\n  oops }');
  const alert = page.getByTestId('import-problems');
  await alert.waitFor();
  const message = await textOf(alert);
  assert.match(message, /“notes\.json” could not be opened, so nothing was changed/);
  assert.match(message, /\(file\): found text that is not JSON at line 2/);
  assert.deepEqual(await currentScenario(page), before);
});

test('a scenario file from an older version opens, upgraded, and is run', async () => {
  const runs = await runsStarted(page);
  const v0 = {
    seed: 7,
    population: 5000,
    replicates: 4,
    baseline: 'current',
    reform: 'reform-2021',
  };
  await importFile('old.json', JSON.stringify(v0));
  const note = await textOf(page.getByTestId('import-note'));
  assert.match(note, /Opened the scenario in “old\.json”/);
  assert.match(note, /older version \(scenario schema version 0\) and has been updated/);
  assert.equal(await page.getByTestId('import-problems').count(), 0);
  await finished(page, runs);
  assert.match(
    (await page.getByTestId('scope').textContent()) ?? '',
    /^baseline \(.*\) vs reform \(.*\)\. 5,000 simulated people.*4 replicates/,
  );
  assert.deepEqual(errors, []);
});
