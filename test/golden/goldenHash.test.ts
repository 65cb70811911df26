// The golden hash: CI checks that the engine's numbers are unchanged, bit for bit, rather than
// someone checking "reference hash unchanged" by hand. A change to the engine's results must
// update REFERENCE_HASH (test/golden/referenceRun.ts) in a commit that gives the reason.
import { describe, expect, it } from 'vitest';
import { hashResults } from '../../src/model/export/hash.ts';
import { runTask } from '../../src/model/simulate/runTask.ts';
import { combineSlices } from '../../src/model/simulate/result.ts';
import { planTasks } from '../../src/model/simulate/plan.ts';
import { createInProcessPool } from '../../workers/inProcess.ts';
import { REFERENCE_HASH, referenceScenario } from './referenceRun.ts';

describe('the golden results hash', () => {
  const scenario = referenceScenario();

  it('the reference scenario reproduces the pinned results hash', async () => {
    const reps = await createInProcessPool(2).run(scenario);
    expect(await hashResults(reps)).toBe(REFERENCE_HASH);
  });

  it('the reference scenario has several slices per replicate, so slicing is covered', () => {
    const slices = planTasks(scenario).filter((t) => t.replicate === 0).length;
    expect(slices).toBeGreaterThanOrEqual(3);
  });

  it('tasks run one by one, in reverse order, give the same hash', async () => {
    const tasks = planTasks(scenario).reverse();
    const bySlice = new Map<number, ReturnType<typeof runTask>[]>();
    for (const t of tasks) {
      const list = bySlice.get(t.replicate) ?? [];
      list.push(runTask(scenario, t.replicate, t.slice));
      bySlice.set(t.replicate, list);
    }
    const reps = [...bySlice.values()].map((parts) => combineSlices(parts));
    expect(await hashResults(reps)).toBe(REFERENCE_HASH);
  });
});
