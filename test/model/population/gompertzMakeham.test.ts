// Gompertz–Makeham mortality: the fitted parameters reproduce the life-expectancy targets.
import { describe, expect, it } from 'vitest';
import { LIFE_EXPECTANCY_TARGETS, MORTALITY } from '../../../src/model/data/mortalityFit.ts';
import {
  deathProbability,
  lifeExpectancy,
  survival,
} from '../../../src/model/population/gompertzMakeham.ts';

describe('Gompertz–Makeham fit', () => {
  it.each([
    ['male', 65, LIFE_EXPECTANCY_TARGETS.male.at65],
    ['male', 85, LIFE_EXPECTANCY_TARGETS.male.at85],
    ['female', 65, LIFE_EXPECTANCY_TARGETS.female.at65],
    ['female', 85, LIFE_EXPECTANCY_TARGETS.female.at85],
  ] as const)('lifeExpectancy(%s, %i) matches the target to 0.01 yr', (sex, age, target) => {
    expect(lifeExpectancy(MORTALITY[sex], age)).toBeCloseTo(target, 2);
  });

  it('deathProbability rises with age and stays in (0, 1)', () => {
    for (const p of [MORTALITY.male, MORTALITY.female]) {
      let last = 0;
      for (let age = 18; age <= 110; age++) {
        const q = deathProbability(p, age);
        expect(q).toBeGreaterThan(last);
        expect(q).toBeLessThan(1);
        last = q;
      }
    }
  });

  it('survival(p, a, c) = survival(p, a, b) × survival(p, b, c)', () => {
    const p = MORTALITY.female;
    expect(survival(p, 65, 90)).toBeCloseTo(survival(p, 65, 80) * survival(p, 80, 90), 12);
  });
});
