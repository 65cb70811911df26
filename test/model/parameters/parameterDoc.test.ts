// Parameter docs: every doc is complete and consistent, numberSchema accepts exactly what
// isAllowed accepts with the messages the project has always given, and the schemas carry the
// docs they were built from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personalBudgetParamDocs } from '../../../src/model/councils/personalBudgetParams.ts';
import { numberSchema } from '../../../src/model/parameters/numberSchema.ts';
import {
  isAllowed,
  isNumberDoc,
  rangeText,
  type AnyParameterDoc,
  type ParameterDoc,
} from '../../../src/model/parameters/parameterDoc.ts';
import {
  episodeYearsDoc,
  personChoiceDocs,
  personParameterDocs,
} from '../../../src/model/parameters/personParameters.ts';
import {
  policyChoiceDocs,
  policyParameterDocs,
  upperLimitDocs,
} from '../../../src/model/parameters/policyParameters.ts';
import {
  scenarioChoiceDocs,
  scenarioParameterDocs,
  uncertaintyParameterDocs,
} from '../../../src/model/parameters/scenarioParameters.ts';
import { policySchema, settings } from '../../../src/model/policy/index.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';

const allDocs: [string, AnyParameterDoc][] = [
  ...Object.entries(policyParameterDocs),
  ...Object.entries(policyChoiceDocs),
  ...Object.entries(scenarioParameterDocs),
  ...Object.entries(uncertaintyParameterDocs),
  ...Object.entries(scenarioChoiceDocs),
  ...Object.entries(personParameterDocs),
  ['episodeYears', episodeYearsDoc],
  ...Object.entries(personChoiceDocs),
  ...Object.entries(personalBudgetParamDocs),
];
const numberDocs = allDocs.filter((e): e is [string, ParameterDoc] => isNumberDoc(e[1]));

describe('parameter docs', () => {
  it.each(allDocs)('%s has a label, a meaning and a source', (_, d) => {
    expect(d.label.length).toBeGreaterThan(1);
    expect(d.meaning.length).toBeGreaterThan(5);
    expect(d.source.length).toBeGreaterThan(2);
  });

  it.each(numberDocs)('%s has a unit, min ≤ max and a default and step it allows', (_, d) => {
    expect(d.unit.length).toBeGreaterThan(0);
    expect(d.min).toBeLessThanOrEqual(d.max);
    if (d.default !== undefined) expect(isAllowed(d, d.default)).toBe(true);
    if (d.step !== undefined) expect(d.step).toBeGreaterThan(0);
    if (d.integer && d.step !== undefined) expect(Number.isInteger(d.step)).toBe(true);
  });

  it.each(Object.entries(uncertaintyParameterDocs))(
    '%s has min ≤ low ≤ central ≤ high ≤ max',
    (_, d) => {
      expect([d.min, d.low, d.central, d.high, d.max]).toEqual(
        [d.min, d.low, d.central, d.high, d.max].sort((a, b) => a - b),
      );
    },
  );

  it('gives every assumption of the policy and the scenario a reason', () => {
    const own = [
      ...Object.values(policyParameterDocs),
      ...Object.values(policyChoiceDocs),
      ...Object.values(scenarioParameterDocs),
      ...Object.values(uncertaintyParameterDocs),
      ...Object.values(scenarioChoiceDocs),
    ];
    for (const d of own) {
      if (d.source.includes('[M]'))
        expect(d.source.replace('[M]', '').trim().length, d.label).toBeGreaterThan(20);
    }
  });

  it('marks shares, and only shares, as shown in percent', () => {
    for (const [path, d] of numberDocs) {
      if (d.percent) expect(d.unit, path).toMatch(/^(share|fraction)/);
      if (/^share/.test(d.unit)) expect(d.percent, path).toBe(true);
    }
  });

  it('lists the settings of the care episode schema, in order', () => {
    expect(personChoiceDocs['care[].setting'].options.map((o) => o.value)).toEqual([...settings]);
  });

  it('names the upper limits by where the higher one applies', () => {
    expect(upperLimitDocs('careHome').higher.label).toBe('Upper capital limit, care homes');
    expect(upperLimitDocs('homeCounted').other.label).toBe('Upper capital limit, otherwise');
    expect(upperLimitDocs('careHome').higher.max).toBe(
      policyParameterDocs['upperCapitalLimit.homeCounted'].max,
    );
  });
});

describe('numberSchema(doc)', () => {
  const docArb = fc
    .record({
      a: fc.integer({ min: -1000, max: 1000 }),
      b: fc.integer({ min: -1000, max: 1000 }),
      integer: fc.boolean(),
    })
    .map(({ a, b, integer }): ParameterDoc => ({
      label: 'X',
      unit: 'u',
      min: Math.min(a, b) / 4,
      max: Math.max(a, b) / 4,
      integer,
      meaning: 'a number',
      source: '[M] a test',
    }));
  const value = fc.oneof(
    fc.double(),
    fc.integer({ min: -300, max: 300 }).map((n) => n / 4),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0),
  );

  it('accepts exactly what isAllowed(doc) accepts', () => {
    fc.assert(
      fc.property(docArb, value, (doc, n) => {
        expect(numberSchema(doc).safeParse(n).success).toBe(isAllowed(doc, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the range and unit, and asks for whole numbers when the doc says so', () => {
    const doc: ParameterDoc = { ...scenarioParameterDocs.years };
    const messages = (v: unknown) =>
      numberSchema(doc)
        .safeParse(v)
        .error?.issues.map((i) => i.message);
    expect(rangeText(doc)).toBe('between 1 and 50 (years)');
    expect(messages(51)).toEqual(['between 1 and 50 (years)']);
    expect(messages(2.5)).toEqual(['must be a whole number between 1 and 50']);
    expect(messages('2')).toEqual(['must be a number between 1 and 50 (years)']);
    expect(messages(20)).toBeUndefined();
  });

  it('attaches the doc as zod metadata', () => {
    expect(numberSchema(policyParameterDocs.tariffBand).meta()).toEqual(
      policyParameterDocs.tariffBand,
    );
    expect(policySchema.shape.cap.unwrap().meta()?.label).toBe('Lifetime cap');
  });
});

describe('the scenario schema’s defaults', () => {
  it('are the docs’ defaults', () => {
    const s = scenarioSchema.parse({ seed: 's', arms: [{ name: 'b', policy: 'current' }] });
    for (const [path, d] of Object.entries(scenarioParameterDocs)) {
      const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s);
      expect(v, path).toBe('default' in d ? d.default : undefined);
    }
    for (const [path, d] of Object.entries(uncertaintyParameterDocs)) {
      const key = path.split('.')[1] as keyof typeof s.uncertainty;
      expect(s.uncertainty[key], path).toEqual({ low: d.low, central: d.central, high: d.high });
    }
    expect(s.personalBudgets.basis).toBe(scenarioChoiceDocs['personalBudgets.basis'].default);
    expect(s.uncertainty.personalBudgetCosts).toBe(
      scenarioChoiceDocs['uncertainty.personalBudgetCosts'].default,
    );
  });
});
