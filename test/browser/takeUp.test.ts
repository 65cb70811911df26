// What take-up of care accounts does (issue 19), in the Self-funders and Council spending views:
// three runs in the workers at the low, central and high share of self-funders coming forward;
// more take-up, more people reach the cap and councils spend more on assessments and accounts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery } from './actions.ts';

const quick = linkQuery({ population: 4000, replicates: 3 });

let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, `#/self-funders?${quick}`));
  await finished(page, 0, 60_000);
});

after(async () => {
  await browser?.close();
});

/** The first table's values in one column, low to high take-up. */
const column = (key: string) =>
  page
    .getByTestId('take-up-table')
    .first()
    .locator(`td[data-key="${key}"]`)
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));

test('self-funders: three take-up runs, more people reach the cap the more come forward', async () => {
  const section = page.getByTestId('take-up-self-funders');
  await section.getByRole('button', { name: 'Run take-up low, central and high' }).click();
  await page.waitForSelector('[data-testid="take-up-status"][data-state="done"]', {
    state: 'attached',
    timeout: 120_000,
  });
  const rows = await section
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-level')));
  assert.deepEqual(rows.slice(0, 3), ['low', 'central', 'high']);
  const reaching = await column('peopleReachingCap');
  assert.ok(reaching[0]! < reaching[2]!, `reaching the cap: ${reaching.join(', ')}`);
  assert.match((await section.textContent()) ?? '', /90% interval/);
  assert.match((await section.textContent()) ?? '', /People reaching the cap, 20\d\d–20\d\d/);
});

test('council spending: the same runs show assessments and accounts rising with take-up', async () => {
  await page.evaluate((q) => (location.hash = `#/spending?${q}`), quick);
  const section = page.getByTestId('take-up-spending');
  await section.getByTestId('take-up-table').first().waitFor();
  const admin = await column('assessmentsAndAccounts');
  assert.ok(admin[0]! < admin[2]!, `assessments and accounts: ${admin.join(', ')}`);
  assert.match((await section.textContent()) ?? '', /Net council spending against/);
  assert.deepEqual(errors, []);
});
