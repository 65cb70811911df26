// The Node worker pool (worker_threads + comlink): identical results with 1, 2 and 5 workers and
// with shuffled task order; cancelling stops every worker; shards merged equal one run.
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/model/simulate/scenario.ts';
import { planTasks, shardReplicates } from '../../src/model/simulate/plan.ts';
import { fromResultsFile, toResultsFile } from '../../src/model/simulate/resultsFile.ts';
import { summarise } from '../../src/model/simulate/summarise.ts';
import { hashResults } from '../../src/model/export/index.ts';
import { createNodePool } from '../../workers/node/nodePool.ts';
import { CancelledError, type WorkerPool } from '../../workers/pool.ts';

const scenario = scenarioSchema.parse({
  seed: 'workers',
  population: 2000,
  replicates: 4,
  years: 5,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'dilnot-2011' },
  ],
  engine: { sliceSize: 1000 },
});

let pools: WorkerPool[] = [];
const pool = (n: number) => {
  const p = createNodePool(n);
  pools.push(p);
  return p;
};
afterEach(() => {
  for (const p of pools) p.close();
  pools = [];
});

describe('Node worker pool', () => {
  it('gives identical results with 1, 2 and 5 workers and shuffled task order', async () => {
    const reference = await hashResults(await pool(1).run(scenario));
    const n = planTasks(scenario).length;
    const reversed = Array.from({ length: n }, (_, i) => n - 1 - i);
    expect(await hashResults(await pool(2).run(scenario, { order: reversed }))).toBe(reference);
    expect(await hashResults(await pool(5).run(scenario))).toBe(reference);
  }, 60_000);

  it('cancelling stops the run at once and leaves no worker running', async () => {
    const big = scenarioSchema.parse({
      ...scenario,
      population: 200_000,
      replicates: 20,
      engine: { sliceSize: 50_000 },
    });
    const p = pool(2);
    const run = p.run(big);
    await new Promise((r) => setTimeout(r, 1500));
    p.cancel();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(p.live).toBe(0);
  }, 60_000);

  it('shards merged equal one run, through the results file', async () => {
    const whole = await pool(2).run(scenario);
    const shards = [];
    for (let i = 1; i <= 3; i++) {
      const keep = new Set(shardReplicates(scenario.replicates, i, 3));
      const tasks = planTasks(scenario).filter((t) => keep.has(t.replicate));
      const reps = await pool(2).run(scenario, { tasks });
      shards.push(
        fromResultsFile(
          JSON.parse(JSON.stringify(toResultsFile(scenario, ['baseline', 'reform'], reps))),
        ),
      );
    }
    const merged = shards.flatMap((s) => s.replicates).sort((a, b) => a.replicate - b.replicate);
    expect(await hashResults(merged)).toBe(await hashResults(whole));
    expect(summarise(merged, ['baseline', 'reform'], 2026)).toEqual(
      summarise(whole, ['baseline', 'reform'], 2026),
    );
  }, 60_000);
});
