// A worker pool of Node worker_threads running the same engine (TypeScript loaded through tsx).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { EngineApi } from '../api.ts';
import { WorkerPool, type WorkerHandle } from '../pool.ts';

const workerUrl = new URL('./bootstrap.mjs', import.meta.url);

/** One engine worker thread (exported for tests that wrap handles). */
export function createThread(): WorkerHandle {
  const worker = new Worker(workerUrl);
  let terminated = false;
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', (e) => reject(new Error(`engine worker failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (!terminated) reject(new Error(`engine worker exited (code ${code})`));
    });
  });
  failed.catch(() => undefined);
  const api = wrap<EngineApi>(nodeEndpoint(worker));
  return {
    api,
    failed,
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    // Terminated from outside the pool's bookkeeping: the exit is reported as a failure.
    kill: () => void worker.terminate(),
  };
}

/** A pool of `size` worker threads (default: one per core). */
export function createNodePool(size = availableParallelism()): WorkerPool {
  return new WorkerPool(createThread, size);
}
