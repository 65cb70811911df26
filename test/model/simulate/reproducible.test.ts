// Reproducibility of Monte Carlo runs: the same scenario and seed give identical numbers however
// the work is ordered or split, and a reform equal to the baseline differs from it by exactly 0.
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { planTasks } from '../../../src/model/simulate/plan.ts';
import { runTask } from '../../../src/model/simulate/runTask.ts';
import { combineSlices } from '../../../src/model/simulate/result.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';
import { Stream } from '../../../src/model/rng.ts';

const scenario = scenarioSchema.parse({
  seed: 'reproducible',
  population: 3000,
  replicates: 3,
  years: 6,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  engine: { sliceSize: 1000 },
});

const bytes = (a: Float64Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

describe('Monte Carlo reproducibility', () => {
  it('the same task twice gives identical results', () => {
    const a = runTask(scenario, 1, 2);
    const b = runTask(scenario, 1, 2);
    expect(bytes(a.values)).toBe(bytes(b.values));
    expect(bytes(a.lifetime)).toBe(bytes(b.lifetime));
  });

  it('shuffled task order and 1, 2 or 5 lanes give identical replicates', async () => {
    const tasks = planTasks(scenario);
    expect(tasks.length).toBeGreaterThan(3);
    const reference = await createInProcessPool(1).run(scenario);
    const rng = new Stream(42);
    for (const lanes of [2, 5]) {
      const order = tasks.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const got = await createInProcessPool(lanes).run(scenario, { order });
      expect(got.map((r) => bytes(r.values))).toEqual(reference.map((r) => bytes(r.values)));
      expect(got.map((r) => bytes(r.lifetime))).toEqual(reference.map((r) => bytes(r.lifetime)));
    }
  });

  it('slices of different sizes simulate the same people', () => {
    const whole = runTask(
      { ...scenario, engine: { ...scenario.engine, sliceSize: 1_000_000 } },
      0,
      0,
    );
    const parts = planTasks(scenario)
      .filter((t) => t.replicate === 0)
      .map((t) => runTask(scenario, 0, t.slice));
    const combined = combineSlices(parts);
    // Same people, different summation grouping: equal to rounding.
    whole.values.forEach((v, i) =>
      expect(Math.abs(combined.values[i]! - v)).toBeLessThanOrEqual(1e-12 * Math.abs(v) + 1e-9),
    );
    expect(combined.personYears).toBe(whole.personYears);
  });

  it('a reform equal to the baseline differs from it by exactly zero', async () => {
    const same = scenarioSchema.parse({
      ...scenario,
      arms: [
        { name: 'baseline', policy: 'reform-2021' },
        { name: 'copy', policy: { preset: 'reform-2021', overrides: {} } },
      ],
    });
    const reps = await createInProcessPool(2).run(same);
    const s = summarise(reps, ['baseline', 'copy'], same.startYear);
    for (const series of Object.values(s.differences.copy!)) {
      for (const p of series) expect([p.mean, p.p5, p.p50, p.p95]).toEqual([0, 0, 0, 0]);
    }
  });

  it('the reform moves spending the expected way: councils pay more, people less', async () => {
    const reps = await createInProcessPool(2).run(scenario);
    const s = summarise(reps, ['baseline', 'reform'], scenario.startYear);
    const d = s.differences.reform!;
    const last = scenario.years - 1;
    expect(d.council_net_spend[last]!.mean).toBeGreaterThan(0);
    expect(d.person_spend[last]!.mean).toBeLessThan(0);
    expect(s.arms.baseline!.council_spend_after_cap.every((p) => p.mean === 0)).toBe(true);
  });
});
