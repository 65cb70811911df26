// readScenarioFile / readScenario: bare scenarios and manifests are read; anything else is
// refused with every problem listed (field path, what was found, what is allowed), never thrown.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  readScenario,
  readScenarioFile,
  type ReadScenarioResult,
} from '../../../src/model/scenarioFile/index.ts';
import { buildManifest } from '../../../src/model/export/manifest.ts';
import { results, scenario } from '../export/fixtures.ts';

const bare = { seed: 'abc', arms: [{ name: 'baseline', policy: 'current' }] };
const manifest = await buildManifest({
  app: { version: '0.1.0', commit: 'abc1234' },
  scenario,
  results: results(),
  createdAt: new Date('2026-04-01T12:00:00.000Z'),
});

const problems = (r: ReadScenarioResult) => {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};
const paths = (r: ReadScenarioResult) => problems(r).map((p) => p.path);

describe('readScenarioFile(valid input)', () => {
  it('reads a bare scenario and fills its defaults', () => {
    const r = readScenarioFile(JSON.stringify(bare));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.years).toBe(20);
      expect(r.manifest).toBeUndefined();
      expect(r.migratedFrom).toBeUndefined();
    }
  });

  it('reads a manifest and returns its scenario', () => {
    const r = readScenarioFile(JSON.stringify(manifest));
    expect(r).toEqual({ ok: true, scenario, manifest });
  });

  it('ignores a leading byte-order mark', () => {
    expect(readScenarioFile('\uFEFF' + JSON.stringify(bare)).ok).toBe(true);
  });
});

