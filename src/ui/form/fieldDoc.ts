// Reads the documentation (unit, range, meaning) that the model attaches to its zod schemas, and
// turns a schema into the validity check a form field uses.
import type { z } from 'zod';
import type { FieldDoc } from '../../model/policy/field.ts';

interface Wrapper {
  unwrap?: () => z.ZodType;
}

/** The FieldDoc stored as zod metadata on `schema`, looking through default/optional/nullable. */
export function docOf(schema: z.ZodType): FieldDoc {
  let s: z.ZodType | undefined = schema;
  while (s) {
    const meta = s.meta();
    if (meta && typeof meta.unit === 'string' && typeof meta.min === 'number') {
      return meta as unknown as FieldDoc;
    }
    s = (s as Wrapper).unwrap?.();
  }
  throw new Error('schema has no FieldDoc metadata');
}

/** A predicate that accepts exactly the values `schema` accepts. */
export const checkWith =
  (schema: z.ZodType) =>
  (value: unknown): boolean =>
    schema.safeParse(value).success;
