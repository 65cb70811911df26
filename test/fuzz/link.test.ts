// Fuzzing the scenario link (#/overview?v=1&s=…): whatever the hash holds, decodeScenario never
// throws, answers within a bounded time, and gives either a valid scenario or the defaults with
// problems that each name a field; a scenario encoded by the app decodes to itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeScenario,
  defaultScenario,
  encodeScenario,
} from '../../src/ui/state/scenarioLink.ts';
import { splitHash } from '../../src/ui/routes.ts';
import { scenarioSchema } from '../../src/model/simulate/scenario.ts';
import { anyValue, expectClearProblems, SEED, setAt, stopwatch } from './fuzz.ts';

/** Inputs per property (the README's reliability table cites these). */
export const LINK_RUNS = {
  anyQuery: 1_000,
  anyPatch: 1_000,
  nearValid: 2_000,
  mangled: 1_000,
  roundTrip: 300,
} as const;
/** Slowest decode allowed, ms (a decode takes well under 5 ms). */
const BOUND_MS = 500;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const scenarioKeys = Object.keys(scenarioSchema.shape);
const linkFields = [
  ...scenarioKeys,
  // Version-0 scenarios name their policies `baseline` and `reform` (migrations.ts).
  'baseline',
  'reform',
  'v (link version)',
  's (scenario data)',
];

