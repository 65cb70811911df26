// Wealth and income of people aged 65+: home ownership, house values, savings and pensions,
// with the price indices that move them between years. Money at BASE_PRICE_YEAR prices.

/** Calendar year the money figures below are expressed in. */
export const BASE_PRICE_YEAR = 2022;

/**
 * Parameters of the wealth model. Each household has a latent wealth rank z ~ N(0, 1); ownership,
 * house value, savings and private pension are each correlated with z (correlation `rho`).
 */
export const WEALTH = {
  /**
   * Ownership: shift by living arrangement, added to the regional household share [M: Census
   * 2021, couples own more often]; −0.5 pt a year of age over 80. `rho` ties ownership to the
   * wealth rank. Fitted so that 65+ households own ≈77% (target ≈75% ±5, English Housing Survey
   * 2021-22 gives 79% incl. mortgagors) and the IFS 2nd wealth quintile starts near £83k.
   */
  ownership: { coupleShift: 0.18, singleShift: -0.09, perYearOver80: -0.005, rho: 0.8 },
  /**
   * Home value relative to the regional average price: median ratio and log-sd [M: UK HPI; homes
   * owned outright by older people are typically larger and older than average]. Fitted to the
   * IFS 2nd quintile of wealth per person (£83k–£183k, 2022).
   */
  property: { medianRatio: 1.05, logSd: 0.4, rho: 0.5 },
  /**
   * Household net financial wealth, £: median by tenure and log-sd [M: ONS WAS 2020-22, 65+
   * households], scaled by (regional / England median wealth)^elasticity, elasticity 1 [M: WAS
   * regional tables show savings scale with overall wealth]. The renter median and log-sd are
   * fitted to the ONS share of 65+ in households with under £50k (14%).
   */
  financial: { ownerMedian: 40_000, renterMedian: 8_000, logSd: 1.6, rho: 0.6, elasticity: 1 },
  /**
   * Weekly income per person, £: state pension plus a log-normal private pension by tenure
   * [M: DWP Pensioners' Incomes 2021-22; average state pension ≈£175/wk for people 65+; median
   * private pension of pensioners with one ≈£150/wk]. The owner median is fitted to the ONS share
   * of 65+ in households over £500k (31%), which counts private pension wealth.
   */
  income: {
    statePension: 175,
    ownerPrivateMedian: 170,
    renterPrivateMedian: 60,
    logSd: 0.9,
    rho: 0.6,
  },
  /** Household physical wealth (contents, vehicles), £ [M: ONS WAS, 65+ households]. */
  physical: { owner: 30_000, renter: 8_000 },
  /** Real discount rate for valuing private pensions in payment, per year [M: ONS WAS method]. */
  pensionDiscountRate: 0.025,
  /**
   * In a care home, the chance a person recorded as in a couple still has a partner at home
   * [M: Census 2021: ≈18% of 65+ care-home residents are married vs ≈45% of all at the same
   * ages]; applies to the starting stock and to everyone 65+ entering a care home during a run
   * (after that, careers follow partners' deaths).
   */
  partnerKeptInCareHome: 0.4,
} as const;

/** First calendar year held in HOUSE_PRICE_INDEX (consumer prices: src/model/data/consumerPrices.ts). */
export const INDEX_FIRST_YEAR = 2008;

/**
 * England average house price, £ thousands, calendar years 2008 … 2025 [M: UK House Price Index,
 * annual averages, rounded].
 */
export const HOUSE_PRICE_INDEX: readonly number[] = [
  184, 168, 177, 175, 176, 181, 196, 208, 224, 236, 244, 248, 256, 276, 303, 303, 300, 305,
];
