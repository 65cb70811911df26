// The care states of a career and the codes used for them in typed-array columns.

/** Care state codes (Uint8 column values). Order matters: it is the column order of the tables. */
export const CareState = {
  none: 0,
  homeCareLow: 1,
  homeCareHigh: 2,
  residential: 3,
  nursing: 4,
  dead: 5,
} as const;
/** A care state code (0–5). */
export type CareState = (typeof CareState)[keyof typeof CareState];

/** Number of states, including `dead`. */
export const STATE_COUNT = 6;
/** State names in code order, for printing. */
export const STATE_NAMES = [
  'none',
  'homeCareLow',
  'homeCareHigh',
  'residential',
  'nursing',
  'dead',
] as const;

/** Sex codes: 0 = male, 1 = female. */
export const Sex = { male: 0, female: 1 } as const;
/** A sex code (0 male, 1 female). */
export type Sex = (typeof Sex)[keyof typeof Sex];

/** Highest age the tables cover, years; people reaching it stay at it until they die. */
export const MAX_AGE = 110;
/** Number of integer ages 0…MAX_AGE held in the tables. */
export const AGE_COUNT = MAX_AGE + 1;

/**
 * Share of the year lived by someone who dies during it: the model steps a year at a time and
 * deaths fall on average half-way through the year, so the year of death costs half a year.
 */
export const DEATH_YEAR_FRACTION = 0.5;

/** True for the two care-home states. */
export function inCareHome(s: number): boolean {
  return s === CareState.residential || s === CareState.nursing;
}

/** True for the two home-care states. */
export function inHomeCare(s: number): boolean {
  return s === CareState.homeCareLow || s === CareState.homeCareHigh;
}
