// Sobol indices on the Ishigami function, whose indices are known exactly, and the Saltelli
// design's structure.
//
// Ishigami: f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1, x uniform on [−π, π]³, a = 7, b = 0.1.
// Analytic indices: S1 = 0.3139, S2 = 0.4424, S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
//
// Tolerance, justified by N: at N = 16,384 (98,304 evaluations), the Jansen estimates' standard
// deviation over 20 different seeds was at most 0.010 (S3 and ST1; 0.004–0.008 for the others),
// and their means were within 0.002 of the analytic values. A tolerance of 0.04 is four of those
// standard deviations: a correct estimator fails it with probability well under 1 in 10,000,
// while a wrong estimator (e.g. Sobol's original first-order form with a biased mean, or a swapped
// A and B) misses by 0.1 or more. Each estimate must also lie within 4 bootstrap standard errors
// (half the 95% interval's width ÷ 1.96) of the analytic value, which checks the intervals' width.
import { describe, expect, it } from 'vitest';
import {
  designPoint,
  designRuns,
  jansen,
  saltelliDesign,
  sobolIndices,
  splitOutputs,
} from '../../../src/model/sensitivity/sobol.ts';

const ishigami = (x: number[]) =>
  Math.sin(x[0]!) + 7 * Math.sin(x[1]!) ** 2 + 0.1 * x[2]! ** 4 * Math.sin(x[0]!);
const EXACT = { first: [0.3139, 0.4424, 0], total: [0.5576, 0.4424, 0.2437] };
const N = 16_384;
const TOLERANCE = 0.04;

function evaluate(n: number, seed: string) {
  const d = saltelliDesign(3, n, seed);
  const y = new Float64Array(designRuns(d));
  for (let r = 0; r < y.length; r++)
    y[r] = ishigami(designPoint(d, r).u.map((u) => -Math.PI + 2 * Math.PI * u));
  return splitOutputs(d, y);
}

describe('Sobol indices (Saltelli design, Jansen estimators)', () => {
  it(`recover the Ishigami function's analytic indices at N = ${N} within ${TOLERANCE}`, () => {
    const r = sobolIndices(evaluate(N, 'ishigami'), { resamples: 200, seed: 'ishigami' });
    for (const kind of ['first', 'total'] as const) {
      r[kind].forEach((e, i) => {
        const exact = EXACT[kind][i]!;
        expect(Math.abs(e.estimate - exact), `${kind} ${i + 1}`).toBeLessThan(TOLERANCE);
        const se = (e.high - e.low) / (2 * 1.96);
        expect(se).toBeGreaterThan(0);
        expect(Math.abs(e.estimate - exact), `${kind} ${i + 1} in SEs`).toBeLessThan(4 * se);
        expect(e.low).toBeLessThanOrEqual(e.estimate);
        expect(e.high).toBeGreaterThanOrEqual(e.estimate);
      });
    }
    // Variance of the Ishigami function: a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8446.
    expect(r.variance).toBeCloseTo(13.8446, 0);
  });

  it('lays out N(k + 2) runs row by row: A_j, B_j, then A_B^i_j with column i from B', () => {
    const d = saltelliDesign(3, 5, 'design');
    expect(designRuns(d)).toBe(25);
    const row2 = [0, 1, 2, 3, 4].map((c) => designPoint(d, 2 * 5 + c));
    const [a, b] = [row2[0]!.u, row2[1]!.u];
    expect(row2.map((p) => p.block)).toEqual([
      { kind: 'a' },
      { kind: 'b' },
      { kind: 'ab', input: 0 },
      { kind: 'ab', input: 1 },
      { kind: 'ab', input: 2 },
    ]);
    expect(row2[3]!.u).toEqual([a[0], b[1], a[2]]);
    expect(row2.every((p) => p.row === 2 && p.u.every((u) => u >= 0 && u < 1))).toBe(true);
    // Deterministic from the seed; a larger N extends a smaller one's rows.
    expect(saltelliDesign(3, 8, 'design').a.subarray(0, 15)).toEqual(d.a);
    expect(saltelliDesign(3, 5, 'other').a).not.toEqual(d.a);
  });

  it('gives NaN indices for an output that does not vary, and exact ones for an additive model', () => {
    const d = saltelliDesign(2, 4096, 'flat');
    const flat = splitOutputs(d, new Float64Array(designRuns(d)).fill(3));
    expect(jansen(flat).first.every(Number.isNaN)).toBe(true);
    // f = x1 only: all its variance is input 1's, first order and total.
    const y = Array.from({ length: designRuns(d) }, (_, r) => designPoint(d, r).u[0]!);
    const e = jansen(splitOutputs(d, y));
    expect(e.total[1]).toBe(0);
    expect(e.first[1]).toBeCloseTo(0, 1);
    expect(e.total[0]).toBeCloseTo(1, 0);
  });
});
