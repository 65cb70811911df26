// A worker pool of Web Workers sized to the machine (navigator.hardwareConcurrency).
import { WorkerPool } from './pool.ts';
import { createWebWorker, defaultWorkerCount, takeEarlyWorker } from './webWorker.ts';

/**
 * A pool of `size` Web Workers (default: one per logical core, at most 8). It takes the workers
 * the entry script started early first.
 */
export function createBrowserPool(size = defaultWorkerCount()): WorkerPool {
  return new WorkerPool(() => takeEarlyWorker() ?? createWebWorker(), size);
}
