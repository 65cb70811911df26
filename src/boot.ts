// The app proper, loaded by the entry script (main.ts): mounts the Svelte application into #app,
// registers the offline service worker, and installs the fault-injection test hooks only when the
// URL asks for them (?test-faults).
import '../workers/jitless.ts'; // first: before any zod schema is built
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { registerOffline } from './ui/offline.ts';
import { installTestHooks } from './ui/explorer/runManager.svelte.ts';
import './ui/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
if (new URLSearchParams(location.search).has('test-faults')) installTestHooks();
void registerOffline();
export default mount(App, { target });
