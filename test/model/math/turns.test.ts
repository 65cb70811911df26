// cos(2πt) and sin(2πt) from an angle in turns, in our own code (exact reduction, fdlibm kernels).
import { describe, expect, it } from 'vitest';
import { cosSinTurns, cosTurns } from '../../../src/model/math/index.ts';
import { Stream } from '../../../src/model/rng.ts';

const cs = (t: number) => {
  const out = new Float64Array(2);
  cosSinTurns(t, out);
  return [out[0], out[1]];
};

describe('cosSinTurns', () => {
  it.each([
    [0, 1, 0],
    [0.25, 0, 1],
    [0.5, -1, 0],
    [0.75, 0, -1],
    [1, 1, 0],
  ])('at %d turns gives cos %d and sin %d exactly', (t, c, s) => {
    const [gotC, gotS] = cs(t);
    expect(gotC! + 0).toBe(c);
    expect(gotS! + 0).toBe(s);
  });

  it('gives cos and sin of 1/8 turn as √2/2 within an ulp', () => {
    const [c, s] = cs(0.125);
    expect(Math.abs(c! - Math.SQRT1_2)).toBeLessThanOrEqual(1.2e-16);
    expect(Math.abs(s! - Math.SQRT1_2)).toBeLessThanOrEqual(1.2e-16);
  });

  it('agrees with Math.cos and Math.sin of 2πt to 1e-15 over 200,000 angles in [0, 1)', () => {
    const st = new Stream(15);
    for (let i = 0; i < 200_000; i++) {
      const t = st.next();
      const [c, s] = cs(t);
      if (Math.abs(c! - Math.cos(2 * Math.PI * t)) > 1e-15) throw new Error(`cos at ${t}`);
      if (Math.abs(s! - Math.sin(2 * Math.PI * t)) > 1e-15) throw new Error(`sin at ${t}`);
      if (cosTurns(t) !== c) throw new Error(`cosTurns at ${t}`);
    }
  });

  it('keeps cos² + sin² within 4e-16 of 1', () => {
    const st = new Stream(16);
    for (let i = 0; i < 10_000; i++) {
      const [c, s] = cs(st.next());
      expect(Math.abs(c! * c! + s! * s! - 1)).toBeLessThanOrEqual(4e-16);
    }
  });
});
