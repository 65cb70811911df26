// Service worker: makes the Care Cap Simulator work offline once loaded, from any directory of any
// static host. On install it caches the app shell (this directory's index.html) and every asset
// the shell names, following scripts and styles to the files they name (the engine worker bundle
// included). Pages are fetched from the network first (so a new build shows at once) and from the
// cache when offline; hashed assets come from the cache. Nothing outside this directory of this
// origin is fetched or cached.

const CACHE = 'care-cap-simulator-v1';
const scope = new URL('./', self.location.href);
const shellUrl = scope.href;

/** Same origin, inside this app's directory, and not a source map. */
const ours = (url) =>
  url.origin === scope.origin &&
  url.pathname.startsWith(scope.pathname) &&
  !url.pathname.endsWith('.map') &&
  !url.pathname.endsWith('/sw.js');

/**
 * Files a page, script or stylesheet names: src/href attributes of a page; url(…) of a stylesheet;
 * quoted file names in a script or stylesheet that are paths ("./x.js") or Vite's hashed output
 * ("engine.worker-BVPkMdST.js"). A bare quoted name such as `manifest.json` (the research bundle's
 * file inside a zip) or a call like url(e) in a script is not a file of the app: following them
 * made two 404 requests on every install.
 */
function references(text, type) {
  const out = [];
  if (type.includes('html')) {
    for (const m of text.matchAll(/\b(?:src|href)\s*=\s*["']([^"'#?]+)/g)) out.push(m[1]);
    return out;
  }
  const quoted = /["'`]((?:\.{0,2}\/)?[\w@./-]+\.(?:js|mjs|css|woff2?|svg|png|json|wasm))["'`]/g;
  const fileLike = /^(?:\.{0,2}\/|.*-[\w-]{8}\.\w+$)/;
  for (const m of text.matchAll(quoted)) if (fileLike.test(m[1])) out.push(m[1]);
  if (type.includes('css'))
    for (const m of text.matchAll(/url\(\s*["']?([^"')#?]+)/g)) out.push(m[1]);
  return out;
}

/** A response the cache can hand to a navigation (never marked as redirected). */
async function clean(res) {
  if (!res.redirected) return res;
  return new Response(await res.blob(), { status: res.status, headers: res.headers });
}

/** Fetches the shell and everything it names, transitively; a named file that is missing is skipped. */
async function crawl() {
  const found = new Map();
  const queue = [shellUrl];
  while (queue.length) {
    const url = queue.shift();
    if (found.has(url)) continue;
    const res = await fetch(url, { cache: 'no-cache' });
    if (!res.ok) {
      if (url === shellUrl) throw new Error(`app shell: HTTP ${res.status}`);
      found.set(url, null);
      continue;
    }
    found.set(url, await clean(res.clone()));
    const type = res.headers.get('content-type') ?? '';
    if (!/html|javascript|css/.test(type)) continue;
    for (const ref of references(await res.text(), type)) {
      let next;
      try {
        next = new URL(ref, url);
      } catch {
        continue;
      }
      next.hash = '';
      next.search = '';
      if (ours(next) && !found.has(next.href)) queue.push(next.href);
    }
  }
  return found;
}

/** Caches a fresh crawl, then drops entries of older builds. */
async function refresh() {
  const found = await crawl();
  const cache = await caches.open(CACHE);
  for (const [url, res] of found) if (res) await cache.put(url, res);
  for (const req of await cache.keys()) if (!found.get(req.url)) await cache.delete(req);
}

self.addEventListener('install', (event) => {
  event.waitUntil(refresh().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** The page: network first (then refresh the cache if the build changed), cache when offline. */
async function page(event) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(event.request);
    if (res.ok) {
      const fresh = await res.clone().text();
      const cached = await cache.match(shellUrl);
      if (!cached || (await cached.text()) !== fresh) event.waitUntil(refresh().catch(() => {}));
    }
    return res;
  } catch (e) {
    const cached = await cache.match(shellUrl);
    if (cached) return cached;
    throw e;
  }
}

/** Hashed assets: from the cache, else the network (and cached for next time). */
async function asset(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.search = '';
  const hit = await cache.match(url.href);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.type === 'basic') await cache.put(url.href, await clean(res.clone()));
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!ours(url)) return;
  const isPage =
    request.mode === 'navigate' ||
    url.pathname === scope.pathname ||
    url.pathname === `${scope.pathname}index.html`;
  event.respondWith(isPage ? page(event) : asset(request));
});
