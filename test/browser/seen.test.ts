// Small things seen (issue 18): the personal-budget deadline is never drawn outside its chart
// (one before the start year is refused: test/browser/personalBudgets.test.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery } from './actions.ts';

let browser: Browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('a personal-budget deadline after the last year simulated is not drawn outside the chart; a note says where it is', async () => {
  const o = await openApp(
    browser,
    `#/personal-budgets?${linkQuery({
      population: 3000,
      replicates: 2,
      personalBudgets: { enabled: true, targetYear: 2070, targetUptake: 0.7 },
    })}`,
  );
  await finished(o.page, 0, 60_000);
  const chart = o.page.getByTestId('pb-uptake');
  await chart.waitFor();
  assert.doesNotMatch((await chart.locator('svg').first().textContent()) ?? '', /Deadline/);
  assert.match(
    (await o.page.getByTestId('pb-deadline-note').textContent()) ?? '',
    /April 2070, is after the last year simulated \(20\d\d\)/,
  );
  // Every line of the chart stays inside its plot area.
  const outside = await chart
    .locator('svg')
    .first()
    .evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('line')]
        .map((l) => l.getBoundingClientRect())
        .filter((r) => r.left < box.left - 1 || r.right > box.right + 1).length;
    });
  assert.equal(outside, 0);

  // Inside the run's years the deadline is marked.
  await o.page.evaluate(
    (s) => (location.hash = `#/personal-budgets?${s}`),
    linkQuery({
      population: 3000,
      replicates: 2,
      personalBudgets: { enabled: true, targetYear: 2030, targetUptake: 0.7 },
    }),
  );
  await o.page.waitForFunction(() =>
    document
      .querySelector('[data-testid="pb-uptake"]')
      ?.textContent?.includes('Deadline April 2030'),
  );
  assert.equal(await o.page.getByTestId('pb-deadline-note').count(), 0);
  assert.deepEqual(o.errors, []);
});
