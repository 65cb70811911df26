// Web Worker: exposes the engine over comlink. No logic here.
import './jitless.ts'; // first: before any zod schema is built
import { expose } from 'comlink';
import { createEngineApi } from './api.ts';

// An injected crash (test hook) is an error thrown outside any call: the page sees the worker's
// `error` event, as it would for a real crash.
expose(
  createEngineApi(() => {
    setTimeout(() => {
      throw new Error('injected fault: the worker crashed');
    });
  }),
);
