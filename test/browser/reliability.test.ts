// Reliability and security of the built app in a real browser: a strict Content Security Policy
// with no violation while the app runs; a worker killed or crashing mid-run is replaced and the
// results hash is unchanged; a run that keeps failing leaves the previous results on screen; a run
// over the time limit is not started; full or blocked storage loses nothing; two tabs saving one
// name are asked before replacing; the app works offline once loaded and from a sub-path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launch } from './browser.ts';
import { entryKey, STORAGE_KEY } from '../../src/ui/state/savedScenarios.ts';

const link = (s: object) => `v=1&s=${Buffer.from(JSON.stringify(s)).toString('base64url')}`;
/** A quick scenario (5,000 people, 8 replicates), as the app writes links. */
const quick = link({ population: 5000, replicates: 8 });

let browser: Browser;
const servers: ChildProcess[] = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
});

interface Opened {
  page: Page;
  offsite: string[];
  errors: string[];
  violations: string[];
  failedRequests: string[];
}

/**
 * Opens `url` in `context` (a fresh one by default), recording requests that leave localhost,
 * page errors, console errors, CSP violations and failed responses.
 */
async function open(url: string, context?: BrowserContext): Promise<Opened> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }));
  const page = await ctx.newPage();
  const o: Opened = { page, offsite: [], errors: [], violations: [], failedRequests: [] };
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('data:'))
      o.offsite.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) o.failedRequests.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => o.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') o.errors.push(`console: ${m.text()}`);
    if (/Content Security Policy/i.test(m.text())) o.violations.push(m.text());
  });
  await page.exposeFunction('__reportCspViolation', (v: string) => o.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(
        `${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  await page.goto(url);
  return o;
}

const status = (p: Page) => p.getByTestId('run-status').first();

/** Waits until a run later than `after` has ended in `state`. */
async function ended(p: Page, after: number, state = 'done', ms = 30_000): Promise<void> {
  await p.waitForFunction(
    ([n, s]) => {
      const el = document.querySelector('[data-testid="run-status"]');
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

type TestHooks = {
  killWorker(): boolean;
  injectFault(
    plan: { replicate: number; slice: number; kind: string; attempts: number } | null,
  ): void;
  resultsHash(): Promise<string | null>;
};
const hooks = (p: Page) => ({
  resultsHash: () =>
    p.evaluate(() =>
      (window as unknown as { __careCapTest: TestHooks }).__careCapTest.resultsHash(),
    ),
  injectFault: (plan: { replicate: number; slice: number; kind: string; attempts: number }) =>
    p.evaluate(
      (x) => (window as unknown as { __careCapTest: TestHooks }).__careCapTest.injectFault(x),
      plan,
    ),
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts scripts/serve.mjs on `dir`; resolves with its URL and the process. */
async function serve(dir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  servers.push(server);
  await new Promise((resolve) => server.stdout!.once('data', resolve));
  return { url: `http://localhost:${port}/`, server };
}

const policyOf = (html: string) =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

test('the built app keeps the strict CSP: in dist/index.html, as a header, no inline script, no eval', async () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const policy = policyOf(html);
  assert.match(policy, /(^|; )script-src 'self'(;|$)/);
  assert.match(policy, /(^|; )worker-src 'self'(;|$)/);
  assert.match(policy, /(^|; )style-src 'self'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|blob:.*script|%/);
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(attrs!, /\bsrc="\.\/assets\//, 'scripts are files, by relative path');
    assert.equal(body!.trim(), '', 'no inline script');
  }
  for (const f of readdirSync('dist/assets').filter((n) => n.endsWith('.js'))) {
    const js = readFileSync(join('dist/assets', f), 'utf8');
    assert.doesNotMatch(js, /\bnew Function\(|[^\w.$]eval\(/, `${f} has no eval`);
  }
  const res = await fetch(baseUrl);
  assert.equal(res.headers.get('content-security-policy'), `${policy}; frame-ancestors 'none'`);
});

test('the app loads, runs and shows every page with no CSP violation or error', async () => {
  const o = await open(new URL(`#/overview?${quick}`, baseUrl).href);
  await ended(o.page, 0);
  for (const [route, label] of [
    ['spending', 'Council spending'],
    ['self-funders', 'Self-funders'],
    ['personal-budgets', 'Personal budgets'],
    ['trade-offs', 'Trade-offs'],
    ['councils', 'Compare councils'],
    ['person', 'Person'],
  ] as const) {
    await o.page.evaluate((r) => (location.hash = `#/${r}`), route);
    await o.page.locator('nav a[aria-current="page"]', { hasText: label }).waitFor();
    await o.page.getByRole('heading', { level: 2 }).first().waitFor();
  }
  await o.page.waitForTimeout(300);
  assert.deepEqual(o.violations, []);
  assert.deepEqual(o.errors, []);
  assert.deepEqual(o.offsite, []);
  await o.page.context().close();
});

test('a worker killed mid-run, or crashing, is replaced and the results hash is unchanged', async () => {
  const scenario = link({ population: 10000, replicates: 6, seed: 'faults' });
  const url = new URL(`?test-faults#/overview?${scenario}`, baseUrl).href;
  const plain = await open(url);
  await ended(plain.page, 0);
  const reference = await hooks(plain.page).resultsHash();
  assert.match(reference ?? '', /^sha256:[0-9a-f]{64}$/);
  assert.equal(await status(plain.page).getAttribute('data-restarts'), '0');

  const killed = await open(url);
  // Kill as soon as a worker is busy with a task (the hooks exist once the app's code has loaded).
  await killed.page.waitForFunction(
    () => (window as unknown as { __careCapTest?: TestHooks }).__careCapTest?.killWorker() ?? false,
  );
  await ended(killed.page, 0);
  assert.equal(await status(killed.page).getAttribute('data-restarts'), '1');
  assert.match(
    (await status(killed.page).textContent()) ?? '',
    /1 worker was replaced after a failure/,
  );
  assert.equal(await hooks(killed.page).resultsHash(), reference);

  const crashed = await open(new URL(`?test-faults#/overview?${quick}`, baseUrl).href);
  await ended(crashed.page, 0);
  await hooks(crashed.page).injectFault({ replicate: 2, slice: 0, kind: 'crash', attempts: 1 });
  await crashed.page.evaluate((s) => (location.hash = `#/overview?${s}`), scenario);
  await ended(crashed.page, 1);
  assert.equal(await status(crashed.page).getAttribute('data-restarts'), '1');
  assert.equal(await hooks(crashed.page).resultsHash(), reference);
  for (const o of [plain, killed, crashed]) {
    assert.deepEqual(o.errors, []);
    assert.deepEqual(o.violations, []);
    await o.page.context().close();
  }
});

test('a task that keeps failing stops the run with a clear error and the previous results stay', async () => {
  const o = await open(new URL(`?test-faults#/overview?${quick}`, baseUrl).href);
  await ended(o.page, 0);
  const spend = o.page.getByTestId('headline-1-spend');
  const before = await spend.getAttribute('data-value');
  const hash = await hooks(o.page).resultsHash();
  await hooks(o.page).injectFault({ replicate: 1, slice: 0, kind: 'throw', attempts: 99 });
  await o.page.evaluate(
    (s) => (location.hash = `#/overview?${s}`),
    link({ population: 5000, replicates: 8, seed: 'other' }),
  );
  await ended(o.page, 1, 'failed');
  assert.match(
    (await status(o.page).textContent()) ?? '',
    /The run failed: task \(replicate 2, slice 1\) failed 3 times, each on a fresh worker, so the run was stopped; last error: .*injected fault.*The results shown are from before this run\./,
  );
  assert.ok(await o.page.getByRole('button', { name: 'Run again' }).isVisible());
  assert.equal(await spend.getAttribute('data-value'), before);
  assert.equal(await hooks(o.page).resultsHash(), hash);
  await o.page.context().close();
});

test('a run over the browser time limit is not started: the estimate, what would fit, Run anyway', async () => {
  const o = await open(
    new URL(`#/overview?${link({ population: 20_000_000, replicates: 1000 })}`, baseUrl).href,
  );
  await o.page.waitForSelector('[data-testid="run-status"][data-state="refused"]');
  const text = (await status(o.page).textContent()) ?? '';
  assert.match(
    text,
    /Not started\. This run would take about [\d.]+ h \(.* replicates on \d workers?\), over the 2 min limit\./,
  );
  assert.match(
    text,
    /fewer people \(Population [\d,]+ would fit\), or fewer replicates \(Replicates \d+ would fit\), or choose Run anyway\./,
  );
  assert.ok(await o.page.getByRole('button', { name: 'Run anyway' }).isVisible());
  assert.equal(await status(o.page).getAttribute('data-runs'), '0', 'no run started');
  assert.deepEqual(o.errors, []);
  await o.page.context().close();
});

/** A store holding two saved scenarios, as the app writes it. */
const twoSaved = JSON.stringify({
  version: 1,
  revisions: 2,
  entries: [
    {
      name: 'First',
      savedAt: '2026-01-01T10:00:00.000Z',
      scenario: { seed: 'a', arms: [{ name: 'Baseline', policy: 'current' }] },
      revision: 1,
    },
    {
      name: 'Second',
      savedAt: '2026-01-02T10:00:00.000Z',
      scenario: { seed: 'b', arms: [{ name: 'Baseline', policy: 'current' }] },
      revision: 2,
    },
  ],
});

async function openSaveGroup(p: Page): Promise<void> {
  const details = p
    .locator('#scenario details.group', { has: p.locator('summary:text-is("Share and save")') })
    .first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

async function saveAs(p: Page, name: string): Promise<string> {
  await openSaveGroup(p);
  await p.fill('#save-name', name);
  await p.getByRole('button', { name: 'Save', exact: true }).click();
  return saveMessage(p);
}

const saveMessage = async (p: Page) =>
  (await p.locator('form[class*="field"] [role="status"]').textContent()) ?? '';

test('a full storage from the start: saving says so and nothing saved is lost', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(
    ([key, store]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, store);
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    [STORAGE_KEY, twoSaved] as const,
  );
  const o = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  await ended(o.page, 0);
  assert.match(
    await saveAs(o.page, 'Third'),
    /storage is full\. Your 2 saved scenarios are unchanged/,
  );
  const list = o.page.getByRole('list', { name: 'Saved scenarios' });
  assert.equal(await list.locator('li').count(), 2);
  assert.equal(await o.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), twoSaved);
  assert.deepEqual(o.errors, []);
  await ctx.close();
});

test('storage blocked on access (private mode): the app runs and saving says it is not allowed', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const o = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  await ended(o.page, 0);
  assert.match(await saveAs(o.page, 'Mine'), /This browser does not allow saving here\./);
  assert.deepEqual(o.errors, []);
  await ctx.close();
});

