// Wealth statistics of the 65+ stock in the published definitions: household ownership, ONS
// total household wealth (with pensions, 2008-10 prices) and IFS wealth per person (2022).
import { MORTALITY } from '../data/mortalityFit.ts';
import { BASE_PRICE_YEAR, WEALTH } from '../data/wealth.ts';
import { deathProbability } from './gompertzMakeham.ts';
import type { Population } from './populationColumns.ts';
import { cpiUprating, houseUprating } from './uprating.ts';
import { AGE_COUNT, MAX_AGE } from './states.ts';
import { powInt } from '../math/index.ts';

/** Wealth statistics over people aged 65+ (shares of persons unless stated). */
export interface WealthMeasures {
  /** Share of 65+ households (couples counted once) owning their home. */
  ownership: number;
  /** Shares living in households with total wealth above £500k and below £50k, 2009 prices. */
  over500k: number;
  under50k: number;
  /** 20th and 40th percentiles of non-pension wealth per person, £ 2022. */
  p20: number;
  p40: number;
}

/** Present value of £1 a year for life from each age, by sex (`sex * AGE_COUNT + age`). */
const annuity = (() => {
  const a = new Float64Array(2 * AGE_COUNT);
  const v = 1 / (1 + WEALTH.pensionDiscountRate);
  for (let sex = 0; sex < 2; sex++) {
    const gm = sex === 0 ? MORTALITY.male : MORTALITY.female;
    for (let age = 0; age <= MAX_AGE; age++) {
      let alive = 1;
      let pv = 0;
      for (let t = 0; age + t < 120; t++) {
        pv += alive * powInt(v, t);
        alive *= 1 - deathProbability(gm, age + t);
      }
      a[sex * AGE_COUNT + age] = pv;
    }
  }
  return a;
})();

/** Weighted quantile of `values` (unsorted) at probability `q`. */
function weightedQuantile(values: Float64Array, weights: Float64Array, q: number): number {
  const order = Array.from(values.keys()).sort((x, y) => (values[x] ?? 0) - (values[y] ?? 0));
  const total = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  for (const k of order) {
    acc += weights[k] ?? 0;
    if (acc >= q * total) return values[k] ?? 0;
  }
  return values[order[order.length - 1] ?? 0] ?? 0;
}

/** Wealth statistics of the people aged 65+ in `stock` (money at `stock.priceYear`). */
export function measureWealth(stock: Population): WealthMeasures {
  const toBase = cpiUprating(stock.priceYear, BASE_PRICE_YEAR);
  const house2009 = houseUprating(stock.priceYear, 2009);
  const prices2009 = cpiUprating(stock.priceYear, 2009);
  const statePension = WEALTH.income.statePension / toBase;
  let households = 0;
  let owners = 0;
  let persons = 0;
  let over = 0;
  let under = 0;
  const perPerson = new Float64Array(stock.size);
  const weights = new Float64Array(stock.size);
  for (let j = 0; j < stock.size; j++) {
    const age = stock.age[j] ?? 0;
    if (age < 65) continue;
    const w = stock.weight[j] ?? 0;
    const adults = stock.couple[j] === 1 ? 2 : 1;
    const own = stock.ownsHome[j] === 1;
    households += w / adults;
    if (own) owners += w / adults;
    const home = stock.propertyValue[j] ?? 0;
    const savings = (stock.financialAssets[j] ?? 0) * adults;
    const pension = Math.max(0, (stock.income[j] ?? 0) - statePension) * adults * 52;
    const pensionWealth = pension * (annuity[(stock.sex[j] ?? 0) * AGE_COUNT + age] ?? 0);
    const physical = own ? WEALTH.physical.owner : WEALTH.physical.renter;
    const total =
      home * house2009 +
      (savings + pensionWealth) * prices2009 +
      physical * cpiUprating(BASE_PRICE_YEAR, 2009);
    persons += w;
    if (total > 500_000) over += w;
    if (total < 50_000) under += w;
    perPerson[j] = ((home + savings) / adults) * toBase;
    weights[j] = w;
  }
  return {
    ownership: owners / households,
    over500k: over / persons,
    under50k: under / persons,
    p20: weightedQuantile(perPerson, weights, 0.2),
    p40: weightedQuantile(perPerson, weights, 0.4),
  };
}
