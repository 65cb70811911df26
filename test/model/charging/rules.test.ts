// The MIG's age bands (MODEL.md §2): which band an age is in, the rules compiled for each band,
// and the pension-credit age that moves the top band's start.
import { describe, expect, it } from 'vitest';
import {
  compileRulesByBand,
  migBand,
  MigBand,
  pensionCreditAgeIn,
} from '../../../src/model/charging/index.ts';
import { presets } from '../../../src/model/policy/index.ts';
import { p } from './rulesFor.ts';

describe('migBand', () => {
  it.each([
    [18, 66, MigBand.age18To24],
    [24.99, 66, MigBand.age18To24],
    [25, 66, MigBand.age25ToPensionAge],
    [65, 66, MigBand.age25ToPensionAge],
    [66, 66, MigBand.pensionCreditAge],
    [66, 67, MigBand.age25ToPensionAge],
    [90, 67, MigBand.pensionCreditAge],
  ])('age %s with pension credit from %s is band %s', (age, pensionAge, band) =>
    expect(migBand(age, pensionAge)).toBe(band),
  );
});

describe('compileRulesByBand: the rules differ only in the MIG', () => {
  it.each([
    // [preset, 18–24, 25 to pension age, pension-credit age] £ a week
    ['current', 89.18, 112.58, 232.81], // 2025-26: 2021-22 values × CPI 1.031·1.101·1.067·1.017
    ['reform-2021', 72.4, 91.4, 189], // 2021-22 [V]
    ['care-act-2014', 72.4, 91.4, 189], // 2016-17 [V]
    ['dilnot-2011', 63.49, 80.16, 165.75], // 2010-11: £165.75 and the 2016 ratios
  ] as const)('%s: MIG £%s, £%s, £%s', (id, young, working, pension) => {
    const byBand = compileRulesByBand(presets[id]);
    expect(byBand.map((r) => r.minimumIncomeGuarantee)).toEqual([p(young), p(working), p(pension)]);
    const withoutMig = byBand.map((r) => ({ ...r, minimumIncomeGuarantee: 0 }));
    for (const r of withoutMig) expect(r).toEqual(withoutMig[0]);
  });
});

describe('pensionCreditAgeIn (whole-year steps of the Pensions Acts)', () => {
  it.each([
    [2005, 60],
    [2011, 60],
    [2018, 64],
    [2019, 65],
    [2021, 66],
    [2027, 66],
    [2028, 67],
    [2060, 67],
  ])('%s: %s', (year, age) => expect(pensionCreditAgeIn(year)).toBe(age));
});
