// Personal-budget parameters: documented ranges, valid defaults, and cost-effect draws that stay
// within their low–high ranges.
import { describe, expect, it } from 'vitest';
import {
  defaultPersonalBudgetParams,
  personalBudgetParamDocs,
  sampleCostEffects,
  triangular,
  withoutCostEffects,
} from '../../../src/model/councils/personalBudgetParams.ts';
import { personalBudgetParamsSchema } from '../../../src/model/councils/personalBudgetParamsSchema.ts';
import { streamFor } from '../../../src/model/rng.ts';

const docs = Object.entries(personalBudgetParamDocs);

describe('personalBudgetParamDocs', () => {
  it.each(docs)(
    '%s has min ≤ low ≤ central ≤ high ≤ max, a unit, a meaning and a source',
    (_k, d) => {
      expect(d.min).toBeLessThanOrEqual(d.low);
      expect(d.low).toBeLessThanOrEqual(d.central);
      expect(d.central).toBeLessThanOrEqual(d.high);
      expect(d.high).toBeLessThanOrEqual(d.max);
      expect(d.unit.length).toBeGreaterThan(0);
      expect(d.meaning.length).toBeGreaterThan(10);
      expect(d.source.length).toBeGreaterThan(2);
    },
  );

  it('attaches the documentation to each schema field as zod metadata', () => {
    const meta = personalBudgetParamsSchema.shape.supportCostDirectPayment.meta();
    expect(meta).toMatchObject({ unit: '£/year per direct payment, 2010-11 prices', low: 100 });
    expect(meta?.source).toMatch(/ADASS/);
  });
});

describe('personalBudgetParamsSchema', () => {
  it('accepts the defaults, which are the central values', () => {
    expect(personalBudgetParamsSchema.parse(defaultPersonalBudgetParams)).toEqual(
      defaultPersonalBudgetParams,
    );
    for (const [k, d] of docs) {
      expect(defaultPersonalBudgetParams[k as keyof typeof personalBudgetParamDocs]).toBe(
        d.central,
      );
    }
  });

  it('rejects a value outside its range, naming the range and unit', () => {
    const r = personalBudgetParamsSchema.safeParse({
      ...defaultPersonalBudgetParams,
      adassEligibleShare: 1.5,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/between 0.3 and 1/);
  });

  it('rejects unknown fields', () => {
    expect(
      personalBudgetParamsSchema.safeParse({ ...defaultPersonalBudgetParams, extra: 1 }).success,
    ).toBe(false);
  });
});

describe('withoutCostEffects', () => {
  it('zeroes set-up, support, unit-cost differences, savings and stranded cost', () => {
    const p = withoutCostEffects(defaultPersonalBudgetParams);
    expect(p).toMatchObject({
      setupCostPerBudget: 0,
      supportCostDirectPayment: 0,
      supportCostManaged: 0,
      directPaymentUnitCost: 0,
      managedUnitCost: 0,
      highCostSaving: 0,
      strandedFraction: 0,
    });
  });
});

describe('sampleCostEffects', () => {
  it('draws each cost effect within its low–high range and keeps the other fields', () => {
    for (let r = 0; r < 50; r++) {
      const p = sampleCostEffects(defaultPersonalBudgetParams, streamFor('params', r));
      for (const [k, d] of docs) {
        const v = p[k as keyof typeof personalBudgetParamDocs];
        if (d.costEffect) {
          expect(v).toBeGreaterThanOrEqual(d.low);
          expect(v).toBeLessThanOrEqual(d.high);
        } else expect(v).toBe(d.central);
      }
    }
  });

  it('returns a new object with every field of its base, in order, valid under the schema', () => {
    const base = { ...defaultPersonalBudgetParams, targetBasis: 'adass' as const };
    const p = sampleCostEffects(base, streamFor('params', 7));
    expect(p).not.toBe(base);
    expect(Object.keys(p)).toEqual(Object.keys(base));
    expect(p.targetBasis).toBe('adass');
    expect(personalBudgetParamsSchema.parse(p)).toEqual(p);
    expect(base).toEqual({ ...defaultPersonalBudgetParams, targetBasis: 'adass' });
  });

  it('gives the same draw for the same stream', () => {
    const a = sampleCostEffects(defaultPersonalBudgetParams, streamFor('params', 3));
    const b = sampleCostEffects(defaultPersonalBudgetParams, streamFor('params', 3));
    expect(a).toEqual(b);
  });
});

describe('triangular', () => {
  it.each([
    [0, 0],
    [0.5, 5],
    [1, 10],
  ])('triangular(0, 5, 10, %f) = %f', (u, x) => {
    expect(triangular(0, 5, 10, u)).toBeCloseTo(x, 12);
  });

  it('returns the mode when low equals high', () => {
    expect(triangular(3, 3, 3, 0.7)).toBe(3);
  });
});
