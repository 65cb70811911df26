// Consumer prices index used to move money between price years (policy presets are set at their
// own price years; simulations report £ at the start year's prices).
import { powInt } from '../math/index.ts';

/** First calendar year in CPI_INDEX. */
export const CPI_FIRST_YEAR = 2008;

/**
 * CPI annual-average index, 2015 = 100, calendar years 2008 … 2030 [V to 2024: ONS series D7BT
 * annual rates 3.6, 2.2, 3.3, 4.5, 2.8, 2.6, 1.5, 0.0, 0.7, 2.7, 2.5, 1.8, 0.9, 2.6, 9.1, 7.3,
 * 2.5%]; [M] 2025 3.4% (ONS monthly releases to date), 2026 onwards 2.0% (Bank of England target).
 * A financial year uses the index of the calendar year it starts in.
 */
export const CPI_INDEX: readonly number[] = (() => {
  const rates = [
    0.036, 0.022, 0.033, 0.045, 0.028, 0.026, 0.015, 0.0, 0.007, 0.027, 0.025, 0.018, 0.009, 0.026,
    0.091, 0.073, 0.025, 0.034, 0.02, 0.02, 0.02, 0.02, 0.02,
  ];
  // Rates are each year's change on the year before; anchor 2015 = 100.
  const idx = new Array<number>(rates.length).fill(0);
  const base = 2015 - CPI_FIRST_YEAR;
  idx[base] = 100;
  for (let i = base + 1; i < rates.length; i++) idx[i] = idx[i - 1]! * (1 + rates[i]!);
  for (let i = base - 1; i >= 0; i--) idx[i] = idx[i + 1]! / (1 + rates[i + 1]!);
  return idx;
})();

/** CPI for a calendar year (clamped to the table, extrapolated at 2% beyond it). */
export function cpi(year: number): number {
  const last = CPI_FIRST_YEAR + CPI_INDEX.length - 1;
  if (year < CPI_FIRST_YEAR) return CPI_INDEX[0]!;
  if (year > last) return CPI_INDEX[CPI_INDEX.length - 1]! * powInt(1.02, year - last);
  return CPI_INDEX[year - CPI_FIRST_YEAR]!;
}

/** The calendar year a price year such as "2021-22" starts in. */
export const priceYearStart = (priceYear: string): number => Number(priceYear.slice(0, 4));

/** Factor that turns £ at `fromYear` prices into £ at `toYear` prices. */
export const priceFactor = (fromYear: number, toYear: number): number =>
  cpi(toYear) / cpi(fromYear);