test('two tabs saving one name: the second is asked, and a replace over an unseen change is refused', async () => {
  const ctx = await browser.newContext();
  const a = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  const b = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  const stored = () => a.page.evaluate((k) => localStorage.getItem(k), entryKey('Shared'));
  assert.match(await saveAs(a.page, 'Shared'), /Saved “Shared”/);
  assert.match(await saveAs(b.page, 'Shared'), /already saved/);
  const replaceB = b.page.getByRole('button', { name: 'Replace “Shared”' });
  assert.ok(await replaceB.isVisible());
  // Tab A changes it again (asked, then replaces).
  assert.match(await saveAs(a.page, 'Shared'), /already saved/);
  await a.page.getByRole('button', { name: 'Replace “Shared”' }).click();
  assert.match(await saveMessage(a.page), /Saved “Shared”/);
  const afterA = await stored();
  // Tab B's replace was asked before A's change: refused, nothing overwritten, asked again.
  await replaceB.click();
  assert.match(
    await saveMessage(b.page),
    /“Shared” was changed in another tab or window .* Replace it again/,
  );
  assert.equal(await stored(), afterA);
  assert.ok(await replaceB.isVisible());
  await replaceB.click();
  assert.match(await saveMessage(b.page), /Saved “Shared”/);
  assert.notEqual(await stored(), afterA);
  assert.equal(JSON.parse((await stored())!).name, 'Shared');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await ctx.close();
});

