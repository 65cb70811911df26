// The zod schema of a documented choice: one of its options' values, with the doc as metadata.
import { z } from 'zod';
import type { ChoiceDoc } from './parameterDoc.ts';

/** One of `doc`'s values, in the doc's order; `error` replaces zod's message when given. */
export function choiceSchema<V extends string>(doc: ChoiceDoc<V>, error?: string) {
  const values = doc.options.map((o) => o.value);
  return z.enum(values, error === undefined ? undefined : { error }).meta({ ...doc });
}
