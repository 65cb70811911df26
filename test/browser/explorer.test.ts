// Scenario explorer in a real browser, driving the real engine in Web Workers: presets and the cap
// change the numbers in the right direction, runs can be cancelled, a copied link reproduces the
// same numbers, broken links fall back to the defaults with a message, saving never loses saved
// scenarios, and the panel works from the keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { presetIds, presets } from '../../src/model/policy/index.ts';

/** A link to a quick scenario (5,000 people, 8 replicates), made as the app makes links. */
const quick = `v=1&s=${Buffer.from(JSON.stringify({ population: 5000, replicates: 8 })).toString('base64url')}`;

const headlineKeys = ['spend', 'reaching', 'median', 'catastrophic'] as const;

let browser: Browser;
let page: Page;
let offsite: string[];
let errors: string[];

before(async () => {
  browser = await launch();
  ({ page, offsite, errors } = await openApp(browser, '#/overview'));
});

after(async () => {
  await browser?.close();
});

const status = (p: Page) => p.getByTestId('run-status').first();

/** Runs started so far on the page's first run status. */
async function runsStarted(p: Page): Promise<number> {
  return Number(await status(p).getAttribute('data-runs'));
}

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

/** Does `change`, then waits for the run it starts to finish. */
async function changeAndRun(p: Page, change: () => Promise<void>): Promise<void> {
  const n = await runsStarted(p);
  await change();
  await finished(p, n);
}

async function headline(p: Page, arm: number, key: (typeof headlineKeys)[number]) {
  const el = p.getByTestId(`headline-${arm}-${key}`);
  return {
    mean: Number(await el.getAttribute('data-value')),
    p5: Number(await el.getAttribute('data-p5')),
    p95: Number(await el.getAttribute('data-p95')),
  };
}

async function headlines(p: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const k of headlineKeys) out[k] = (await headline(p, 1, k)).mean;
  return out;
}

