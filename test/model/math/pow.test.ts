// pow and powInt: powers from multiplications (whole exponents) or our exp and log.
import { describe, expect, it } from 'vitest';
import { pow, powInt } from '../../../src/model/math/index.ts';
import { Stream } from '../../../src/model/rng.ts';
import { ulpDistance } from './ulp.ts';

describe('powInt', () => {
  it.each([
    [3, 5, 243],
    [2, 10, 1024],
    [2, -2, 0.25],
    [7, 0, 1],
    [0, 0, 1],
    [-2, 3, -8],
    [1.5, 2, 2.25],
  ])('powInt(%d, %d) = %d exactly', (x, n, want) => expect(powInt(x, n)).toBe(want));

  it('refuses an exponent that is not a whole number', () =>
    expect(() => powInt(2, 0.5)).toThrow(RangeError));

  // Each squaring doubles the relative error carried so far: about n ulps at worst.
  it('is within max(4, n) ulps of Math.pow for growth factors over 60 years', () => {
    const st = new Stream(13);
    for (let i = 0; i < 10_000; i++) {
      const x = 0.9 + st.next() * 0.2;
      const n = Math.floor(st.next() * 60);
      expect(ulpDistance(powInt(x, n), Math.pow(x, n))).toBeLessThanOrEqual(Math.max(4, n));
    }
  });
});

describe('pow', () => {
  it('pow(0.5, 1) and pow(2, 3) go through powInt', () => {
    expect(pow(0.5, 1)).toBe(0.5);
    expect(pow(2, 3)).toBe(8);
  });

  it.each([
    [0, 0.5, 0],
    [0, -0.5, Infinity],
  ])('pow(%d, %d) = %d', (x, y, want) => expect(pow(x, y)).toBe(want));

  it('pow(negative, fraction) is NaN', () => expect(pow(-2, 0.5)).toBeNaN());

  // e^(y·ln x) carries ln x's rounding times |y·ln x|: here |y·ln x| ≤ 12, so 2 + 2 × 12 ulps.
  it('is within 26 ulps of Math.pow for the elasticities and half-lives the model uses', () => {
    const st = new Stream(14);
    for (let i = 0; i < 10_000; i++) {
      const x = 0.2 + st.next() * 3;
      const y = (st.next() - 0.5) * 20;
      expect(ulpDistance(pow(x, y), Math.pow(x, y))).toBeLessThanOrEqual(26);
    }
  });
});
