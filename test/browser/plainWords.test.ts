// The interface speaks plain words: no source tags ([V], [V2], [M]), no "null", "false",
// "seed 000" or schema paths on any page with every fold open; a source note explains the words
// used instead.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { finished, linkQuery } from './actions.ts';

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

test('no source tags, null, false, seed numbers or schema paths on any page', async () => {
  for (const route of ['overview', 'spending', 'self-funders', 'personal-budgets', 'person']) {
    await page.evaluate(
      (r) => (location.hash = location.hash.replace(/#\/[^?]*/, `#/${r}`)),
      route,
    );
    await page.waitForTimeout(400);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.waitForTimeout(300);
    const text = await page.evaluate(() => document.body.innerText);
    for (const bad of [
      /\[V2?\]/,
      /\[M\]/,
      /\[(V|V2|M): /,
      /\bnull\b/,
      /\bfalse\b/,
      /seed \d{3}/,
      /arms\[\d\]/,
      /\bNaN\b/,
      /\bundefined\b/,
    ]) {
      const at = text.search(bad);
      assert.equal(at, -1, `${route}: ${bad} in "…${text.slice(Math.max(0, at - 60), at + 40)}…"`);
    }
  }
  // The personal-budget history (2008–2016) lists its published points with their sources.
  await page.evaluate(
    () => (location.hash = location.hash.replace(/#\/[^?]*/, '#/personal-budgets')),
  );
  await page.getByLabel('History, 2008–2016 (the 2010–2013 targets)').check();
  await page.getByTestId('pbh-published').waitFor({ timeout: 60_000 });
  const history = (await page.getByTestId('pb-history').textContent()) ?? '';
  for (const bad of [/\[(V|V2|M)[:\]]/, /seed \d{3}/, /\bnull\b/, /\bNaN\b/, /\bundefined\b/])
    assert.equal(history.search(bad), -1, `history: ${bad}`);
  await page.evaluate(() => (location.hash = location.hash.replace(/#\/[^?]*/, '#/overview')));
  const note = page.getByTestId('source-note');
  assert.match(
    (await note.textContent()) ?? '',
    /published source.*secondary source.*model assumption/s,
  );
  assert.match((await page.locator('#scenario').textContent()) ?? '', /\(model assumption/);
});
