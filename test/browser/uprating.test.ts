// How the cap and the capital limits are uprated is an arm's choice in the scenario panel: the
// reform's default (earnings) is shown, and another index changes the scenario, its link and runs
// it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery, runsStarted, scenarioOnPage } from './actions.ts';

const quick = linkQuery({ population: 5000, replicates: 5 });

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

test("the reform arm's uprating index: earnings by default, frozen in cash when chosen", async () => {
  const select = page.locator('#arm1-uprating');
  assert.equal(await select.inputValue(), 'earnings');
  assert.match((await page.locator('#arm1-uprating-help').textContent()) ?? '', /fee growth/);
  const n = await runsStarted(page);
  await select.selectOption('none');
  await finished(page, n);
  const arm = (await scenarioOnPage(page)).arms[1]!;
  assert.deepEqual(typeof arm.policy === 'string' ? null : arm.policy.overrides, {
    thresholdUprating: 'none',
  });
  // Back to the preset's own index: the override goes.
  const m = await runsStarted(page);
  await select.selectOption('earnings');
  await finished(page, m);
  assert.equal(typeof (await scenarioOnPage(page)).arms[1]!.policy, 'string');
});
