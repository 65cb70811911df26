// Shared pieces of the fuzz tests: a clock that keeps the slowest input (no hang), setting a
// value deep inside a copy of a JSON value, and the checks every refusal must pass.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '../../src/model/validation/problems.ts';

/** Seed of every fuzz run, so a failure reproduces (fast-check prints the path to it). */
export const SEED = 20260401;

/** Calls `f`, remembering the slowest call, so a test can bound the time per input. */
export function stopwatch() {
  let slowest = 0;
  let calls = 0;
  return {
    time<T>(f: () => T): T {
      const t = performance.now();
      try {
        return f();
      } finally {
        slowest = Math.max(slowest, performance.now() - t);
        calls++;
      }
    },
    get slowestMs() {
      return slowest;
    },
    get calls() {
      return calls;
    },
  };
}

/** A copy of `root` with `value` set at `keys` (objects created on the way; "__proto__" kept as a key). */
export function setAt(root: unknown, keys: readonly string[], value: unknown): unknown {
  type Obj = Record<string, unknown>;
  const put = (o: Obj, k: string, v: unknown) =>
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  const copy = structuredClone(root) as Obj;
  let o = copy;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) return put(o, k, value);
    const next = Object.hasOwn(o, k) ? o[k] : undefined;
    const child = typeof next === 'object' && next !== null ? (next as Obj) : {};
    put(o, k, child);
    o = child;
  });
  return copy;
}

/** Numbers at and around the edges of every range, and values JSON cannot hold. */
export const edgeNumber = fc.constantFrom(
  0,
  -0,
  -1,
  0.5,
  1,
  99,
  100,
  1_000,
  5_200,
  5_201,
  1e6,
  2e7,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
);

/** Any value a hostile caller might pass: JSON, edge numbers, long or odd strings. */
export const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  edgeNumber,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '__proto__', 'constructor', 'x'.repeat(10_000), '1e3', '0x10', '-'),
);

/** The first field of a problem's path: "arms[0].policy" → "arms"; '[""].x' → "". */
export function firstField(path: string): string {
  const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(path);
  return quoted ? (JSON.parse(quoted[1]!) as string) : path.split(/[.[]/)[0]!;
}

/**
 * Every refusal is a list of problems, each naming a field (its path starts with one of
 * `fields`, or is one of the input's own top-level keys), what was found and what is allowed.
 */
export function expectClearProblems(
  problems: readonly Problem[],
  fields: readonly string[],
  input?: unknown,
): void {
  expect(problems.length).toBeGreaterThan(0);
  const own =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? Object.keys(input) : [];
  for (const p of problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect([...fields, ...own]).toContain(firstField(p.path));
    expect(p.found.length).toBeGreaterThan(0);
    expect(p.allowed.length).toBeGreaterThan(0);
  }
}
