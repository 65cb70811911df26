// The council figures add up: the 153 council runs, each its own people, summed, land within the
// England run's Monte Carlo interval. Each council has its own seed (independent people: with
// one seed every council would draw the same random numbers) and as many synthetic people as its
// share of England's 65+ (at least the schema's 100); parameters are fixed at their central
// values so that only the sampling of people varies.
import { describe, expect, it } from 'vitest';
import { councils2023 } from '../../../src/model/data/councils2023.ts';
import { POPULATION_65_PLUS } from '../../../src/model/data/populationFigures.ts';
import { councilPopulation } from '../../../src/model/population/councilPopulation.ts';
import { M, type MeasureName } from '../../../src/model/simulate/measures.ts';
import { vi, type PartialResult } from '../../../src/model/simulate/result.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';

const PEOPLE = 20_000;
/** Replicates of each council run; the England run has three times as many for its interval. */
const REPLICATES = 4;
const fixed = (x: number) => ({ low: x, central: x, high: x });
const defaults = scenarioSchema.parse({ seed: 'x', arms: [{ name: 'a', policy: 'current' }] });
const u = defaults.uncertainty;
const base = {
  startYear: 2026,
  years: 2,
  replicates: REPLICATES,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  uncertainty: {
    feeGrowth: fixed(u.feeGrowth.central),
    needPrevalence: fixed(u.needPrevalence.central),
    selfFunderPremium: fixed(u.selfFunderPremium.central),
    councilArrangedShare: fixed(u.councilArrangedShare.central),
    comingForwardShare: fixed(u.comingForwardShare.central),
    personalBudgetCosts: 'none',
  },
};
const MEASURES: MeasureName[] = [
  'population_65plus',
  'people_in_care_65plus',
  'council_spend_gross_65plus',
  'council_net_spend_65plus',
];
// reform_effect_council_net_spend_65plus is not asserted: measured 0.91–0.98 of England's over
// runs of 20,000–60,000 people, its replicate spread too wide for four replicates (docs/councils.md).
/** The reform arm's value of each measure in the first year, replicate by replicate. */
const values = (reps: readonly PartialResult[]) =>
  MEASURES.map((m) => reps.map((r) => r.values[vi(2, 1, M[m], 0)] ?? NaN));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) * (x - m), 0) / (xs.length - 1));
};

describe('the councils add up to England', () => {
  it('the sum over the 153 councils is within the England run’s Monte Carlo interval', async () => {
    const pool = createInProcessPool(1);
    const england = values(
      await pool.run(
        scenarioSchema.parse({
          ...base,
          seed: 'add-up',
          population: PEOPLE,
          replicates: 3 * REPLICATES,
        }),
      ),
    );
    const sum = MEASURES.map(() => new Array<number>(REPLICATES).fill(0));
    for (const c of councils2023) {
      const population = Math.max(
        100,
        Math.round((PEOPLE * councilPopulation(c.slug).older) / POPULATION_65_PLUS),
      );
      const reps = await pool.run(
        scenarioSchema.parse({ ...base, seed: `add-up ${c.slug}`, population, council: c.slug }),
      );
      values(reps).forEach((xs, k) => xs.forEach((x, r) => (sum[k]![r]! += x)));
    }
    MEASURES.forEach((m, k) => {
      const e = england[k]!;
      // The England run's interval for one replicate: mean ± 2 standard deviations (≈95%).
      const lo = mean(e) - 2 * sd(e);
      const hi = mean(e) + 2 * sd(e);
      const s = mean(sum[k]!);
      expect(
        s,
        `${m}: councils ${s.toExponential(4)}, England [${lo.toExponential(4)}, ${hi.toExponential(4)}]`,
      ).toBeGreaterThanOrEqual(lo);
      expect(s, m).toBeLessThanOrEqual(hi);
      expect(e.every((x) => x > 0)).toBe(true);
    });
  }, 300_000);
});
