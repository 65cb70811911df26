// People entering a care home during a run keep a partner at home as often as the starting
// stock's residents (Census 2021: ≈18% of 65+ care-home residents married, against ≈45% of all
// at the same ages). The careers' risk of a care home does not depend on having a partner, so
// without this rule the residents whose home is disregarded for a partner grew from about a
// tenth to a quarter in three years and the self-funders among residents 65+ fell from 43% to
// 39% (ONS 2022-23: 48.9% in older people's homes, a share that has held for years).
import { describe, expect, it } from 'vitest';
import { M } from '../../../src/model/simulate/measures.ts';
import { vi } from '../../../src/model/simulate/result.ts';
import { runReplicate } from '../../../src/model/simulate/runReplicate.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';

describe('partners at home of care-home residents', () => {
  it('keep the self-funder share of residents 65+ from drifting down year after year', () => {
    const years = 6;
    const s = scenarioSchema.parse({
      seed: 'partners',
      startYear: 2021,
      years,
      population: 40_000,
      replicates: 1,
      arms: [{ name: 'current', policy: 'current' }],
      personalBudgets: { enabled: false },
    });
    const r = runReplicate(s, 0);
    const share = (t: number) =>
      r.values[vi(years, 0, M.self_funders_in_care_homes_65plus, t)]! /
      r.values[vi(years, 0, M.care_home_residents_65plus, t)]!;
    for (let t = 1; t < years; t++) expect(share(t)).toBeGreaterThan(share(0) - 0.01);
  });
});
