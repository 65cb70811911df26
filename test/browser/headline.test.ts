// The headline says what the user asked: a chosen year as well as the run's average, council
// figures one tap away, and on a phone a summary of the headline that stays in view while the
// scenario is edited.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery, runsStarted } from './actions.ts';

const quick = linkQuery({ population: 5000, replicates: 6 });

let browser: Browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('a chosen year beside the average, and council figures one tap away', async () => {
  const { page } = await openApp(browser, `#/overview?${quick}`);
  await finished(page, 0);
  const spend = page.getByTestId('headline-1-spend');
  const average = Number(await spend.getAttribute('data-value'));
  assert.match((await spend.textContent()) ?? '', /a year on average over 2026–2045/);
  await page.locator('#headline-year').selectOption('2030');
  await page.waitForFunction(
    (a) =>
      Number(
        document.querySelector('[data-testid="headline-1-spend"]')?.getAttribute('data-value'),
      ) !== a,
    average,
  );
  const text = (await spend.textContent()) ?? '';
  assert.match(text, /in 2030/);
  assert.match(text, /average 2026–2045: \+£/, 'the average stays beside the year');
  await page.getByTestId('by-council').click();
  await page.locator('#spending-area').waitFor();
  assert.match(page.url(), /#\/spending\?v=1&s=/, 'the same scenario, on the council page');
  await page.close();
});

test('on a phone the headline stays in view while a field is edited', async () => {
  const { page } = await openApp(browser, `#/overview?${quick}`, { width: 390, height: 844 });
  await finished(page, 0);
  assert.equal(await page.getByTestId('phone-summary').count(), 0, 'not while the panel is shut');
  await page.locator('.panel-wrap > summary').click();
  const bar = page.getByTestId('phone-summary');
  await bar.waitFor();
  const n = await runsStarted(page);
  await page.locator('#arm1-name').scrollIntoViewIfNeeded();
  await page.fill('#arm1-name', 'My reform');
  await finished(page, n);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="phone-summary"]')?.textContent?.includes('My reform'),
  );
  const box = (await bar.boundingBox())!;
  assert.ok(box.y >= 0 && box.y + box.height <= 844, `in view: ${JSON.stringify(box)}`);
  assert.match((await bar.textContent()) ?? '', /My reform against Baseline.*£.*90%/s);
  const wide = await openApp(browser, `#/overview?${quick}`);
  await finished(wide.page, 0);
  assert.equal(await wide.page.getByTestId('phone-summary').isVisible(), false, 'not on a desktop');
  await wide.page.close();
  await page.close();
});