/** Opens a panel group (details) by its summary text, if closed. */
async function openGroup(p: Page, title: string, arm?: number): Promise<void> {
  const scope = arm === undefined ? p.locator('#scenario') : p.getByTestId(`arm-${arm}`);
  const details = scope.locator('details.group', { has: p.locator(`summary:text-is("${title}")`) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

test('the overview runs the default scenario and shows each headline with its interval', async () => {
  await finished(page, 0, 60_000);
  const bar = page.getByRole('progressbar', { name: 'Simulation progress' });
  assert.equal(await bar.getAttribute('aria-valuenow'), '100');
  for (const k of headlineKeys) {
    const h = await headline(page, 1, k);
    assert.ok(Number.isFinite(h.mean), `${k} is a number`);
    assert.ok(h.p5 <= h.mean && h.mean <= h.p95, `${k}: p5 ≤ mean ≤ p95`);
  }
  // The 2021 reform caps costs: councils pay more, people reach the cap, fewer lose half their wealth.
  assert.ok((await headline(page, 1, 'spend')).mean > 0);
  assert.ok((await headline(page, 1, 'reaching')).mean > 0);
  assert.ok((await headline(page, 1, 'catastrophic')).mean < 0);
  assert.match(
    (await page.getByTestId('overview-spend-chart').locator('figcaption').textContent()) ?? '',
    /^Reform \(£[\d,]+ cap\) would cost councils £[\d.]+ bn a year more than Baseline/,
  );
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
});

test('a smaller population and fewer replicates can be set and are run', async () => {
  await openGroup(page, 'Simulation');
  await changeAndRun(page, async () => {
    await page.fill('#sim-population', '5000');
    await page.fill('#sim-replicates', '8');
  });
  assert.match(
    (await page.getByTestId('scope').textContent()) ?? '',
    /5,000 simulated people.*8 replicates/,
  );
  assert.equal(await status(page).getAttribute('data-done'), '8');
});

test('each preset loads as the reform and changes the numbers (identical policies differ by 0)', async () => {
  const seen = new Map<string, number>();
  for (const id of presetIds) {
    await changeAndRun(page, () => page.selectOption('#arm1-preset', id).then(() => undefined));
    const short = presets[id].name.split(/[:(]/)[0]!.trim();
    assert.ok(
      ((await page.getByTestId('scope').textContent()) ?? '').includes(`Reform (${short})`),
    );
    seen.set(id, (await headline(page, 1, 'spend')).mean);
  }
  // Baseline and reform both "current": common random numbers make the difference exactly 0.
  assert.equal(seen.get('current'), 0);
  const capped = presetIds.filter((id) => id !== 'current').map((id) => seen.get(id)!);
  assert.ok(
    capped.every((v) => v > 0),
    'every cap costs councils more than the current rules',
  );
  assert.equal(new Set(capped).size, capped.length, 'each preset gives different numbers');
  assert.deepEqual(errors, []);
});

test('lowering the cap raises the extra council spending and the people reaching the cap', async () => {
  if ((await page.locator('#arm1-preset').inputValue()) !== 'reform-2021')
    await changeAndRun(page, () =>
      page.selectOption('#arm1-preset', 'reform-2021').then(() => undefined),
    );
  const before = await headlines(page);
  const title = await page.getByTestId('overview-spend-chart').locator('figcaption').textContent();
  await changeAndRun(page, () => page.fill('#arm1-cap', '20000'));
  const after = await headlines(page);
  assert.ok(after.spend! > before.spend!, `spend ${after.spend} > ${before.spend}`);
  assert.ok(after.reaching! > before.reaching!, `reaching ${after.reaching} > ${before.reaching}`);
  assert.notEqual(
    await page.getByTestId('overview-spend-chart').locator('figcaption').textContent(),
    title,
    'the chart title states the new finding',
  );
  assert.match(page.url(), /#\/overview\?v=1&s=[A-Za-z0-9_-]+$/);
});

test('a copied link opens the same scenario, with the same numbers, in a new page', async () => {
  await openGroup(page, 'Share and save');
  const link = await page.locator('#share-link').inputValue();
  assert.equal(new URL(link).hash, new URL(page.url()).hash);
  const mine = await headlines(page);
  const other = await openApp(browser, link);
  await finished(other.page, 0, 30_000);
  assert.deepEqual(await headlines(other.page), mine);
  assert.equal(await other.page.getByTestId('load-notice').count(), 0);
  await openGroup(other.page, 'Cap', 1);
  assert.equal(await other.page.locator('#arm1-cap').inputValue(), '20,000');
  assert.deepEqual(other.errors, []);
  await other.page.close();
});

test('the council spending, self-funder, uptake-target and trade-off views draw their charts', async () => {
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Council spending' })
    .click();
  await page.getByTestId('spending-stacked').waitFor();
  // Choosing a council runs it with its own people (test/browser/councils.test.ts goes further).
  await changeAndRun(page, () => page.selectOption('#spending-area', 'kent').then(() => undefined));
  assert.ok(await page.getByTestId('council-who').isVisible());
  assert.match(
    (await page.getByTestId('spending-difference').locator('figcaption').textContent()) ?? '',
    /^Kent, all adults: /,
  );
  await changeAndRun(page, () => page.selectOption('#spending-area', '').then(() => undefined));

  await page.getByRole('link', { name: 'Self-funders' }).click();
  for (const id of ['lifetime-cost', 'gains', 'cap-share'])
    assert.equal((await page.getByTestId(id).locator('rect').count()) > 10, true, `${id} has bars`);

  await page.getByRole('link', { name: 'Personal budgets', exact: true }).click();
  const table = page.getByTestId('pb-uptake').locator('details');
  await table.locator('summary').click();
  assert.equal(await table.locator('tbody tr').count(), 20, 'one row per simulated year');

  await page.getByRole('link', { name: 'Trade-offs' }).click();
  await finished(page, 0, 60_000);
  const sweep = page.getByTestId('trade-off-chart');
  assert.match(
    (await sweep.locator('figcaption').textContent()) ?? '',
    /^Lower caps protect more people/,
  );
  await sweep.locator('details summary').click();
  assert.equal(await sweep.locator('tbody tr').count(), 7, 'one point per cap setting');
  assert.match(
    (await page.locator('.method').textContent()) ?? '',
    /5,000 simulated people and 8 replicates per point/,
  );
  await page.getByRole('link', { name: 'Overview' }).click();
  assert.deepEqual(errors, []);
});

test('Cancel stops a long run and keeps the replicates done so far', async () => {
  await openGroup(page, 'Simulation');
  const n = await runsStarted(page);
  await page.fill('#sim-replicates', '400');
  await page.waitForFunction((k) => {
    const el = document.querySelector('[data-testid="run-status"]');
    return (
      el && Number(el.getAttribute('data-runs')) > k && Number(el.getAttribute('data-done')) >= 1
    );
  }, n);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await status(page).getAttribute('data-state'), 'cancelled');
  const done = await status(page).getAttribute('data-done');
  const bar = page.getByRole('progressbar', { name: 'Simulation progress' });
  const now = await bar.getAttribute('aria-valuenow');
  assert.ok(Number(now) < 100);
  await page.waitForTimeout(800);
  assert.equal(await status(page).getAttribute('data-done'), done, 'no more replicates arrive');
  assert.equal(await bar.getAttribute('aria-valuenow'), now);
  assert.match((await status(page).textContent()) ?? '', /Cancelled after \d+ of 400 replicates/);
  await changeAndRun(page, () => page.fill('#sim-replicates', '8'));
});

test('a garbage link opens the defaults with a message naming the problem', async () => {
  const { page: p, errors: errs } = await openApp(browser, '#/overview?v=1&s=%%%not-base64');
  const notice = p.getByTestId('load-notice');
  await notice.waitFor();
  assert.match((await notice.textContent()) ?? '', /could not be used.*default scenario/);
  assert.match((await notice.textContent()) ?? '', /s \(scenario data\)/);
  assert.match(
    (await p.getByTestId('scope').textContent()) ?? '',
    /10,000 simulated people.*12 replicates/,
  );
  assert.deepEqual(errs, []);
  await p.close();
});

test('an out-of-range value or a newer link version opens the defaults and names the field', async () => {
  const s = Buffer.from(JSON.stringify({ population: -5, replicates: 5000 })).toString('base64url');
  const { page: p, errors: errs } = await openApp(browser, `#/spending?v=1&s=${s}`);
  const notice = p.getByTestId('load-notice');
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  assert.match(text, /population: found -5; allowed: between 100 and 20,000,000/);
  assert.match(text, /replicates: found 5000/);
  assert.match((await p.getByTestId('scope').textContent()) ?? '', /10,000 simulated people/);
  assert.ok(await p.getByRole('heading', { level: 2, name: 'Council spending' }).isVisible());

  await p.goto(new URL(`#/overview?v=99&s=${s}`, p.url()).href);
  await p.reload();
  await p.getByTestId('load-notice').waitFor();
  assert.match((await p.getByTestId('load-notice').textContent()) ?? '', /newer version/);
  assert.deepEqual(errs, []);
  await p.close();
});

test('saving keeps earlier saves: same name needs Replace, and a full storage says so and loses nothing', async () => {
  await openGroup(page, 'Share and save');
  await page.fill('#save-name', 'Low cap');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const list = page.getByRole('list', { name: 'Saved scenarios' });
  await list.getByText('Low cap').waitFor();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  assert.match(
    (await page.locator('form[class*="field"] [role="status"]').textContent()) ?? '',
    /already saved/,
  );
  assert.ok(await page.getByRole('button', { name: 'Replace “Low cap”' }).isVisible());

  const stored = await page.evaluate(() =>
    localStorage.getItem('care-cap-simulator:saved-scenarios'),
  );
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.fill('#save-name', 'Another');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  assert.match(
    (await page.locator('form[class*="field"] [role="status"]').textContent()) ?? '',
    /storage is full.*1 saved scenario is unchanged/,
  );
  assert.equal(
    await page.evaluate(() => localStorage.getItem('care-cap-simulator:saved-scenarios')),
    stored,
  );
  assert.equal(await list.locator('li').count(), 1);
});

test('saved scenarios from before versioning, holding an old-format scenario, are migrated and open', async () => {
  const { page: p, errors: errs } = await openApp(browser, `#/overview?${quick}`);
  // Version 0 of the store: name → scenario; the scenario itself in scenario format version 0.
  await p.evaluate(() =>
    localStorage.setItem(
      'care-cap-simulator:saved-scenarios',
      JSON.stringify({
        'From 2024': {
          seed: 7,
          baseline: 'current',
          reform: 'dilnot-2011',
          population: 5000,
          replicates: 8,
        },
      }),
    ),
  );
  await p.reload();
  await openGroup(p, 'Share and save');
  const item = p
    .getByRole('list', { name: 'Saved scenarios' })
    .locator('li', { hasText: 'From 2024' });
  const n = await runsStarted(p);
  await item.getByRole('button', { name: 'Open' }).click();
  await finished(p, n);
  assert.match(
    (await p.getByTestId('scope').textContent()) ?? '',
    /baseline \(Current means test\) vs reform \(Dilnot Commission\)/,
  );
  assert.deepEqual(errs, []);
  await p.close();
});

test('keyboard only: Tab reaches the panel inputs, arrow keys change them and a run starts', async () => {
  const { page: p, errors: errs } = await openApp(browser, `#/overview?${quick}`);
  await finished(p, 0, 60_000);
  let id = '';
  for (let i = 0; i < 80 && id !== 'arm1-cap'; i++) {
    await p.keyboard.press('Tab');
    id = await p.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(id, 'arm1-cap', 'Tab reaches the reform cap');
  const n = await runsStarted(p);
  await p.keyboard.press('ArrowDown');
  // The cap is shown at the start year's prices (£86,000 at 2021-22 is £108,834.73 at 2026-27);
  // a step down goes to the step below it.
  assert.equal(await p.locator('#arm1-cap').inputValue(), '108,000');
  await finished(p, n);
  assert.match(p.url(), /\?v=1&s=/);

  // A closed group opens with Enter, and Tab then reaches its inputs.
  for (let i = 0; i < 20; i++) {
    const text = await p.evaluate(() => document.activeElement?.textContent ?? '');
    if (text === 'Means test') break;
    await p.keyboard.press('Tab');
  }
  await p.keyboard.press('Enter');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'arm1-uclHigher');

  // Every control in the panel has an accessible name.
  const unlabelled = await p.evaluate(() =>
    [...document.querySelectorAll('#scenario input, #scenario select, #scenario button')]
      .filter((el) => {
        const e = el as HTMLInputElement;
        return !(
          e.labels?.length ||
          e.getAttribute('aria-label') ||
          (e.tagName === 'BUTTON' && e.textContent?.trim())
        );
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unlabelled, []);
  assert.deepEqual(errs, []);
  await p.close();
});

test('at 390 px wide nothing overflows sideways and the panel folds away', async () => {
  const { page: p, errors: errs } = await openApp(browser, `#/self-funders?${quick}`, {
    width: 390,
    height: 844,
  });
  await finished(p, 0, 60_000);
  const width = await p.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide`);
  const summary = p.locator('details.panel-wrap > summary');
  assert.ok(await summary.isVisible());
  assert.equal(await p.locator('details.panel-wrap').getAttribute('open'), null);
  await summary.click();
  assert.ok(await p.locator('#arm1-name').isVisible());
  assert.deepEqual(errs, []);
  await p.close();
});

test('a share is entered as a percentage and reaches the scenario as a share', async () => {
  const { page: p, errors: errs } = await openApp(browser, `#/overview?${quick}`);
  await finished(p, 0, 60_000);
  await openGroup(p, 'Personal budgets');
  const field = p.locator('#pb-targetUptake');
  assert.equal(await field.inputValue(), '70');
  assert.match((await p.locator('label[for="pb-targetUptake"]').textContent()) ?? '', /\(%\)/);
  await changeAndRun(p, () => field.fill('50'));
  const s = new URL(p.url()).hash.split('s=')[1]!;
  const stored = JSON.parse(Buffer.from(s, 'base64url').toString()) as {
    personalBudgets?: { targetUptake?: number };
  };
  assert.equal(stored.personalBudgets?.targetUptake, 0.5);
  await field.fill('150');
  assert.equal(
    await p.locator('#pb-targetUptake-error').textContent(),
    'Target uptake must be a number from 0% to 100%.',
  );
  assert.deepEqual(errs, []);
  await p.close();
});
