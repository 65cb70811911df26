// The measures a run records: every age-group measure adds up to its all-ages measure, and the
// reform's effects are each arm minus the baseline, replicate by replicate.
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';
import {
  AGE_GROUPS,
  BY_AGE,
  EFFECTS,
  M,
  measureDefs,
} from '../../../src/model/simulate/measures.ts';
import { vi } from '../../../src/model/simulate/result.ts';

const scenario = scenarioSchema.parse({
  seed: 'measures',
  population: 3_000,
  replicates: 2,
  years: 5,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  engine: { sliceSize: 1_000 },
});
const reps = await createInProcessPool(1).run(scenario);
const Y = scenario.years;
const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('measures', () => {
  it('names are unique', () => {
    expect(new Set(measureDefs.map((d) => d.name)).size).toBe(measureDefs.length);
  });

  it.each(BY_AGE.filter((n) => n !== 'council_net_spend'))(
    '%s = its 65+ part + its 18–64 part, in every arm and year',
    (name) => {
      for (const r of reps)
        for (let a = 0; a < 2; a++)
          for (let t = 0; t < Y; t++) {
            const all = r.values[vi(Y, a, M[name], t)]!;
            const parts = AGE_GROUPS.reduce(
              (s, g) => s + r.values[vi(Y, a, M[`${name}${g.suffix}` as keyof typeof M], t)]!,
              0,
            );
            expect(close(all, parts), `${name} arm ${a} year ${t}: ${all} vs ${parts}`).toBe(true);
          }
    },
  );

  it('council_net_spend = its age parts + the councils’ personal-budget costs', () => {
    for (const r of reps)
      for (let t = 0; t < Y; t++) {
        const v = (m: keyof typeof M) => r.values[vi(Y, 1, M[m], t)]!;
        const parts =
          v('council_net_spend_65plus') +
          v('council_net_spend_18_64') +
          v('council_spend_personal_budgets');
        expect(close(v('council_net_spend'), parts)).toBe(true);
      }
  });

  it('working-age people in care are counted apart from people 65+', () => {
    const r = reps[0]!;
    expect(r.values[vi(Y, 0, M.people_in_care_18_64, 0)]).toBeGreaterThan(0);
    expect(r.values[vi(Y, 0, M.people_in_care_65plus, 0)]).toBeGreaterThan(
      r.values[vi(Y, 0, M.people_in_care_18_64, 0)]!,
    );
  });

  it.each(EFFECTS)(
    'reform_effect_%s is the reform minus the baseline, 0 in the baseline',
    (name) => {
      const effect = M[`reform_effect_${name}` as keyof typeof M];
      for (const r of reps)
        for (let t = 0; t < Y; t++) {
          expect(r.values[vi(Y, 0, effect, t)]).toBe(0);
          const diff = r.values[vi(Y, 1, M[name], t)]! - r.values[vi(Y, 0, M[name], t)]!;
          expect(close(r.values[vi(Y, 1, effect, t)]!, diff)).toBe(true);
        }
    },
  );
});
