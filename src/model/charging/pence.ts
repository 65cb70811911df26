// Money inside the charging rules is kept in whole pence, so stepping week by week and jumping
// over many weeks at once give exactly the same totals (no floating-point drift).

/** Pounds to whole pence. */
export const toPence = (pounds: number): number => Math.round(pounds * 100);

/** Whole pence to pounds. */
export const toPounds = (pence: number): number => pence / 100;

/** The largest weekly amount the engine's fee tables hold: 2³¹ − 1 pence, £21.4 m a week. */
export const MAX_WEEKLY_PENCE = 0x7fffffff;

/**
 * Pounds a week to whole pence for an Int32Array (fees and council rates), or a RangeError naming
 * the amount as `what()` describes it. V8 compiles the charging rules' arithmetic on 32-bit
 * integers only when the fees arrive as such; an Int32Array would wrap a larger value silently.
 */
export function weeklyPence(pounds: number, what: () => string): number {
  const pence = toPence(pounds);
  if (!(pence >= 0 && pence <= MAX_WEEKLY_PENCE)) {
    throw new RangeError(`${what()} must be between £0 and £21,474,836.47 a week (got £${pounds})`);
  }
  return pence;
}
