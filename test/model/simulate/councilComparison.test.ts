// Councils side by side: each council's figure is read from its own run, per resident aged 65+ of
// that run, with the spread across replicates; ranking puts the highest first.
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_MEASURES,
  comparisonMeasure,
  councilFigure,
  rankFigures,
} from '../../../src/model/simulate/councilComparison.ts';
import { whoIsSimulated } from '../../../src/model/simulate/councilRun.ts';
import { M } from '../../../src/model/simulate/measures.ts';
import { emptyResult, vi, type PartialResult } from '../../../src/model/simulate/result.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../../../workers/inProcess.ts';

/** A two-arm, two-year replicate with the given population, spending and effect. */
function replicate(r: number, pop: number, spend: number, effect: number): PartialResult {
  const out = emptyResult(r, -1, 2, 2);
  for (let arm = 0; arm < 2; arm++)
    for (let y = 0; y < 2; y++) {
      out.values[vi(2, arm, M.population_65plus, y)] = pop;
      out.values[vi(2, arm, M.council_net_spend_65plus, y)] = spend * (y + 1);
      out.values[vi(2, arm, M.reform_effect_council_net_spend_65plus, y)] = arm ? effect : 0;
      out.values[vi(2, arm, M.people_in_care_65plus, y)] = pop / 20;
      out.values[vi(2, arm, M.care_home_residents_65plus, y)] = 40;
      out.values[vi(2, arm, M.self_funders_in_care_homes_65plus, y)] = 10 + y * 10;
    }
  return out;
}

describe('councilFigure', () => {
  const reps = [replicate(0, 1000, 100_000, 5_000), replicate(1, 1000, 200_000, 7_000)];

  it('divides the measure summed over the years by the people aged 65+ over the same years', () => {
    const net = councilFigure('kent', 1000, reps, comparisonMeasure('netSpendPer65'));
    // Replicate 0: (100,000 + 200,000) / 2,000 = 150; replicate 1: 300.
    expect(net.mean).toBeCloseTo(225, 9);
    expect(net.p5).toBeCloseTo(150 + 0.05 * 150, 9);
    expect(net.p95).toBeCloseTo(150 + 0.95 * 150, 9);
    expect(net).toMatchObject({ slug: 'kent', name: 'Kent', region: 'South East', replicates: 2 });
    expect(councilFigure('kent', 1000, reps, comparisonMeasure('reformCostPer65')).mean).toBe(6);
    expect(councilFigure('kent', 1000, reps, comparisonMeasure('inCarePer1000')).mean).toBe(50);
    // Self-funders (10 + 20) of residents (40 + 40).
    expect(councilFigure('kent', 1000, reps, comparisonMeasure('selfFunderShare')).mean).toBe(
      30 / 80,
    );
  });

  it('refuses a reform measure on a run without a reform arm', () => {
    const one = { ...reps[0]!, arms: 1 };
    expect(() => councilFigure('kent', 1, [one], comparisonMeasure('reformCostPer65'))).toThrow(
      /needs a reform arm/,
    );
  });

  it('ranks highest first', () => {
    const f = (slug: string, mean: number) => ({
      ...councilFigure(slug, 1, reps, COMPARISON_MEASURES[1]),
      mean,
    });
    expect(
      rankFigures([f('kent', 1), f('blackpool', 3), f('rutland', 2)]).map((x) => x.slug),
    ).toEqual(['blackpool', 'rutland', 'kent']);
  });
});

describe('a council comparison from engine runs', () => {
  it('older, poorer and richer councils differ, each read from its own people', async () => {
    const pool = createInProcessPool(1);
    const figures = [];
    for (const slug of ['blackpool', 'wokingham']) {
      const scenario = scenarioSchema.parse({
        seed: 'compare',
        population: 3000,
        replicates: 3,
        years: 2,
        council: slug,
        arms: [
          { name: 'baseline', policy: 'current' },
          { name: 'reform', policy: 'reform-2021' },
        ],
      });
      const reps = await pool.run(scenario);
      const who = whoIsSimulated(scenario);
      const share = councilFigure(slug, who.real65, reps, comparisonMeasure('selfFunderShare'));
      const spend = councilFigure(slug, who.real65, reps, comparisonMeasure('netSpendPer65'));
      expect(share.mean).toBeGreaterThan(0);
      expect(share.mean).toBeLessThan(1);
      expect(spend.p5).toBeLessThanOrEqual(spend.mean);
      expect(spend.mean).toBeLessThanOrEqual(spend.p95);
      figures.push({ share, spend });
    }
    // Wokingham's homes are worth far more than Blackpool's: more of its residents pay their own way.
    expect(figures[1]!.share.mean).toBeGreaterThan(figures[0]!.share.mean);
  }, 120_000);
});
