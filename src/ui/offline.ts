// Offline use: registers the service worker (public/sw.js) that caches the app shell and its
// hashed assets, worker bundles included, so the app runs without a network once loaded. Only
// in a build served over http(s) where service workers exist; never in the dev server.

/** Registers ./sw.js for this directory (works from any sub-path); resolves false if skipped. */
export async function registerOffline(): Promise<boolean> {
  if (!import.meta.env.PROD) return false;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  if (!('serviceWorker' in navigator)) return false;
  try {
    // Relative to the page, so the app works from any directory of any static host.
    await navigator.serviceWorker.register('./sw.js', { scope: './' });
    return true;
  } catch {
    // Offline use is a convenience: the app works online without it.
    return false;
  }
}
