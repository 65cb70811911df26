// A worker pool of Web Workers sized to the machine (navigator.hardwareConcurrency).
import { wrap } from 'comlink';
import type { EngineApi } from './api.ts';
import { WorkerPool, type WorkerHandle } from './pool.ts';

function createWebWorker(): WorkerHandle {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) =>
      reject(new Error(`engine worker failed: ${e.message}`)),
    );
  });
  failed.catch(() => undefined);
  return { api: wrap<EngineApi>(worker), failed, terminate: () => worker.terminate() };
}

/** A pool of `size` Web Workers (default: one per logical core, at most 8). */
export function createBrowserPool(
  size = Math.min(8, navigator.hardwareConcurrency || 2),
): WorkerPool {
  return new WorkerPool(createWebWorker, size);
}
