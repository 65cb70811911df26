// The tornado chart of uncertain inputs (Trade-offs page) in a real browser: it runs in the Web
// Workers with progress, can be cancelled, and draws one row per uncertain input, largest swing
// first, with the swing's interval in its table; a second run gives the same numbers (common
// random numbers, the same seed).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, '#/trade-offs'));
});

after(async () => {
  await browser?.close();
});

const status = () => page.getByTestId('tornado-status');
const started = async () => Number(await status().getAttribute('data-runs'));

async function settled(after: number, state: string, ms = 120_000): Promise<void> {
  await page.waitForFunction(
    ([n, s]) => {
      const el = document.querySelector('[data-testid="tornado-status"]');
      return (
        el &&
        Number(el.getAttribute('data-runs')) > Number(n) &&
        el.getAttribute('data-state') === s
      );
    },
    [after, state] as const,
    { timeout: ms },
  );
}

test('the tornado runs in the workers with progress and can be cancelled', async () => {
  const n = await started();
  await page.getByRole('button', { name: 'Run the tornado' }).click();
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="tornado-status"]');
    return el?.getAttribute('data-state') === 'running' && el.querySelector('progress');
  });
  // 2k + 1 runs for k = 7 inputs: the six triangulars (real earnings growth the sixth, since the
  // cap and limits can be uprated by earnings) and the personal-budget cost effects.
  assert.match((await status().textContent()) ?? '', /Run \d+ of 15/);
  await page.getByRole('button', { name: 'Cancel the tornado' }).click();
  await settled(n, 'cancelled', 10_000);
  assert.match((await status().textContent()) ?? '', /Cancelled/);
  assert.equal(await page.getByTestId('tornado-chart').count(), 0, 'no chart from a cancelled run');
  assert.ok(
    await page.getByRole('button', { name: 'Run the tornado' }).isEnabled(),
    'it can be run again',
  );
});

test('the tornado draws one row per uncertain input, largest swing first, the same numbers twice', async () => {
  const read = async () => {
    const n = await started();
    await page.getByRole('button', { name: 'Run the tornado' }).click();
    await settled(n, 'done');
    return page
      .getByTestId('tornado-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  };
  const first = await read();
  assert.equal(
    first.length,
    7,
    'fee growth, need prevalence, self-funder premium, take-up, coming forward, real earnings growth, personal-budget costs',
  );
  assert.deepEqual(first.map((r) => r[0]).sort(), [
    'Care fee growth',
    'Council-arranged share (take-up)',
    'Need prevalence',
    'Personal-budget cost effects',
    'Real earnings growth (caps uprated by earnings)',
    'Self-funder premium',
    'Self-funders coming forward',
  ]);
  const chart = page.getByTestId('tornado-chart');
  assert.equal(await chart.locator('g.row').count(), 7);
  assert.equal(await chart.locator('rect.low').count(), 7);
  assert.equal(await chart.locator('rect.high').count(), 7);
  // Rows are sorted by |swing| (high − low, the mean over replicates), largest first.
  const swings = await chart
    .locator('g.row')
    .evaluateAll((gs) => gs.map((g) => Math.abs(Number(g.getAttribute('data-swing')))));
  for (let i = 1; i < swings.length; i++)
    assert.ok(
      swings[i]! <= swings[i - 1]!,
      `row ${i} swings no more than the one above (${swings})`,
    );
  for (const r of first) assert.match(r[4]!, / to /, `an interval for ${r[0]}`);
  const second = await read();
  assert.deepEqual(second, first, 'the same numbers on a second run');
  assert.deepEqual(errors, []);
});
