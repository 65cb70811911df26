// The pension-credit qualifying age by calendar year, from its dated series: where the MIG's
// pension-age band starts (MODEL.md §2). A table, so the engine never searches the series.
import { pensionCreditAge, valueAt } from '../parameters/datedValues.ts';

/** First calendar year of `PENSION_CREDIT_AGE`. */
const PENSION_AGE_FROM = 1948;
/** Pension-credit qualifying age in each year from 1948 to 2199, at 1 April (datedValues.ts). */
const PENSION_CREDIT_AGE = Int32Array.from({ length: 252 }, (_, k) =>
  valueAt(pensionCreditAge, `${PENSION_AGE_FROM + k}-04-01`),
);

/** The pension-credit qualifying age in calendar year `year` (clamped to the table's years). */
export function pensionCreditAgeIn(year: number): number {
  const k = Math.min(PENSION_CREDIT_AGE.length - 1, Math.max(0, year - PENSION_AGE_FROM));
  return PENSION_CREDIT_AGE[k]!;
}
