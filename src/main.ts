// Entry point. On pages that show the explorer's main run it starts the engine's workers first,
// so that they load the engine while the app's own code loads and draws the page; then it loads
// the app (boot.ts). Kept small on purpose: nothing here waits for the app's code.
import { defaultWorkerCount, startWorkersEarly } from '../workers/webWorker.ts';
import { showsMainRun } from './ui/routes.ts';
import { DEFAULTS_V1 } from './ui/state/defaults.ts';

// Prepared for the default start year: a link with another one costs its first task a moment.
if (showsMainRun(location.hash)) startWorkersEarly(defaultWorkerCount(), DEFAULTS_V1.startYear!);
void import('./boot.ts');
