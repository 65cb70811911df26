// The zod schema of a documented number: years, weeks, shares and money alike.
import { z } from 'zod';
import { integerText, rangeText, type ParameterDoc } from './parameterDoc.ts';

/**
 * A finite number in [min, max] (whole when `doc.integer`), with `doc` attached as zod metadata.
 * Both bounds go in one `check` and the metadata straight into the registry: `.min().max().meta()`
 * made four schemas where two do, and the page builds some forty of these before its first view.
 */
export function numberSchema(doc: ParameterDoc) {
  const range = rangeText(doc);
  const bounded = z
    .number({ error: `must be a number ${range}` })
    .check(z.gte(doc.min, { error: range }), z.lte(doc.max, { error: range }));
  const schema = doc.integer ? bounded.int({ error: integerText(doc) }) : bounded;
  z.globalRegistry.add(schema, { ...doc });
  return schema;
}