describe('readScenarioFile(corrupted input) names each problem', () => {
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(manifest));
  const withScenario = (patch: Record<string, unknown>) => {
    const m = clone();
    m.scenario = { ...(m.scenario as object), ...patch };
    return m;
  };
  const cases: [string, unknown, string][] = [
    ['wrong type: seed a number', { ...bare, seed: 5 }, 'seed'],
    ['wrong type: arms an object', { ...bare, arms: { name: 'a' } }, 'arms'],
    ['missing field: seed', { arms: bare.arms }, 'seed'],
    ['unknown preset', { ...bare, arms: [{ name: 'a', policy: 'dilnot-2099' }] }, 'arms[0].policy'],
    [
      'unknown preset with overrides',
      { ...bare, arms: [{ name: 'a', policy: { preset: 'x', overrides: { cap: 1 } } }] },
      'arms[0].policy.preset',
    ],
    ['out of range: years', { ...bare, years: 500 }, 'years'],
    ['out of range: replicates 0', { ...bare, replicates: 0 }, 'replicates'],
    ['out of range: population 1.5', { ...bare, population: 1_000.5 }, 'population'],
    [
      'out of range: triangular low > high',
      { ...bare, uncertainty: { feeGrowth: { low: 0.05, central: 0.01, high: 0.02 } } },
      'uncertainty.feeGrowth',
    ],
    ['unknown field', { ...bare, colour: 'red' }, 'colour'],
    ['unknown nested field', { ...bare, engine: { workers: 4 } }, 'engine.workers'],
    ['manifest: replicates text', { ...clone(), replicates: 'ten' }, 'replicates'],
    ['manifest: bad hash', { ...clone(), resultsHash: 'md5:00' }, 'resultsHash'],
    ['manifest: createdAt missing', { ...clone(), createdAt: undefined }, 'createdAt'],
    ['manifest: app a string', { ...clone(), app: 'v1' }, 'app'],
    ['manifest: newer manifestVersion', { ...clone(), manifestVersion: 2 }, 'manifestVersion'],
    ['manifest: dataSources junk', { ...clone(), dataSources: [1] }, 'dataSources[0]'],
    [
      'manifest: unknown preset in its scenario',
      withScenario({ arms: [{ name: 'a', policy: 'nope' }] }),
      'scenario.arms[0].policy',
    ],
    ['manifest: scenario null', { ...clone(), scenario: null }, 'scenario'],
    ['null', null, '(top level)'],
    ['an array', [bare], '(top level)'],
    ['a number', 42, '(top level)'],
    ['a string', 'scenario', '(top level)'],
  ];

  it.each(cases)('%s → a problem at %j', (_label, input, path) => {
    const list = problems(readScenarioFile(JSON.stringify(input)));
    expect(list.length).toBeGreaterThan(0);
    const p = list.find((q) => q.path === path);
    expect(p, JSON.stringify(list)).toBeDefined();
    expect(p!.found.length).toBeGreaterThan(0);
    expect(p!.allowed.length).toBeGreaterThan(0);
  });

  it('lists every problem, not just the first', () => {
    const input = { ...bare, seed: 5, years: 0, colour: 'red', costs: { assessmentCost: -1 } };
    expect(paths(readScenarioFile(JSON.stringify(input))).sort()).toEqual(
      ['colour', 'costs.assessmentCost', 'seed', 'years'].sort(),
    );
  });

  it('says what was found and what is allowed for an out-of-range value', () => {
    const [p] = problems(readScenario({ ...bare, years: 500 }));
    expect(p).toEqual({ path: 'years', found: '500', allowed: 'between 1 and 50 (years)' });
  });

  it('refuses a 50 MB file without parsing it, giving its size and the limit', () => {
    const text = JSON.stringify({ ...bare, name: 'x'.repeat(50 * 1024 * 1024) });
    const [p, ...rest] = problems(readScenarioFile(text));
    expect(rest).toEqual([]);
    expect(p!.path).toBe('(file)');
    expect(p!.found).toMatch(/50\.0 MB \(52428\d{3} bytes\)/);
    expect(p!.allowed).toBe(`at most 5.0 MB (${DEFAULT_MAX_BYTES} bytes)`);
  });

  it('counts the limit in UTF-8 bytes and honours maxBytes', () => {
    const text = JSON.stringify({ ...bare, name: '£'.repeat(60) });
    expect(readScenarioFile(text, { maxBytes: text.length + 30 }).ok).toBe(false);
    expect(readScenarioFile(text, { maxBytes: text.length + 60 }).ok).toBe(true);
  });

  it('refuses a 50 MB string inside an already-parsed object by its field', () => {
    const list = problems(readScenario({ ...bare, name: 'x'.repeat(50 * 1024 * 1024) }));
    expect(list.map((p) => p.path)).toEqual(['name']);
    expect(list[0]!.found.length).toBeLessThan(100);
  });

  it.each([
    ['{"seed": "a",}', 1, 14, 'expected a field name'],
    ['{\n  "seed": "a"\n  "arms": []\n}', 3, 3, 'expected "," or "}"'],
    ['{"seed": tru}', 1, 10, 'expected a value'],
    ['{"seed": "a', 1, 12, 'never closed'],
    ['', 1, 1, 'unexpected end'],
    ['{} {}', 1, 4, 'after the end'],
  ])('refuses non-JSON %j giving line %i, column %i', (text, line, column, message) => {
    const [p, ...rest] = problems(readScenarioFile(text));
    expect(rest).toEqual([]);
    expect(p!.path).toBe('(file)');
    expect(p!.found).toContain(`line ${line}, column ${column}`);
    expect(p!.found).toContain(message);
  });

  it('refuses deeply nested junk by the path where it gets too deep', () => {
    const text = `{"seed": "a", "arms": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const [p, ...rest] = problems(readScenarioFile(text));
    expect(rest).toEqual([]);
    expect(p!.path).toMatch(/^arms\[0\]\[0\]/);
    expect(p!.found).toMatch(/nested more than/);
  });

  it('lists at most 100 problems, then says how many more', () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`field${i}`, i]));
    const list = problems(readScenario({ ...bare, ...junk }));
    expect(list).toHaveLength(100);
    expect(list.at(-1)!.path).toBe('(more)');
  });

  it('counts the problems it does not list', () => {
    const m = { ...JSON.parse(JSON.stringify(manifest)), dataSources: Array(400).fill(1) };
    const list = problems(readScenario(m));
    expect(list).toHaveLength(100);
    expect(list.at(-1)).toMatchObject({ path: '(more)', found: '301 more problems' });
  });
});
