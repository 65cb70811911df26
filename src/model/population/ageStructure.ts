// The starting age–sex structure of England's 65+ population: survival-curve shape within the
// bands 65–84, 85–89 and 90+, scaled to the 2021 Census totals (MODEL.md §4).
import { MORTALITY } from '../data/mortality.ts';
import {
  MALE_SHARE_AT_65,
  POPULATION_65_PLUS,
  POPULATION_85_PLUS,
  POPULATION_90_PLUS,
} from '../data/population.ts';
import { survival } from './mortality.ts';
import { AGE_COUNT, MAX_AGE } from './states.ts';

/**
 * Persons by sex and age in England, 2021: index `sex * AGE_COUNT + age`, zero below 65. Within
 * each band the shape is a stationary population (cohort at 65 split by MALE_SHARE_AT_65, then
 * thinned by the fitted survival curve); each band is scaled to its Census total.
 */
export function stockAgeStructure(): Float64Array {
  const n = new Float64Array(2 * AGE_COUNT);
  const bands: [number, number, number][] = [
    [65, 84, POPULATION_65_PLUS - POPULATION_85_PLUS],
    [85, 89, POPULATION_85_PLUS - POPULATION_90_PLUS],
    [90, MAX_AGE, POPULATION_90_PLUS],
  ];
  for (const [lo, hi, total] of bands) {
    let sum = 0;
    for (let sex = 0; sex < 2; sex++) {
      const gm = sex === 0 ? MORTALITY.male : MORTALITY.female;
      const share = sex === 0 ? MALE_SHARE_AT_65 : 1 - MALE_SHARE_AT_65;
      let s = survival(gm, 65, lo);
      for (let age = lo; age <= hi; age++) {
        // Persons at age a (mid-year): average of survivors at a and a + 1.
        const next = s * (1 - (1 - survival(gm, age, age + 1)));
        n[sex * AGE_COUNT + age] = (share * (s + next)) / 2;
        sum += (share * (s + next)) / 2;
        s = next;
      }
    }
    for (let sex = 0; sex < 2; sex++)
      for (let age = lo; age <= hi; age++)
        n[sex * AGE_COUNT + age] = ((n[sex * AGE_COUNT + age] ?? 0) * total) / sum;
  }
  return n;
}
