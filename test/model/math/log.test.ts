// log: fdlibm's algorithm in our own code, so every runtime gives the same bits.
import { describe, expect, it } from 'vitest';
import { exp, log } from '../../../src/model/math/index.ts';
import { Stream } from '../../../src/model/rng.ts';
import { ulpDistance } from './ulp.ts';

describe('log', () => {
  it.each([
    [1, 0],
    [0, -Infinity],
    [-0, -Infinity],
    [Infinity, Infinity],
    [2, Math.LN2],
    [10, Math.LN10],
  ])('log(%d) = %d', (x, want) => expect(log(x)).toBe(want));

  it.each([[-1], [NaN], [-Infinity]])('log(%d) is NaN', (x) => expect(log(x)).toBeNaN());

  it('log(2^k) = k · ln 2 for whole k, subnormals included', () => {
    for (const k of [-1074, -1030, -20, 1, 30, 1023])
      expect(log(2 ** k)).toBeCloseTo(k * Math.LN2, 10);
  });

  it('is within one ulp of Math.log over 200,000 draws across 600 orders of magnitude', () => {
    const st = new Stream(12);
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = i % 2 ? st.next() * 2 : exp((st.next() - 0.5) * 1380);
      worst = Math.max(worst, ulpDistance(log(x), Math.log(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('inverts exp to within two ulps', () => {
    for (const x of [-700, -3.5, 0.3, 1, 17.25, 700])
      expect(ulpDistance(log(exp(x)), x)).toBeLessThanOrEqual(2);
  });
});
