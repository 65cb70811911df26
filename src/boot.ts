// The app proper, loaded by the entry script (main.ts): mounts the Svelte application into #app,
// registers the offline service worker once the first view is drawn, and installs the
// fault-injection test hooks only when the URL asks for them (?test-faults).
import '../workers/jitless.ts'; // first: before any zod schema is built
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { registerOffline } from './ui/offline.ts';
import { installTestHooks, mainRuns } from './ui/explorer/runManager.svelte.ts';
import { showsMainRun } from './ui/routes.ts';
import './ui/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
if (new URLSearchParams(location.search).has('test-faults')) installTestHooks();
const app = mount(App, { target });
export default app;

/**
 * Calls `then` once the page's first main run has finished, or at once on a page without one;
 * never more than `maxMs` later.
 */
function afterFirstView(then: () => void, maxMs = 10_000): void {
  const t0 = performance.now();
  const check = () => {
    const pending =
      showsMainRun(location.hash) &&
      (mainRuns.started === 0 || mainRuns.status === 'running' || mainRuns.status === 'waiting');
    if (!pending || performance.now() - t0 > maxMs) then();
    else setTimeout(check, 200);
  };
  check();
}

// Caching for offline use fetches and reads every asset again: on a small machine that competes
// with the first run for the processor, so it waits until the first view is complete.
afterFirstView(() => void registerOffline());
