// Person page in a real browser: the numbers shown are exactly the engine's for the same person,
// care and policies; the cap marker appears only where the cap is reached; bad entries are caught.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';
import { calculateCareAccount } from '../../src/model/calculator/calculateCareAccount.ts';
import type { CareEpisode, PersonInput, Summary } from '../../src/model/calculator/schema.ts';
import { presets, type PresetId } from '../../src/model/policy/index.ts';
import { repricePolicy } from '../../src/model/policy/reprice.ts';
import { defaultScenario } from '../../src/ui/state/scenarioLink.ts';

/** The Person page calculates both policies at the explorer's start year's prices. */
const START_YEAR = defaultScenario().startYear;

const person: PersonInput = {
  age: 85,
  capital: 250_000,
  homeValue: 0,
  partnerAtHome: false,
  weeklyIncome: 200,
  councilArranged: false,
};
// 6 years in a residential home: round(6 × 52) = 312 weeks. £ at the start year's prices, where
// the 2021 reform's cap is £108,834.73: this case reaches it.
const care: CareEpisode[] = [
  { setting: 'residential', weeks: 312, weeklyFee: 900, councilRate: 900 },
];

const keys = [
  'weeksToCap',
  'personPaid',
  'councilPaid',
  'countedTowardsCap',
  'dailyLivingCostsPaid',
  'capitalLeft',
] as const satisfies readonly (keyof Summary)[];
type Shown = Record<(typeof keys)[number], number | null>;

const engine = (id: PresetId): Shown => {
  const s = calculateCareAccount(repricePolicy(presets[id], START_YEAR), person, care).summary;
  return Object.fromEntries(keys.map((k) => [k, s[k]])) as Shown;
};

const pounds = (n: number): string =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    maximumFractionDigits: 0,
  }).format(Math.round(n));

/** The summary values a policy column shows, read from their data-value attributes. */
async function shown(page: Page, column: 'a' | 'b'): Promise<Shown> {
  const box = page.getByTestId(`policy-${column}`);
  const out: Partial<Shown> = {};
  for (const k of keys) {
    const v = await box.getByTestId(`summary-${k}`).getAttribute('data-value');
    out[k] = v === null ? null : Number(v);
  }
  return out as Shown;
}

/** Retries `check` until it passes or `ms` have gone by (the page updates asynchronously). */
async function eventually(check: () => Promise<void>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

let browser: Browser;
let page: Page;
let offsite: string[];
let errors: string[];

before(async () => {
  browser = await launch();
  ({ page, offsite, errors } = await openApp(browser));
});

after(async () => {
  await browser?.close();
});

test('the nav opens the Person page and marks its tab as current', async () => {
  const tab = page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Person', exact: true });
  await tab.click();
  assert.equal(await tab.getAttribute('aria-current'), 'page');
  assert.ok(await page.getByRole('heading', { level: 2, name: 'Person' }).isVisible());
});

test('Person page (£250k, £900/wk care home, 6 years, at the start year’s prices) shows the engine numbers: current vs reform-2021', async () => {
  await page.fill('#person-age', String(person.age));
  await page.fill('#person-capital', String(person.capital));
  await page.fill('#person-homeValue', '0');
  await page.fill('#person-weeklyIncome', String(person.weeklyIncome));
  await page.selectOption('#episode-0-setting', 'residential');
  await page.fill('#episode-0-weeklyFee', '900');
  await page.fill('#episode-0-councilRate', '900');
  await page.fill('#episode-0-years', '6');
  await page.getByTestId('policy-a').getByLabel('Preset').selectOption('current');
  await page.getByTestId('policy-b').getByLabel('Preset').selectOption('reform-2021');

  await eventually(async () => assert.deepEqual(await shown(page, 'a'), engine('current')));
  await eventually(async () => assert.deepEqual(await shown(page, 'b'), engine('reform-2021')));
  assert.equal(engine('reform-2021').weeksToCap !== null, true, 'the case must reach the cap');

  const markerB = page.getByTestId('policy-b').getByTestId('cap-reached-marker');
  assert.ok(await markerB.isVisible(), 'cap-reached marker shown for reform-2021');
  assert.equal(await page.getByTestId('policy-a').getByTestId('cap-reached-marker').count(), 0);
  const b = calculateCareAccount(
    repricePolicy(presets['reform-2021'], START_YEAR),
    person,
    care,
  ).summary;
  assert.equal(
    await page.getByTestId('policy-b').locator('figcaption').textContent(),
    `Cap reached after ${(b.weeksToCap! / 52).toFixed(1)} years; ${pounds(b.personPaidToCap!)} paid by then`,
  );
  assert.equal(
    await page.getByTestId('policy-b').getByTestId('summary-personPaid').textContent(),
    pounds(b.personPaid),
  );

  const table = page.getByTestId('policy-b').getByTestId('ledger-table');
  await table.locator('summary').click();
  assert.equal(await table.locator('tbody tr').count(), 6, 'one ledger row per year');

  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
});

test('choosing care-act-2014 for policy A updates its numbers to the engine', async () => {
  await page.getByTestId('policy-a').getByLabel('Preset').selectOption('care-act-2014');
  await eventually(async () => assert.deepEqual(await shown(page, 'a'), engine('care-act-2014')));
  assert.ok(await page.getByTestId('policy-a').getByTestId('cap-reached-marker').isVisible());
  assert.equal(
    await page.getByTestId('policy-a').getByLabel('Lifetime cap').inputValue(),
    '72,000',
  );
  // Policy B is untouched.
  assert.deepEqual(await shown(page, 'b'), engine('reform-2021'));
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
});

test('an out-of-range capital shows a message naming the field and range and keeps the results', async () => {
  const before = await shown(page, 'b');
  await page.fill('#person-capital', '-5');
  const message = page.locator('#person-capital-error');
  await eventually(async () =>
    assert.equal(await message.textContent(), 'Capital must be a number from £0 to £100,000,000.'),
  );
  assert.equal(await page.locator('#person-capital').getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByRole('status').filter({ hasText: 'last valid values' }).isVisible());
  assert.deepEqual(await shown(page, 'b'), before);
  await page.fill('#person-capital', String(person.capital));
  await eventually(async () => assert.equal(await message.count(), 0));
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
});
