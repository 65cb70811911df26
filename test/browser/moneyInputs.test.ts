// Money is entered and shown as people write it: thousands separators and pence once the field is
// left (108,834.73; 24.40), "£" and commas accepted when typed, and the value reaching the
// scenario is the number meant.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery, runsStarted, scenarioOnPage } from './actions.ts';

const quick = linkQuery({ population: 3000, replicates: 5 });

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

const overrides = async () => {
  const arm = (await scenarioOnPage(page)).arms[1]!;
  return typeof arm.policy === 'string' ? {} : (arm.policy.overrides ?? {});
};

test('a cap typed as "£60,000" is £60,000, and shown with its separator', async () => {
  const cap = page.locator('#arm1-cap');
  assert.equal(await cap.inputValue(), '108,834.73', 'the preset at the start year’s prices');
  const n = await runsStarted(page);
  await cap.fill('£60,000');
  await cap.blur();
  await finished(page, n);
  assert.equal(await cap.inputValue(), '60,000');
  assert.equal((await overrides()).cap, 60_000);
  assert.equal(await cap.getAttribute('aria-invalid'), null);
});

test('a weekly amount shows its pence: 24.4 becomes 24.40', async () => {
  await page.getByTestId('arm-1').locator('summary:text-is("Costs")').click();
  const dlc = page.locator('#arm1-dailyLivingCost');
  await dlc.fill('24.4');
  await dlc.blur();
  assert.equal(await dlc.inputValue(), '24.40');
  await page.waitForFunction(() => location.hash.includes('?'));
  assert.equal((await overrides()).dailyLivingCost, 24.4);
});

test('the arrow keys step a money field as a number field would', async () => {
  const cap = page.locator('#arm1-cap');
  await cap.focus();
  await page.keyboard.press('ArrowUp');
  assert.equal(await cap.inputValue(), '61,000');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await cap.inputValue(), '59,000');
});
