// The engine API that every worker exposes over comlink: one (replicate, slice) task at a time.
// `fault` is a test hook (fault injection): production callers never pass it.
import { runTask } from '../src/model/simulate/runTask.ts';
import { wealthDecileCuts } from '../src/model/simulate/wealthDeciles.ts';
import type { PartialResult } from '../src/model/simulate/result.ts';
import type { Scenario } from '../src/model/simulate/scenario.ts';
import {
  COSTS_DEFAULTS,
  ENGINE_DEFAULTS,
  PERSONAL_BUDGET_DEFAULTS,
  UNCERTAINTY_DEFAULTS,
} from '../src/model/simulate/scenarioDefaults.ts';

/**
 * A fault to inject into one task: `throw` makes the call fail; `crash` ends the worker as a
 * crash would (how depends on the host: see createEngineApi); `hang` never answers.
 */
export interface Fault {
  kind: 'throw' | 'crash' | 'hang';
}

/**
 * A run small enough to take a few tens of milliseconds compiled, touching every rule. Written out
 * whole from the schema's defaults (scenarioDefaults.ts), as scenarioSchema would give it (a test
 * checks that it does): the worker builds no schema.
 */
export const WARM_UP: Scenario = {
  schemaVersion: 1,
  seed: 'warm-up',
  startYear: 2026,
  years: 20,
  population: 3_000,
  council: null,
  replicates: 1,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  personalBudgets: { ...PERSONAL_BUDGET_DEFAULTS },
  uncertainty: structuredClone(UNCERTAINTY_DEFAULTS),
  costs: { ...COSTS_DEFAULTS },
  engine: { ...ENGINE_DEFAULTS },
};

/** The engine API, given how this host's worker crashes (`crash` must not return normally). */
export function createEngineApi(crash: () => void) {
  let warmed = false;
  return {
    runTask: (
      scenario: Scenario,
      replicate: number,
      slice: number,
      fault?: Fault,
    ): PartialResult | Promise<PartialResult> => {
      if (fault?.kind === 'throw')
        throw new Error(`injected fault: task (${replicate}, ${slice}) threw`);
      if (fault?.kind === 'crash') crash();
      if (fault?.kind === 'crash' || fault?.kind === 'hang')
        return new Promise<PartialResult>(() => undefined);
      return runTask(scenario, replicate, slice);
    },
    /** Answers at once: used to check that a worker is alive and ready. */
    ping: (): string => 'pong',
    /**
     * Warms a fresh worker before its first task: the wealth deciles of `startYear`, and (once
     * per worker) a tiny run through every part of the engine so the first real tasks run
     * compiled, not cold. Calling it again costs nothing.
     */
    prepare: (startYear: number): void => {
      wealthDecileCuts(startYear);
      // One small replicate compiles the hot code before the first real task (docs/performance.md).
      if (!warmed) for (let r = 0; r < WARM_UP.replicates; r++) runTask(WARM_UP, r, 0);
      warmed = true;
    },
  };
}

/** The API of a worker that cannot crash on its own (in-process): a crash is a throw. */
export const engineApi = createEngineApi(() => {
  throw new Error('injected fault: the worker crashed');
});

export type EngineApi = ReturnType<typeof createEngineApi>;
