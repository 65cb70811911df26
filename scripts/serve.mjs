// Serves the built app (dist/) on localhost with the same Content Security Policy as index.html.
// Usage: node scripts/serve.mjs [--port N] [--dir DIR]; prints the URL. PORT env also works.
// Serving a parent of the app's directory (--dir) tests the app from a sub-path.
// Every response carries the security headers; only GET and HEAD are answered; files are served
// only from inside DIR (symbolic links leading out of it are not followed), and a redirect never
// leaves the host.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(
  process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : 'dist',
);
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
/** index.html's policy, plus what only a header can say (frame-ancestors). */
export const csp =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every response, whatever its status. */
const securityHeaders = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function send(res, status, headers = {}, body = '') {
  res.writeHead(status, { ...securityHeaders, ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const plain = { 'Content-Type': 'text/plain; charset=utf-8' };
const realRoot = await realpath(root).catch(() => root);
const inside = (p, dir) => p === dir || p.startsWith(dir + sep);

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { ...plain, Allow: 'GET, HEAD' }, 'Method not allowed');
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, 400, plain, 'Bad request');
    return;
  }
  try {
    let path = normalize(join(root, pathname));
    // Inside root only (a sibling such as dist-old shares the prefix "dist").
    if (!inside(path, root)) {
      send(res, 403, plain, 'Forbidden');
      return;
    }
    // …and still inside once symbolic links are followed.
    if (!inside(await realpath(path), realRoot)) {
      send(res, 403, plain, 'Forbidden');
      return;
    }
    if ((await stat(path)).isDirectory()) {
      // A directory without its slash would resolve the app's relative paths one level up. The
      // redirect is relative ("./name/"), so it can never point at another host.
      if (!pathname.endsWith('/')) {
        const query = new URL(req.url ?? '/', 'http://localhost').search;
        send(res, 301, { Location: `./${encodeURIComponent(basename(path))}/${query}` });
        return;
      }
      path = join(path, 'index.html');
    }
    const body = await readFile(path);
    send(
      res,
      200,
      {
        'Content-Type': types[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      },
      body,
    );
  } catch {
    send(res, 404, plain, 'Not found');
  }
});
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use. Choose another: PORT=8080 npm start (or node scripts/serve.mjs --port 8080).`,
    );
  } else console.error(`The server could not start: ${e.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`Care Cap Simulator is running at http://localhost:${address.port}/`);
});
