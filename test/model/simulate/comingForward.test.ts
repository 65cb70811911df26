// Coming forward (issue: fidelity round 2): under a cap a self-funder's care counts towards it only
// once they are assessed, and they come forward over `costs.comingForwardYears` years up to the
// share `uncertainty.comingForwardShare`. Same people in every run (common random numbers).
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';

const fixed = (x: number) => ({ low: x, central: x, high: x });
async function run(share: number, years: number) {
  const scenario = scenarioSchema.parse({
    seed: 'coming forward',
    startYear: 2026,
    years: 6,
    population: 40_000,
    replicates: 2,
    arms: [
      { name: 'current', policy: 'current' },
      { name: 'reform', policy: 'reform-2021' },
    ],
    costs: { comingForwardYears: years },
    uncertainty: { comingForwardShare: fixed(share) },
  });
  return summarise(await createInProcessPool(1).run(scenario), ['current', 'reform'], 2026);
}
const all = await run(1, 0);
const ramp = await run(1, 4);
const none = await run(0, 0);
const at = (s: typeof all, m: 'council_spend_admin' | 'people_reaching_cap', t: number) =>
  s.arms.reform![m][t]!.mean;
const sum = (s: typeof all, m: 'people_reaching_cap') =>
  s.arms.reform![m].reduce((x, y) => x + y.mean, 0);

describe('self-funders coming forward under a cap', () => {
  it('all at once: the assessments fall in year 1; over 4 years: a quarter of them', () => {
    expect(at(ramp, 'council_spend_admin', 0)).toBeLessThan(
      0.5 * at(all, 'council_spend_admin', 0),
    );
  });

  it('nobody coming forward: only people within the means test are assessed, so fewer reach the cap', () => {
    // Those assessed are people the council supports who pay in full some weeks (the home counted
    // after the 12-week disregard, income above the fee): a small part of the assessments.
    expect(at(none, 'council_spend_admin', 0)).toBeLessThan(
      0.25 * at(all, 'council_spend_admin', 0),
    );
    expect(sum(none, 'people_reaching_cap')).toBeLessThan(sum(all, 'people_reaching_cap'));
    expect(sum(ramp, 'people_reaching_cap')).toBeLessThan(sum(all, 'people_reaching_cap'));
  });

  it('the baseline (no cap) does not depend on coming forward', () => {
    expect(none.arms.current).toEqual(all.arms.current);
  });
});
