// The natural logarithm computed by our own code, identical in every JavaScript engine (see
// exp.ts). fdlibm's e_log.c (Sun Microsystems, 1993, freely distributable): error < 1 ulp, only
// + − × ÷ and the bits of x, read and written through one shared buffer (little-endian, as the
// results hash already requires).

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

const f64 = new Float64Array(1);
/** [low word, high word] of f64[0]. */
const words = new Int32Array(f64.buffer);

/** ln x, identical on every platform (fdlibm's algorithm; error below one unit in the last place). */
export function log(x: number): number {
  f64[0] = x;
  let hx = words[1]!;
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2⁻¹⁰²²: zero, negative or subnormal.
    if (((hx & 0x7fffffff) | words[0]!) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    f64[0] = x * TWO54;
    hx = words[1]!;
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // x (or x/2) normalised into [√2/2, √2): ln x = k·ln2 + ln(1 + f).
  words[1] = hx | (i ^ 0x3ff00000);
  k += i >> 20;
  const f = f64[0]! - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2⁻²⁰
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}
