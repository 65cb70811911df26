// The engine API that every worker exposes over comlink: one (replicate, slice) task at a time.
import { runTask } from '../src/model/simulate/runTask.ts';

export const engineApi = {
  runTask,
  /** Answers at once: used to check that a worker is alive and ready. */
  ping: (): string => 'pong',
};

export type EngineApi = typeof engineApi;
