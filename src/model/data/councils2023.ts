// Today's councils with adult social care responsibilities (April 2023 boundaries, 153): their
// people by age, their house prices, and where a per-council figure is not held, the regional one
// they fall back on. Data in councils2023.data.ts (generated; sources in docs/councils.md).
import { regions, type CouncilType, type Region } from '../councils/councils.ts';
import { COUNCIL_2023_ROWS } from './councils2023.data.ts';
import { exp, log } from '../math/index.ts';

/** Where a council's figure comes from: its own published figure, or its region's. */
export type FigureSource = 'council' | 'districts' | 'regional';

/** One generated row (see councils2023.data.ts for the column order). */
export type Council2023Row = readonly [
  slug: string,
  name: string,
  code: string,
  region: string,
  type: string,
  predecessors2010: readonly string[],
  ages65: readonly number[],
  aged55to64: number,
  aged18to64: number,
  housePrice: number | null,
  housePriceBasis: string,
];

/** A council with adult social care responsibilities at April 2023 boundaries. */
export interface Council2023 {
  /** Index into `councils2023`, 0…152. */
  id: number;
  /** Lower-case, hyphenated name; the same as the 2010 slug where the council is unchanged. */
  slug: string;
  name: string;
  /** ONS code: E06 unitary, E08 metropolitan district, E09 London borough, E10 county. */
  code: string;
  region: Region;
  /** Index of `region` in `regions` (and in src/model/data/regions.ts REGIONS). */
  regionIndex: number;
  type: CouncilType;
  /** Slugs of the 2010 councils (councils2010) whose area it covers, wholly or in part. */
  predecessors2010: readonly string[];
  /**
   * People by single year of age 65, 66 … 89 and 90+ (26 values), mid-2023, persons [V: ONS
   * mid-year population estimates 2023, Nomis pestsyoala, summed from districts to counties].
   */
  ages65: readonly number[];
  /** People aged 65+ in mid-2023, persons (sum of `ages65`) [V: as ages65]. */
  population65: number;
  /** People aged 55–64, mid-2023: the cohorts turning 65 over 2024–2033 [V: as ages65]. */
  aged55to64: number;
  /** People aged 18–64, mid-2023 [V: as ages65]. */
  aged18to64: number;
  /**
   * Average house price, £, March 2021 [V: HM Land Registry UK HPI by local authority]; for the
   * four councils made of districts in 2023 (Cumberland, Westmorland and Furness, North and West
   * Northamptonshire: `housePriceSource` 'districts') the unweighted mean of their districts' [M];
   * where none is published (Isles of Scilly: 'regional') the region's mean.
   */
  housePrice: number;
  /**
   * House price relative to its region: housePrice ÷ the 65+-weighted geometric mean over the
   * region's councils [M: so a region's councils' log factors average 0; with
   * `REGION_LOG_PRICE_VARIANCE` taken out of the spread within each council, the councils' home
   * values add up to the region's distribution].
   */
  housePriceFactor: number;
  /** Where each per-council input comes from. */
  sources: {
    population: FigureSource;
    housePrice: FigureSource;
    /** Care-home fee rates: no per-council figure held, the region's (REGIONS.feeRatio) [M]. */
    fees: FigureSource;
    /** Home ownership at 65+ and savings: the region's (REGIONS.ownership65, medianWealth). */
    wealth: FigureSource;
    /** Self-funder shares follow from the means test on the council's people; no per-council input. */
    selfFunders: FigureSource;
    /** Long-term support numbers (SALT): not held per council; modelled from need. */
    longTermSupport: FigureSource;
  };
}

const TYPES: readonly CouncilType[] = [
  'county',
  'unitary',
  'metropolitan',
  'londonBorough',
  'sui generis',
];

const base = COUNCIL_2023_ROWS.map((r, id) => {
  const [slug, name, code, region, type, predecessors2010, ages65, aged55to64, aged18to64] = r;
  const regionIndex = regions.indexOf(region as Region);
  if (regionIndex < 0) throw new Error(`councils2023: ${name} has unknown region ${region}`);
  if (!TYPES.includes(type as CouncilType)) throw new Error(`councils2023: ${name} type ${type}`);
  return {
    id,
    slug,
    name,
    code,
    region: region as Region,
    regionIndex,
    type: type as CouncilType,
    predecessors2010,
    ages65,
    population65: ages65.reduce((s, x) => s + x, 0),
    aged55to64,
    aged18to64,
    price: r[9],
    priceBasis: r[10] as FigureSource,
  };
});

