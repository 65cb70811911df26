// Quantiles and shares across councils (each council counts once).
import { describe, expect, it } from 'vitest';
import { quantiles, quantileSorted, shareAtLeast } from '../../../src/model/councils/quantiles.ts';

describe('quantileSorted', () => {
  it.each([
    [0, 1],
    [0.5, 3],
    [0.25, 2],
    [0.1, 1.4],
    [1, 5],
  ])('quantileSorted([1,2,3,4,5], %f) = %f', (p, q) => {
    expect(quantileSorted([1, 2, 3, 4, 5], p)).toBeCloseTo(q, 12);
  });

  it('is NaN for an empty sample', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe('quantiles', () => {
  it('sorts a copy, leaves the input alone, and scales the result', () => {
    const v = [0.5, 0.1, 0.3];
    expect(quantiles(v, 2)).toMatchObject({ min: 0.2, p50: 0.6, max: 1 });
    expect(v).toEqual([0.5, 0.1, 0.3]);
  });
});

describe('shareAtLeast', () => {
  it('counts values at or above the threshold', () => {
    expect(shareAtLeast([0.1, 0.2, 0.3, 0.4], 0.3)).toBe(0.5);
  });
});
