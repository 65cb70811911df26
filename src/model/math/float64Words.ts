// The two 32-bit halves of a double, read and written through one shared buffer (the fdlibm
// ports below work on them). Little-endian only, as the results hash already requires.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** High word (sign, exponent, top 20 bits of the significand) of `x`. */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[1]! | 0;
}

/** Low 32 bits of the significand of `x`. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[0]!;
}

/** The double whose high word is `hi` and low word `lo`. */
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi >>> 0;
  u32[0] = lo >>> 0;
  return f64[0]!;
}

/** `x` with its high word replaced by `hi`. */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[1] = hi >>> 0;
  return f64[0]!;
}
