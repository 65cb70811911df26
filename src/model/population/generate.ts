// Seeded generator of England's synthetic population: the 2021 stock (65+ and the working-age
// cohort in care) and the cohorts entering in later years. Person i of (seed, replicate, cohort)
// is drawn from its own stream, so any slice [start, end) can be made without the others.
import { councils } from '../councils/councils.ts';
import {
  BIRTHS_EW,
  BIRTHS_EW_FIRST_YEAR,
  COUPLE_SHARE,
  MALE_SHARE_AT_65,
  POPULATION_65_PLUS,
  REACHING_65_PER_BIRTH,
  WORKING_AGE,
} from '../data/population.ts';
import { ENGLAND_MEDIAN_WEALTH, REGIONS } from '../data/regions.ts';
import { BASE_PRICE_YEAR, WEALTH } from '../data/wealth.ts';
import { deriveKey, hashSeed, Stream } from '../rng.ts';
import { stockAgeStructure } from './ageStructure.ts';
import { cell, type CareModel } from './careModel.ts';
import { normalQuantile } from './normal.ts';
import { allocatePopulation, type Population } from './population.ts';
import { cpiUprating, houseUprating } from './prices.ts';
import { AGE_COUNT, CareState, inCareHome, MAX_AGE } from './states.ts';

/** What to generate: which random population, and at what scale. */
export interface PopulationSpec {
  /** Scenario seed text. */
  seed: string;
  /** Monte Carlo replicate number (a different population for each). */
  replicate: number;
  /** Synthetic people per real person: 1 = one-to-one, 0.01 = a 1% weighted sample. */
  sampleFraction: number;
  /** Calendar year whose prices the money columns use (default BASE_PRICE_YEAR, 2022). */
  priceYear?: number;
}

/** Number of people in the 2021 stock: 65+ first, then the working-age cohort. */
export function stockSize(spec: PopulationSpec): {
  older: number;
  workingAge: number;
  total: number;
} {
  const wa = WORKING_AGE.stock;
  const older = Math.round(POPULATION_65_PLUS * spec.sampleFraction);
  const workingAge = Math.round(
    (wa.homeCareLow + wa.homeCareHigh + wa.residential + wa.nursing) * spec.sampleFraction,
  );
  return { older, workingAge, total: older + workingAge };
}

/** People turning 65 in England in calendar `year`, persons (ONS births 65 years earlier). */
export function turning65(year: number): number {
  const k = Math.max(0, Math.min(BIRTHS_EW.length - 1, year - 65 - BIRTHS_EW_FIRST_YEAR));
  return (BIRTHS_EW[k] ?? 0) * 1000 * REACHING_65_PER_BIRTH;
}

/** Number of people entering in `year`: those turning 65 first, then new working-age entrants. */
export function entrantSize(
  spec: PopulationSpec,
  year: number,
): { older: number; workingAge: number; total: number } {
  const older = Math.round(turning65(year) * spec.sampleFraction);
  const workingAge = Math.round(WORKING_AGE.entrantsPerYear * spec.sampleFraction);
  return { older, workingAge, total: older + workingAge };
}

const ageSexCdf = (() => {
  const n = stockAgeStructure();
  const cdf = new Float64Array(n.length);
  let acc = 0;
  for (let k = 0; k < n.length; k++) cdf[k] = acc += n[k] ?? 0;
  return cdf;
})();
const cumulativeOf = (w: readonly number[]): Float64Array => {
  const out = new Float64Array(w.length);
  let acc = 0;
  w.forEach((x, k) => (out[k] = acc += x));
  return out;
};
const regionCdf = cumulativeOf(REGIONS.map((r) => r.share65));
// Councils of each region, with cumulative 65+ populations for a weighted pick.
const councilsByRegion = REGIONS.map((r) => {
  const list = councils.filter((c) => c.region === r.name);
  return { ids: list.map((c) => c.id), cdf: cumulativeOf(list.map((c) => c.population65)) };
});
const workingAgeStateCdf = cumulativeOf([
  0,
  WORKING_AGE.stock.homeCareLow,
  WORKING_AGE.stock.homeCareHigh,
  WORKING_AGE.stock.residential,
  WORKING_AGE.stock.nursing,
]);
const workingAgeEntryCdf = cumulativeOf([
  0,
  WORKING_AGE.entryMix.homeCareLow,
  WORKING_AGE.entryMix.homeCareHigh,
  WORKING_AGE.entryMix.residential,
  WORKING_AGE.entryMix.nursing,
]);

