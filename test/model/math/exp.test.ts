// exp: fdlibm's algorithm in our own code, so every runtime gives the same bits.
import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/model/math/index.ts';
import { Stream } from '../../../src/model/rng.ts';
import { ulpDistance } from './ulp.ts';

describe('exp', () => {
  it.each([
    [0, 1],
    [-0, 1],
    [Infinity, Infinity],
    [-Infinity, 0],
    [710, Infinity],
    [-746, 0],
    [1e-30, 1],
  ])('exp(%d) = %d', (x, want) => expect(exp(x)).toBe(want));

  it('exp(NaN) is NaN', () => expect(exp(NaN)).toBeNaN());

  it('exp(1) is e and exp(x) · exp(−x) is 1, each to within two ulps', () => {
    expect(ulpDistance(exp(1), Math.E)).toBeLessThanOrEqual(1);
    for (const x of [0.1, 1.5, 20, 300])
      expect(ulpDistance(exp(x) * exp(-x), 1)).toBeLessThanOrEqual(2);
  });

  it('is within one ulp of Math.exp over 200,000 draws from −745 to 709', () => {
    const st = new Stream(11);
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = i % 2 ? (st.next() - 0.5) * 40 : -745 + st.next() * 1454;
      worst = Math.max(worst, ulpDistance(exp(x), Math.exp(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('reaches subnormal results below 2⁻¹⁰²²', () => {
    expect(exp(-740)).toBeGreaterThan(0);
    expect(exp(-740)).toBeLessThan(2 ** -1022);
    expect(ulpDistance(exp(-740), Math.exp(-740))).toBeLessThanOrEqual(1);
  });
});
