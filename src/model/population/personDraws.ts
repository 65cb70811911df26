// The draws that make one synthetic person, in a fixed order from the person's own stream:
// age and sex, region and council, household, wealth, and care state at the start.
import { councils2010 as councils } from '../councils/councils.ts';
import { COUPLE_SHARE, WORKING_AGE } from '../data/populationFigures.ts';
import { ENGLAND_MEDIAN_WEALTH, REGIONS } from '../data/regions.ts';
import { WEALTH } from '../data/wealth.ts';
import type { Stream } from '../rng.ts';
import { stockAgeStructure } from './ageStructure.ts';
import { cell, type CareModel } from './careModel.ts';
import type { Population } from './populationColumns.ts';
import type { Place } from './councilPopulation.ts';
import { AGE_COUNT, MAX_AGE } from './states.ts';
import { exp, normalQuantile, pow } from '../math/index.ts';

/** Cumulative persons by `sex * AGE_COUNT + age` in 2021 (65+ only). */
export const ageSexCdf = (() => {
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

// Hot-loop constants, copied out of the data objects (and imported bindings) once.
const cellOf = cell;
const AGES: number = AGE_COUNT;
const TOP_AGE: number = MAX_AGE;
const W = WEALTH;
const OWN_RHO = W.ownership.rho;
const PROPERTY_RHO = W.property.rho;
const FINANCIAL_RHO = W.financial.rho;
const INCOME_RHO = W.income.rho;
const PARTNER_KEPT = W.partnerKeptInCareHome;
/** Median home value by region, £ (BASE_PRICE_YEAR). */
const HOME_MEDIAN = Float64Array.from(REGIONS, (r) => r.housePrice * W.property.medianRatio);
/** Regional factor on savings: (regional / England median wealth)^elasticity. */
const SAVINGS_FACTOR = Float64Array.from(REGIONS, (r) =>
  pow(r.medianWealth / ENGLAND_MEDIAN_WEALTH, W.financial.elasticity),
);
/** Ownership probability for people 65+: region, couple and age over 80 (WEALTH.ownership). */
function ownershipProbability(region: number, couple: boolean, age: number): number {
  const o = W.ownership;
  const p =
    (REGIONS[region]?.ownership65 ?? 0.75) +
    (couple ? o.coupleShift : o.singleShift) +
    o.perYearOver80 * Math.max(0, age - 80);
  return Math.min(0.98, Math.max(0.02, p));
}
/**
 * Latent threshold to own, `(region * 2 + couple) * AGE_COUNT + age`: own if latent > it. Made on
 * first use: the page imports this module (to count a run's people) but never draws anyone, and
 * the table's 2,000 normal quantiles took its start about 10 ms.
 */
let ownThreshold: Float64Array | null = null;
function ownThresholds(): Float64Array {
  if (!ownThreshold) {
    const t = new Float64Array(REGIONS.length * 2 * AGE_COUNT);
    for (let r = 0; r < REGIONS.length; r++)
      for (let c = 0; c < 2; c++)
        for (let age = 0; age < AGE_COUNT; age++)
          t[(r * 2 + c) * AGE_COUNT + age] = -normalQuantile(ownershipProbability(r, c === 1, age));
    ownThreshold = t;
  }
  return ownThreshold;
}
const WORKING_AGE_OWN_THRESHOLD = -normalQuantile(WORKING_AGE.ownerShare);
/** Couple share by `sex * AGE_COUNT + age` (COUPLE_SHARE bands, 65+). */
const COUPLE = (() => {
  const t = new Float64Array(2 * AGE_COUNT);
  for (let age = 65; age < AGE_COUNT; age++) {
    const band = Math.min(5, Math.floor((age - 65) / 5));
    t[age] = COUPLE_SHARE.male[band] ?? 0;
    t[AGE_COUNT + age] = COUPLE_SHARE.female[band] ?? 0;
  }
  return t;
})();

/** Index drawn from `cdf[offset … offset + n − 1]` (ascending, last = total) by a uniform `u`. */
export function pickIn(cdf: ArrayLike<number>, offset: number, n: number, u: number): number {
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

/**
 * `n` independent standard normals from as many uniforms of `st`, into `out`. One loop rather
 * than a call per normal: with several calls inlined into drawWealth, V8 had no room left to
 * inline the stream's `next`, and every uniform was boxed as a heap number on its way back.
 */
function standardNormals(st: Stream, out: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) out[k] = st.normal();
}
const normals = new Float64Array(5);

/** Mixes the household wealth rank z with independent noise e at correlation rho. */
const correlated = (z: number, rho: number, e: number): number =>
  rho * z + Math.sqrt(1 - rho * rho) * e;

/** Factors from BASE_PRICE_YEAR to the requested price year. */
export interface Uprating {
  house: number;
  prices: number;
}

/**
 * Region and council (two draws, always taken so the draw order never depends on the data). A
 * council run's people all live in its council (`place`): the draws are taken and not used.
 */
function drawPlace(p: Population, j: number, st: Stream, place: Place | null): number {
  const region = pickIn(regionCdf, 0, REGIONS.length, st.next());
  const u = st.next();
  if (place) {
    p.region[j] = place.region;
    p.council[j] = place.council;
    return place.region;
  }
  const local = councilsByRegion[region];
  p.region[j] = region;
  p.council[j] =
    local && local.ids.length > 0
      ? (local.ids[pickIn(local.cdf, 0, local.ids.length, u)] ?? -1)
      : -1;
  return region;
}

/** Ownership, home value, savings and income from a shared wealth rank (five uniform draws). */
function drawWealth(
  p: Population,
  j: number,
  st: Stream,
  region: number,
  ownThreshold: number,
  older: boolean,
  up: Uprating,
  place: Place | null,
): void {
  // Five normals (five uniforms): the wealth rank z, then four independent noises.
  standardNormals(st, normals, 5);
  const z = normals[0] ?? 0;
  const own = correlated(z, OWN_RHO, normals[1] ?? 0) > ownThreshold;
  const propertyNoise = correlated(z, PROPERTY_RHO, normals[2] ?? 0);
  const financialNoise = correlated(z, FINANCIAL_RHO, normals[3] ?? 0);
  const incomeNoise = correlated(z, INCOME_RHO, normals[4] ?? 0);
  const share = p.couple[j] === 1 ? 0.5 : 1;
  p.ownsHome[j] = own ? 1 : 0;
  p.riskGroup[j] = own ? 0 : 1;
  p.propertyValue[j] = own
    ? place
      ? (HOME_MEDIAN[region] ?? 0) *
        place.houseFactor *
        exp(place.propertyLogSd * propertyNoise) *
        up.house
      : (HOME_MEDIAN[region] ?? 0) * exp(W.property.logSd * propertyNoise) * up.house
    : 0;
  if (older) {
    const f = W.financial;
    const median = (own ? f.ownerMedian : f.renterMedian) * (SAVINGS_FACTOR[region] ?? 1);
    p.financialAssets[j] = share * median * exp(f.logSd * financialNoise) * up.prices;
    const i = W.income;
    const privateMedian = own ? i.ownerPrivateMedian : i.renterPrivateMedian;
    p.income[j] = (i.statePension + privateMedian * exp(i.logSd * incomeNoise)) * up.prices;
  } else {
    const w = WORKING_AGE;
    const household = w.financialMedian * exp(w.financialLogSd * financialNoise);
    p.financialAssets[j] = share * household * up.prices;
    p.income[j] = w.incomeMedian * exp(w.incomeLogSd * incomeNoise) * up.prices;
  }
}

/** Everything for a person aged 65+ after age and sex: 13 draws in a fixed order. */
export function fillOlder(
  p: Population,
  j: number,
  st: Stream,
  model: CareModel,
  age: number,
  sex: number,
  up: Uprating,
  place: Place | null = null,
): void {
  p.age[j] = age;
  p.sex[j] = sex;
  const region = drawPlace(p, j, st, place);
  const a = age > TOP_AGE ? TOP_AGE : age;
  const couple = st.next() < (COUPLE[sex * AGES + a] ?? 0) ? 1 : 0;
  p.couple[j] = couple;
  const threshold = (ownThreshold ?? ownThresholds())[(region * 2 + couple) * AGES + a] ?? 0;
  drawWealth(p, j, st, region, threshold, true, up, place);
  const c = cellOf(p.riskGroup[j] ?? 0, sex, age);
  const state = pickIn(model.prevalence, c * 5, 5, st.next());
  const spell = pickIn(model.spell, (c * 5 + state) * 31, 31, st.next());
  p.careState[j] = state;
  p.spellYears[j] = state === 0 ? 0 : spell;
  // Care-home residents (states 3, 4) less often still have a partner at home.
  if (st.next() >= PARTNER_KEPT && (state === 3 || state === 4)) p.couple[j] = 0;
  p.youngOnset[j] = 0;
  p.onsetAge[j] = state === 0 ? 255 : Math.max(65, age - spell);
  p.chcRank[j] = st.next();
  p.careCost[j] = st.normal();
}

/** A working-age person already in care, or (entrant) just entering it: 15 draws. */
export function fillWorkingAge(
  p: Population,
  j: number,
  st: Stream,
  entrant: boolean,
  up: Uprating,
  place: Place | null = null,
): void {
  const state = pickIn(entrant ? workingAgeEntryCdf : workingAgeStateCdf, 0, 5, st.next());
  const age = 18 + Math.floor(st.next() * 47);
  p.age[j] = age;
  p.sex[j] = st.next() < WORKING_AGE.maleShare ? 0 : 1;
  const region = drawPlace(p, j, st, place);
  p.couple[j] = st.next() < WORKING_AGE.coupleShare ? 1 : 0;
  drawWealth(p, j, st, region, WORKING_AGE_OWN_THRESHOLD, false, up, place);
  const childhood = st.next() < WORKING_AGE.childhoodOnsetShare;
  const uOnset = st.next();
  const onset = entrant ? age : childhood ? 0 : 18 + Math.floor(uOnset * (age - 17));
  p.careState[j] = state;
  p.onsetAge[j] = onset;
  p.spellYears[j] = entrant ? 0 : age - Math.max(18, onset);
  p.youngOnset[j] = 1;
  p.chcRank[j] = st.next();
  p.careCost[j] = st.normal();
}
