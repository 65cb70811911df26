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
  /**
   * Council: an index into `councils2010` (src/model/councils/councils.ts) in an England run, into
   * `councils2023` (src/model/data/councils2023.ts) in a council run; −1 if not assigned.
   */
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
  /**
   * The person's care-cost level, a standard normal draw: how many hours of home care, and how
   * dear a care home, their needs take against the average (see careCostFactor).
   */
  readonly careCost: Float32Array;
}

/**
 * Allocates an empty population of `size` people. The columns are views on one buffer (widest
 * elements first, so every column is aligned): one allocation instead of seventeen per block. A
 * task makes a block for the stock and one for each year's entrants, and in Chromium each buffer
 * counts towards the young-generation collections, which took a fifth of a worker's first tasks.
 */
export function allocatePopulation(
  size: number,
  start: number,
  cohort: number,
  priceYear: number,
): Population {
  const buffer = new ArrayBuffer(size * BYTES_PER_PERSON);
  let at = 0;
  const take = <T>(make: (b: ArrayBuffer, offset: number, n: number) => T, bytes: number): T => {
    const view = make(buffer, at, size);
    at += bytes * size;
    return view;
  };
  const f64 = (b: ArrayBuffer, o: number, n: number) => new Float64Array(b, o, n);
  const f32 = (b: ArrayBuffer, o: number, n: number) => new Float32Array(b, o, n);
  const u32 = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
  const i16 = (b: ArrayBuffer, o: number, n: number) => new Int16Array(b, o, n);
  const u8 = (b: ArrayBuffer, o: number, n: number) => new Uint8Array(b, o, n);
  const propertyValue = take(f64, 8);
  const financialAssets = take(f64, 8);
  const income = take(f64, 8);
  const careerKey = take(u32, 4);
  const weight = take(f32, 4);
  const chcRank = take(f32, 4);
  const careCost = take(f32, 4);
  const council = take(i16, 2);
  return {
    size,
    start,
    cohort,
    priceYear,
    careerKey,
    weight,
    age: take(u8, 1),
    sex: take(u8, 1),
    region: take(u8, 1),
    council,
    couple: take(u8, 1),
    ownsHome: take(u8, 1),
    riskGroup: take(u8, 1),
    propertyValue,
    financialAssets,
    income,
    youngOnset: take(u8, 1),
    onsetAge: take(u8, 1),
    careState: take(u8, 1),
    spellYears: take(u8, 1),
    chcRank,
    careCost,
  };
}

/** Bytes a person takes in a population: 3 × 8 + 4 × 4 + 2 + 10 × 1. */
const BYTES_PER_PERSON = 52;

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
  'careCost',
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
