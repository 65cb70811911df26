// Dated values (OpenFisca style): each value holds from its date to the next; gaps and dates
// before a series starts have no value; derived values state arithmetic that gives them.
import { describe, expect, it } from 'vitest';
import {
  datedSeries,
  lowerCapitalLimit,
  minimumIncomeGuarantee,
  minimumIncomeGuaranteeBands,
  personalExpensesAllowance,
  startOfYear,
  upperCapitalLimit,
  valueAt,
} from '../../../src/model/parameters/datedValues.ts';
import { presets } from '../../../src/model/policy/index.ts';

describe('valueAt', () => {
  it.each([
    ['2011-04-01', 22.6],
    ['2012-03-31', 22.6],
    ['2015-04-01', 24.4],
    ['2021-06-30', 24.4],
    ['2022-04-01', 25.65],
    ['2023-04-01', 28.25],
    ['2025-04-01', 30.65],
    ['2031-01-01', 30.65],
  ])('the PEA on %s is £%s a week (MODEL.md §2)', (date, value) =>
    expect(valueAt(personalExpensesAllowance, date)).toBe(value),
  );

  it.each(['2010-04-01', '2013-06-01', '2024-12-31'])(
    'refuses %s, for which no PEA is recorded',
    (date) => expect(() => valueAt(personalExpensesAllowance, date)).toThrow(/no value recorded/),
  );

  it('gives the capital limits frozen since 2010-11', () => {
    for (const date of ['2010-04-01', '2016-04-01', '2025-04-01']) {
      expect(valueAt(upperCapitalLimit, date)).toBe(23_250);
      expect(valueAt(lowerCapitalLimit, date)).toBe(14_250);
    }
  });

  it('startOfYear("2025-26") is 1 April 2025', () =>
    expect(startOfYear('2025-26')).toBe('2025-04-01'));
});

describe('the minimum income guarantee', () => {
  it('holds the 2021-22 bands, frozen since 2016-17 [V]', () => {
    expect(minimumIncomeGuaranteeBands.map((b) => valueAt(b.series, '2021-04-01'))).toEqual([
      72.4, 91.4, 189,
    ]);
    expect(valueAt(minimumIncomeGuarantee, '2016-04-01')).toBe(189);
  });

  it('gives the current preset’s £232.81 for 2025-26 at pension-credit age', () =>
    expect(valueAt(minimumIncomeGuarantee, '2025-04-01')).toBe(232.81));

  it('orders the bands by age, pension-credit age last', () =>
    expect(minimumIncomeGuaranteeBands.map((b) => b.minAge)).toEqual([18, 25, null]));

  it('states every derived value with arithmetic that gives it', () => {
    const derived = minimumIncomeGuaranteeBands.flatMap((b) =>
      b.series.values.filter((v) => v.source.startsWith('derived')),
    );
    expect(derived).toHaveLength(12);
    for (const v of derived) {
      const m = /^derived: £([\d.]+) × ([\d. ×]+) = £([\d.]+)/.exec(v.source);
      expect(m, v.source).not.toBeNull();
      const product = m![2]!.split(' × ').reduce((p, f) => p * Number(f), Number(m![1]));
      expect(Math.round(product * 100) / 100, v.source).toBe(v.value);
      expect(Number(m![3])).toBe(v.value);
    }
  });
});

describe('dated series', () => {
  it.each(datedSeries.map((s) => [s.label, s] as const))(
    '%s is in date order, each value with a source',
    (_, s) => {
      const dates = s.values.map((v) => v.from);
      expect(dates).toEqual([...dates].sort());
      for (const v of s.values) {
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(v.source.length).toBeGreaterThan(5);
      }
    },
  );
});

describe('the presets read the dated series', () => {
  it('current (2025-26): the limits, PEA and MIG of 1 April 2025, as before', () => {
    expect(presets.current).toMatchObject({
      upperCapitalLimit: { homeCounted: 23_250, otherwise: 23_250 },
      lowerCapitalLimit: 14_250,
      personalExpensesAllowance: 30.65,
      minimumIncomeGuarantee: 232.81,
    });
  });

  it('the other presets: the PEA and MIG of their years, as before', () => {
    expect(presets['dilnot-2011'].personalExpensesAllowance).toBe(22.6);
    expect(presets['dilnot-2011'].upperCapitalLimit.otherwise).toBe(23_250);
    expect(presets['dilnot-2011'].lowerCapitalLimit).toBe(14_250);
    for (const id of ['care-act-2014', 'reform-2021'] as const) {
      expect(presets[id].personalExpensesAllowance).toBe(24.4);
      expect(presets[id].minimumIncomeGuarantee).toBe(189);
    }
  });
});
