// One council's own people for a council run: its 2021 stock by age and sex, the share of
// England's new 65-year-olds and working-age users it has, its region and its house prices.
// England's age–sex stock is reweighted age by age by the council's share of England's people at
// that age, so the 153 councils' stocks add up to England's exactly.
import {
  council2023BySlug,
  councils2023,
  REGION_LOG_PRICE_VARIANCE,
  type Council2023,
} from '../data/councils2023.ts';
import { WEALTH } from '../data/wealth.ts';
import { POPULATION_65_PLUS } from '../data/populationFigures.ts';
import { stockAgeStructure } from './ageStructure.ts';
import { AGE_COUNT, MAX_AGE } from './states.ts';

/** Where a council run's people live: the region and council columns and the house-price factor. */
export interface Place {
  /** Region index (REGIONS). */
  region: number;
  /** Index into councils2023. */
  council: number;
  /** House prices relative to the region (Council2023.housePriceFactor). */
  houseFactor: number;
  /**
   * Log-sd of home values within the council: England's within-region spread (WEALTH.property.logSd)
   * less the part between the region's councils [M: so the councils together keep the region's
   * spread; at least 0.1].
   */
  propertyLogSd: number;
}

export interface CouncilPopulation {
  council: Council2023;
  place: Place;
  /** Cumulative persons of the council's 2021 stock by `sex * AGE_COUNT + age` (65+). */
  ageSexCdf: Float64Array;
  /** The council's people aged 65+ in the 2021 stock, persons (model basis: England = POPULATION_65_PLUS). */
  older: number;
  /** Council share of England's people turning 65: its share of those aged 55–64 in mid-2023 [M]. */
  entrantShare: number;
  /** Council share of England's working-age users: its share of people aged 18–64 in mid-2023 [M]. */
  workingAgeShare: number;
}

const ENGLAND = (() => {
  const ages = new Float64Array(26);
  let aged55to64 = 0;
  let aged18to64 = 0;
  for (const c of councils2023) {
    c.ages65.forEach((x, k) => (ages[k] = (ages[k] ?? 0) + x));
    aged55to64 += c.aged55to64;
    aged18to64 += c.aged18to64;
  }
  return { ages, aged55to64, aged18to64 };
})();

const cache = new Map<string, CouncilPopulation>();

/**
 * The population inputs of council `slug` (a councils2023 slug). The stock at age a and sex s is
 * England's (stockAgeStructure) × the council's share of England's people aged a in mid-2023
 * (90+ one band) [M: council age shares of 2023 applied to the 2021 stock; sexes not split].
 */
export function councilPopulation(slug: string): CouncilPopulation {
  const hit = cache.get(slug);
  if (hit) return hit;
  const council = council2023BySlug(slug);
  if (!council) throw new Error(`council: unknown council "${slug}"`);
  const england = stockAgeStructure();
  const cdf = new Float64Array(england.length);
  let acc = 0;
  for (let k = 0; k < england.length; k++) {
    const age = k % AGE_COUNT;
    const band = age < 65 ? -1 : Math.min(25, Math.min(age, MAX_AGE) - 65);
    const share = band < 0 ? 0 : (council.ages65[band] ?? 0) / (ENGLAND.ages[band] || 1);
    cdf[k] = acc += (england[k] ?? 0) * share;
  }
  const out: CouncilPopulation = {
    council,
    place: {
      region: council.regionIndex,
      council: council.id,
      houseFactor: council.housePriceFactor,
      propertyLogSd: Math.sqrt(
        Math.max(
          0.01,
          WEALTH.property.logSd * WEALTH.property.logSd -
            (REGION_LOG_PRICE_VARIANCE[council.regionIndex] ?? 0),
        ),
      ),
    },
    ageSexCdf: cdf,
    older: acc,
    entrantShare: council.aged55to64 / ENGLAND.aged55to64,
    workingAgeShare: council.aged18to64 / ENGLAND.aged18to64,
  };
  cache.set(slug, out);
  return out;
}

/** People aged 65+ the run's 2021 stock stands for: England's, or the council's. */
export const older65For = (council: string | null | undefined): number =>
  council ? councilPopulation(council).older : POPULATION_65_PLUS;