/** Index drawn from `cdf[offset … offset + n − 1]` (ascending, last = total) by a uniform `u`. */
function pickIn(cdf: ArrayLike<number>, offset: number, n: number, u: number): number {
  const x = u * (cdf[offset + n - 1] ?? 0);
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < (cdf[offset + mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Mixes the household wealth rank z with fresh noise at correlation rho. */
const correlated = (z: number, rho: number, st: Stream): number =>
  rho * z + Math.sqrt(1 - rho * rho) * st.normal();

interface Uprating {
  house: number;
  prices: number;
}

/** Region and council (two draws, always taken so the draw order never depends on the data). */
function drawPlace(p: Population, j: number, st: Stream): number {
  const region = pickIn(regionCdf, 0, REGIONS.length, st.next());
  const u = st.next();
  const local = councilsByRegion[region];
  p.region[j] = region;
  p.council[j] =
    local && local.ids.length > 0
      ? (local.ids[pickIn(local.cdf, 0, local.ids.length, u)] ?? -1)
      : -1;
  return region;
}

/** Ownership, home value, savings and income from a shared wealth rank (five normal draws). */
function drawWealth(
  p: Population,
  j: number,
  st: Stream,
  region: number,
  ownProbability: number,
  older: boolean,
  up: Uprating,
): void {
  const r = REGIONS[region] ?? REGIONS[0];
  if (!r) return;
  const z = st.normal();
  const own =
    correlated(z, WEALTH.ownership.rho, st) >
    -normalQuantile(Math.min(0.98, Math.max(0.02, ownProbability)));
  const propertyNoise = correlated(z, WEALTH.property.rho, st);
  const financialNoise = correlated(z, WEALTH.financial.rho, st);
  const incomeNoise = correlated(z, WEALTH.income.rho, st);
  const couple = p.couple[j] === 1;
  p.ownsHome[j] = own ? 1 : 0;
  p.riskGroup[j] = own ? 0 : 1;
  p.propertyValue[j] = own
    ? r.housePrice *
      WEALTH.property.medianRatio *
      Math.exp(WEALTH.property.logSd * propertyNoise) *
      up.house
    : 0;
  if (older) {
    const f = WEALTH.financial;
    const regional = (r.medianWealth / ENGLAND_MEDIAN_WEALTH) ** f.elasticity;
    const household =
      (own ? f.ownerMedian : f.renterMedian) * regional * Math.exp(f.logSd * financialNoise);
    p.financialAssets[j] = (couple ? household / 2 : household) * up.prices;
    const i = WEALTH.income;
    const privatePension =
      (own ? i.ownerPrivateMedian : i.renterPrivateMedian) * Math.exp(i.logSd * incomeNoise);
    p.income[j] = (i.statePension + privatePension) * up.prices;
  } else {
    const w = WORKING_AGE;
    const household = w.financialMedian * Math.exp(w.financialLogSd * financialNoise);
    p.financialAssets[j] = (couple ? household / 2 : household) * up.prices;
    p.income[j] = w.incomeMedian * Math.exp(w.incomeLogSd * incomeNoise) * up.prices;
  }
}

/** Probability of owning for a person 65+ of this region, living arrangement and age. */
function ownershipProbability(region: number, couple: boolean, age: number): number {
  const o = WEALTH.ownership;
  return (
    (REGIONS[region]?.ownership65 ?? 0.75) +
    (couple ? o.coupleShift : o.singleShift) +
    o.perYearOver80 * Math.max(0, age - 80)
  );
}

/** Everything for a person aged 65+ after age and sex: 12 draws in a fixed order. */
function fillOlder(
  p: Population,
  j: number,
  st: Stream,
  model: CareModel,
  age: number,
  sex: number,
  up: Uprating,
): void {
  p.age[j] = age;
  p.sex[j] = sex;
  const region = drawPlace(p, j, st);
  const band = Math.min(5, Math.floor((age - 65) / 5));
  const coupleShare = (sex === 0 ? COUPLE_SHARE.male : COUPLE_SHARE.female)[band] ?? 0;
  p.couple[j] = st.next() < coupleShare ? 1 : 0;
  drawWealth(p, j, st, region, ownershipProbability(region, p.couple[j] === 1, age), true, up);
  const c = cell(p.riskGroup[j] ?? 0, sex, age);
  const state = pickIn(model.prevalence, c * 5, 5, st.next());
  const spell = pickIn(model.spell, (c * 5 + state) * 31, 31, st.next());
  p.careState[j] = state;
  p.spellYears[j] = state === CareState.none ? 0 : spell;
  // Care-home residents are less often still living with a partner (WEALTH.partnerKeptInCareHome).
  if (st.next() >= WEALTH.partnerKeptInCareHome && inCareHome(state)) p.couple[j] = 0;
  p.youngOnset[j] = 0;
  p.onsetAge[j] = state === CareState.none ? 255 : Math.max(65, age - spell);
  p.chcRank[j] = st.next();
}

/** A working-age person already in care, or (entrant) just entering it: 14 draws. */
function fillWorkingAge(
  p: Population,
  j: number,
  st: Stream,
  entrant: boolean,
  up: Uprating,
): void {
  const state = pickIn(entrant ? workingAgeEntryCdf : workingAgeStateCdf, 0, 5, st.next());
  const age = 18 + Math.floor(st.next() * 47);
  p.age[j] = age;
  p.sex[j] = st.next() < WORKING_AGE.maleShare ? 0 : 1;
  const region = drawPlace(p, j, st);
  p.couple[j] = st.next() < WORKING_AGE.coupleShare ? 1 : 0;
  drawWealth(p, j, st, region, WORKING_AGE.ownerShare, false, up);
  const childhood = st.next() < WORKING_AGE.childhoodOnsetShare;
  const uOnset = st.next();
  const onset = entrant ? age : childhood ? 0 : 18 + Math.floor(uOnset * (age - 17));
  p.careState[j] = state;
  p.onsetAge[j] = onset;
  p.spellYears[j] = entrant ? 0 : Math.min(MAX_AGE, age - Math.max(18, onset));
  p.youngOnset[j] = 1;
  p.chcRank[j] = st.next();
}

const upratingFor = (spec: PopulationSpec): Uprating => {
  const year = spec.priceYear ?? BASE_PRICE_YEAR;
  return {
    house: houseUprating(BASE_PRICE_YEAR, year),
    prices: cpiUprating(BASE_PRICE_YEAR, year),
  };
};

/** Key of person `index` of a cohort (0 = stock, else entry year) in (seed, replicate). */
export function personKey(spec: PopulationSpec, cohort: number, index: number): number {
  return deriveKey(hashSeed(spec.seed), spec.replicate, cohort, index);
}

/**
 * People `start … end − 1` of the 2021 stock for (seed, replicate): the first `stockSize().older`
 * are aged 65+ (age–sex structure of 2021, care state and spell drawn from the model's prevalence
 * at their age), the rest are the working-age cohort in care. Person i's attributes come from the
 * stream keyed (seed, replicate, 0, i), so slices can be generated independently and joined.
 */
export function generateStock(
  spec: PopulationSpec,
  model: CareModel,
  start = 0,
  end = stockSize(spec).total,
): Population {
  const size = stockSize(spec);
  const p = allocatePopulation(end - start, start, 0, spec.priceYear ?? BASE_PRICE_YEAR);
  const up = upratingFor(spec);
  const wa = WORKING_AGE.stock;
  const olderWeight = POPULATION_65_PLUS / Math.max(1, size.older);
  const youngWeight =
    (wa.homeCareLow + wa.homeCareHigh + wa.residential + wa.nursing) / Math.max(1, size.workingAge);
  const base = hashSeed(spec.seed);
  for (let i = start; i < end; i++) {
    const j = i - start;
    const key = deriveKey(base, spec.replicate, 0, i);
    const st = new Stream(key);
    p.careerKey[j] = deriveKey(key, 1);
    if (i < size.older) {
      const k = pickIn(ageSexCdf, 0, ageSexCdf.length, st.next());
      fillOlder(p, j, st, model, k % AGE_COUNT, k >= AGE_COUNT ? 1 : 0, up);
      p.weight[j] = olderWeight;
    } else {
      fillWorkingAge(p, j, st, false, up);
      p.weight[j] = youngWeight;
    }
  }
  return p;
}

/**
 * People `start … end − 1` entering in calendar `year`: first those turning 65 (no care yet),
 * then new working-age entrants to care. Keys (seed, replicate, year, i).
 */
export function generateEntrants(
  spec: PopulationSpec,
  model: CareModel,
  year: number,
  start = 0,
  end = entrantSize(spec, year).total,
): Population {
  const size = entrantSize(spec, year);
  const p = allocatePopulation(end - start, start, year, spec.priceYear ?? BASE_PRICE_YEAR);
  const up = upratingFor(spec);
  const olderWeight = turning65(year) / Math.max(1, size.older);
  const youngWeight = WORKING_AGE.entrantsPerYear / Math.max(1, size.workingAge);
  const base = hashSeed(spec.seed);
  for (let i = start; i < end; i++) {
    const j = i - start;
    const key = deriveKey(base, spec.replicate, year, i);
    const st = new Stream(key);
    p.careerKey[j] = deriveKey(key, 1);
    if (i < size.older) {
      fillOlder(p, j, st, model, 65, st.next() < MALE_SHARE_AT_65 ? 0 : 1, up);
      p.weight[j] = olderWeight;
    } else {
      fillWorkingAge(p, j, st, true, up);
      p.weight[j] = youngWeight;
    }
  }
  return p;
}
