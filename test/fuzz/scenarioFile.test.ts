// Fuzzing scenario and manifest import beyond test/model/scenarioFile/fuzz.test.ts (which feeds
// any JSON, manifests with a field replaced, deep junk and any text): a valid scenario with one
// field set to a hostile value, and a valid file's text with hostile fragments spliced in. The
// readers never throw, answer within a bounded time, and every problem names a field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readScenario, readScenarioFile } from '../../src/model/scenarioFile/index.ts';
import { scenarioSchema } from '../../src/model/simulate/scenario.ts';
import { manifestSchema } from '../../src/model/export/manifest.ts';
import { anyValue, expectClearProblems, SEED, setAt, stopwatch } from './fuzz.ts';

/** Inputs per property (the README's reliability table cites these). */
export const SCENARIO_FILE_RUNS = { nearValid: 2_000, splicedText: 1_000 } as const;
/** Inputs per property of test/model/scenarioFile/fuzz.test.ts, for the same table. */
export const EXISTING_SCENARIO_FILE_RUNS = {
  anyJson: 500,
  manifestFieldReplaced: 500,
  deepJunk: 300,
  anyText: 500,
  manifestTextOneCharacter: 500,
  jsonErrorLocator: 2_000,
} as const;
const BOUND_MS = 500;

const fields = [
  ...Object.keys(scenarioSchema.shape),
  ...Object.keys(manifestSchema.shape),
  // Version-0 scenarios name their policies `baseline` and `reform` (migrations.ts).
  'baseline',
  'reform',
  '(top level)',
  '(file)',
  '(more)',
];
const valid = {
  schemaVersion: 1,
  seed: 'fuzz',
  startYear: 2026,
  years: 10,
  population: 5000,
  replicates: 4,
  arms: [
    { name: 'Baseline', policy: 'current' },
    { name: 'Reform', policy: { preset: 'dilnot-2011', overrides: { cap: 35000 } } },
  ],
  personalBudgets: { targetUptake: 0.7, basis: 'ni130', enabled: true },
  uncertainty: { feeGrowth: { low: 0, central: 0.01, high: 0.02 }, personalBudgetCosts: 'none' },
  costs: { careAccountAdminPerYear: 100, assessmentCost: 300 },
  engine: { sliceSize: 25_000, samplePeople: 0 },
};
const keyOf = fc.constantFrom(
  ...Object.keys(valid),
  '0',
  '1',
  'name',
  'policy',
  'preset',
  'overrides',
  'cap',
  'feeGrowth',
  'low',
  'high',
  'sliceSize',
  'targetUptake',
  'basis',
  'manifestVersion',
  'scenario',
  '__proto__',
  'constructor',
  'x',
);

describe('readScenario and readScenarioFile never throw, and name the field (property)', () => {
  it(`a valid scenario with one field set to a hostile value (${SCENARIO_FILE_RUNS.nearValid} inputs)`, () => {
    const clock = stopwatch();
    let refused = 0;
    fc.assert(
      fc.property(fc.array(keyOf, { minLength: 1, maxLength: 4 }), anyValue, (keys, value) => {
        const input = setAt(valid, keys, value);
        const r = clock.time(() => readScenario(input));
        if (r.ok) expect(scenarioSchema.safeParse(r.scenario).success).toBe(true);
        else {
          refused++;
          expectClearProblems(r.problems, fields, input);
        }
      }),
      { numRuns: SCENARIO_FILE_RUNS.nearValid, seed: SEED },
    );
    expect(clock.calls).toBe(SCENARIO_FILE_RUNS.nearValid);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(SCENARIO_FILE_RUNS.nearValid);
  });

  it(`a valid file's text with a hostile fragment spliced in (${SCENARIO_FILE_RUNS.splicedText} inputs)`, () => {
    const text = JSON.stringify(valid, null, 1);
    const fragment = fc.constantFrom(
      '\ufeff',
      '"__proto__": {"seed": "x"},',
      '"seed": "again",',
      '1e400',
      '-0',
      '"\\ud800"',
      '"\\u0000"',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      'NaN',
      '"x": null,',
      '',
      '}',
      '{',
    );
    const clock = stopwatch();
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fragment, fc.boolean(), (i, f, replace) => {
        const spliced = text.slice(0, i) + f + text.slice(replace ? i + 1 : i);
        const r = clock.time(() => readScenarioFile(spliced));
        let parsed: unknown;
        try {
          parsed = JSON.parse(spliced.replace(/^\ufeff/, ''));
        } catch {
          parsed = undefined;
        }
        if (!r.ok) expectClearProblems(r.problems, fields, parsed);
      }),
      { numRuns: SCENARIO_FILE_RUNS.splicedText, seed: SEED },
    );
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });
});
