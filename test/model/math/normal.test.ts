// Φ and its inverse, and the normal draws the engine makes from them.
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/model/math/index.ts';
import { Stream } from '../../../src/model/rng.ts';

describe('normalQuantile', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.025, -1.959963984540054],
    [0.8413447460685429, 1],
    [0.001, -3.090232306167814],
  ])('normalQuantile(%d) = %d to 1e-8', (p, z) =>
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-8),
  );

  it('is ±∞ at 0 and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('is antisymmetric and inverts normalCdf to Zelen & Severo’s 7.5e-8', () => {
    for (let p = 0.0005; p < 1; p += 0.0125) {
      expect(normalQuantile(p) + normalQuantile(1 - p)).toBeCloseTo(0, 8);
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(7.5e-8);
    }
  });
});

describe('Stream.normal', () => {
  it('draws one uniform per normal', () => {
    const a = new Stream(5);
    const b = new Stream(5);
    a.normal();
    b.next();
    expect(a.next()).toBe(b.next());
  });

  it('has mean 0, sd 1 and 2.5% beyond ±1.96 over 400,000 draws (4 standard errors)', () => {
    const st = new Stream(6);
    const n = 400_000;
    let sum = 0;
    let sq = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      const z = st.normal();
      sum += z;
      sq += z * z;
      if (Math.abs(z) > 1.959963984540054) tail++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sq / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(tail / n - 0.05)).toBeLessThan(4 * Math.sqrt((0.05 * 0.95) / n));
  });

  it('never returns an infinite value: the uniform never reaches 0 or 1', () => {
    expect(Number.isFinite(normalQuantile(0 + 1.1641532182693481e-10))).toBe(true);
    expect(Number.isFinite(normalQuantile(1 - 2 ** -32 + 1.1641532182693481e-10))).toBe(true);
  });
});
