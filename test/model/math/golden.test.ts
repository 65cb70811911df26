// The bits of the engine's elementary functions, pinned: if a change to src/model/math (or a
// runtime that computes + − × ÷ differently) alters any output, this says which function did,
// where the golden results hash (test/golden) could only say that something changed.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exp, log, normalCdf, normalQuantile, pow, powInt } from '../../../src/model/math/index.ts';
import { Stream } from '../../../src/model/rng.ts';

const N = 4096;

function digest(f: (u: number, v: number, out: Float64Array) => void, width = 1): string {
  const st = new Stream(2026);
  const out = new Float64Array(N * width);
  const one = new Float64Array(width);
  for (let i = 0; i < N; i++) {
    f(st.next(), st.next(), one);
    out.set(one, i * width);
  }
  return createHash('sha256').update(new Uint8Array(out.buffer)).digest('hex').slice(0, 16);
}

describe('the elementary functions give pinned bits', () => {
  it.each([
    ['exp', () => digest((u, _, o) => (o[0] = exp((u - 0.5) * 80))), 'cf793f72a192edf7'],
    [
      'log',
      () => digest((u, v, o) => (o[0] = log(u * powInt(10, Math.floor(v * 40) - 20)))),
      '68a8607ab7b29bb8',
    ],
    ['pow', () => digest((u, v, o) => (o[0] = pow(0.5 + u, (v - 0.5) * 30))), 'f41d74e927b24eb3'],
    [
      'powInt',
      () => digest((u, v, o) => (o[0] = powInt(0.95 + u / 10, Math.floor(v * 60)))),
      '9694efb1608eabad',
    ],
    ['normalQuantile', () => digest((u, _, o) => (o[0] = normalQuantile(u))), '92688b97b1e20090'],
    [
      'normalCdf',
      () => digest((u, _, o) => (o[0] = normalCdf((u - 0.5) * 16))),
      'ea1a71006a39cab3',
    ],
  ])('%s', (_, run, want) => expect(run()).toBe(want));
});
