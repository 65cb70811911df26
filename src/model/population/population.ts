// The synthetic population as a struct of typed-array columns (one entry per person), so that
// millions of people fit in memory and can be moved between workers without copying.

/** A block of synthetic people: persons `start … start + size − 1` of one cohort. */
export interface Population {
  readonly size: number;
  /** Index of the first person in the generator's index space for this cohort. */
  readonly start: number;
  /** 0 for the starting stock, else the calendar year in which the cohort entered. */
  readonly cohort: number;
  /** Calendar year whose prices the money columns are in. */
  readonly priceYear: number;
  /** Key of the person's career stream: `new Stream(careerKey[j])`. */
  readonly careerKey: Uint32Array;
  /** Real people each synthetic person stands for (1 = one-to-one). */
  readonly weight: Float32Array;
  /** Age in completed years at the start of the first simulated year. */
  readonly age: Uint8Array;
  /** 0 = male, 1 = female. */
  readonly sex: Uint8Array;
  /** Index into REGIONS (src/model/data/regions.ts). */
  readonly region: Uint8Array;
  /** Index into `councils` (src/model/councils/councils.ts), −1 if not assigned. */
  readonly council: Int16Array;
  /** 1 if living with a partner. */
  readonly couple: Uint8Array;
  /** 1 if the household owns its home. */
  readonly ownsHome: Uint8Array;
  /** Care-risk group: 0 = home owner, 1 = not (see CareParams.renterNeedRatio). */
  readonly riskGroup: Uint8Array;
  /** Value of the home, £ (whole home; 0 if not an owner). */
  readonly propertyValue: Float64Array;
  /** The person's own net financial assets, £ (half the household's if in a couple). */
  readonly financialAssets: Float64Array;
  /** The person's own gross income, £/week (state pension + private pension, or benefits). */
  readonly income: Float64Array;
  /** 1 if care needs began before 65 (working-age cohort): young-onset rules may apply. */
  readonly youngOnset: Uint8Array;
  /** Age at which care needs began, years; 255 = no care needs yet. */
  readonly onsetAge: Uint8Array;
  /** Care state at the start (CareState code). */
  readonly careState: Uint8Array;
  /** Completed years in the current spell (home care, or care home) at the start. */
  readonly spellYears: Uint8Array;
  /** A uniform draw in [0, 1) for share-type rules, e.g. NHS continuing healthcare if < share. */
  readonly chcRank: Float32Array;
}

/** Allocates an empty population of `size` people. */
export function allocatePopulation(
  size: number,
  start: number,
  cohort: number,
  priceYear: number,
): Population {
  return {
    size,
    start,
    cohort,
    priceYear,
    careerKey: new Uint32Array(size),
    weight: new Float32Array(size),
    age: new Uint8Array(size),
    sex: new Uint8Array(size),
    region: new Uint8Array(size),
    council: new Int16Array(size),
    couple: new Uint8Array(size),
    ownsHome: new Uint8Array(size),
    riskGroup: new Uint8Array(size),
    propertyValue: new Float64Array(size),
    financialAssets: new Float64Array(size),
    income: new Float64Array(size),
    youngOnset: new Uint8Array(size),
    onsetAge: new Uint8Array(size),
    careState: new Uint8Array(size),
    spellYears: new Uint8Array(size),
    chcRank: new Float32Array(size),
  };
}

/** Names of the per-person columns, in declaration order. */
export const COLUMNS = [
  'careerKey',
  'weight',
  'age',
  'sex',
  'region',
  'council',
  'couple',
  'ownsHome',
  'riskGroup',
  'propertyValue',
  'financialAssets',
  'income',
  'youngOnset',
  'onsetAge',
  'careState',
  'spellYears',
  'chcRank',
] as const;

/** Joins consecutive blocks of the same cohort into one (e.g. slices made by several workers). */
export function concatPopulations(parts: readonly Population[]): Population {
  const first = parts[0];
  if (!first) throw new Error('concatPopulations: no parts');
  const size = parts.reduce((s, p) => s + p.size, 0);
  const out = allocatePopulation(size, first.start, first.cohort, first.priceYear);
  let at = 0;
  for (const p of parts) {
    for (const c of COLUMNS)
      (out[c] as { set(a: ArrayLike<number>, o: number): void }).set(p[c], at);
    at += p.size;
  }
  return out;
}
