// Screenshots of every view at desktop (1280×800) and phone (390×844) sizes, for the docs.
// Serves dist/ (build it first: `npm run screenshots` does), runs the default scenario in a real
// Chromium, waits for the runs to finish and writes docs/screenshots/<view>-desktop.png and
// <view>-phone.png; then the default scenario for one council (Kent) on Council spending, and
// Compare councils with all 153 ranked on the reform's extra cost per resident aged 65+.
// Chromium: CHROMIUM_PATH, or /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const OUT = 'docs/screenshots';
const views = ['overview', 'spending', 'self-funders', 'personal-budgets', 'trade-offs', 'person'];
// Views opened with a scenario of their own: the Personal budgets view in history mode, with the
// "what if the 100% target had stayed" arm (`personalBudgets.history`), waiting for its charts.
const historyLink = Buffer.from(
  JSON.stringify({
    personalBudgets: {
      history: {
        arms: [
          { name: 'As it happened', preset: 'as-happened', basis: 'ni130' },
          { name: 'If 100% had stayed', preset: 'stayed-100', basis: 'ni130' },
        ],
      },
    },
  }),
).toString('base64url');
const extraViews = [
  {
    name: 'personal-budgets-history',
    route: `personal-budgets?v=1&s=${historyLink}`,
    ready: '[data-testid="pbh-cost"]',
  },
];
const only = process.env.SCREENSHOTS_ONLY?.split(',');
/** The default scenario for Kent, as the app writes its link (the differences from the defaults). */
const kent = `v=1&s=${Buffer.from(JSON.stringify({ council: 'kent' })).toString('base64url')}`;
const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

/** Waits until every run shown on the page has finished. */
async function runsFinished(page) {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('[data-testid="run-status"]')];
      return all.length > 0 && all.every((el) => el.getAttribute('data-state') === 'done');
    },
    undefined,
    { timeout: 180_000 },
  );
  // Let the dimmed-while-updating fade finish.
  await page.waitForTimeout(400);
}

async function shoot(page, name) {
  const file = `${OUT}/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
try {
  mkdirSync(OUT, { recursive: true });
  for (const size of sizes) {
    // One page per size: moving between views keeps the finished run (no re-run per view).
    const page = await browser.newPage({ viewport: size.viewport });
    page.on('pageerror', (e) => {
      failed = true;
      console.error(`page error: ${e}`);
    });
    for (const view of views) {
      if (only && !only.includes(view)) continue;
      await page.goto(`http://localhost:${port}/#/${view}`);
      if (view !== 'person') await runsFinished(page);
      else await page.getByRole('heading', { level: 2, name: 'Person' }).waitFor();
      await shoot(page, `${view}-${size.name}`);
    }
    for (const view of extraViews) {
      if (only && !only.includes(view.name)) continue;
      await page.goto(`http://localhost:${port}/#/${view.route}`);
      await runsFinished(page);
      await page.locator(view.ready).waitFor({ timeout: 180_000 });
      await page.waitForTimeout(400);
      await shoot(page, `${view.name}-${size.name}`);
    }
    // One council: Kent's own people on Council spending.
    if (!only || only.includes('spending-council')) {
      await page.goto(`http://localhost:${port}/#/spending?${kent}`);
      await page.getByTestId('council-who').waitFor({ timeout: 180_000 });
      await runsFinished(page);
      await shoot(page, `spending-council-${size.name}`);
    }
    // All 153 councils ranked (the scenario's council, Kent, highlighted if among the bars).
    if (only && !only.includes('councils')) {
      await page.close();
      continue;
    }
    await page.goto(`http://localhost:${port}/#/councils?${kent}`);
    await page.selectOption('#compare-measure', 'reformCostPer65');
    await page.getByRole('button', { name: 'Rank all 153 councils' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="compare-status"]')?.getAttribute('data-state') ===
        'done',
      undefined,
      { timeout: 900_000 },
    );
    await shoot(page, `councils-${size.name}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