/** The scenario data of a query as the app reads it, if it is JSON (for naming its own keys). */
function patchOf(query: string): unknown {
  try {
    const s = new URLSearchParams(query).get('s');
    return s === null ? undefined : JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Checks one decode: never throws, bounded, valid scenario or defaults with clear problems. */
function checkDecode(query: string, clock: ReturnType<typeof stopwatch>): void {
  const d = clock.time(() => decodeScenario(query));
  expect(scenarioSchema.safeParse(d.scenario).success).toBe(true);
  if (d.problems.length) {
    expect(d.scenario).toEqual(defaultScenario());
    expectClearProblems(d.problems, linkFields, patchOf(query));
  }
}

const keyOf = fc.constantFrom(
  ...scenarioKeys,
  '0',
  '1',
  'name',
  'policy',
  'preset',
  'overrides',
  'cap',
  'low',
  'central',
  'high',
  'sliceSize',
  'samplePeople',
  'targetUptake',
  '__proto__',
  'x',
);
/** A diff like the app writes: a few fields changed from the defaults. */
const validPatch = {
  population: 5000,
  replicates: 8,
  arms: [
    { name: 'Baseline', policy: 'current' },
    { name: 'Reform', policy: { preset: 'reform-2021', overrides: { cap: 50000 } } },
  ],
};

describe('decodeScenario(hash query) never throws, and refusals name the field (property)', () => {
  it(`any text as the query (${LINK_RUNS.anyQuery} inputs)`, () => {
    const clock = stopwatch();
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.webQueryParameters()),
        (q) => {
          checkDecode(q, clock);
          checkDecode(splitHash(`#/overview?${q}`).query, clock);
        },
      ),
      { numRuns: LINK_RUNS.anyQuery, seed: SEED },
    );
    expect(clock.calls).toBe(2 * LINK_RUNS.anyQuery);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it(`any JSON as the scenario data, under any version (${LINK_RUNS.anyPatch} inputs)`, () => {
    const clock = stopwatch();
    fc.assert(
      fc.property(
        fc.oneof(fc.constant('1'), fc.constant('0'), fc.constant('2'), fc.string({ maxLength: 4 })),
        fc.jsonValue({ maxDepth: 8 }),
        (v, patch) =>
          checkDecode(`v=${encodeURIComponent(v)}&s=${b64(JSON.stringify(patch))}`, clock),
      ),
      { numRuns: LINK_RUNS.anyPatch, seed: SEED },
    );
    expect(clock.calls).toBe(LINK_RUNS.anyPatch);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it(`a valid link with one field set to a hostile value (${LINK_RUNS.nearValid} inputs)`, () => {
    const clock = stopwatch();
    let refused = 0;
    fc.assert(
      fc.property(fc.array(keyOf, { minLength: 1, maxLength: 4 }), anyValue, (keys, value) => {
        const patch = JSON.parse(JSON.stringify(setAt(validPatch, keys, value)) ?? 'null');
        const query = `v=1&s=${b64(JSON.stringify(patch))}`;
        checkDecode(query, clock);
        if (decodeScenario(query).problems.length) refused++;
      }),
      { numRuns: LINK_RUNS.nearValid, seed: SEED },
    );
    expect(clock.calls).toBe(LINK_RUNS.nearValid);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
    // The generator reaches both outcomes.
    expect(refused).toBeGreaterThan(LINK_RUNS.nearValid / 10);
    expect(refused).toBeLessThan(LINK_RUNS.nearValid);
  });

  it(`a valid link with one character deleted, replaced or inserted (${LINK_RUNS.mangled} inputs)`, () => {
    const query = `v=1&s=${b64(JSON.stringify(validPatch))}`;
    const clock = stopwatch();
    fc.assert(
      fc.property(
        fc.nat({ max: query.length }),
        fc.nat({ max: 2 }),
        fc.constantFrom('A', '_', '-', '=', '%', '&', '+', '/', '~', '\u00e9', ''),
        (i, op, c) => {
          const mangled =
            op === 0
              ? query.slice(0, i) + query.slice(i + 1)
              : op === 1
                ? query.slice(0, i) + c + query.slice(i + 1)
                : query.slice(0, i) + c + query.slice(i);
          checkDecode(mangled, clock);
        },
      ),
      { numRuns: LINK_RUNS.mangled, seed: SEED },
    );
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it('hostile sizes: very long data and deep nesting are refused quickly, naming the data', () => {
    const clock = stopwatch();
    const deep = (d: number) => `{"arms":${'['.repeat(d)}1${']'.repeat(d)}}`;
    for (const query of [
      `v=1&s=${'A'.repeat(2_000_000)}`,
      `v=1&s=${b64(deep(10_000))}`,
      `v=1&s=${b64(`{"x":${'{"x":'.repeat(5_000)}1${'}'.repeat(5_001)}`)}`,
      `v=1&s=${b64(JSON.stringify({ seed: 'x'.repeat(40_000) }))}`,
      `v=99999999999999999999&s=e30`,
    ]) {
      const d = clock.time(() => decodeScenario(query));
      expect(d.problems.length).toBeGreaterThan(0);
      expectClearProblems(d.problems, linkFields);
    }
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });
});

describe('encodeScenario then decodeScenario gives the same scenario (property)', () => {
  it(`${LINK_RUNS.roundTrip} generated valid scenarios`, () => {
    const preset = fc.constantFrom('current', 'dilnot-2011', 'care-act-2014', 'reform-2021');
    const scenario = fc
      .record({
        seed: fc.string({ minLength: 1, maxLength: 30 }),
        startYear: fc.integer({ min: 2021, max: 2060 }),
        years: fc.integer({ min: 1, max: 50 }),
        population: fc.integer({ min: 100, max: 20_000_000 }),
        replicates: fc.integer({ min: 1, max: 1_000 }),
        reform: preset,
        cap: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
        uptake: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map((r) =>
        scenarioSchema.parse({
          seed: r.seed,
          startYear: r.startYear,
          years: r.years,
          population: r.population,
          replicates: r.replicates,
          arms: [
            { name: 'Baseline', policy: 'current' },
            {
              name: 'Reform',
              policy: r.cap === null ? r.reform : { preset: r.reform, overrides: { cap: r.cap } },
            },
          ],
          personalBudgets: { targetUptake: r.uptake },
        }),
      );
    fc.assert(
      fc.property(scenario, (s) => {
        const d = decodeScenario(encodeScenario(s));
        expect(d.problems).toEqual([]);
        expect(d.scenario).toEqual(s);
      }),
      { numRuns: LINK_RUNS.roundTrip, seed: SEED },
    );
  });
});
