// Web Worker: exposes the engine over comlink. No logic here.
import './jitless.ts'; // first: before any zod schema is built
import { expose } from 'comlink';
import { createEngineApi } from './api.ts';
import { PREPARE_NAME } from './webWorker.ts';

// An injected crash (test hook) is an error thrown outside any call: the page sees the worker's
// `error` event, as it would for a real crash.
const api = createEngineApi(() => {
  setTimeout(() => {
    throw new Error('injected fault: the worker crashed');
  });
});
expose(api);
// A worker started early is told in its name which start year to prepare for (see webWorker.ts).
if (self.name.startsWith(PREPARE_NAME)) {
  const year = Number(self.name.slice(PREPARE_NAME.length));
  if (Number.isInteger(year)) api.prepare(year);
}
