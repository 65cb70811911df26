// The one place randomness is created (MODEL.md §6). Every stream is derived from a text seed
// and integer keys (replicate, slice, person…), so results never depend on how work is split.
import seedrandom from 'seedrandom';
import { exp, normalQuantile } from './math/index.ts';

let lastSeedText: string | null = null;
let lastSeedKey = 0;

/**
 * The 32-bit root key of a text seed: the first output of seedrandom's Alea generator seeded
 * with the text (Baagøe's Mash hash mixes every character in; it uses only exact arithmetic, so
 * the key is the same in every JavaScript engine). Per-person streams come from this key through
 * splitmix32 and sfc32 below, 40 times cheaper to start than an Alea generator each
 * (npm run bench). The last text's key is kept: a run asks for it once per replicate and council.
 */
export function hashSeed(text: string): number {
  if (text !== lastSeedText) {
    lastSeedKey = seedrandom.alea(text).int32() >>> 0;
    lastSeedText = text;
  }
  return lastSeedKey;
}

/** splitmix32 finaliser: a bijective 32-bit mixer (Steele, Lea & Flood 2014). */
function mix32(x: number): number {
  return mix32i(x) >>> 0;
}

/**
 * mix32's bits as a signed 32-bit integer. Hot paths use this form: a result above 2³¹ returned
 * from a call V8 does not inline is boxed as a heap number, a signed one never is.
 */
function mix32i(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return x ^ (x >>> 15);
}

/** deriveStep's bits as a signed 32-bit integer (see mix32i). */
function deriveStepI(h: number, k: number): number {
  return mix32i(h ^ mix32i(k >>> 0) ^ Math.imul(k / 0x100000000, 0x85ebca6b));
}

/** Derives a 32-bit key from a base key and integer path, e.g. deriveKey(seed, replicate, person). */
export function deriveKey(base: number, ...path: number[]): number {
  let h = mix32(base);
  for (const k of path) h = deriveStep(h, k);
  return h;
}

/**
 * One step of `deriveKey`'s path: deriveKey(b, x, y) = deriveStep(deriveStep(keyRoot(b), x), y).
 * Hot loops take the common prefix once and one step per person, allocating nothing.
 */
export function deriveStep(h: number, k: number): number {
  return deriveStepI(h, k) >>> 0;
}

/** The start of `deriveKey`'s path: deriveKey(b) = keyRoot(b). */
export const keyRoot = (base: number): number => mix32(base);

/** deriveKey(base, k) without the rest-parameter array: for per-person hot paths. */
export const deriveKey1 = (base: number, k: number): number => deriveStep(mix32(base), k);

/**
 * Whether deriveKey1(base, k) / 2³² < share: a per-person draw with probability `share`, from
 * the person's key and a tag of its own. A boolean, not the key, so no number is boxed per person.
 */
export function keyBelow(base: number, k: number, share: number): boolean {
  return deriveStepI(mix32i(base), k) >>> 0 < share * 0x100000000;
}

/**
 * deriveKey1(base, k) / 2³²: a per-person uniform in [0, 1) for a draw compared with a share that
 * changes from year to year (`keyUniform(base, k) < share` is `keyBelow(base, k, share)`), taken
 * once instead of every year.
 */
export function keyUniform(base: number, k: number): number {
  return (deriveStepI(mix32i(base), k) >>> 0) / 0x100000000;
}

/**
 * keyUniform's draw as the signed 32-bit integer it comes from, for hot paths: an integer returned
 * from a call is never boxed, a double is. `drawBelow(keyDraw(base, k), share)` is
 * `keyUniform(base, k) < share` (both scale by 2³², exactly).
 */
export function keyDraw(base: number, k: number): number {
  return deriveStepI(mix32i(base), k);
}

/** Whether a draw of keyDraw is below `share`, as keyBelow compares. */
export function drawBelow(draw: number, share: number): boolean {
  return draw >>> 0 < share * 0x100000000;
}

/**
 * A small, fast pseudo-random stream (sfc32, from PractRand) whose state lives in class fields,
 * cheap to create per person. `next()` returns a float in [0, 1) with 32 bits of randomness.
 */
export class Stream {
  // Declared, not defined: fields defined as `undefined` first would box every update (V8).
  declare private a: number;
  declare private b: number;
  declare private c: number;
  declare private d: number;

  constructor(key: number) {
    this.reseed(key);
  }

  /** Makes this the stream `new Stream(key)` would be: hot loops reuse one object per loop. */
  reseed(key: number): this {
    // Int32 locals throughout, and the 12 discarded outputs stepped here rather than through
    // nextUint32, whose result would be boxed (docs/performance.md).
    let a = mix32i(key ^ 0x243f6a88);
    let b = mix32i(key ^ 0x85a308d3);
    let c = mix32i(key ^ 0x13198a2e);
    let d = 1;
    for (let i = 0; i < 12; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return this;
  }

  /** A uniform 32-bit unsigned integer: the generator's output itself (next() × 2³², exactly). */
  nextUint32(): number {
    return this.next() * 4294967296;
  }

  /**
   * A uniform float in [0, 1): the generator's 32-bit output / 2³². The step is written out here,
   * not called, so V8 inlines it whole and boxes no 32-bit result (docs/performance.md).
   */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A uniform float in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /**
   * A normal draw from one uniform, by the inverse of Φ at the middle of the uniform's 2⁻³² step
   * (never 0 or 1, so |z| < 6.3): one draw per call keeps every stream's count fixed.
   */
  normal(mean = 0, sd = 1): number {
    return mean + sd * normalQuantile(this.next() + 1.1641532182693481e-10);
  }

  /** A log-normal draw whose log has the given mean and standard deviation. */
  logNormal(mu: number, sigma: number): number {
    return exp(this.normal(mu, sigma));
  }

  /** An index drawn from cumulative weights `cdf` (ascending, last = total). */
  pick(cdf: ArrayLike<number>): number {
    const u = this.next() * (cdf[cdf.length - 1] ?? 0);
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < (cdf[mid] ?? 0)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A stream for (seed text, ...keys): the standard way to get randomness in the engine. */
export function streamFor(seed: string, ...keys: number[]): Stream {
  return new Stream(deriveKey(hashSeed(seed), ...keys));
}
