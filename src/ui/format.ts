// Number formatting for the interface: pounds as £72,150, ranges and values with their unit.
import type { FieldDoc } from '../model/policy/field.ts';

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** £ to the nearest pound, e.g. £72,150 (never "-£0"). */
export function formatMoney(n: number): string {
  const r = Math.round(n);
  return pounds.format(r === 0 ? 0 : r);
}

/** A plain number with thousands separators and up to 2 decimals, e.g. 5,200 or 0.02. */
export const formatNumber = (n: number): string => plain.format(n);

/** Weeks as years with one decimal, e.g. 172 → "3.3". */
export const formatYears = (weeks: number): string => (weeks / 52).toFixed(1);

/** A value with its unit in words: £30.65 a week, 18 years, £86,000. */
export function formatWithUnit(n: number, unit: string): string {
  if (unit === '£') return `£${formatNumber(n)}`;
  if (unit === '£/week') return `£${formatNumber(n)} a week`;
  return `${formatNumber(n)} ${unit}`;
}

/** The allowed range of a documented field, e.g. "from £0 to £100,000,000". */
export const formatRange = (doc: FieldDoc): string =>
  `from ${formatWithUnit(doc.min, doc.unit)} to ${formatWithUnit(doc.max, doc.unit)}`;
