// Looking up yearly price indices, with growth beyond the last year held: the uprating used to
// move fees, house values, savings and incomes between years.
import { priceFactor } from '../data/consumerPrices.ts';
import { HOUSE_PRICE_INDEX, INDEX_FIRST_YEAR } from '../data/wealth.ts';
import { powInt } from '../math/index.ts';

/**
 * Value of a yearly `table` starting at `firstYear` for `year`: clamped to the first year below
 * the table, and grown at `growth` a year (compound) beyond its last year.
 */
export function indexAt(
  table: readonly number[],
  firstYear: number,
  year: number,
  growth = 0,
): number {
  const last = firstYear + table.length - 1;
  if (year <= firstYear) return table[0] ?? 1;
  if (year <= last) return table[year - firstYear] ?? 1;
  return (table[table.length - 1] ?? 1) * powInt(1 + growth, year - last);
}

/** Ratio of house prices between calendar years (to / from), flat beyond the table. */
export function houseUprating(from: number, to: number): number {
  return (
    indexAt(HOUSE_PRICE_INDEX, INDEX_FIRST_YEAR, to) /
    indexAt(HOUSE_PRICE_INDEX, INDEX_FIRST_YEAR, from)
  );
}

/** Ratio of consumer prices between calendar years (to / from), CPI (src/model/data/consumerPrices.ts). */
export function cpiUprating(from: number, to: number): number {
  return priceFactor(from, to);
}
