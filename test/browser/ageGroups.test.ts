// Council spending for one age group holds only that group: its totals are below all adults',
// the personal-budget target (which has no age) leaves the chart, and the titles name the group.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery } from './actions.ts';

const quick = linkQuery({ population: 5000, replicates: 5 });

let browser: Browser;
let page: Page;

before(async () => {
  browser = await launch();
  ({ page } = await openApp(browser, `#/spending?${quick}`));
  await finished(page, 0);
});

after(async () => {
  await browser?.close();
});

/** The stacked chart's table: total (mean) of each row, "£1.2bn" read as pounds. */
async function totals(): Promise<number[]> {
  const table = page.getByTestId('spending-stacked').locator('table');
  const cells = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const tds = [...tr.children].map((c) => c.textContent!.trim());
      return tds[tds.length - 3]!;
    }),
  );
  const unit = { k: 1e3, m: 1e6, bn: 1e9 } as Record<string, number>;
  return cells.map((c) => {
    const m = /(−?)£([\d.]+)\s*(k|m|bn)?/.exec(c)!;
    return (m[1] ? -1 : 1) * Number(m[2]) * (unit[m[3] ?? ''] ?? 1);
  });
}

test('people aged 18–64: smaller totals, no personal-budget component, titles say who', async () => {
  const legend = () => page.getByTestId('spending-stacked').textContent();
  assert.match((await legend()) ?? '', /Personal-budget target/);
  assert.match((await legend()) ?? '', /England, all adults:/);
  const all = await totals();
  await page.locator('#spending-age').selectOption('_18_64');
  await page.getByTestId('age-group-note').waitFor();
  assert.match((await legend()) ?? '', /England, people aged 18–64:/);
  assert.doesNotMatch((await legend()) ?? '', /Personal-budget target/);
  const young = await totals();
  assert.equal(young.length, all.length);
  young.forEach((v, i) => assert.ok(v < all[i]!, `row ${i}: ${v} < ${all[i]}`));
  await page.locator('#spending-age').selectOption('_65plus');
  const older = await totals();
  older.forEach((v, i) => assert.ok(v < all[i]!, `row ${i}: ${v} < ${all[i]}`));
  assert.match(
    (await page.getByTestId('spending-difference').textContent()) ?? '',
    /people aged 65\+/,
  );
});

test('self-funders by age at death: the medians and charts name the group, and its deaths are fewer', async () => {
  await page.evaluate((q) => (location.hash = `#/self-funders?${q}`), quick);
  await page.getByTestId('median-who').waitFor();
  await page.locator('#selffunders-age').selectOption('');
  assert.match(
    (await page.getByTestId('median-who').textContent()) ?? '',
    /^\s*People who died in/,
  );
  const median = async () => Number(await page.getByTestId('median-0').getAttribute('data-value'));
  const allAdults = await median();
  await page.locator('#selffunders-age').selectOption('_65plus');
  assert.match(
    (await page.getByTestId('median-who').textContent()) ?? '',
    /People who died aged 65\+ in/,
  );
  assert.match(
    (await page.getByTestId('lifetime-cost').textContent()) ?? '',
    /people who died aged 65\+/,
  );
  assert.ok((await median()) > 0);
  await page.locator('#selffunders-age').selectOption('_18_64');
  assert.match(
    (await page.getByTestId('median-who').textContent()) ?? '',
    /People who died aged 18–64 in/,
  );
  assert.match((await page.getByTestId('cap-share').textContent()) ?? '', /aged 18–64/);
  // Working-age adults who pay for care pay less over the run than all adults' median.
  assert.ok((await median()) !== allAdults);
  await page.locator('#selffunders-age').selectOption('');
});

test('overview by age group: the headlines say whose, and the 65+ and 18–64 extra spending add up to all adults’ (less the personal-budget target)', async () => {
  await page.evaluate((q) => (location.hash = `#/overview?${q}`), quick);
  const spend = page.getByTestId('headline-1-spend');
  await spend.waitFor();
  const value = async () => Number(await spend.getAttribute('data-value'));
  await page.locator('#overview-age').selectOption('');
  assert.match((await spend.textContent()) ?? '', /England, all adults/);
  const all = await value();
  await page.locator('#overview-age').selectOption('_65plus');
  assert.match(
    (await spend.textContent()) ?? '',
    /England, people aged 65\+ \(without the personal-budget target/,
  );
  assert.match(
    (await page.getByTestId('headline-1-median').textContent()) ?? '',
    /people who died aged 65\+/,
  );
  const older = await value();
  await page.locator('#overview-age').selectOption('_18_64');
  assert.match((await spend.textContent()) ?? '', /England, people aged 18–64/);
  const younger = await value();
  // The groups' extra spending sums to all adults' less the personal-budget target's difference.
  assert.ok(
    Math.abs(older + younger - all) <= Math.abs(all) * 0.05 + 1e6,
    `${older} + ${younger} vs ${all}`,
  );
  await page.locator('#overview-age').selectOption('');
});
