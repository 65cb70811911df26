// Lifetime outcomes by age group (issue 17: "a figure labelled 65+ must contain only 65+"): each
// death is recorded for all ages and in its age group's block, by the person's age in the year they
// died, so the two groups add up to all ages and each holds only its own deaths.
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { summarise, type RunSummary } from '../../../src/model/simulate/summarise.ts';
import {
  DECILES,
  L,
  LIFETIME_GROUPS,
  lifetimeBlock,
} from '../../../src/model/simulate/lifetimeOutcomes.ts';
import { lifetimeTotal } from '../../../src/model/simulate/replicateFigures.ts';
import type { PartialResult } from '../../../src/model/simulate/result.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';

const scenario = scenarioSchema.parse({
  seed: 'lifetime-by-age',
  startYear: 2026,
  years: 10,
  population: 20_000,
  replicates: 2,
  arms: [
    { name: 'current', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
});

let reps: PartialResult[];
let summary: RunSummary;
beforeAll(async () => {
  reps = await createInProcessPool(1).run(scenario);
  summary = summarise(reps, ['current', 'reform'], 2026);
});

describe('lifetime outcomes by age group', () => {
  it('lays out a block per arm for all ages, then for 65+, then for 18–64', () => {
    expect(LIFETIME_GROUPS).toBe(3);
    expect(reps[0]!.lifetime.length).toBe(2 * LIFETIME_GROUPS * L.size);
    // Arm 1: all ages is block 1, 65+ block 3, 18–64 block 5.
    expect([-1, 0, 1].map((g) => lifetimeBlock(2, 1, g))).toEqual([1, 3, 5]);
  });

  it('65+ and 18–64 add up to all ages, field by field and decile by decile', () => {
    for (const r of reps)
      for (let a = 0; a < 2; a++)
        for (let i = 0; i < L.size; i++) {
          const all = r.lifetime[lifetimeBlock(2, a, -1) * L.size + i]!;
          const older = r.lifetime[lifetimeBlock(2, a, 0) * L.size + i]!;
          const younger = r.lifetime[lifetimeBlock(2, a, 1) * L.size + i]!;
          expect(Math.abs(older + younger - all)).toBeLessThanOrEqual(1e-9 * Math.abs(all));
        }
  });

  it('both groups have deaths, and most deaths are of people aged 65+', () => {
    for (const r of reps) {
      const older = lifetimeTotal(r, lifetimeBlock(2, 0, 0), 'deaths');
      const younger = lifetimeTotal(r, lifetimeBlock(2, 0, 1), 'deaths');
      expect(younger).toBeGreaterThan(0);
      expect(older).toBeGreaterThan(10 * younger);
    }
  });

  it('the summary carries each arm’s outcomes by age group', () => {
    const by = summary.lifetimeByAge.reform!;
    expect(Object.keys(by)).toEqual(['65plus', '18_64']);
    expect(by['65plus'].deaths).toHaveLength(DECILES);
    const deaths = (pts: { mean: number }[]) => pts.reduce((t, p) => t + p.mean, 0);
    expect(deaths(by['65plus'].deaths) + deaths(by['18_64'].deaths)).toBeCloseTo(
      deaths(summary.lifetime.reform!.deaths),
      3,
    );
    // Working-age adults are mostly in the poorest tenths of wealth (cut points of people 65+).
    const young = by['18_64'].deaths;
    expect(young[0]!.mean + young[1]!.mean).toBeGreaterThan(young[8]!.mean + young[9]!.mean);
  });
});