test('two tabs saving different names at once both keep them, and each lists the other’s', async () => {
  const ctx = await browser.newContext();
  const a = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  const b = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  for (const [p, name] of [
    [a.page, 'From A'],
    [b.page, 'From B'],
  ] as const) {
    await openSaveGroup(p);
    await p.fill('#save-name', name);
  }
  const saveButton = (p: Page) => p.getByRole('button', { name: 'Save', exact: true });
  await Promise.all([saveButton(a.page).click(), saveButton(b.page).click()]);
  for (const p of [a.page, b.page]) {
    const list = p.getByRole('list', { name: 'Saved scenarios' });
    // The other tab's save arrives by the storage event: no reload.
    await p.waitForFunction(
      () => document.querySelectorAll('[aria-label="Saved scenarios"] li').length === 2,
      null,
      { timeout: 5_000 },
    );
    assert.deepEqual(
      (await list.locator('li').allTextContents()).map((t) => /From [AB]/.exec(t)?.[0]).sort(),
      ['From A', 'From B'],
    );
  }
  assert.deepEqual([...a.errors, ...b.errors], []);
  await ctx.close();
});

test('saved names that trim alike show once and the panel works', async () => {
  const ctx = await browser.newContext();
  const store = JSON.parse(twoSaved);
  store.entries[1].name = ' First ';
  await ctx.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify(store)] as const,
  );
  const o = await open(new URL(`#/overview?${quick}`, baseUrl).href, ctx);
  await ended(o.page, 0);
  await openSaveGroup(o.page);
  const list = o.page.getByRole('list', { name: 'Saved scenarios' });
  assert.equal(await list.locator('li').count(), 1);
  assert.match(await saveAs(o.page, 'Another'), /Saved “Another”/);
  assert.equal(await list.locator('li').count(), 2);
  assert.deepEqual(o.errors, []);
  await ctx.close();
});

