// Parameters whose value changes over time, as dated series (OpenFisca style): each value holds
// from its date until the next one. Figures from MODEL.md §2; a value worked out from published
// ones says so, with its arithmetic. Plain data: the engine may read it without a schema.

/** One value of a series, in force from `from` (an ISO date) until the next value's date. */
export interface DatedValue {
  /** First day the value applies, "YYYY-MM-DD"; charging years start in April. */
  from: string;
  /** The value, or null where no figure is recorded here (valueAt then refuses that date). */
  value: number | null;
  /** Where the figure comes from, with MODEL.md's tags, or "derived: …" with its arithmetic. */
  source: string;
}

/** A parameter's values over time, oldest first. */
export interface DatedSeries {
  label: string;
  unit: string;
  meaning: string;
  values: readonly DatedValue[];
}

/** 1 April of a financial year such as "2025-26": the date its charging rules start. */
export const startOfYear = (financialYear: string): string => `${financialYear.slice(0, 4)}-04-01`;

/** The value in force on `date` ("YYYY-MM-DD"); throws when the series records none for it. */
export function valueAt(series: DatedSeries, date: string): number {
  let found: DatedValue | undefined;
  for (const v of series.values) if (v.from <= date) found = v;
  if (found?.value == null) throw new RangeError(`${series.label}: no value recorded for ${date}`);
  return found.value;
}

const CIRCULARS = '[V] LAC(DHSC) charging circulars (MODEL.md §2)';

/** Personal expenses allowance: income a care-home resident keeps, £/week. */
export const personalExpensesAllowance: DatedSeries = {
  label: 'Personal expenses allowance',
  unit: '£/week',
  meaning: 'Income a care-home resident keeps (PEA)',
  values: [
    { from: '2011-04-01', value: 22.6, source: `2011-12 ${CIRCULARS}` },
    { from: '2012-04-01', value: null, source: 'not recorded here (MODEL.md gives no figure)' },
    { from: '2015-04-01', value: 24.4, source: `2015-16 to 2021-22 ${CIRCULARS}` },
    { from: '2022-04-01', value: 25.65, source: `2022-23 ${CIRCULARS}` },
    { from: '2023-04-01', value: 28.25, source: `2023-24 ${CIRCULARS}` },
    { from: '2024-04-01', value: null, source: 'not recorded here (MODEL.md gives no figure)' },
    { from: '2025-04-01', value: 30.65, source: `2025-26 ${CIRCULARS}` },
  ],
};

/**
 * September CPI, 12-month rate, by which the MIG is uprated the following April (2022-23 by
 * September 2021's rate): the rates stated in the current preset's source.
 */
export const SEPTEMBER_CPI: Readonly<Record<number, number>> = {
  2021: 0.031,
  2022: 0.101,
  2023: 0.067,
  2024: 0.017,
};

const pct = (r: number) => `${Math.round(r * 1000) / 10}%`;

/**
 * The MIG of one age band: the 2021-22 value (frozen since 2016-17) [V], then CPI-uprated from
 * April 2022 [V] by each September's CPI. The uprated values are derived here, not published
 * figures: base × the product of the rates, rounded to the penny once (not year by year).
 */
function migSeries(band: string, base2021: number): DatedSeries {
  const values: DatedValue[] = [
    {
      from: '2016-04-01',
      value: base2021,
      source: `[V] 2021-22 value, frozen since 2016-17 (MODEL.md §2)`,
    },
  ];
  let factor = 1;
  const steps: string[] = [];
  const rates: string[] = [];
  for (const year of [2021, 2022, 2023, 2024]) {
    const rate = SEPTEMBER_CPI[year]!;
    factor *= 1 + rate;
    steps.push((1 + rate).toFixed(3));
    rates.push(`${year} ${pct(rate)}`);
    const value = Math.round(base2021 * factor * 100) / 100;
    values.push({
      from: `${year + 1}-04-01`,
      value,
      source: `derived: £${base2021.toFixed(2)} × ${steps.join(' × ')} = £${value.toFixed(2)}, CPI-uprated from 2022 [V] by September CPI (${rates.join(', ')})`,
    });
  }
  return {
    label: `Minimum income guarantee, ${band}`,
    unit: '£/week',
    meaning: `Income a person receiving care at home keeps (MIG), single, ${band}`,
    values,
  };
}

