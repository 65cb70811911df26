// Fuzzing the calculator's input (runCalculator, behind `npm run calc` and the Person page):
// arbitrary JSON, a valid request with one field set to a hostile value, and generated valid
// requests. It never throws, answers within a bounded time, and either calculates (with a
// consistent ledger) or lists problems that each name a field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCalculator } from '../../src/model/calculator/index.ts';
import { anyValue, expectClearProblems, SEED, setAt, stopwatch } from './fuzz.ts';

/** Inputs per property (the README's reliability table cites these). */
export const CALCULATOR_RUNS = { anyJson: 2_000, nearValid: 3_000, valid: 300 } as const;
/** Slowest call allowed, ms; the largest valid request (100 × 5,200 weeks) takes about 1 s. */
const BOUND_MS = 3_000;

const fields = ['policy', 'person', 'care', 'period', '(top level)'];
const example = {
  policy: { preset: 'reform-2021', overrides: { cap: 86000 } },
  person: {
    age: 80,
    capital: 120_000,
    homeValue: 250_000,
    partnerAtHome: false,
    weeklyIncome: 250,
  },
  care: [
    { setting: 'homeCare', weeks: 52, weeklyFee: 400, councilRate: 350 },
    { setting: 'residential', weeks: 104, weeklyFee: 1_000, councilRate: 800 },
  ],
  period: 'year',
};

function check(input: unknown, clock: ReturnType<typeof stopwatch>): boolean {
  const r = clock.time(() => runCalculator(input));
  if (r.ok) {
    const s = r.output.summary;
    for (const v of [s.personPaid, s.councilPaid, s.capitalLeft, s.totalFees])
      expect(Number.isFinite(v)).toBe(true);
    return true;
  }
  const top = typeof input === 'object' && input !== null && !Array.isArray(input);
  expectClearProblems(r.problems, top ? fields.slice(0, -1) : fields, input);
  return false;
}

const keyOf = fc.constantFrom(
  'policy',
  'preset',
  'overrides',
  'cap',
  'upperCapitalLimit',
  'homeCounted',
  'person',
  'age',
  'capital',
  'homeValue',
  'weeklyIncome',
  'partnerAtHome',
  'needsBeganAge',
  'councilArranged',
  'care',
  '0',
  '1',
  '2',
  'setting',
  'weeks',
  'weeklyFee',
  'councilRate',
  'period',
  '__proto__',
  'x',
);

describe('runCalculator never throws, and refusals name the field (property)', () => {
  it(`any JSON value (${CALCULATOR_RUNS.anyJson} inputs)`, () => {
    const clock = stopwatch();
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => void check(v, clock)),
      { numRuns: CALCULATOR_RUNS.anyJson, seed: SEED },
    );
    expect(clock.calls).toBe(CALCULATOR_RUNS.anyJson);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it(`a valid request with one field set to a hostile value (${CALCULATOR_RUNS.nearValid} inputs)`, () => {
    const clock = stopwatch();
    let ok = 0;
    fc.assert(
      fc.property(fc.array(keyOf, { minLength: 1, maxLength: 4 }), anyValue, (keys, value) => {
        if (check(setAt(example, keys, value), clock)) ok++;
      }),
      { numRuns: CALCULATOR_RUNS.nearValid, seed: SEED },
    );
    expect(clock.calls).toBe(CALCULATOR_RUNS.nearValid);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
    // Both outcomes are reached.
    expect(ok).toBeGreaterThan(0);
    expect(ok).toBeLessThan(CALCULATOR_RUNS.nearValid);
  });

  it(`generated valid requests calculate, with one ledger row per period (${CALCULATOR_RUNS.valid} inputs)`, () => {
    const clock = stopwatch();
    const episode = fc.record({
      setting: fc.constantFrom('homeCare', 'residential', 'nursing'),
      weeks: fc.integer({ min: 1, max: 520 }),
      weeklyFee: fc.double({ min: 0, max: 50_000, noNaN: true }),
      councilRate: fc.double({ min: 0, max: 50_000, noNaN: true }),
    });
    const request = fc.record({
      policy: fc.constantFrom('current', 'dilnot-2011', 'care-act-2014', 'reform-2021'),
      person: fc.record({
        age: fc.integer({ min: 18, max: 120 }),
        capital: fc.double({ min: 0, max: 100_000_000, noNaN: true }),
        homeValue: fc.double({ min: 0, max: 100_000_000, noNaN: true }),
        partnerAtHome: fc.boolean(),
        weeklyIncome: fc.double({ min: 0, max: 100_000, noNaN: true }),
      }),
      care: fc.array(episode, { minLength: 1, maxLength: 3 }),
      period: fc.constantFrom('week', 'year'),
    });
    fc.assert(
      fc.property(request, (input) => {
        const r = clock.time(() => runCalculator(input));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const weeks = input.care.reduce((t, c) => t + c.weeks, 0);
        expect(r.output.summary.weeks).toBe(weeks);
        expect(r.output.ledger.reduce((t, row) => t + row.weeks, 0)).toBe(weeks);
      }),
      { numRuns: CALCULATOR_RUNS.valid, seed: SEED },
    );
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it('hostile sizes: the largest valid request is bounded; deep or huge input is refused', () => {
    const clock = stopwatch();
    const largest = {
      ...example,
      period: 'week',
      care: Array.from({ length: 100 }, () => ({
        setting: 'residential',
        weeks: 5_200,
        weeklyFee: 50_000,
        councilRate: 50_000,
      })),
    };
    expect(check(largest, clock)).toBe(true);
    const deep = JSON.parse(`{"care":${'['.repeat(20_000)}1${']'.repeat(20_000)}}`);
    expect(check(deep, clock)).toBe(false);
    expect(check({ ...example, care: Array.from({ length: 100_000 }, () => 1) }, clock)).toBe(
      false,
    );
    expect(check({ ...example, person: { ...example.person, age: 'x'.repeat(1e6) } }, clock)).toBe(
      false,
    );
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });
});
