// Variance-based (Sobol) sensitivity indices, written small by hand: Saltelli's sampling design,
// Jansen's estimators of first-order and total indices, and bootstrap confidence intervals. Pure
// functions on numbers, no I/O; the model is anything that maps a point of [0, 1)^k to a number.
//
// References: Saltelli A. et al. (2010) "Variance based sensitivity analysis of model output.
// Design and estimator for the total sensitivity index", Computer Physics Communications 181,
// 259–270 (the A, B, A_B^i design and Table 2's estimators (b) and (f)); Jansen M.J.W. (1999)
// "Analysis of variance designs for model output", Computer Physics Communications 117, 35–43.
import { deriveKey, hashSeed, Stream } from '../rng.ts';

/** Stream tag for the base matrices (distinct from the engine's streams). */
const SOBOL_STREAM = 0x736f626f;
/** Stream tag for bootstrap resampling. */
const BOOTSTRAP_STREAM = 0x626f6f74;

/**
 * Saltelli's design for k inputs and base sample size N: matrices A and B (N rows of k uniforms
 * in [0, 1)), and for each input i the matrix A_B^i, which is A with column i taken from B.
 */
export interface SaltelliDesign {
  k: number;
  n: number;
  /** Row-major N × k. */
  a: Float64Array;
  b: Float64Array;
}

/**
 * The base matrices from a pseudo-random stream (rng.ts's sfc32) keyed by `seed`: row j of A then
 * row j of B, so a larger N extends a smaller one's rows.
 */
export function saltelliDesign(k: number, n: number, seed: string): SaltelliDesign {
  if (!(Number.isInteger(k) && k >= 1))
    throw new Error('saltelliDesign: k must be a whole number ≥ 1');
  if (!(Number.isInteger(n) && n >= 2))
    throw new Error('saltelliDesign: N must be a whole number ≥ 2');
  const st = new Stream(deriveKey(hashSeed(seed), SOBOL_STREAM, k));
  const a = new Float64Array(n * k);
  const b = new Float64Array(n * k);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) a[j * k + i] = st.next();
    for (let i = 0; i < k; i++) b[j * k + i] = st.next();
  }
  return { k, n, a, b };
}

/** Which matrix a model run's point comes from: A, B, or A_B^i (`ab` with `input` i). */
export type Block = { kind: 'a' } | { kind: 'b' } | { kind: 'ab'; input: number };

/** Model runs of the design: N(k + 2) points, row by row: A_j, B_j, A_B^1_j, …, A_B^k_j. */
export const designRuns = (d: Pick<SaltelliDesign, 'k' | 'n'>): number => d.n * (d.k + 2);

/** Run `r` of the design (0 ≤ r < N(k + 2)): its row, block and point in [0, 1)^k. */
export function designPoint(
  d: SaltelliDesign,
  r: number,
): { row: number; block: Block; u: number[] } {
  const per = d.k + 2;
  const row = Math.floor(r / per);
  const c = r % per;
  const a = Array.from(d.a.subarray(row * d.k, (row + 1) * d.k));
  const b = Array.from(d.b.subarray(row * d.k, (row + 1) * d.k));
  if (c === 0) return { row, block: { kind: 'a' }, u: a };
  if (c === 1) return { row, block: { kind: 'b' }, u: b };
  const input = c - 2;
  a[input] = b[input]!;
  return { row, block: { kind: 'ab', input }, u: a };
}

/** Model outputs of the design's runs, split by block: f(A), f(B) and f(A_B^i) for each i. */
export interface DesignOutputs {
  fa: Float64Array;
  fb: Float64Array;
  /** fab[i][j] = f(A_B^i) at row j. */
  fab: Float64Array[];
}

/** Splits outputs given in run order (`designPoint` order) into blocks. */
export function splitOutputs(
  d: Pick<SaltelliDesign, 'k' | 'n'>,
  y: ArrayLike<number>,
): DesignOutputs {
  if (y.length !== designRuns(d))
    throw new Error(`splitOutputs: ${y.length} outputs for ${designRuns(d)} runs`);
  const per = d.k + 2;
  const fa = new Float64Array(d.n);
  const fb = new Float64Array(d.n);
  const fab = Array.from({ length: d.k }, () => new Float64Array(d.n));
  for (let j = 0; j < d.n; j++) {
    fa[j] = y[j * per]!;
    fb[j] = y[j * per + 1]!;
    for (let i = 0; i < d.k; i++) fab[i]![j] = y[j * per + 2 + i]!;
  }
  return { fa, fb, fab };
}

