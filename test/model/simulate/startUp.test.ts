// People already in care at the start have paid for their care so far (spendDownBeforeStart), so
// a run has no start-up dip: what people pay grows from year 1 to year 2 (it fell by 0.7% with this
// seed before, as the stock began to spend down its whole capital at once).
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';

const scenario = scenarioSchema.parse({
  seed: 'dip',
  startYear: 2026,
  years: 4,
  population: 50_000,
  replicates: 3,
  arms: [{ name: 'current', policy: 'current' }],
});
const s = summarise(await createInProcessPool(1).run(scenario), ['current'], 2026);
const growth = (m: 'person_spend', t: number) =>
  s.arms.current![m][t + 1]!.mean / s.arms.current![m][t]!.mean - 1;

describe('the start of a run', () => {
  it('what people pay grows from year 1 to year 2 (no dip)', () => {
    expect(growth('person_spend', 0)).toBeGreaterThan(0);
  });
});
