// Documented policy fields: every parameter carries its unit, allowed range, meaning and source,
// so forms, error messages and exports can all say what a number is.
import { z } from 'zod';

export interface FieldDoc {
  /** Unit of the value, e.g. "£", "£/week", "weeks", "years". */
  unit: string;
  /** One-line meaning in the domain's words. */
  meaning: string;
  /** Allowed range, inclusive. */
  min: number;
  max: number;
}

/**
 * A finite number in [min, max], with its documentation attached as zod metadata. Both bounds go
 * in one `check` and the metadata straight into the registry: `.min().max().meta()` made four
 * schemas where two do, and the page builds some thirty of these before its first view.
 */
export function money(doc: FieldDoc) {
  const range = rangeText(doc);
  const schema = z
    .number({ error: `must be a number ${range}` })
    .check(z.gte(doc.min, { error: range }), z.lte(doc.max, { error: range }));
  z.globalRegistry.add(schema, { ...doc });
  return schema;
}

const fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "between 0 and 100,000 (£)": the allowed range in words, for messages and forms. */
export function rangeText(doc: Pick<FieldDoc, 'min' | 'max' | 'unit'>): string {
  return `between ${fmt.format(doc.min)} and ${fmt.format(doc.max)} (${doc.unit})`;
}
