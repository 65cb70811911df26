// cos(2πt) and sin(2πt) computed by our own code, identical in every JavaScript engine (Math.cos
// and Math.sin differ between V8 versions: Chromium now uses glibc-derived trigonometry). The
// angle is given in turns, so the reduction to |x| ≤ π/4 is exact; the kernels are fdlibm's
// k_cos.c and k_sin.c (Sun Microsystems, 1993, freely distributable), error below one ulp on it.
import { fromWords, highWord } from './float64Words.ts';

const TWO_PI = 6.283185307179586;
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

/** sin x for |x| ≤ π/4 (fdlibm __kernel_sin with no tail). */
function kernelSin(x: number): number {
  if ((highWord(x) & 0x7fffffff) < 0x3e400000) return x; // |x| < 2⁻²⁷
  const z = x * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + z * x * (S1 + z * r);
}

/** cos x for |x| ≤ π/4 (fdlibm __kernel_cos with no tail). */
function kernelCos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1; // |x| < 2⁻²⁷
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - z * r); // |x| < 0.3
  // qx = |x|/4 rounded to its high word (0.28125 above 0.78125), for an exact 1 − qx.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  return 1 - qx - (0.5 * z - qx - z * r);
}

/**
 * cos(2πt) and sin(2πt) for a finite angle `t` in turns, written into `out` as [cos, sin]: one
 * reduction for both, as Box–Muller needs. t − q/4 is exact for the quarter-turn q nearest t.
 */
export function cosSinTurns(t: number, out: Float64Array): void {
  const q = Math.round(t * 4);
  const x = (t - q * 0.25) * TWO_PI; // |x| ≤ π/4
  const c = kernelCos(x);
  const s = kernelSin(x);
  switch (q & 3) {
    case 0:
      out[0] = c;
      out[1] = s;
      break;
    case 1:
      out[0] = -s;
      out[1] = c;
      break;
    case 2:
      out[0] = -c;
      out[1] = -s;
      break;
    default:
      out[0] = s;
      out[1] = -c;
  }
}

/** cos(2πt) for a finite angle `t` in turns. */
export function cosTurns(t: number): number {
  const q = Math.round(t * 4);
  const x = (t - q * 0.25) * TWO_PI;
  switch (q & 3) {
    case 0:
      return kernelCos(x);
    case 1:
      return -kernelSin(x);
    case 2:
      return -kernelCos(x);
    default:
      return kernelSin(x);
  }
}
