// The standard normal distribution: Φ and its inverse, which turns shares into thresholds and
// uniform draws into normal ones (one uniform each, so a person's draws keep a fixed count).
import { exp } from './exp.ts';
import { log } from './log.ts';

/** Standard normal cumulative distribution Φ(x) (Zelen & Severo 26.2.17, |error| < 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly =
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = 0.3989422804014327 * exp(-0.5 * x * x) * poly;
  return x >= 0 ? 1 - tail : tail;
}

// Acklam's coefficients (https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/).
const A0 = -39.69683028665376;
const A1 = 220.9460984245205;
const A2 = -275.9285104469687;
const A3 = 138.357751867269;
const A4 = -30.66479806614716;
const A5 = 2.506628277459239;
const B0 = -54.47609879822406;
const B1 = 161.5858368580409;
const B2 = -155.6989798598866;
const B3 = 66.80131188771972;
const B4 = -13.28068155288572;
const C0 = -0.007784894002430293;
const C1 = -0.3223964580411365;
const C2 = -2.400758277161838;
const C3 = -2.549732539343734;
const C4 = 4.374664141464968;
const C5 = 2.938163982698783;
const D0 = 0.007784695709041462;
const D1 = 0.3224671290700398;
const D2 = 2.445134137142996;
const D3 = 3.754408661907416;
const LOW_TAIL = 0.02425;

/**
 * Inverse of Φ for p in (0, 1) (Acklam's rational approximation, relative error < 1.2e-9): a
 * rational function in the centre, one log and one square root in each 2.4% tail.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < LOW_TAIL || p > 1 - LOW_TAIL) {
    const q = Math.sqrt(-2 * log(p < LOW_TAIL ? p : 1 - p));
    const x =
      (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) /
      ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
    return p < LOW_TAIL ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q) /
    (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1)
  );
}