test('once loaded the app works offline: the service worker serves the shell and assets', async () => {
  const { url, server } = await serve('dist');
  const ctx = await browser.newContext();
  const o = await open(new URL(`#/overview?${quick}`, url).href, ctx);
  await ended(o.page, 0);
  await o.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 15_000,
  });
  const cached = await o.page.evaluate(async () => {
    const keys = await (await caches.open('care-cap-simulator-v1')).keys();
    return keys.map((k) => new URL(k.url).pathname);
  });
  assert.ok(cached.includes('/'), 'the shell');
  assert.ok(
    cached.some((p) => /^\/assets\/index-[\w-]+\.js$/.test(p)),
    'the app bundle',
  );
  assert.ok(
    cached.some((p) => /^\/assets\/engine\.worker-[\w-]+\.js$/.test(p)),
    'the engine worker',
  );
  assert.ok(
    cached.some((p) => /\.css$/.test(p)),
    'the styles',
  );

  // Offline: the server is gone and the browser has no network.
  server.kill();
  await new Promise((r) => server.once('exit', r));
  await ctx.setOffline(true);
  await o.page.reload();
  await ended(o.page, 0);
  const n = Number(await status(o.page).getAttribute('data-runs'));
  await o.page.evaluate(
    (s) => (location.hash = `#/overview?${s}`),
    link({ population: 5000, replicates: 6 }),
  );
  await ended(o.page, n);
  assert.match((await status(o.page).textContent()) ?? '', /Done: 6 replicates/);
  assert.deepEqual(o.offsite, []);
  assert.deepEqual(o.violations, []);
  await ctx.close();
});

test('served from a sub-path of another host the app loads and runs, and the server stays in its directory', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'care-cap-subpath-'));
  cpSync('dist', join(parent, 'sub', 'app'), { recursive: true });
  const { url } = await serve(parent);
  // Without the trailing slash the server redirects, so relative paths resolve inside the app.
  const o = await open(new URL(`sub/app#/overview?${quick}`, url).href);
  await ended(o.page, 0);
  assert.equal(new URL(o.page.url()).pathname, '/sub/app/');
  assert.ok(await o.page.getByTestId('headline-1-spend').isVisible());
  assert.deepEqual(o.failedRequests, []);
  assert.deepEqual(o.offsite, []);
  assert.deepEqual(o.errors, []);
  const scope = await o.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, '/sub/app/');
  await o.page.context().close();

  // The server never serves outside its directory, even a sibling sharing its name's prefix.
  mkdirSync(join(parent, 'sub', 'app-private'));
  writeFileSync(join(parent, 'sub', 'app-private', 'secret.txt'), 'secret');
  const inner = await serve(join(parent, 'sub', 'app'));
  for (const path of ['..%2fapp-private%2fsecret.txt', '%2e%2e/app-private/secret.txt']) {
    const res = await fetch(`${inner.url}${path}`);
    assert.notEqual(res.status, 200, path);
    assert.doesNotMatch(await res.text(), /secret/);
  }
});
