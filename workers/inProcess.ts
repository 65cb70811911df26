// A "worker" that runs the engine in the calling thread: the same pool logic without threads, for
// tests and for tiny runs where starting workers costs more than the work.
import type { Remote } from 'comlink';
import { engineApi, type EngineApi } from './api.ts';
import { WorkerPool, type WorkerHandle } from './pool.ts';

function createInProcess(): WorkerHandle {
  const api = {
    runTask: async (...args: Parameters<EngineApi['runTask']>) => {
      // Yield first so that "parallel" lanes interleave as real workers would.
      await new Promise((r) => setTimeout(r, 0));
      return engineApi.runTask(...args);
    },
    ping: async () => engineApi.ping(),
    prepare: async (startYear: number) => engineApi.prepare(startYear),
  } as unknown as Remote<EngineApi>;
  return { api, failed: new Promise<never>(() => undefined), terminate: () => undefined };
}

/** A pool of `size` in-thread lanes. */
export function createInProcessPool(size = 1): WorkerPool {
  return new WorkerPool(createInProcess, size);
}
