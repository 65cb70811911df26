// Care prices: council care-home rates and home-care hourly rates by year, the self-funder
// premium, and hours of home care by intensity. Financial years are named by their first year
// (2023 = 2023-24).

/**
 * Council-paid care-home fees for people aged 65+, England, £/week, 2023-24
 * [V2: ASC-FR 2023-24 unit-cost table, as quoted in MODEL.md §4].
 */
export const CARE_HOME_COUNCIL_RATE_2023 = { residential: 916, nursing: 1_026 } as const;

/** First financial year held in the index tables below. */
export const FEE_INDEX_FIRST_YEAR = 2008;

/**
 * Council care-home fee index, 2023-24 = 1, financial years 2008-09 … 2025-26. [M] interpolated
 * between: ≈£480/wk council residential rate in 2010-11 (Laing & Buisson, Care of Older People
 * 2011); £621/wk average council rate in 2016 (CMA care homes market study, 2017); £916/£1,026
 * in 2023-24 (ASC-FR); then National Living Wage rises of 9.8% (2024) and 6.7% (2025), about
 * two-thirds of care-home costs being staff.
 */
export const CARE_HOME_FEE_INDEX: readonly number[] = [
  0.51, 0.52, 0.53, 0.535, 0.545, 0.555, 0.565, 0.59, 0.635, 0.665, 0.7, 0.74, 0.79, 0.83, 0.91, 1,
  1.07, 1.12,
];

/**
 * Council home-care rate, £/hour, financial years 2008-09 … 2025-26. [V] £23.26 (2024-25) and
 * £24.10 (2025-26), Homecare Association minimum price / council rate survey (MODEL.md §4);
 * earlier years [M]: UKHCA surveys (≈£13.50 in 2010-11, ≈£15.70 in 2016-17) interpolated.
 */
export const HOME_CARE_HOURLY_RATE: readonly number[] = [
  13.0, 13.25, 13.5, 13.7, 13.9, 14.1, 14.4, 14.9, 15.7, 16.3, 16.9, 17.7, 18.6, 19.4, 20.8, 22.0,
  23.26, 24.1,
];

/**
 * Self-funders pay about 40% more than councils for the same care-home place [V: CMA 2017,
 * £846 vs £621/wk in 2016; MODEL.md §3.1], ratio − 1.
 */
export const CARE_HOME_SELF_FUNDER_PREMIUM = 0.4;

/**
 * Self-funders' home-care premium over the council rate, ratio − 1 [M: private hourly rates
 * run a few pounds above council rates (Homecare Association market surveys)].
 */
export const HOME_CARE_SELF_FUNDER_PREMIUM = 0.15;

/**
 * Hours of home care per week by intensity [M: UKHCA and ASC-FR: typical council packages of
 * 5–7 hours a week for lower needs, two or more visits a day (≈14 h) for higher needs]; with the
 * care-career intensities they reproduce 65+ community spend (£2.9 bn, 2020-21).
 */
export const HOME_CARE_HOURS = { low: 6, high: 14 } as const;

/**
 * Default yearly growth of all care prices after 2025-26, nominal [M: earnings growth plus
 * National Living Wage policy, ≈4%]. The Monte Carlo draws its own per replicate.
 */
export const DEFAULT_FEE_GROWTH = 0.04;

/**
 * Share of 65+ nursing-home residents fully funded by NHS continuing healthcare [M: NHS England
 * CHC returns, ≈30,000 care-home residents eligible at a quarter-end]; a policy parameter.
 */
export const NHS_CHC_SHARE_OF_NURSING = 0.15;

/**
 * How much weekly home-care hours vary between people in the same care state: sd of their log
 * [M: home-care packages range from a few hours to several visits a day; SALT and ASC-FR publish
 * no distribution of hours. 0.5 gives a 10th–90th percentile range of 0.47–1.68 times the mean,
 * so that, under a cap, people reach it over a spread of years rather than in lumps].
 */
export const HOME_CARE_HOURS_LOG_SD = 0.5;

/**
 * How much care-home fees vary between residents of one region and setting: sd of their log [M:
 * fees differ between homes and with needs within a region (CMA 2017 market study); 0.2 gives a
 * 10th–90th percentile range of 0.76–1.27 times the regional mean].
 */
export const CARE_HOME_FEE_LOG_SD = 0.2;

/**
 * Working-age adults' care (learning-disability and physical-support packages) costs more than
 * older people's in the same setting: the factor on council rates and fees for people whose needs
 * began before 65 [calibrated: to ASC-FR 2022-23 long-term support spend on clients aged 18–64,
 * £9.1 bn (49.6% of £18.4 bn) [V]: with a factor of 1.63 the model's gross council spend on
 * 18–64s in 2022-23 was £9.92 bn (their care before the start spent down), so
 * 1.63 × 9.1 ÷ 9.92 = 1.50. For scale, spend per client was
 * £9.1 bn ÷ 293,000 = £31,100 a year for 18–64 against £9.3 bn ÷ 543,000 = £17,100 for 65+, a
 * ratio of 1.82 (King's Fund, from SALT) [V2]: the same order, the settings' mix differing].
 */
export const WORKING_AGE_COST_RATIO = 1.5;
