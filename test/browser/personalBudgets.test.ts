// The Personal budgets view in a real browser: history mode (2008–2016) with the published points
// and their sources beside the simulated bands, a two-arm "what if" the 100% target had stayed,
// a bad deadline named with its range, and the mode kept in the link.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, '#/personal-budgets'));
});

after(async () => {
  await browser?.close();
});

const history = () => page.getByTestId('pb-history');

test('history mode draws 2008–2016 with the published points and their sources', async () => {
  await page.getByLabel('History, 2008–2016 (the 2010–2013 targets)').check();
  await history().getByTestId('pbh-uptake').waitFor({ timeout: 60_000 });
  const caption = (await page.getByTestId('pbh-uptake').locator('figcaption').textContent()) ?? '';
  assert.match(caption, /^As it happened: by April 2013, \d+(\.\d)?% of NI130 users/);
  // 13% (NI130) and 43% (Oct 2012) and 52.8% (ADASS) on the uptake chart; four counts on budgets.
  assert.equal(await page.getByTestId('pbh-uptake').getByTestId('published-point').count(), 3);
  assert.equal(await page.getByTestId('pbh-budgets').getByTestId('published-point').count(), 4);
  const list = (await page.getByTestId('pbh-published').textContent()) ?? '';
  for (const text of ['168,000', '13%', 'half of councils under 10%', '250,000', '52.8%', '43%'])
    assert.ok(list.includes(text), `published list names ${text}`);
  assert.match(list, /NHS Information Centre, Aug 2010/);
  assert.doesNotMatch(list, /seed \d{3}|\[(V|V2|M)[:\]]/);
  // The link keeps the mode.
  const s = new URL(page.url().replace('#/', '')).searchParams.get('s') ?? '';
  const linked = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  assert.match(linked, /"history":\{"arms":\[\{"name":"As it happened"/);
  // Years 2008 to 2016 in the data table.
  const table = page.getByTestId('pbh-uptake').locator('table');
  assert.equal(await table.locator('tbody tr').count(), 9);
});

test('what if the 100% target had stayed: a second arm, higher uptake, its extra cost', async () => {
  await page.getByTestId('pb-whatif-100').click();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="pb-history-arm"]').length === 2 &&
      document
        .querySelector('[data-testid="pbh-cost"] figcaption')
        ?.textContent?.includes('If 100% had stayed'),
    undefined,
    { timeout: 60_000 },
  );
  const cost = (await page.getByTestId('pbh-cost').locator('figcaption').textContent()) ?? '';
  assert.match(cost, /If 100% had stayed: \+£\d+(\.\d+)? m more/);
  const head = await page.getByTestId('pbh-uptake').locator('thead').textContent();
  assert.match(head ?? '', /If 100% had stayed: NI130: mean/);
});

test('a deadline outside 2011–2016 is refused, naming the field and its range', async () => {
  const field = page.locator('#pbh-1-deadline');
  await field.fill('2009');
  const alert = page.locator('#pbh-1-deadline-error');
  await alert.waitFor();
  assert.match(
    (await alert.textContent()) ?? '',
    /Final target deadline must be a whole number from 2011 to 2016/,
  );
  await field.fill('2014');
  await alert.waitFor({ state: 'detached' });
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="pbh-over-target"] table')
        ?.textContent?.includes('by Apr 2014'),
    undefined,
    { timeout: 60_000 },
  );
});

test('back to the start year: the today charts return, with the care-account levers', async () => {
  await page.getByLabel('From the start year').check();
  await page.getByTestId('pb-uptake').waitFor({ timeout: 60_000 });
  assert.equal(await history().count(), 0);
  const shares = ((await page.getByTestId('pb-recent-shares').textContent()) ?? '').replace(
    /\s+/g,
    ' ',
  );
  assert.match(shares, /93\.5% received self-directed support/);
  assert.match(shares, /26\.2% direct payments/);
  // The default reform (2021) has a cap: the levers and both charts are shown.
  await page.getByTestId('pb-care-account-cost').waitFor({ timeout: 60_000 });
  assert.match(
    (await page.getByTestId('pb-care-account-cost').locator('figcaption').textContent()) ?? '',
    /^Reform: assessments and care accounts for self-funders cost councils £/,
  );
});

test('the care-account levers are the scenario’s own: changing one here changes the panel', async () => {
  const years = page.locator('#pb-comingForwardYears');
  await years.fill('6');
  // The scenario (kept in the link) now has the new value: the same field as the panel's.
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.hash.split('?')[1] ?? '').get('s') ?? '';
    const json = atob(q.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(json).costs?.comingForwardYears === 6;
  });
  await years.fill('25');
  const alert = page.locator('#pb-comingForwardYears-error');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /from 0 years to 20 years/);
  await years.fill('3');
  assert.deepEqual(errors, []);
});

test('a direct-payment target: the panel lever moves the direct-payment line and the cost', async () => {
  const spendBefore =
    (await page.getByTestId('pb-spend').locator('figcaption').textContent()) ?? '';
  await page.locator('summary', { hasText: 'Personal budgets' }).click();
  await page.getByLabel('Set a direct-payment target').check();
  const field = page.locator('#pb-directPaymentTarget');
  await field.fill('60');
  // The line reaches 60% by the deadline (2029: three years after the 2026 start).
  await page.waitForFunction(
    () => {
      const rows = [...document.querySelectorAll('[data-testid="pb-uptake"] tbody tr')];
      const row = rows.find((r) => r.textContent?.startsWith('2029'));
      return row?.textContent?.includes('60');
    },
    undefined,
    { timeout: 60_000 },
  );
  const head = (await page.getByTestId('pb-uptake').locator('thead').textContent()) ?? '';
  assert.match(head, /Direct payments \(share of ADASS eligible users\)/);
  await page.waitForFunction(
    (before) =>
      document.querySelector('[data-testid="pb-spend"] figcaption')?.textContent !== before &&
      [...document.querySelectorAll('[data-testid="run-status"]')].every(
        (e) => e.getAttribute('data-state') === 'done',
      ),
    spendBefore,
    { timeout: 120_000 },
  );
  await field.fill('120');
  const alert = page.locator('#pb-directPaymentTarget-error');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /from 0% to 100%/);
  assert.deepEqual(errors, []);
});