export interface SobolEstimate {
  /** First-order index of each input. */
  first: number[];
  /** Total index of each input. */
  total: number[];
  /** Variance of the output over A and B together. */
  variance: number;
  mean: number;
}

/**
 * Jansen's estimators over rows `rows` (default all, in order; a bootstrap passes a resample):
 *   V    = variance of f over A and B together (2N values),
 *   S_i  = 1 − Σ_j (f(B)_j − f(A_B^i)_j)² / (2 N V),
 *   ST_i = Σ_j (f(A)_j − f(A_B^i)_j)² / (2 N V).
 * With V = 0 (an output that does not vary) every index is NaN.
 */
export function jansen(o: DesignOutputs, rows?: ArrayLike<number>): SobolEstimate {
  const n = rows ? rows.length : o.fa.length;
  const at = rows ? (j: number) => rows[j]! : (j: number) => j;
  let sum = 0;
  for (let j = 0; j < n; j++) sum += o.fa[at(j)]! + o.fb[at(j)]!;
  const mean = sum / (2 * n);
  let ss = 0;
  for (let j = 0; j < n; j++) {
    const x = o.fa[at(j)]! - mean;
    const y = o.fb[at(j)]! - mean;
    ss += x * x + y * y;
  }
  const variance = ss / (2 * n - 1);
  const first: number[] = [];
  const total: number[] = [];
  for (const fab of o.fab) {
    let s1 = 0;
    let st = 0;
    for (let j = 0; j < n; j++) {
      const r = at(j);
      const db = o.fb[r]! - fab[r]!;
      const da = o.fa[r]! - fab[r]!;
      s1 += db * db;
      st += da * da;
    }
    first.push(variance > 0 ? 1 - s1 / (2 * n * variance) : NaN);
    total.push(variance > 0 ? st / (2 * n * variance) : NaN);
  }
  return { first, total, variance, mean };
}

/** A point estimate with its bootstrap percentile interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface SobolResult {
  first: Interval[];
  total: Interval[];
  variance: number;
  mean: number;
  /** Bootstrap resamples and the interval's level (e.g. 0.95). */
  resamples: number;
  level: number;
}

/** The q-quantile of sorted values, ignoring NaN. */
function quantile(sorted: number[], q: number): number {
  const s = sorted.filter((x) => !Number.isNaN(x));
  if (!s.length) return NaN;
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
}

/**
 * Jansen's indices with bootstrap percentile intervals: `resamples` resamples of the N rows with
 * replacement (each row keeps its A, B and A_B^i outputs together), drawn from a stream keyed by
 * `seed`, so the intervals are reproducible.
 */
export function sobolIndices(
  o: DesignOutputs,
  options: { resamples?: number; level?: number; seed?: string } = {},
): SobolResult {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const point = jansen(o);
  const n = o.fa.length;
  const k = o.fab.length;
  const firsts = Array.from({ length: k }, () => [] as number[]);
  const totals = Array.from({ length: k }, () => [] as number[]);
  const st = new Stream(deriveKey(hashSeed(options.seed ?? ''), BOOTSTRAP_STREAM, n));
  const rows = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(st.next() * n);
    const e = jansen(o, rows);
    for (let i = 0; i < k; i++) {
      firsts[i]!.push(e.first[i]!);
      totals[i]!.push(e.total[i]!);
    }
  }
  const tail = (1 - level) / 2;
  const interval = (estimate: number, draws: number[]): Interval => {
    const s = [...draws].sort((x, y) => x - y);
    return { estimate, low: quantile(s, tail), high: quantile(s, 1 - tail) };
  };
  return {
    first: point.first.map((e, i) => interval(e, firsts[i]!)),
    total: point.total.map((e, i) => interval(e, totals[i]!)),
    variance: point.variance,
    mean: point.mean,
    resamples,
    level,
  };
}
