// Runs the browser suite: finds a system Chromium, serves dist/ on a free port, then runs
// test/browser/*.test.ts with node's test runner (playwright-core drives the browser).
// Without a browser: locally one line says so and how to install it; with CI set it fails.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chromium = candidates.find((p) => p && existsSync(p));
if (!chromium) {
  const line =
    'Browser tests skipped: no Chromium found (set CHROMIUM_PATH, or install it: sudo apt-get install chromium).';
  if (process.env.CI) {
    console.error(
      line.replace('skipped', 'FAILED') + ' CI is set, so a missing browser is a failure.',
    );
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}

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
await new Promise((resolve) => server.stdout.once('data', resolve));

const files = readdirSync('test/browser')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/browser/${f}`);
const only = process.argv.slice(2);
const tests = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...(only.length ? only : files)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium, BASE_URL: `http://localhost:${port}/` },
  },
);
const code = await new Promise((resolve) => tests.on('exit', (c) => resolve(c ?? 1)));
server.kill();
process.exit(code);