/** 65+-weighted geometric mean house price of each region's councils that have one, £. */
const regionalPrice = regions.map((_, ri) => {
  const xs = base.filter((c) => c.regionIndex === ri && c.price !== null);
  const w = xs.reduce((s, c) => s + c.population65, 0);
  return exp(xs.reduce((s, c) => s + c.population65 * log(c.price ?? 1), 0) / w);
});

/** The 153 councils, ordered by region then name; `councils2023[i].id === i`. */
export const councils2023: readonly Council2023[] = Object.freeze(
  base.map(({ price, priceBasis, ...c }) => {
    const housePrice = price ?? Math.round(regionalPrice[c.regionIndex] ?? 0);
    return Object.freeze({
      ...c,
      housePrice,
      housePriceFactor: housePrice / (regionalPrice[c.regionIndex] ?? housePrice),
      sources: Object.freeze({
        population: 'council' as const,
        housePrice: priceBasis,
        fees: 'regional' as const,
        wealth: 'regional' as const,
        selfFunders: 'regional' as const,
        longTermSupport: 'regional' as const,
      }),
    });
  }),
);

/**
 * Variance between the councils of each region of log(housePriceFactor), 65+-weighted: the part of
 * the spread of home values within a region that lies between its councils.
 */
export const REGION_LOG_PRICE_VARIANCE: readonly number[] = regions.map((_, ri) => {
  const xs = councils2023.filter((c) => c.regionIndex === ri);
  const w = xs.reduce((s, c) => s + c.population65, 0);
  return (
    xs.reduce((s, c) => {
      const x = log(c.housePriceFactor);
      return s + c.population65 * x * x;
    }, 0) / w
  );
});

/** Looks a council of 2023 up by slug; undefined when there is none. */
export function council2023BySlug(slug: string): Council2023 | undefined {
  return councils2023.find((c) => c.slug === slug);
}

/** Every 2023 council slug, in list order (for messages listing the valid ones). */
export const council2023Slugs: readonly string[] = councils2023.map((c) => c.slug);

/**
 * Today's councils covering each 2010 council's area (for the personal-budget history): most map
 * to themselves; Cumbria → Cumberland and Westmorland and Furness, Northamptonshire → North and
 * West Northamptonshire, Bournemouth and Poole → BCP, Dorset → Dorset and BCP (Christchurch).
 */
export const slugs2010To2023: Readonly<Record<string, readonly string[]>> = (() => {
  const out: Record<string, string[]> = {};
  for (const c of councils2023) for (const p of c.predecessors2010) (out[p] ??= []).push(c.slug);
  return Object.freeze(out);
})();

/** England's people aged 65+, mid-2023: the sum over councils, persons. */
export const ENGLAND_65_2023 = councils2023.reduce((s, c) => s + c.population65, 0);

/** A council's name or slug as a slug: "Westmorland and Furness" → "westmorland-and-furness". */
const slugify = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * What a council field allows, for a message about `found` (not a council of 2023): the slugs of
 * today's councils where `found` names a 2010 council or a council by name, then the general rule.
 */
export function councilAllowedText(found: unknown): string {
  const general =
    'one of the 153 councils of April 2023 by slug, e.g. "kent" or "westmorland-and-furness" (the Area list in the scenario panel; `npm run simulate -- --list-councils`), or null for England';
  if (typeof found !== 'string') return general;
  const slug = slugify(found);
  const byName = councils2023.find((c) => slugify(c.name) === slug || c.slug === slug);
  if (byName) return `the slug "${byName.slug}" for ${byName.name}; in general, ${general}`;
  const today = slugs2010To2023[slug];
  if (today)
    return `${today.map((s) => `"${s}"`).join(' or ')} (a council of 2010, its area is theirs since April 2023); in general, ${general}`;
  return general;
}
