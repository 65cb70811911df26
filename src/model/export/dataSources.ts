// The published sources behind a run's inputs, listed in its manifest: the policy presets its
// arms use, the CPI table, and the population, care and council data (src/model/data, councils).
import { resolvePolicy, type PolicyRef } from '../policy/index.ts';
import { CPI_FIRST_YEAR, CPI_INDEX } from '../data/consumerPrices.ts';
import { council2023BySlug, type Council2023 } from '../data/councils2023.ts';

/** One input's provenance: what it is, the year(s) its figures refer to, and where they come from. */
export interface DataSource {
  /** What the figures are, e.g. "Consumer prices index (CPI)". */
  name: string;
  /** Year, price year or range the figures refer to, e.g. "2021", "2025-26", "2008–2030". */
  year: string;
  /** Publication(s), with MODEL.md's tags: [V] checked, [V2] secondary, [M] modelling choice. */
  source: string;
}

/** Population, care, fee, wealth and council inputs: one entry per data module or table. */
export const modelDataSources: readonly DataSource[] = [
  {
    name: 'Consumer prices index (CPI), 2015 = 100',
    year: `${CPI_FIRST_YEAR}–${CPI_FIRST_YEAR + CPI_INDEX.length - 1}`,
    source:
      '[V to 2024] ONS series D7BT annual rates; [M] 2025 3.4% (ONS monthly releases), 2026 onwards 2.0% (Bank of England target). src/model/data/consumerPrices.ts',
  },
  {
    name: 'Population aged 65+, 85+ and 90+, England',
    year: '2021',
    source:
      '[V] Census 2021 (65+: 10.4 m; 90+: 0.5 m); [M] 85+ ≈1.3 m; couple shares by age [M] Census 2021 living arrangements. src/model/data/populationFigures.ts',
  },
  {
    name: 'Cohorts turning 65 (births 65 years earlier)',
    year: '1955–1980 births',
    source:
      '[M] ONS Birth summary tables (England and Wales, rounded) × 0.8 reaching 65 in England (ONS life tables and mid-year estimates). src/model/data/populationFigures.ts',
  },
  {
    name: 'Working-age adults (18–64) in long-term care',
    year: '2023-24',
    source:
      '[V] NHS England ASC-FR/SALT (858,720 all ages − 559,220 aged 65+); [M] ONS care-home residents 2022-23; SALT new clients and primary support reason. src/model/data/populationFigures.ts',
  },
  {
    name: 'Mortality (Gompertz–Makeham by sex, fitted)',
    year: '2010–12 (at 85); latest ONS period (at 65)',
    source:
      '[V] ONS period life expectancy at 65 (men 18.3–19.7, women 20.9–22.0) and at 85 (men 5.8, women 6.8); [M] background term from ONS National Life Tables. src/model/data/mortalityFit.ts',
  },
  {
    name: 'Care-career transition hazards',
    year: 'calibrated',
    source:
      'Calibrated to MODEL.md §4: lifetime care cost at 65 ([V] DH 2013 citing Dilnot), care-home share of 65+ ([V] Census 2021), council-funded long-term support ([V] ASC-FR/SALT 2023-24), mean care-home stay ([V2] ≈2.5 years). src/model/data/care.ts',
  },
  {
    name: 'Care-home council rates and fee index',
    year: '2008-09 to 2025-26 (anchor 2023-24)',
    source:
      '[V2] ASC-FR 2023-24 unit costs (£916 residential, £1,026 nursing); [M] Laing & Buisson 2011, CMA care homes market study 2017 (£621), National Living Wage rises 2024–25. src/model/data/careFees.ts',
  },
  {
    name: 'Home-care council hourly rate',
    year: '2008-09 to 2025-26',
    source:
      '[V] Homecare Association (£23.26 2024-25, £24.10 2025-26); [M] UKHCA surveys for earlier years, interpolated. src/model/data/careFees.ts',
  },
  {
    name: 'Self-funder premium and NHS continuing healthcare share',
    year: '2016 (premium)',
    source:
      '[V] CMA care homes market study 2017 (£846 vs £621/wk); [M] Homecare Association market surveys (home care); [M] NHS England CHC returns (≈15% of nursing-home residents). src/model/data/careFees.ts',
  },
  {
    name: 'Regions: 65+ share, home ownership, house prices, wealth, fee levels',
    year: '2020–22',
    source:
      '[V] ONS Wealth and Assets Survey 2020-22 (median household wealth South East £489,800, North East £179,900); [M] Census 2021 by region and tenure, UK House Price Index 2022, ASC-FR 2022-23 unit costs by region. src/model/data/regions.ts',
  },
  {
    name: 'Wealth and income of people aged 65+',
    year: '2022 prices',
    source:
      '[M] ONS Wealth and Assets Survey 2020-22 (65+ households), DWP Pensioners’ Incomes 2021-22, UK House Price Index (annual averages 2008–2025). src/model/data/wealth.ts',
  },
  {
    name: 'Councils (152 CASSRs): 65+ population and NI130 users',
    year: '2010 (users), 2021 (population)',
    source:
      '[V] Census 2021 England total; [V2] Audit Commission 2010 (≈1.5 m NI130 users, seed 004); per-council values [M]. src/model/councils/councils.ts',
  },
  {
    name: 'Personal-budget uptake, targets and costs',
    year: '2007–2013',
    source:
      '[V] ADASS personal budgets surveys 2011 and 2012; NHS Information Centre NI130 (Aug 2010, seed 002); Audit Commission 2006 and Oct 2010 (seed 004); Putting People First (2007), Vision for adult social care (2010, seed 001), target cut Oct 2012 (seed 000). src/model/councils/',
  },
  {
    name: 'Calibration targets',
    year: '2011–2024',
    source:
      'MODEL.md §4 and §5, each target with its own source. src/model/data/calibrationTargets.ts',
  },
];

/**
 * Sources for a run: each distinct policy its arms use (the preset's own source, with any
 * overrides named), then `modelDataSources`.
 */
export function dataSourcesFor(
  policies: readonly PolicyRef[],
  council: string | null = null,
): DataSource[] {
  const seen = new Set<string>();
  const out: DataSource[] = [];
  for (const ref of policies) {
    const p = resolvePolicy(ref);
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    out.push({ name: `Policy: ${p.name}`, year: p.priceYear, source: p.source });
  }
  const c = council ? council2023BySlug(council) : undefined;
  return [...out, ...(c ? [councilDataSource(c)] : []), ...modelDataSources];
}

const HOUSE_PRICE_BASIS = {
  council: 'its own figure',
  districts: 'the mean of its districts’ [M]',
  regional: 'none published: its region’s mean [M]',
} as const;

/** The inputs of a council run that are the council's own, and those that are its region's. */
export function councilDataSource(c: Council2023): DataSource {
  return {
    name: `Council run: ${c.name} (${c.slug}, ${c.code}), its own people`,
    year: 'mid-2023 (people by age), March 2021 (house prices)',
    source: `[V] ONS mid-year population estimates, mid-2023, by single year of age (Nomis pestsyoala; districts summed into counties); [V] HM Land Registry UK House Price Index by local authority, March 2021 (${HOUSE_PRICE_BASIS[c.sources.housePrice]}); care-home fee rates, home ownership and savings: ${c.region}’s [M]. src/model/data/councils2023.ts, docs/councils.md`,
  };
}
