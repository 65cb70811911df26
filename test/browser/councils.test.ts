// Councils in a real browser: choosing a council in the scenario panel runs it with its own people
// (the page says which council and what each synthetic person stands for), the council goes into
// the link, saved scenarios and the exports and comes back with them, an unknown council is named
// with the councils allowed without losing anything, and councils can be compared side by side
// and ranked on a measure, every figure from the engine's own runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { downloadFrom, finished, openGroup, runsStarted } from './actions.ts';

/** A quick scenario: 5,000 people, 4 replicates, 3 years. */
const linkOf = (patch: object) =>
  `v=1&s=${Buffer.from(JSON.stringify(patch)).toString('base64url')}`;
const quick = linkOf({ population: 5000, replicates: 4, years: 3 });

let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, `#/spending?${quick}`));
});

after(async () => {
  await browser?.close();
});

const scenarioInLink = (hash: string) => {
  const s = new URLSearchParams(hash.split('?')[1] ?? '').get('s');
  return s ? JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) : {};
};
const text = async (p: Page, id: string) =>
  ((await p.getByTestId(id).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Waits until a comparison later than number `after` has finished. */
async function compared(after: number, ms: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="compare-status"]');
      return (
        el && Number(el.getAttribute('data-runs')) > n && el.getAttribute('data-state') === 'done'
      );
    },
    after,
    { timeout: ms },
  );
}

test('choosing a council in the scenario panel runs it with its own people, and says so', async () => {
  await finished(page, 0, 60_000);
  assert.match(
    (await page.getByTestId('spending-difference').locator('figcaption').textContent()) ?? '',
    /^England, all adults: /,
  );
  assert.equal(await text(page, 'results-place'), 'England');
  assert.match(
    await text(page, 'scope'),
    /5,000 simulated people aged 65\+ \(and working-age adults in care at the same scale\) weighted to England/,
  );
  await openGroup(page, 'Simulation');
  const n = await runsStarted(page);
  await page.selectOption('#sim-council', 'westmorland-and-furness');
  await finished(page, n, 60_000);
  // The spending page's Area is the same choice.
  assert.equal(await page.locator('#spending-area').inputValue(), 'westmorland-and-furness');
  const who =
    /5,000 synthetic people aged 65\+ stand for Westmorland and Furness's [\d,]+ \(each for [\d.]+\)/;
  assert.match(await text(page, 'council-who'), who);
  assert.match(await text(page, 'scope'), who);
  assert.equal(await text(page, 'results-place'), 'Westmorland and Furness (its own people)');
  assert.match(
    (await page.getByTestId('spending-difference').locator('figcaption').textContent()) ?? '',
    /^Westmorland and Furness, all adults: /,
  );
  // A council's spending is millions, not billions.
  assert.match(await text(page, 'spending-stacked'), /£[\d.]+ m/);
  assert.doesNotMatch(await text(page, 'spending-stacked'), /£[\d.]+ bn/);

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByTestId('headline-1-reaching').waitFor();
  assert.match(await text(page, 'headline-1-reaching'), /Westmorland and Furness/);
  assert.match(
    (await page.getByTestId('overview-spend-chart').locator('figcaption').textContent()) ?? '',
    /would cost Westmorland and Furness /,
  );
  // Personal budgets: uptake starts from England's published shares, the cost is the council's own.
  await page.getByRole('link', { name: 'Personal budgets' }).click();
  await page.getByTestId('pb-council').waitFor();
  assert.match(
    (await page.getByTestId('pb-uptake').locator('figcaption').textContent()) ?? '',
    /^Westmorland and Furness \(from England's published shares\): /,
  );
  assert.match(
    (await page.getByTestId('pb-spend').locator('figcaption').textContent()) ?? '',
    /^Westmorland and Furness, its own people: /,
  );
  await page.getByRole('link', { name: 'Council spending' }).click();
  await page.getByTestId('spending-stacked').waitFor();
});

test('the council is in the link, and the link opens the same council', async () => {
  const hash = await page.evaluate(() => window.location.hash);
  assert.equal(scenarioInLink(hash).council, 'westmorland-and-furness');
  const other = await openApp(browser, hash);
  await finished(other.page, 0, 60_000);
  assert.match(await text(other.page, 'council-who'), /Westmorland and Furness's/);
  assert.deepEqual(other.errors, []);
  await other.page.close();
});

test('the council is in the manifest the exports carry, with its own data sources', async () => {
  await openGroup(page, 'Export results');
  await page.locator('[data-testid="export-panel"][data-ready="true"]').waitFor();
  const { bytes } = await downloadFrom(page, page.getByRole('button', { name: 'Manifest JSON' }));
  const manifest = JSON.parse(bytes.toString('utf8'));
  assert.equal(manifest.scenario.council, 'westmorland-and-furness');
  assert.ok(
    manifest.dataSources.some((d: { name: string }) =>
      d.name.startsWith('Council run: Westmorland and Furness'),
    ),
  );
});

test('a saved scenario keeps its council; one edited to an unknown council stays saved and says why', async () => {
  await openGroup(page, 'Share and save');
  await page.fill('#save-name', 'Westmorland quick');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('list', { name: 'Saved scenarios' });
  await saved.getByText('Westmorland quick').waitFor();

  // Back to England, then open the saved scenario: the council comes back.
  let n = await runsStarted(page);
  await page.selectOption('#sim-council', '');
  await finished(page, n, 60_000);
  assert.equal(await text(page, 'results-place'), 'England');
  n = await runsStarted(page);
  await saved
    .locator('li', { hasText: 'Westmorland quick' })
    .getByRole('button', { name: 'Open' })
    .click();
  await finished(page, n, 60_000);
  assert.equal(await page.locator('#sim-council').inputValue(), 'westmorland-and-furness');

  // Hand-edited to a council that does not exist: listed with the problem, not lost.
  await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (!k.includes('saved-scenario:')) continue;
      const e = JSON.parse(localStorage.getItem(k)!);
      e.scenario.council = 'cumbria';
      localStorage.setItem(k, JSON.stringify(e));
    }
  });
  // Saved scenarios are this browser's (this page's context): reload the page to read them anew.
  await page.reload();
  await finished(page, 0, 60_000);
  await openGroup(page, 'Share and save');
  const entry = page
    .getByRole('list', { name: 'Saved scenarios' })
    .locator('li', { hasText: 'Westmorland quick' })
    .first();
  await entry.waitFor();
  assert.match((await entry.textContent()) ?? '', /cannot be read/);
  const why = ((await entry.getByTestId('saved-problems').textContent()) ?? '').replace(
    /\s+/g,
    ' ',
  );
  assert.match(why, /council: found "cumbria"; allowed: "cumberland" or "westmorland-and-furness"/);
  assert.match(why, /one of the 153 councils of April 2023/);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes('saved-scenario:')),
  );
  assert.equal(stored.length, 1, 'the entry is still stored');
});

