// The "Default: …" line of a field's help text, built from the value the field starts with and
// the doc's source, so a help text can never state another default than the one in use.
import type { ChoiceDoc, ParameterDoc } from '../../model/parameters/parameterDoc.ts';
import { formatValues, formatWithUnit, plainWords } from '../format.ts';

const sentence = (why: string): string => plainWords(why.trim()).replace(/\.$/, '');

/**
 * "Default: 12: a quick first run." `value` null: none set (`none` says how); `why` is where the
 * default comes from (normally the doc's source).
 */
export function defaultNote(
  doc: Pick<ParameterDoc, 'unit'>,
  value: number | null,
  why: string,
  none = 'none set',
): string {
  return `Default: ${value === null ? none : formatWithUnit(value, doc.unit)}: ${sentence(why)}.`;
}

/** "Default: −0.5% / 1% / 2.5% a year: …" for a triangular parameter's low, central and high. */
export function triangularNote(
  doc: Pick<ParameterDoc, 'unit'>,
  value: { low: number; central: number; high: number },
  why: string,
): string {
  return `Default: ${formatValues([value.low, value.central, value.high], doc.unit)}: ${sentence(why)}.`;
}

/** "Default: NI130 (all users on ongoing services): …" for a choice. */
export function choiceNote<V extends string>(doc: ChoiceDoc<V>, value: V, why: string): string {
  const label = doc.options.find((o) => o.value === value)?.label ?? value;
  return `Default: ${label}: ${sentence(why)}.`;
}
