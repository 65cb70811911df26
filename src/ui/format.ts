// Number formatting for the interface: pounds as £72,150, ranges and values with their unit.
import type { ParameterDoc } from '../model/parameters/parameterDoc.ts';

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

/**
 * How a unit reads around a number: a prefix (£), a scale and a mark on each number (a share is
 * × 100 and %), and a suffix said once (" a week"). "year" numbers have no thousands separator.
 */
function unitParts(unit: string): { prefix: string; scale: number; mark: string; suffix: string } {
  const parts = (prefix: string, scale: number, mark: string, suffix: string) => ({
    prefix,
    scale,
    mark,
    suffix,
  });
  if (unit === '£') return parts('£', 1, '', '');
  if (unit === '£/week') return parts('£', 1, '', ' a week');
  if (unit === '£ a year') return parts('£', 1, '', ' a year');
  if (unit === 'share') return parts('', 100, '%', '');
  if (unit === 'share a year') return parts('', 100, '%', ' a year');
  if (unit === 'year') return parts('', 1, '', '');
  return parts('', 1, '', ` ${unit}`);
}

function bare(n: number, unit: string): string {
  const { prefix, scale, mark } = unitParts(unit);
  const v = n * scale;
  const digits = unit === 'year' ? String(Math.abs(v)) : formatNumber(Math.abs(v));
  return `${v < 0 ? '−' : ''}${prefix}${digits}${mark}`;
}

/** A value with its unit in words: £30.65 a week, 18 years, £86,000, 70%. */
export const formatWithUnit = (n: number, unit: string): string =>
  `${bare(n, unit)}${unitParts(unit).suffix}`;

/** Several values in one unit, the unit said once: "−0.5% / 1% / 2.5% a year". */
export const formatValues = (values: readonly number[], unit: string): string =>
  `${values.map((v) => bare(v, unit)).join(' / ')}${unitParts(unit).suffix}`;

/** The allowed range of a documented field, e.g. "from £0 to £100,000,000". */
export const formatRange = (doc: Pick<ParameterDoc, 'min' | 'max' | 'unit'>): string =>
  `from ${formatWithUnit(doc.min, doc.unit)} to ${formatWithUnit(doc.max, doc.unit)}`;

/** The unit a form shows after a field's label: a share shown as a percentage reads "%". */
export const displayUnit = (doc: Pick<ParameterDoc, 'unit' | 'percent'>): string =>
  doc.percent ? doc.unit.replace(/^(share|fraction)/, '%') : doc.unit;

/** The price base of a simulation starting in `startYear`, e.g. "2026-27 prices". */
export const priceBase = (startYear: number): string =>
  `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} prices`;

// One formatter per number of decimals, made on first use: making an Intl.NumberFormat costs far
// more than formatting with one, and the views format thousands of numbers as results arrive.
const formatters: Intl.NumberFormat[] = [];
const sig = (n: number, digits: number): string =>
  (formatters[digits] ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })).format(
    n,
  );

/** Large sums of money, short: £1.23 bn, £345 m, £12k, £850 (sign kept, never "-£0"). */
export function formatMoneyShort(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 && a >= 0.5 ? '−' : '';
  if (a >= 1e9) return `${sign}£${sig(a / 1e9, a >= 1e11 ? 0 : a >= 1e10 ? 1 : 2)} bn`;
  if (a >= 1e6) return `${sign}£${sig(a / 1e6, a >= 1e8 ? 0 : 1)} m`;
  if (a >= 1e4) return `${sign}£${sig(a / 1e3, 0)}k`;
  if (a >= 1e3) return `${sign}£${sig(a / 1e3, 1)}k`;
  return `${sign}£${sig(a, 0)}`;
}

/** Axis ticks for money: £1.5bn, £300m, £20k. */
export function formatMoneyTick(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e9) return `${sign}£${sig(a / 1e9, 2)}bn`;
  if (a >= 1e6) return `${sign}£${sig(a / 1e6, 1)}m`;
  if (a >= 1e3) return `${sign}£${sig(a / 1e3, 1)}k`;
  return `${sign}£${sig(a, 0)}`;
}

/** Counts of people, short: 1.2 m, 45,300, 850. */
export function formatPeople(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 && Math.round(a) > 0 ? '−' : '';
  if (a >= 1e6) return `${sign}${sig(a / 1e6, 2)} m`;
  if (a >= 1e4) return `${sign}${sig(Math.round(a / 100) * 100, 0)}`;
  return `${sign}${sig(Math.round(a), 0)}`;
}

/** A share as a percentage: 0.123 → "12.3%"; points for differences with `points`. */
export function formatShare(n: number, options: { points?: boolean; digits?: number } = {}) {
  const v = n * 100;
  const d = options.digits ?? (Math.abs(v) < 10 ? 1 : 0);
  const text = sig(Math.abs(v) < 0.05 && d <= 1 ? 0 : v, d).replace('-', '−');
  return options.points ? `${text} pts` : `${text}%`;
}

/** A signed value for differences: "+£1.2 bn", "−3.1 pts". */
export const signed = (n: number, text: string): string =>
  n > 0 && !text.startsWith('+') ? `+${text}` : text;

/**
 * A source or meaning in the interface's words: the source tags of the docs ([V], [V2], [M], with
 * or without a note) as plain words the panel's source note explains.
 */
export function plainWords(text: string): string {
  return text
    .replace(/\[V2: ([^\]]*)\]/g, '(secondary source: $1)')
    .replace(/\[V: ([^\]]*)\]/g, '(published source: $1)')
    .replace(/\[M: ([^\]]*)\]/g, '(model assumption: $1)')
    .replace(/\[V2\]/g, '(secondary source)')
    .replace(/\[V\]/g, '(published source)')
    .replace(/\[M\]/g, '(model assumption)');
}
