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

/** A finite number in [min, max], with its documentation attached as zod metadata. */
export function money(doc: FieldDoc) {
  return z
    .number({ error: `must be a number of ${doc.unit} between ${doc.min} and ${doc.max}` })
    .min(doc.min, { error: `must be between ${doc.min} and ${doc.max} ${doc.unit}` })
    .max(doc.max, { error: `must be between ${doc.min} and ${doc.max} ${doc.unit}` })
    .meta({ ...doc });
}
