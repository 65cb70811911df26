// scripts/serve.mjs, the static server behind `npm start`: security headers on every response,
// only GET and HEAD, nothing from outside its directory, no redirect to another host, and one
// line (not a stack trace) when its port is taken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
const site = join(dir, 'site');
let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  mkdirSync(join(site, 'app'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(site, 'app', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  symlinkSync(join(dir, 'secret.txt'), join(site, 'leak.txt'));
  symlinkSync(dir, join(site, 'parent'));
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', site, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((done) =>
    server.stdout!.once('data', (b: Buffer) => done(b.toString())),
  );
  port = Number(/localhost:(\d+)/.exec(line)![1]);
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request (the path sent as written, not normalised by a URL parser). */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', fail);
      req.end();
    },
  );
}

const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy'];

describe('npm start’s server', () => {
  it.each([
    ['/', 200],
    ['/missing.js', 404],
    ['/app', 301],
    ['/../secret.txt', 404],
    ['/..%2fsecret.txt', 403],
    ['/leak.txt', 403],
    ['/parent/secret.txt', 403],
    ['/%E0%A4%A', 400],
  ])('GET %s answers %d with every security header', async (path, status) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    for (const h of SECURITY) expect(r.headers[h], h).toBeTruthy();
    expect(r.body).not.toContain('outside the site');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s is refused with 405 and Allow', async (m) => {
    const r = await get('/', m);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
    expect(r.headers['content-security-policy']).toBeTruthy();
  });

  it('HEAD sends the headers without a body', async () => {
    const r = await get('/', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toBe('');
  });

  it('a directory redirect is relative, so it never leads to another host', async () => {
    expect((await get('/app')).headers.location).toBe('./app/');
    for (const path of [
      '/.//evil.com/..%2fapp',
      '//evil.com/%2e%2e/app',
      '/%2fevil.com%2f..%2fapp',
    ]) {
      const r = await get(path);
      const location = String(r.headers.location ?? '');
      expect(location.startsWith('//'), `${path} → ${location}`).toBe(false);
      expect(/^[a-z][a-z0-9+.-]*:/i.test(location), `${path} → ${location}`).toBe(false);
    }
  });

  it('a port in use is one line saying how to choose another, not a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const busy = (taken.address() as { port: number }).port;
    const r = spawnSync(
      process.execPath,
      ['scripts/serve.mjs', '--dir', site, '--port', String(busy)],
      {
        encoding: 'utf8',
        timeout: 10_000,
      },
    );
    taken.close();
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Port ${busy} is already in use. Choose another: PORT=8080 npm start (or node scripts/serve.mjs --port 8080).`,
    );
  });
});
