// Thresholds uprated year by year in the engine (issue: fidelity round 2, "how the cap is
// uprated"): by CPI the run is exactly the run before uprating existed; a cap that rises in real
// terms is reached by fewer people, one frozen in cash by more; care accounts move with the cap.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';
import { hashResults } from '../../../src/model/export/hash.ts';
import { L } from '../../../src/model/simulate/lifetimeOutcomes.ts';
import { M, MEASURE_COUNT } from '../../../src/model/simulate/measures.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';

/**
 * The golden reference scenario's results hash before thresholds were uprated (every threshold then
 * held its real value, as CPI uprating does now), with personal budgets from the start year drawn
 * from the engine's own council-supported people (issue 19; the branch that made that change was
 * pinned at bba1fe0e… before uprating came) and with people entering a care home keeping a
 * partner at home as often as the stock's residents (issue 20: that rule applied to the same
 * branch gives this hash).
 */
const HASH_BEFORE_UPRATING =
  'sha256:3f5f7ea600cab4e55c441e1fa5e13cbbf5ce165b97bc1829828033cf845af722';

const withUprating = (index: string) => (a: { name: string; policy: string }) => ({
  name: a.name,
  policy: { preset: a.policy, overrides: { thresholdUprating: index } },
});

describe('thresholds uprated in the engine', () => {
  it('uprated by CPI, every arm gives the results of the engine before uprating', async () => {
    const raw = JSON.parse(readFileSync('test/golden/reference-scenario.json', 'utf8'));
    const s = scenarioSchema.parse({ ...raw, arms: raw.arms.map(withUprating('cpi')) });
    // The lifetime blocks of the age groups and the direct-payment share came later: the all-ages
    // blocks and the other measures are the ones compared.
    const later = M.pb_uptake_direct_payments;
    const reps = (await createInProcessPool(2).run(s)).map((r) => ({
      ...r,
      values: r.values.filter((_, i) => Math.floor(i / r.years) % MEASURE_COUNT !== later),
      lifetime: r.lifetime.slice(0, r.arms * L.size),
    }));
    expect(await hashResults(reps)).toBe(HASH_BEFORE_UPRATING);
  });

  it('a cap rising with earnings is reached by fewer people than one held by CPI, and one frozen in cash by more', async () => {
    const fixed = (x: number) => ({ low: x, central: x, high: x });
    const scenario = scenarioSchema.parse({
      seed: 'uprating',
      startYear: 2026,
      years: 15,
      population: 20_000,
      replicates: 2,
      arms: ['earnings', 'cpi', 'none'].map((index) => ({
        name: index,
        policy: { preset: 'reform-2021', overrides: { thresholdUprating: index } },
      })),
      // A wide gap between the indices, so the order is not a matter of chance.
      uncertainty: { realEarningsGrowth: fixed(0.03) },
    });
    const s = summarise(
      await createInProcessPool(2).run(scenario),
      ['earnings', 'cpi', 'none'],
      2026,
    );
    const reaching = (arm: string) =>
      s.arms[arm]!.people_reaching_cap.reduce((x, y) => x + y.mean, 0);
    expect(reaching('earnings')).toBeLessThan(reaching('cpi'));
    expect(reaching('cpi')).toBeLessThan(reaching('none'));
  });
});

describe('a care account is uprated with the cap (MODEL.md §3.4)', async () => {
  const { buildReplicateContext } = await import('../../../src/model/simulate/replicateContext.ts');
  const { newArmState, setCaps, uprateCareAccount } =
    await import('../../../src/model/simulate/armCharging.ts');
  const scenario = scenarioSchema.parse({
    seed: 'account',
    years: 3,
    population: 1000,
    replicates: 1,
    arms: [{ name: 'reform', policy: 'reform-2021' }],
    uncertainty: { realEarningsGrowth: { low: 0.02, central: 0.02, high: 0.02 } },
  });
  const ctx = buildReplicateContext(scenario, 0);
  const arm = ctx.arms[0]!;

  // The reform's £86,000 (2021-22) at the start year's prices: £108,834.73.
  const CAP_2026 = 10_883_473;

  it('half-way to the cap stays half-way: the account rises by 2% with the cap', () => {
    const st = newArmState();
    setCaps([st], ctx.arms, 70, 0);
    expect(st.cap).toBe(CAP_2026);
    st.careAccount = 5_000_000; // £50,000
    uprateCareAccount(arm, st, 1);
    expect(st.cap).toBe(11_101_142); // £108,834.73 × 1.02 = £111,011.42
    expect(st.careAccount).toBe(5_100_000); // £50,000 × 1.02
    expect(st.capYear).toBe(1);
  });
  it('a person at the cap stays at it', () => {
    const st = newArmState();
    setCaps([st], ctx.arms, 70, 0);
    st.careAccount = st.cap!;
    uprateCareAccount(arm, st, 2);
    expect(st.cap).toBe(11_323_165); // £108,834.73 × 1.02² = £113,231.65
    expect(st.careAccount).toBe(st.cap);
  });
});
