// Seeded generator of England's synthetic population: the 2021 stock (65+ and the working-age
// cohort in care) and the cohorts entering in later years. Person i of (seed, replicate, cohort)
// is drawn from its own stream, so any slice [start, end) can be made without the others.
import { MALE_SHARE_AT_65, POPULATION_65_PLUS, WORKING_AGE } from '../data/populationFigures.ts';
import { BASE_PRICE_YEAR } from '../data/wealth.ts';
import { deriveKey, deriveKey1, deriveStep, hashSeed, keyRoot, Stream } from '../rng.ts';
import { turning65 } from './ageStructure.ts';
import type { CareModel } from './careModel.ts';
import { ageSexCdf, fillOlder, fillWorkingAge, pickIn, type Uprating } from './personDraws.ts';
import { allocatePopulation, type Population } from './populationColumns.ts';
import { cpiUprating, houseUprating } from './uprating.ts';
import { AGE_COUNT } from './states.ts';
import { councilPopulation, type CouncilPopulation } from './councilPopulation.ts';

// Hot-loop bindings copied once: under tsx's module transform every read of an imported
// binding is a getter call, which costs more than the draw it feeds.
const derive1 = deriveKey1;
const step = deriveStep;
const StreamOf = Stream;
const older = fillOlder;
const young = fillWorkingAge;
const pick = pickIn;
const AGES: number = AGE_COUNT;
const AGE_SEX_CDF = ageSexCdf;

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
  /**
   * A council of 2023 (councils2023 slug): its own people (age structure, region, house prices)
   * instead of England's; null or absent = England.
   */
  council?: string | null;
}

/** The council inputs of a spec, or null for England. */
const councilOf = (spec: PopulationSpec): CouncilPopulation | null =>
  spec.council ? councilPopulation(spec.council) : null;

/** People 65+ the 2021 stock stands for, and the shares of entrants and working-age users. */
function scaleOf(spec: PopulationSpec): { older: number; entrants: number; workingAge: number } {
  const c = councilOf(spec);
  return c
    ? { older: c.older, entrants: c.entrantShare, workingAge: c.workingAgeShare }
    : { older: POPULATION_65_PLUS, entrants: 1, workingAge: 1 };
}

/** Number of people in the 2021 stock: 65+ first, then the working-age cohort. */
export function stockSize(spec: PopulationSpec): {
  older: number;
  workingAge: number;
  total: number;
} {
  const wa = WORKING_AGE.stock;
  const scale = scaleOf(spec);
  const older = Math.round(scale.older * spec.sampleFraction);
  const workingAge = Math.round(
    (wa.homeCareLow + wa.homeCareHigh + wa.residential + wa.nursing) *
      scale.workingAge *
      spec.sampleFraction,
  );
  return { older, workingAge, total: older + workingAge };
}

/** Number of people entering in `year`: those turning 65 first, then new working-age entrants. */
export function entrantSize(
  spec: PopulationSpec,
  year: number,
): { older: number; workingAge: number; total: number } {
  const scale = scaleOf(spec);
  const older = Math.round(turning65(year) * scale.entrants * spec.sampleFraction);
  const workingAge = Math.round(
    WORKING_AGE.entrantsPerYear * scale.workingAge * spec.sampleFraction,
  );
  return { older, workingAge, total: older + workingAge };
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
  const council = councilOf(spec);
  const scale = scaleOf(spec);
  const place = council ? council.place : null;
  const cdf = council ? council.ageSexCdf : AGE_SEX_CDF;
  const olderWeight = scale.older / Math.max(1, size.older);
  const youngWeight =
    ((wa.homeCareLow + wa.homeCareHigh + wa.residential + wa.nursing) * scale.workingAge) /
    Math.max(1, size.workingAge);
  // deriveKey(seed, replicate, 0, i), with the shared prefix of the path taken once.
  const prefix = step(step(keyRoot(hashSeed(spec.seed)), spec.replicate), 0);
  const stream = new StreamOf(0);
  for (let i = start; i < end; i++) {
    const j = i - start;
    const key = step(prefix, i);
    const st = stream.reseed(key);
    p.careerKey[j] = derive1(key, 1);
    if (i < size.older) {
      const k = pick(cdf, 0, cdf.length, st.next());
      older(p, j, st, model, k % AGES, k >= AGES ? 1 : 0, up, place);
      p.weight[j] = olderWeight;
    } else {
      young(p, j, st, false, up, place);
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
  const scale = scaleOf(spec);
  const place = councilOf(spec)?.place ?? null;
  const olderWeight = (turning65(year) * scale.entrants) / Math.max(1, size.older);
  const youngWeight =
    (WORKING_AGE.entrantsPerYear * scale.workingAge) / Math.max(1, size.workingAge);
  // deriveKey(seed, replicate, year, i), with the shared prefix of the path taken once.
  const prefix = step(step(keyRoot(hashSeed(spec.seed)), spec.replicate), year);
  const stream = new StreamOf(0);
  for (let i = start; i < end; i++) {
    const j = i - start;
    const key = step(prefix, i);
    const st = stream.reseed(key);
    p.careerKey[j] = derive1(key, 1);
    if (i < size.older) {
      older(p, j, st, model, 65, st.next() < MALE_SHARE_AT_65 ? 0 : 1, up, place);
      p.weight[j] = olderWeight;
    } else {
      young(p, j, st, true, up, place);
      p.weight[j] = youngWeight;
    }
  }
  return p;
}
