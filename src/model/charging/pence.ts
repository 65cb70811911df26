// Money inside the charging rules is kept in whole pence, so stepping week by week and jumping
// over many weeks at once give exactly the same totals (no floating-point drift).

/** Pounds to whole pence. */
export const toPence = (pounds: number): number => Math.round(pounds * 100);

/** Whole pence to pounds. */
export const toPounds = (pence: number): number => pence / 100;
