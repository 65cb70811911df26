// England's population for the synthetic generator: 65+ totals, sex and couple shares, the
// cohorts turning 65 each year, and the working-age (18–64) cohort with care needs.

/** People aged 65+ in England, 2021, persons [V: Census 2021]. */
export const POPULATION_65_PLUS = 10_400_000;
/** People aged 85+ in England, 2021, persons [M: Census 2021 gives ≈1.3 m; MODEL.md §4]. */
export const POPULATION_85_PLUS = 1_300_000;
/** People aged 90+ in England, 2021, persons [V: Census 2021, MODEL.md §4]. */
export const POPULATION_90_PLUS = 500_000;
/** Census year of the totals above: the stock is built for this year. */
export const STOCK_YEAR = 2021;

/** Share of men among people turning 65 [M: ONS mid-year estimates, about 49% at age 65]. */
export const MALE_SHARE_AT_65 = 0.49;

/**
 * Share living as a couple (married, civil partnership or cohabiting) by sex and 5-year age band
 * 65–69 … 85–89, 90+ [M: Census 2021 living arrangements by age, England, rounded].
 */
export const COUPLE_SHARE = {
  male: [0.73, 0.74, 0.72, 0.66, 0.55, 0.38],
  female: [0.62, 0.57, 0.48, 0.36, 0.22, 0.08],
} as const;

/** Age gap between partners, years: the man is this much older [M: ONS marriage statistics]. */
export const PARTNER_AGE_GAP = 2;

/**
 * Live births in England and Wales by year, thousands [M: ONS Birth summary tables, rounded],
 * used to size the cohort turning 65 sixty-five years later. First year held:
 */
export const BIRTHS_EW_FIRST_YEAR = 1955;
/** See BIRTHS_EW_FIRST_YEAR: element k is the year 1955 + k. */
export const BIRTHS_EW: readonly number[] = [
  668, 700, 723, 741, 749, 785, 811, 839, 854, 876, 863, 850, 832, 819, 798, 784, 783, 725, 676,
  640, 603, 584, 569, 596, 638, 656,
];
/**
 * People reaching 65 in England per England-and-Wales birth 65 years earlier: England's share
 * (≈0.945) × survival to 65 (≈0.87) × net migration (≈0.97) ≈ 0.8 [M: ONS life tables and
 * mid-year estimates]; gives 560,000–700,000 a year for 2021–2029.
 */
export const REACHING_65_PER_BIRTH = 0.8;

/** The working-age cohort: adults 18–64 receiving long-term care (flagged young-onset). */
export const WORKING_AGE = {
  /**
   * Stock by care state at the start, persons [M]: 300,000 council-supported 18–64 in 2023-24
   * [V: ASC-FR/SALT 858,720 − 559,220] plus self-funders and NHS-funded; ≈85,000 of them in care
   * homes [M: ONS 2022-23 counts 372,035 care-home residents of all ages, of whom ≈285,000 are
   * 65+ (≈2.7% of 65+, Census 2021 uprated); homes for younger adults have 2.0% self-funders].
   */
  stock: { homeCareLow: 150_000, homeCareHigh: 100_000, residential: 65_000, nursing: 20_000 },
  /** New working-age entrants to long-term care each year, persons [M: SALT new clients 18–64]. */
  entrantsPerYear: 20_000,
  /** Setting on entry, shares [M]. */
  entryMix: { homeCareLow: 0.6, homeCareHigh: 0.3, residential: 0.08, nursing: 0.02 },
  /** Share of men [M: SALT 18–64 long-term support, more men (learning disability)]. */
  maleShare: 0.55,
  /** Share whose needs began in childhood (learning disability, autism) [M: SALT primary support reason]. */
  childhoodOnsetShare: 0.45,
  /** Share living as a couple [M]. */
  coupleShare: 0.25,
  /** Share owning their home [M: disabled adults of working age, English Housing Survey]. */
  ownerShare: 0.2,
  /** Median financial assets, £ (2022) and log-sd [M: Family Resources Survey, disabled adults]. */
  financialMedian: 1_500,
  financialLogSd: 1.5,
  /** Median weekly income, £ (2022): benefits and earnings [M: DWP, PIP + ESA/UC typical]. */
  incomeMedian: 190,
  incomeLogSd: 0.35,
} as const;
