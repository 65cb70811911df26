// Property tests: whatever JSON (or text) arrives, the readers never throw and either succeed
// or list at least one problem; the JSON error locator agrees with JSON.parse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  locateJsonError,
  readScenario,
  readScenarioFile,
  type ReadScenarioResult,
} from '../../../src/model/scenarioFile/index.ts';
import { buildManifest } from '../../../src/model/export/manifest.ts';
import { results, scenario } from '../export/fixtures.ts';

const manifest = await buildManifest({
  app: { version: '0.1.0', commit: 'abc1234' },
  scenario,
  results: results(),
  createdAt: new Date('2026-04-01T12:00:00.000Z'),
});

const wellFormed = (r: ReadScenarioResult) => {
  if (r.ok) return;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.found).toBe('string');
    expect(typeof p.allowed).toBe('string');
  }
};

/** Sets `value` at a path of a copy of `root`, creating objects; keys may be "__proto__". */
function setAt(root: unknown, keys: string[], value: unknown): unknown {
  type Obj = Record<string, unknown>;
  // Own properties, as JSON.parse makes them, even for "__proto__".
  const put = (o: Obj, k: string, v: unknown) =>
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  const copy = JSON.parse(JSON.stringify(root)) as Obj;
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

const keyOf = fc.constantFrom(
  'scenario',
  'arms',
  '0',
  'policy',
  'preset',
  'overrides',
  'cap',
  'seed',
  'engine',
  'app',
  'dataSources',
  'uncertainty',
  'feeGrowth',
  'low',
  'schemaVersion',
  'manifestVersion',
  'baseline',
  '__proto__',
  'x',
);

describe('readers never throw (property)', () => {
  it('readScenario(any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => wellFormed(readScenario(v))),
      { numRuns: 500 },
    );
  });

  it('readScenario(a valid manifest with a random field replaced by random JSON)', () => {
    fc.assert(
      fc.property(
        fc.array(keyOf, { minLength: 1, maxLength: 5 }),
        fc.jsonValue({ maxDepth: 4 }),
        (keys, v) => wellFormed(readScenario(setAt(manifest, keys, v))),
      ),
      { numRuns: 500 },
    );
  });

  it('readScenario(deeply nested junk)', () => {
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'large', maxDepth: 60 },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('tree'), { maxLength: 2 }),
        fc.dictionary(keyOf, tie('tree'), { maxKeys: 2 }),
      ),
    }));
    fc.assert(
      fc.property(tree, (v) => {
        wellFormed(readScenario(v));
        wellFormed(readScenario({ scenario: v, manifestVersion: 1 }));
      }),
      { numRuns: 300 },
    );
  });

  it('readScenarioFile(any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => wellFormed(readScenarioFile(s))),
      { numRuns: 500 },
    );
  });

  it('readScenarioFile(manifest JSON with one character deleted or inserted)', () => {
    const text = JSON.stringify(manifest, null, 1);
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 1 }),
        fc.option(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '\n', '\u0001')),
        (i, c) => {
          const broken = text.slice(0, i) + (c ?? '') + text.slice(i + 1);
          wellFormed(readScenarioFile(broken));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('locateJsonError', () => {
  const parses = (s: string) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  };

  it('returns null exactly when JSON.parse succeeds (property)', () => {
    const mangled = fc
      .tuple(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', '{', '}', ',', '"', ':', '0', '-', '.', 'e', '\\', ' '),
      )
      .map(([s, i, c]) => {
        const k = s.length ? i % s.length : 0;
        return s.slice(0, k) + c + s.slice(k + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mangled, fc.string()), (s) => {
        expect(locateJsonError(s) === null).toBe(parses(s));
      }),
      { numRuns: 2_000 },
    );
  });
});
