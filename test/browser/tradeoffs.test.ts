// The Trade-offs page in a real browser: the cap × upper capital limit heat map (one cell per
// setting, a legend in units), for any arm against any other; the cap sweep's y ticks all differ
// and its point labels never overlap; focus rings on the page contrast at least 3:1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { contrast, focusRingsByTab, linkQuery } from './actions.ts';
import { GRID_CAPS, GRID_UCLS } from '../../src/model/simulate/tradeOffSweep.ts';

let browser: Browser;
let page: Page;
let errors: string[];

const scenario = {
  population: 5000,
  replicates: 4,
  arms: [
    { name: 'Baseline', policy: 'current' },
    { name: 'Reform', policy: 'reform-2021' },
    { name: 'Dilnot', policy: 'dilnot-2011' },
  ],
};
const link = linkQuery(scenario);

before(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, `#/trade-offs?${link}`));
});

after(async () => {
  await browser?.close();
});

/** Waits for the run status at `selector` to have started more than `n` runs and be done. */
async function done(selector: string, n: number, ms = 120_000): Promise<void> {
  await page.waitForFunction(
    ([sel, k]) => {
      const el = document.querySelector(`${sel} [data-testid="run-status"]`);
      return (
        el &&
        Number(el.getAttribute('data-runs')) > Number(k) &&
        el.getAttribute('data-state') === 'done'
      );
    },
    [selector, n] as const,
    { timeout: ms },
  );
}
const runs = async (selector: string) =>
  Number(
    await page.locator(`${selector} [data-testid="run-status"]`).first().getAttribute('data-runs'),
  );

test('the cap × upper capital limit heat map has one cell per pair and a legend in units', async () => {
  await done('[data-testid="grid-status"]', 0);
  const grid = page.getByTestId('trade-off-grid');
  const cells = await grid
    .locator('g.cell')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-cap')}/${e.getAttribute('data-ucl')}`),
    );
  const want = GRID_UCLS.flatMap((u) => GRID_CAPS.map((c) => `${c}/${u}`));
  assert.deepEqual([...cells].sort(), [...want].sort());
  // Two different colours at least (the grid is not flat), and every cell says its figures.
  const fills = new Set(
    await grid.locator('g.cell rect').evaluateAll((els) => els.map((e) => e.getAttribute('fill'))),
  );
  assert.ok(fills.size > 1, 'cells are coloured by their value');
  for (const t of await grid.locator('g.cell text.main').allTextContents()) assert.match(t, /pts$/);
  const legend = page.getByTestId('grid-legend');
  assert.match((await legend.textContent()) ?? '', /percentage points/);
  const ticks = await legend.locator('text').allTextContents();
  assert.equal(new Set(ticks).size, ticks.length, `legend ticks all differ: ${ticks.join(', ')}`);
  // The other measure colours it on request, its legend in £ at the start year's prices.
  await page.selectOption('#grid-measure', 'cost');
  assert.match(
    (await legend.textContent()) ?? '',
    /Extra council spending, £ a year, \d{4}-\d{2} prices/,
  );
  for (const t of await grid.locator('g.cell text.main').allTextContents()) assert.match(t, /£/);
  await page.selectOption('#grid-measure', 'protected');
  // Every cell is in the data table.
  await grid.locator('details summary').click();
  assert.equal(await grid.locator('tbody tr').count(), GRID_CAPS.length * GRID_UCLS.length);
  // Its CSV opens in a spreadsheet as UTF-8: it starts with the byte-order mark.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    grid.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'trade-off-grid.csv');
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = csvParse(bytes.subarray(3).toString('utf8'));
  assert.equal(rows.length, GRID_CAPS.length * GRID_UCLS.length);
  assert.deepEqual(new Set(rows.map((r) => Number(r.cap_gbp))), new Set<number>(GRID_CAPS));
});

test('the cap sweep’s y ticks all differ and its point labels never overlap', async () => {
  await done('.controls', 0);
  const chart = page.getByTestId('trade-off-chart');
  const ticks = await chart.locator('.axis-y text').allTextContents();
  const labels = ticks.filter((t) => t.trim() !== '');
  assert.ok(labels.length >= 3, `ticks: ${labels.join(', ')}`);
  assert.equal(new Set(labels).size, labels.length, `y ticks repeat: ${labels.join(', ')}`);
  const boxes = await chart.locator('.dots text').evaluateAll((els) =>
    els.map((e) => {
      const b = (e as SVGGraphicsElement).getBBox();
      return { t: e.textContent, x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
    }),
  );
  assert.ok(boxes.length >= 3, 'several points are labelled');
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      assert.ok(!overlap, `labels “${a.t}” and “${b.t}” overlap`);
    }
});

