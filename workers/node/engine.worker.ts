// worker_threads worker: exposes the engine over comlink's Node adapter. No logic here.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineApi } from '../api.ts';

if (!parentPort) throw new Error('engine.worker must run in a worker thread');
// An injected crash (test hook) ends this thread with an exit code, as a real crash would.
expose(
  createEngineApi(() => process.exit(70)),
  nodeEndpoint(parentPort),
);
