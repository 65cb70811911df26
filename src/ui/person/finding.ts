// The sentence a Person chart leads with: when the cap is reached and what was paid by then, or
// where capital ends up if it never is.
import type { Summary } from '../../model/calculator/schema.ts';
import { formatMoney, formatYears } from '../format.ts';

/** e.g. "Cap reached after 3.3 years; £139,400 paid by then". */
export function finding(s: Summary): string {
  if (s.capReached && s.weeksToCap !== null) {
    return `Cap reached after ${formatYears(s.weeksToCap)} years; ${formatMoney(s.personPaidToCap ?? 0)} paid by then`;
  }
  const end = `capital falls to ${formatMoney(s.capitalLeft)} after ${formatYears(s.weeks)} years`;
  return s.cap === null ? `No cap: ${end}` : `Cap not reached: ${end}`;
}
