// The documentation of a parameter as plain data: label, unit, allowed range, meaning and source.
// Schemas (numberSchema.ts), form fields and docs/parameters.md are all derived from it; it holds
// no zod, so the engine's workers can read defaults without building a schema.

/** A numeric parameter: how a form shows it, what is allowed, what it means, where it comes from. */
export interface ParameterDoc {
  /** Short name as a form shows it, without the unit, e.g. "Lower capital limit". */
  label: string;
  /** Unit of the value, e.g. "£", "£/week", "weeks", "year", "share". */
  unit: string;
  /** Allowed range, inclusive. */
  min: number;
  max: number;
  /** One line in the domain's words. */
  meaning: string;
  /**
   * Where the value or default comes from, with MODEL.md's tags: [V] verified, [V2] secondary,
   * [M] a modelling choice (with its reason); or "derived" / "calibrated".
   */
  source: string;
  /** Only whole numbers are allowed. */
  integer?: boolean;
  /** Step of a form's number input, in the value's own unit (a share's step is a share). */
  step?: number;
  /** A share (0.25) that forms show as a percentage (25%). */
  percent?: boolean;
  /** The value used when none is given (a scenario file's default), if there is one. */
  default?: number;
}

/** A parameter with a plausible range: the default triangular distribution or central value. */
export interface TriangularDoc extends ParameterDoc {
  /** Lowest plausible, central (the default) and highest plausible; min ≤ low ≤ central ≤ high ≤ max. */
  low: number;
  central: number;
  high: number;
}

interface OtherDocBase {
  label: string;
  meaning: string;
  source: string;
}

/** A parameter that takes one of a few named values (a zod enum). */
export interface ChoiceDoc<V extends string = string> extends OtherDocBase {
  kind: 'choice';
  /** The values in the schema's order, each with the label a form shows. */
  options: readonly { value: V; label: string }[];
  default?: V;
}

/** A yes/no parameter. */
export interface FlagDoc extends OtherDocBase {
  kind: 'flag';
  default?: boolean;
}

/** A text parameter (the seed). */
export interface TextDoc extends OtherDocBase {
  kind: 'text';
  minLength: number;
  maxLength: number;
  default?: string;
}

/** The documentation of a parameter that is not a number. */
export type OtherParameterDoc = ChoiceDoc | FlagDoc | TextDoc;

/** The documentation of any parameter. */
export type AnyParameterDoc = ParameterDoc | OtherParameterDoc;

export const isNumberDoc = (d: AnyParameterDoc): d is ParameterDoc => !('kind' in d);

const fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "between 0 and 100,000 (£)": the allowed range in words, for messages and forms. */
export function rangeText(doc: Pick<ParameterDoc, 'min' | 'max' | 'unit'>): string {
  return `between ${fmt.format(doc.min)} and ${fmt.format(doc.max)} (${doc.unit})`;
}

/** The message for a number that is not whole: "must be a whole number between 1 and 50". */
export const integerText = (doc: Pick<ParameterDoc, 'min' | 'max'>): string =>
  `must be a whole number between ${doc.min} and ${doc.max}`;

/**
 * Whether `n` is allowed: a finite number in [min, max], whole if the doc says so. Exactly what
 * numberSchema(doc) accepts (a test checks it), without building the schema.
 */
export function isAllowed(doc: Pick<ParameterDoc, 'min' | 'max' | 'integer'>, n: number): boolean {
  return (
    Number.isFinite(n) && n >= doc.min && n <= doc.max && (!doc.integer || Number.isInteger(n))
  );
}

/** The three values of a triangular parameter, in order. */
export const triangularParts = ['low', 'central', 'high'] as const;
export type TriangularPart = (typeof triangularParts)[number];

const partWords: Record<TriangularPart, [label: string, meaning: string]> = {
  low: ['low', 'lowest plausible'],
  central: ['central', 'central'],
  high: ['high', 'highest plausible'],
};

/** The doc of one value of a triangular parameter: "Fee growth: low", "…: lowest plausible". */
export function triangularPartDoc(doc: ParameterDoc, part: TriangularPart): ParameterDoc {
  const [label, meaning] = partWords[part];
  const { default: _default, ...rest } = doc;
  void _default;
  return { ...rest, label: `${doc.label}: ${label}`, meaning: `${doc.meaning}: ${meaning}` };
}
