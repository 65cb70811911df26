// One engine Web Worker wrapped with comlink, and the workers the entry script starts before the
// app's code has loaded (so that loading the engine overlaps loading the page). Imports nothing
// of the engine or the app: the entry script stays small.
import { wrap } from 'comlink';
import type { EngineApi } from './api.ts';
import type { WorkerHandle } from './pool.ts';
import { workerName } from './workerName.ts';

/** Default pool size: one worker per logical core, at most 8. */
export const defaultWorkerCount = (): number =>
  Math.min(8, globalThis.navigator?.hardwareConcurrency || 2);

/**
 * A new engine worker. With `prepareFor` (a start year) it prepares itself as soon as its code
 * has loaded (see EngineApi.prepare): the year travels in the worker's name, because a message
 * posted now would wait until the page's thread is free, which it is not while the app loads.
 */
export function createWebWorker(prepareFor?: number): WorkerHandle {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: workerName(prepareFor),
  });
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

const early: WorkerHandle[] = [];

/**
 * Starts `count` workers now and has them prepare for `startYear` (see EngineApi.prepare), for
 * the first pool to take (see takeEarlyWorker).
 */
export function startWorkersEarly(count: number, startYear: number): void {
  while (early.length < count) early.push(createWebWorker(startYear));
}

/** A worker started early, if one is left; each is handed out once. */
export const takeEarlyWorker = (): WorkerHandle | undefined => early.shift();