test('a link with an unknown council names the field and the councils allowed, and keeps the rest', async () => {
  const bad = await openApp(
    browser,
    `#/spending?${linkOf({ population: 5000, replicates: 4, years: 4, council: 'atlantis' })}`,
  );
  await finished(bad.page, 0, 60_000);
  const notice = await text(bad.page, 'load-notice');
  assert.match(notice, /The council in this link is not one of today’s councils/);
  assert.match(notice, /council: found "atlantis"; allowed: one of the 153 councils of April 2023/);
  // The rest of the link's scenario is kept: 4 years, run for England.
  assert.match(await text(bad.page, 'scope'), /weighted to England, 4 replicates, 2026–2029/);
  assert.equal(await text(bad.page, 'results-place'), 'England');
  assert.deepEqual(bad.errors, []);
  await bad.page.close();
});

test('councils side by side: three councils, one bar and one row each, from their own runs', async () => {
  await page.getByRole('link', { name: 'Compare councils', exact: true }).click();
  await page.getByTestId('council-compare').waitFor();
  const n = Number(await page.getByTestId('compare-status').getAttribute('data-runs'));
  await page.selectOption('#compare-councils', ['kensington-and-chelsea', 'blackpool', 'kent']);
  await page.selectOption('#compare-measure', 'netSpendPer65');
  await page.getByRole('button', { name: 'Compare 3 councils' }).click();
  await compared(n, 120_000);
  const chart = page.getByTestId('compare-chart');
  assert.equal(await chart.locator('g.row').count(), 3);
  assert.match(
    (await chart.locator('figcaption').textContent()) ?? '',
    /^Net council spending on people aged 65\+ under Baseline, £ a year per resident aged 65\+ \(2026–2028, 2026-27 prices\): highest .+ \(£[\d,]+\), lowest .+ \(£[\d,]+\)$/,
  );
  // Each bar: its value, and an interval around it.
  for (const v of await chart
    .locator('g.row')
    .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value')))))
    assert.ok(v > 0 && v < 20_000, `£${v} per resident aged 65+`);
  await chart.locator('details summary').click();
  assert.equal(await chart.locator('tbody tr').count(), 3);
  // Another measure re-ranks the same runs without running again.
  await page.selectOption('#compare-measure', 'selfFunderShare');
  assert.match(
    (await chart.locator('figcaption').textContent()) ?? '',
    /^Self-funders among care-home residents aged 65\+ under Baseline, % \(2026–2028\)/,
  );
  assert.equal(
    Number(await page.getByTestId('compare-status').getAttribute('data-runs')),
    n + 1,
    'no new run',
  );
});

test('ranking all 153 councils on the reform’s extra cost per resident 65+, with progress', async () => {
  const n = Number(await page.getByTestId('compare-status').getAttribute('data-runs'));
  await page.selectOption('#compare-measure', 'reformCostPer65');
  await page.getByRole('button', { name: 'Rank all 153 councils' }).click();
  await page.waitForFunction(() =>
    /Running council \d+ of 153/.test(
      document.querySelector('[data-testid="compare-status"]')?.textContent ?? '',
    ),
  );
  await compared(n, 600_000);
  const chart = page.getByTestId('compare-chart');
  assert.equal(await chart.locator('g.row').count(), 20, 'the ten highest and the ten lowest');
  assert.match(
    (await chart.locator('figcaption').textContent()) ?? '',
    /^Extra net council spending on people aged 65\+ under Reform, £ a year per resident aged 65\+/,
  );
  const details = chart.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  assert.equal(await chart.locator('tbody tr').count(), 153);
  const cells = (i: number) =>
    chart
      .locator('tbody tr')
      .nth(i)
      .locator('th, td')
      .allTextContents()
      .then((c) => c.map((x) => x.trim()));
  const first = await cells(0);
  const last = await cells(152);
  assert.equal(first[0], '1');
  assert.equal(last[0], '153');
  const money = (s: string) => Number(s.replace(/[£,+]/g, '').replace('−', '-'));
  assert.ok(money(first[4]!) >= money(last[4]!), 'ranked highest first');
  // The scenario's own council is drawn in the highlight colour when it is among the bars shown.
  assert.deepEqual(errors, []);
});
