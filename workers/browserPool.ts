// A worker pool of Web Workers sized to the machine (navigator.hardwareConcurrency).
import { wrap } from 'comlink';
import type { EngineApi } from './api.ts';
import { WorkerPool, type WorkerHandle } from './pool.ts';

function createWebWorker(): WorkerHandle {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  let fail!: (e: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  worker.addEventListener('error', (e) => {
    // Handled here: the failure is reported through `failed`, not as an uncaught page error.
    e.preventDefault();
    fail(new Error(`engine worker failed: ${e.message || 'it stopped unexpectedly'}`));
  });
  return {
    api: wrap<EngineApi>(worker),
    failed,
    terminate: () => worker.terminate(),
    // A browser reports no event when a worker is terminated: say so, as a crash's error would.
    kill: () => {
      worker.terminate();
      fail(new Error('engine worker failed: it was stopped from outside'));
    },
  };
}

/** A pool of `size` Web Workers (default: one per logical core, at most 8). */
export function createBrowserPool(
  size = Math.min(8, navigator.hardwareConcurrency || 2),
): WorkerPool {
  return new WorkerPool(createWebWorker, size);
}
