// npm run bench:browser: how long the app's first view takes in headless Chromium. Serves the
// built app (dist/, so run `vite build` first: the npm script does; `--dir D` serves another
// build), opens the default explorer page in a fresh browser `--loads` times (default 5), and
// reports for each load the time from navigation to the first results shown and to the last
// replicate shown, and the run time the app itself displays. Ends with one JSON line. Timing lives
// here, never in tests.
//
// `--against D` compares two builds: loads alternate between the build timed and build D (A, B,
// B, A, …), so both see the machine at the same speed, which on a small shared machine drifts by
// a fifth within an hour; the JSON line adds D's medians and the median of the paired differences.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const loads = Number(arg('--loads', '5'));
// Another build to time (e.g. `vite build --outDir /tmp/other`).
const dir = arg('--dir', 'dist');
// A second build to compare with, load for load.
const against = arg('--against', null);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  .filter(Boolean)
  .find((p) => existsSync(p));
if (!executablePath) {
  console.log('No Chromium found (set CHROMIUM_PATH, or: sudo apt-get install chromium).');
  process.exit(0);
}
for (const d of [dir, against].filter(Boolean)) {
  if (!existsSync(`${d}/index.html`)) {
    console.error(`${d}/ is missing: run \`npm run bench:browser\` (it builds first).`);
    process.exit(1);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Serves build `d` on a free port; resolves to its port and the server process. */
async function serve(d) {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--dir', d],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return { port, server };
}

const DONE = /Done: (\d+) replicates in ([\d.]+) s/;

/** One load of the first view served on `port`, in a fresh browser. */
async function load(port) {
  // A fresh browser each time: nothing cached, no service worker, no compiled code kept.
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The page notes the frame that first shows results and the frame that shows the run done:
    // a mutation observer sees the change and the next animation frame is when it is drawn.
    // Polling every animation frame instead would keep the page drawing frames all along (and
    // reading the page's text each time forces a layout): work that slowed what it timed.
    await page.addInitScript(() => {
      const marks = {};
      window.__firstView = marks;
      const note = (key, found) => {
        if (marks[key] === undefined && found) {
          marks[key] = null;
          requestAnimationFrame(() => (marks[key] = performance.now()));
        }
      };
      new MutationObserver(() => {
        note('first', document.querySelector('[data-testid="headline-1-spend"]'));
        note('done', document.querySelector('[data-testid="run-status"][data-state="done"]'));
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`http://localhost:${port}/`);
    // Polled with plain evaluations: page.waitForFunction would first inject Playwright's own
    // helper script (330 KB) into the page, which takes the page's thread for 25–40 ms while the
    // app starts: time no user's browser spends.
    const deadline = Date.now() + 60_000;
    let marks = null;
    while (!marks) {
      marks = await page.evaluate(() => {
        const m = window.__firstView;
        return typeof m?.first === 'number' && typeof m?.done === 'number' ? m : null;
      });
      if (!marks) {
        if (Date.now() > deadline) throw new Error('the first view did not finish within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const text = await page.evaluate(() => document.body.innerText);
    const m = DONE.exec(text);
    return {
      navigationToFirstResultsMs: Math.round(marks.first),
      navigationToDoneMs: Math.round(marks.done),
      displayedRunSeconds: Number(m?.[2]),
      replicates: m?.[1],
    };
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (rows) => ({
  firstResultsMedianMs: median(rows.map((r) => r.navigationToFirstResultsMs)),
  firstViewMedianMs: median(rows.map((r) => r.navigationToDoneMs)),
  displayedRunMedianSeconds: median(rows.map((r) => r.displayedRunSeconds)),
});
const describe = (r) =>
  `first results shown ${r.navigationToFirstResultsMs} ms after navigation, the last replicate ${r.navigationToDoneMs} ms; the app reports the run took ${r.displayedRunSeconds} s (${r.replicates} replicates)`;
const row = ({ replicates: _, ...r }) => r;

const builds = [await serve(dir), ...(against ? [await serve(against)] : [])];
const rows = [];
const otherRows = [];
try {
  for (let i = 0; i < loads; i++) {
    // A, B then B, A: neither build always goes first after the other's browser closes.
    const order = against && i % 2 === 1 ? [1, 0] : [0, 1].slice(0, builds.length);
    for (const b of order) {
      const r = await load(builds[b].port);
      (b === 0 ? rows : otherRows).push(r);
      console.log(`load ${i + 1}${against ? ` (${b === 0 ? dir : against})` : ''}: ${describe(r)}`);
    }
  }
} finally {
  for (const b of builds) b.server.kill();
}
const comparison = against
  ? {
      against,
      againstMedians: summary(otherRows),
      pairedMedianDifferenceMs: median(
        rows.map((r, i) => otherRows[i].navigationToDoneMs - r.navigationToDoneMs),
      ),
    }
  : {};
console.log(JSON.stringify({ loads, ...summary(rows), rows: rows.map(row), ...comparison }));