/**
 * The MIG's age bands, youngest first. `minAge` null: from pension-credit qualifying age, which
 * follows the state pension age (the engine will need it to apply the bands by age).
 */
export const minimumIncomeGuaranteeBands = [
  { id: 'age18to24', minAge: 18, series: migSeries('aged 18–24', 72.4) },
  { id: 'age25toPensionAge', minAge: 25, series: migSeries('aged 25 to pension-credit age', 91.4) },
  { id: 'pensionCreditAge', minAge: null, series: migSeries('pension-credit age', 189) },
] as const satisfies readonly { id: string; minAge: number | null; series: DatedSeries }[];

/** The MIG at pension-credit age. */
export const minimumIncomeGuarantee: DatedSeries = minimumIncomeGuaranteeBands[2].series;
/** The MIG from 25 to pension-credit age. */
export const minimumIncomeGuarantee25ToPensionAge: DatedSeries =
  minimumIncomeGuaranteeBands[1].series;
/** The MIG at 18 to 24. */
export const minimumIncomeGuarantee18To24: DatedSeries = minimumIncomeGuaranteeBands[0].series;

const PENSION_ACTS =
  '[V2] Pensions Acts 1995, 2011 and 2014: pension credit can be claimed from the state pension age of women';

/**
 * Pension-credit qualifying age, years: the age at which the pension-age MIG starts. Whole-year
 * steps [M]: the law moves it by months (60 to 65 between April 2010 and November 2018, 66 by
 * October 2020, 67 between 2026 and 2028); a step is placed where the age is reached.
 */
export const pensionCreditAge: DatedSeries = {
  label: 'Pension-credit qualifying age',
  unit: 'years',
  meaning: 'Age from which the pension-age MIG applies (the state pension age of women)',
  values: [
    { from: '1948-04-01', value: 60, source: `${PENSION_ACTS}: 60 until April 2010` },
    { from: '2012-04-01', value: 61, source: `${PENSION_ACTS}: rising from April 2010 [M] step` },
    { from: '2014-04-01', value: 62, source: `${PENSION_ACTS} [M] step` },
    { from: '2016-04-01', value: 63, source: `${PENSION_ACTS} [M] step` },
    { from: '2017-04-01', value: 64, source: `${PENSION_ACTS} [M] step` },
    { from: '2018-11-06', value: 65, source: `${PENSION_ACTS}: 65 from November 2018` },
    { from: '2020-10-06', value: 66, source: `${PENSION_ACTS}: 66 from October 2020` },
    { from: '2028-04-01', value: 67, source: `${PENSION_ACTS}: 67 by 2028 (rising from 2026)` },
  ],
};

/** Upper capital limit of the current means test, £. */
export const upperCapitalLimit: DatedSeries = {
  label: 'Upper capital limit',
  unit: '£',
  meaning: 'Above this capital the person pays in full (current means test)',
  values: [{ from: '2010-04-01', value: 23_250, source: `frozen since 2010-11 ${CIRCULARS}` }],
};

/** Lower capital limit of the current means test, £. */
export const lowerCapitalLimit: DatedSeries = {
  label: 'Lower capital limit',
  unit: '£',
  meaning: 'Capital below which no tariff income is assumed (current means test)',
  values: [{ from: '2010-04-01', value: 14_250, source: `frozen since 2010-11 ${CIRCULARS}` }],
};

/** Every dated series, for the parameter docs. */
export const datedSeries: readonly DatedSeries[] = [
  personalExpensesAllowance,
  ...minimumIncomeGuaranteeBands.map((b) => b.series),
  pensionCreditAge,
  upperCapitalLimit,
  lowerCapitalLimit,
];