test('any arm can be swept, against any other; the default is the first reform against the baseline', async () => {
  assert.equal(await page.locator('#tradeoff-compare-a').inputValue(), '1');
  assert.equal(await page.locator('#tradeoff-compare-b').inputValue(), '0');
  assert.match(
    (await page.locator('.method').textContent()) ?? '',
    /Swept policy: Reform .* against Baseline/s,
  );
  const [nCap, nGrid] = [await runs('.controls'), await runs('[data-testid="grid-status"]')];
  await page.selectOption('#tradeoff-compare-a', '2');
  await done('.controls', nCap);
  await done('[data-testid="grid-status"]', nGrid);
  assert.match(
    (await page.locator('.method').textContent()) ?? '',
    /Swept policy: Dilnot .* against Baseline/s,
  );
  const grid = page.getByTestId('trade-off-grid');
  assert.match(
    (await grid.locator('figcaption').textContent()) ?? '',
    /\(Dilnot against Baseline\)/,
  );
  // Against the other reform instead of the baseline.
  const n = await runs('.controls');
  await page.selectOption('#tradeoff-compare-b', '1');
  await done('.controls', n);
  assert.match(
    (await page.locator('.method').textContent()) ?? '',
    /Swept policy: Dilnot .* against Reform/s,
  );
  // Choosing B equal to A swaps them rather than comparing an arm with itself.
  await page.selectOption('#tradeoff-compare-b', '2');
  assert.equal(await page.locator('#tradeoff-compare-a').inputValue(), '1');
  assert.equal(await page.locator('#tradeoff-compare-b').inputValue(), '2');
  assert.deepEqual(errors, []);
});

test('every button on the page shows a focus ring of at least 3:1 against white', async () => {
  await page.locator('#tradeoff-compare-a').focus();
  const seen: string[] = [];
  for (const f of await focusRingsByTab(page, 40)) {
    seen.push(f.what);
    assert.notEqual(f.width, '0px', `${f.what} shows a focus ring`);
    assert.ok(contrast(f.color, 'rgb(255, 255, 255)') >= 3, `${f.what}: ${f.color} on white`);
  }
  assert.ok(
    seen.some((w) => w.includes('Run the tornado')),
    `the tornado's button is reached: ${seen.join(', ')}`,
  );
});

test('the comparison picker is shared: council spending and self-funders show arm A against arm B', async () => {
  await page.getByRole('link', { name: 'Council spending' }).click();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') === 'done',
    null,
    { timeout: 120_000 },
  );
  const caption = () => page.getByTestId('spending-difference').locator('figcaption').textContent();
  // The trade-offs page left Reform against Dilnot: the same pair here.
  assert.equal(await page.locator('#spending-compare-a').inputValue(), '1');
  assert.equal(await page.locator('#spending-compare-b').inputValue(), '2');
  assert.match((await caption()) ?? '', /Reform changes council spending by .* against Dilnot$/);
  await page.selectOption('#spending-compare-a', '2');
  await page.selectOption('#spending-compare-b', '0');
  assert.match((await caption()) ?? '', /Dilnot changes council spending by .* against Baseline$/);
  const spendDilnot = (await caption()) ?? '';
  await page.selectOption('#spending-compare-b', '1');
  assert.match((await caption()) ?? '', /Dilnot changes council spending by .* against Reform$/);
  assert.notEqual(await caption(), spendDilnot, 'another pair, another figure');
  const table = page.getByTestId('spending-difference').locator('details');
  await table.locator('summary').click();
  assert.match((await table.locator('table').textContent()) ?? '', /Dilnot − Reform/);

  await page.getByRole('link', { name: 'Self-funders' }).click();
  assert.equal(await page.locator('#selffunders-compare-a').inputValue(), '2');
  assert.equal(await page.locator('#selffunders-compare-b').inputValue(), '1');
  const gains = page.getByTestId('gains');
  assert.match((await gains.textContent()) ?? '', /Less paid per person than under Reform/);
  assert.match((await gains.locator('figcaption').textContent()) ?? '', /^Dilnot /);
  assert.deepEqual(errors, []);
});
