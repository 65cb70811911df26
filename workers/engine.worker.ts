// Web Worker: exposes the engine over comlink; prepares at once when its name asks (workerName.ts).
import { expose } from 'comlink';
import { createEngineApi } from './api.ts';
import { startYearToPrepare } from './workerName.ts';

// An injected crash (test hook) is an error thrown outside any call: the page sees the worker's
// `error` event, as it would for a real crash.
const api = createEngineApi(() => {
  setTimeout(() => {
    throw new Error('injected fault: the worker crashed');
  });
});
expose(api);
// A worker started early is told in its name which start year to prepare for (workerName.ts).
const year = startYearToPrepare(self.name);
if (year !== null) api.prepare(year);
