// Numbers on screen are never shown as current when they are not: results name the scenario they
// came from, and an invalid entry, a refused run or a run cancelled before it started say so on
// the results and dim them. Arm names take the characters analysts use (£ / ( ) , : + %).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import {
  contrast,
  finished,
  focusRingsByTab,
  linkQuery,
  openGroup,
  runsStarted,
} from './actions.ts';
import { defaultScenario } from '../../src/ui/state/scenarioLink.ts';
import { policyAt } from '../../src/model/policy/reprice.ts';

const quick = linkQuery({ population: 5000, replicates: 8 });

let browser: Browser;
let page: Page;

before(async () => {
  browser = await launch();
  ({ page } = await openApp(browser, `#/overview?${quick}`));
  await finished(page, 0);
});

after(async () => {
  await browser?.close();
});

const status = (p: Page) => p.getByTestId('run-status').first();
const resultsFor = (p: Page) => p.getByTestId('results-for');
const dimmed = (p: Page) =>
  p.evaluate(() => document.querySelector('.content')?.classList.contains('dim') ?? false);

async function expectCurrent(p: Page): Promise<void> {
  assert.equal(await resultsFor(p).getAttribute('data-current'), 'true');
  assert.equal(await p.getByTestId('stale-results').count(), 0);
  assert.equal(await dimmed(p), false);
}

test('an arm named with £ / ( ) , : + % is accepted, run, and shown as typed', async () => {
  const name = 'Cap £60k / UCL £150k (a: +5%, b)';
  const n = await runsStarted(page);
  await page.fill('#arm1-name', name);
  await finished(page, n);
  assert.equal(await page.locator('#arm1-name').getAttribute('aria-invalid'), null);
  assert.match(
    (await resultsFor(page).textContent()) ?? '',
    /Cap £60k \/ UCL £150k \(a: \+5%, b\)/,
  );
  await expectCurrent(page);
});

test('an invalid name is marked at the field and the results say they are not current', async () => {
  await page.fill('#arm1-name', '#bad<b>name');
  const field = page.locator('#arm1-name');
  await page.waitForSelector('#arm1-name[aria-invalid="true"]');
  const error = page.getByTestId('arm1-name-error');
  assert.match((await error.textContent()) ?? '', /The name must be 1–40 letters/);
  assert.match((await field.getAttribute('aria-describedby')) ?? '', /arm1-name-error/);
  const border = await field.evaluate((el) => getComputedStyle(el).borderTopColor);
  assert.equal(border, 'rgb(176, 0, 32)', 'red border');
  const stale = page.getByTestId('stale-results');
  assert.match(
    (await stale.textContent()) ?? '',
    /Not current: some entries .* last valid scenario/,
  );
  assert.equal(await resultsFor(page).getAttribute('data-current'), 'false');
  assert.equal(await dimmed(page), true);
  const list = (await page.locator('#scenario .problems').textContent()) ?? '';
  assert.match(list, /Name of Reform 1: "#bad<b>name" is not allowed; it must be 1–40 letters/);
  assert.doesNotMatch(list, /arms\[/);
  // The results still name the scenario they came from, not the one being edited.
  assert.match((await resultsFor(page).textContent()) ?? '', /Cap £60k/);
  const text = (await status(page).textContent()) ?? '';
  assert.doesNotMatch(text, /Done/);
  assert.match(text, /Not run/);
  // No markup from the name reaches the page.
  assert.equal(await page.locator('#scenario b').count(), 0);
  // Two arms with the same name: marked at the field too.
  await page.fill('#arm1-name', 'Baseline');
  await page.waitForSelector('[data-testid="arm1-name-error"]');
  assert.match(
    (await page.getByTestId('arm1-name-error').textContent()) ?? '',
    /names must differ/,
  );
  const n = await runsStarted(page);
  await page.fill('#arm1-name', 'Reform');
  await finished(page, n);
  await expectCurrent(page);
});

test('a run refused as too big leaves the earlier results marked as not current', async () => {
  await openGroup(page, 'Simulation');
  await page.fill('#sim-population', '20000000');
  await page.fill('#sim-replicates', '1000');
  await page.waitForSelector('[data-testid="run-status"][data-state="refused"]');
  assert.match(
    (await page.getByTestId('stale-results').textContent()) ?? '',
    /Not current: the new scenario was not run/,
  );
  assert.equal(await dimmed(page), true);
  assert.equal(await resultsFor(page).getAttribute('data-current'), 'false');
  const n = await runsStarted(page);
  await page.fill('#sim-population', '5000');
  await page.fill('#sim-replicates', '8');
  await finished(page, n);
  await expectCurrent(page);
});

test('a run cancelled before it starts does not pass the old results off as its own', async () => {
  await page.fill('#sim-replicates', '9');
  await page.waitForSelector('[data-testid="run-status"][data-state="waiting"]');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await status(page).getAttribute('data-state'), 'cancelled');
  const text = (await status(page).textContent()) ?? '';
  assert.match(text, /Cancelled before it started/);
  assert.doesNotMatch(text, /Cancelled after/);
  assert.match(
    (await page.getByTestId('stale-results').textContent()) ?? '',
    /cancelled before it started/,
  );
  assert.equal(await dimmed(page), true);
  const n = await runsStarted(page);
  await page.getByRole('button', { name: 'Run again' }).click();
  await finished(page, n);
  await expectCurrent(page);
});

test('the focus ring of buttons and panel headings contrasts at least 3:1 with the page', async () => {
  await page.locator('#arm0-name').click();
  const seen: string[] = [];
  for (const f of await focusRingsByTab(page, 60)) {
    seen.push(f.what);
    assert.notEqual(f.width, '0px', `${f.what} shows a focus ring`);
    assert.ok(contrast(f.color, 'rgb(255, 255, 255)') >= 3, `${f.what}: ${f.color} on white`);
  }
  assert.ok(seen.length >= 3, `buttons reached: ${seen.join(', ')}`);
});

test('the headline names the reform’s cap in the results’ prices and reads "refining" under 5 replicates', async () => {
  const three = linkQuery({ population: 5000, replicates: 3 });
  const o = await openApp(browser, `#/overview?${three}`);
  await finished(o.page, 0);
  const s = defaultScenario();
  const cap = policyAt(s.arms[1]!.policy, s.startYear).cap!;
  const expected = `£${(Math.round(cap / 100) * 100).toLocaleString('en-GB')} cap`;
  assert.equal((await o.page.getByTestId('headline-1-cap').textContent())?.trim(), `(${expected})`);
  assert.ok(cap > 86_000, 'the 2021 reform’s £86,000 is shown repriced to the start year');
  const spend = o.page.getByTestId('headline-1-spend');
  assert.match((await spend.textContent()) ?? '', /refining \(3 of at least 5 replicates in\)/);
  assert.doesNotMatch((await spend.textContent()) ?? '', /90% interval -?£/);
  await o.page.context().close();
  // With 8 replicates done the interval is shown.
  assert.match(
    (await page.getByTestId('headline-1-spend').textContent()) ?? '',
    /90% interval .*£/,
  );
  assert.equal(await page.getByTestId('headline-1-spend-refining').count(), 0);
});
