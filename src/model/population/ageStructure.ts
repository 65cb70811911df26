// The starting age–sex structure of England's 65+ population: survival-curve shape within the
// bands 65–84, 85–89 and 90+, scaled to the 2021 Census totals (MODEL.md §4).
import { MORTALITY } from '../data/mortalityFit.ts';
import {
  BIRTHS_EW,
  BIRTHS_EW_FIRST_YEAR,
  MALE_SHARE_AT_65,
  POPULATION_65_PLUS,
  POPULATION_85_PLUS,
  POPULATION_90_PLUS,
  REACHING_65_PER_BIRTH,
  STOCK_YEAR,
} from '../data/populationFigures.ts';
import { deathProbability, survival } from './gompertzMakeham.ts';
import { AGE_COUNT, MAX_AGE } from './states.ts';
import { powInt } from '../math/index.ts';

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

/** People turning 65 in England in calendar `year`, persons (ONS births 65 years earlier). */
export function turning65(year: number): number {
  const k = Math.max(0, Math.min(BIRTHS_EW.length - 1, year - 65 - BIRTHS_EW_FIRST_YEAR));
  return (BIRTHS_EW[k] ?? 0) * 1000 * REACHING_65_PER_BIRTH;
}

/**
 * Ratio of England's 65+ population in `year` to the 2021 stock, projected by the model itself:
 * a year's growth is (people turning 65 − deaths in the 2021 stock on the fitted life table) /
 * stock, compounded (used to compare the 2021 stock with counts for other years).
 */
export function populationGrowth65(year: number): number {
  const n = stockAgeStructure();
  let deaths = 0;
  for (let sex = 0; sex < 2; sex++) {
    const gm = sex === 0 ? MORTALITY.male : MORTALITY.female;
    for (let age = 65; age <= MAX_AGE; age++)
      deaths += (n[sex * AGE_COUNT + age] ?? 0) * deathProbability(gm, age);
  }
  const yearly = 1 + (turning65(STOCK_YEAR + 1) - deaths) / POPULATION_65_PLUS;
  return powInt(yearly, year - STOCK_YEAR);
}
