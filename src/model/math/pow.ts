// Powers computed by our own code, identical in every JavaScript engine (Math.pow and `**`
// differ in the last bit between V8 versions, and V8 folds constant powers differently).
import { exp } from './exp.ts';
import { log } from './log.ts';

/**
 * x^n for a whole number n, by repeated squaring: only multiplications (and one division for
 * negative n), so the same bits everywhere. Exact for small integers; a few ulps otherwise.
 */
export function powInt(x: number, n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`powInt: exponent ${n} is not a whole number`);
  let m = n < 0 ? -n : n;
  let result = 1;
  let base = x;
  while (m > 0) {
    if (m & 1) result *= base;
    m = Math.floor(m / 2);
    if (m > 0) base *= base;
  }
  return n < 0 ? 1 / result : result;
}

/**
 * x^y for x > 0 (any real y) as e^(y·ln x) with our exp and log: the same bits everywhere, with
 * a relative error of about |y·ln x| × 2⁻⁵³ (a few ulps for the model's growth factors and
 * elasticities). Whole-number exponents go through powInt.
 */
export function pow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 1024) return powInt(x, y);
  if (!(x > 0)) {
    if (x === 0) return y > 0 ? 0 : Infinity;
    return NaN;
  }
  return exp(y * log(x));
}
