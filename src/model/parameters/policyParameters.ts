// Documentation of every parameter of a charging policy (MODEL.md §2–3), keyed by its path in the
// policy. The policy schema, its overrides and the forms are derived from these; the values of
// each regime are in its preset (presets.ts).
import type { ChoiceDoc, FlagDoc, ParameterDoc } from './parameterDoc.ts';

const PRESETS = 'Set by each preset (MODEL.md §2)';

/** Every numeric policy parameter. Money is £ at the policy's price year. */
export const policyParameterDocs = {
  cap: {
    label: 'Lifetime cap',
    unit: '£',
    min: 0,
    max: 10_000_000,
    step: 1000,
    meaning: 'Lifetime limit on what counts towards the care account (none: no cap)',
    source: `${PRESETS} [V]: none (current), £35,000 (Dilnot 2011, range £25k–£50k), £72,000 (Care Act 2014, pension age), £86,000 (2021 reform, all adults)`,
  },
  'upperCapitalLimit.homeCounted': {
    label: 'Upper capital limit, home counted',
    unit: '£',
    min: 0,
    max: 2_000_000,
    step: 1000,
    meaning:
      'Upper capital limit that applies when the higher limit applies (see higherLimitAppliesTo)',
    source: `${PRESETS} [V]: £23,250 (current, LAC(DHSC) circulars, frozen since 2010-11), £100,000 in care homes (Dilnot 2011), £118,000 when the home is counted (Care Act 2014), £100,000 (2021 reform)`,
  },
  'upperCapitalLimit.otherwise': {
    label: 'Upper capital limit, otherwise',
    unit: '£',
    min: 0,
    max: 2_000_000,
    step: 1000,
    meaning: 'Upper capital limit in every other case',
    source: `${PRESETS} [V]: £23,250 (current and Dilnot 2011), £27,000 (Care Act 2014), £100,000 (2021 reform)`,
  },
  lowerCapitalLimit: {
    label: 'Lower capital limit',
    unit: '£',
    min: 0,
    max: 2_000_000,
    step: 1000,
    meaning: 'Capital below which no tariff income is assumed',
    source: `${PRESETS} [V]: £14,250 (current, frozen since 2010-11, and Dilnot 2011), £17,000 (Care Act 2014), £20,000 (2021 reform)`,
  },
  tariffBand: {
    label: 'Tariff band',
    unit: '£',
    min: 1,
    max: 100_000,
    step: 50,
    meaning:
      'Tariff income is £1/week for each band (or part of a band) of capital above the lower limit',
    source: '£250 in every preset [V] (MODEL.md §2)',
  },
  dailyLivingCost: {
    label: 'Daily living costs',
    unit: '£/week',
    min: 0,
    max: 5_000,
    step: 5,
    meaning: 'Daily living costs in a care home: outside the cap, payable for life',
    source: `${PRESETS} [V]: none (current); £7,000–£10,000 a year (Dilnot 2011: £10,000 used, derived £192.31/week at 52 weeks); £12,000 a year, ≈£230/week (Care Act 2014); £200/week (2021 reform)`,
  },
  personalExpensesAllowance: {
    label: 'Personal expenses allowance',
    unit: '£/week',
    min: 0,
    max: 1_000,
    step: 0.05,
    meaning: 'Income a care-home resident keeps (PEA)',
    source:
      'Dated series [V] (LAC(DHSC) circulars, MODEL.md §2): each preset takes the value of its year; see the dated values',
  },
  minimumIncomeGuarantee: {
    label: 'Minimum income guarantee',
    unit: '£/week',
    min: 0,
    max: 2_000,
    step: 0.05,
    meaning: 'Income a person receiving care at home keeps (MIG), pension-credit age single',
    source:
      'Dated series (MODEL.md §2): £189.00 frozen 2016-17 to 2021-22 [V], CPI-uprated from 2022 [V] (2025-26 derived); Dilnot 2011: the Fairer Charging buffer, pension credit guarantee £132.60 + 25% = £165.75 (derived)',
  },
  minimumIncomeGuarantee25ToPensionAge: {
    label: 'Minimum income guarantee, 25 to pension age',
    unit: '£/week',
    min: 0,
    max: 2_000,
    step: 0.05,
    meaning: 'Income a person aged 25 to pension-credit age receiving care at home keeps (MIG)',
    source:
      'Dated series (MODEL.md §2): £91.40 frozen 2016-17 to 2021-22 [V], CPI-uprated from 2022 [V] (2025-26 derived); Dilnot 2011: £165.75 × 91.40/189.00 = £80.16 (derived [M]: the 2016 bands’ ratio)',
  },
  minimumIncomeGuarantee18To24: {
    label: 'Minimum income guarantee, 18 to 24',
    unit: '£/week',
    min: 0,
    max: 2_000,
    step: 0.05,
    meaning: 'Income a person aged 18 to 24 receiving care at home keeps (MIG)',
    source:
      'Dated series (MODEL.md §2): £72.40 frozen 2016-17 to 2021-22 [V], CPI-uprated from 2022 [V] (2025-26 derived); Dilnot 2011: £165.75 × 72.40/189.00 = £63.49 (derived [M]: the 2016 bands’ ratio)',
  },
  propertyDisregardWeeks: {
    label: 'Property disregard',
    unit: 'weeks',
    min: 0,
    max: 520,
    step: 1,
    meaning: 'The home is not counted in the first weeks of a permanent care-home stay',
    source: '12 weeks in every preset [V] (MODEL.md §3, rule 2)',
  },
  'youngOnset.freeBeforeAge': {
    label: 'Free care before age',
    unit: 'years',
    min: 0,
    max: 120,
    step: 1,
    meaning: 'Care is free (cap £0) when eligible needs began before this age',
    source:
      '40 (Dilnot 2011 [V]: Disability News Service on the report), 18 (Care Act 2014 [V]); no young-onset rule in the current means test or the 2021 reform (£86,000 for all adults [M])',
  },
  'youngOnset.stepPerDecade': {
    label: 'Cap per decade of age',
    unit: '£ per decade of age',
    min: 0,
    max: 1_000_000,
    step: 1000,
    meaning:
      'From freeBeforeAge the cap is this amount for each started decade of age, up to the full cap; 0 means the full cap applies at once',
    source:
      '≈£10,000 a decade (Dilnot 2011 [V]); 0 for the Care Act 2014 [M]: its working-age scale was never set, so the full cap is used',
  },
  overridesPriceYear: {
    label: 'Price year of the overrides',
    unit: 'year',
    min: 2000,
    max: 2100,
    integer: true,
    step: 1,
    meaning:
      'Calendar year whose prices the overrides are in (the financial year starting that April); default: the preset’s price year',
    source: 'the preset’s price year unless stated',
  },
} as const satisfies Record<string, ParameterDoc>;

export type PolicyParameterPath = keyof typeof policyParameterDocs;

/** The policy parameters that are not numbers. */
export const policyChoiceDocs = {
  higherLimitAppliesTo: {
    kind: 'choice',
    label: 'Higher upper limit applies',
    meaning:
      'Whether the homeCounted limit applies when the home is counted in the means test (Care Act 2014) or to any care-home resident (Dilnot 2011)',
    options: [
      { value: 'homeCounted', label: 'When the home is counted' },
      { value: 'careHome', label: 'To any care-home resident' },
    ],
    source: `${PRESETS} [V]: careHome for Dilnot 2011 (£100,000 in residential care); homeCounted for the others`,
  },
  councilContributionCounts: {
    kind: 'flag',
    label: 'Council contributions count towards the cap',
    meaning:
      "Whether the council's contribution to eligible care counts towards the cap (if not, only the person's own: the Nov 2021 amendment)",
    source: `${PRESETS} [V]: false for the 2021 reform (Nov 2021 amendment, Commons Library); true for the others`,
  },
  thresholdUprating: {
    kind: 'choice',
    label: 'Cap and capital limits uprated by',
    meaning:
      'How the cap, the upper and lower capital limits and the care accounts metered against the cap keep their value from year to year: by prices (held in real terms), by average earnings (rising in real terms by the scenario’s real earnings growth), or not at all (frozen in cash, falling in real terms by CPI). Care fees grow by the scenario’s fee growth above CPI whatever is chosen',
    options: [
      { value: 'earnings', label: 'Average earnings' },
      { value: 'cpi', label: 'Prices (CPI)' },
      { value: 'none', label: 'Not uprated (frozen in cash)' },
    ],
    source: `${PRESETS}: none for the current means test [V: UCL £23,250 and LCL £14,250 frozen in cash since 2010-11, LAC(DHSC) circulars]; earnings for the 2021 reform, the Care Act 2014 and Dilnot 2011 [M: the Care Act 2014 provides for the cap’s annual adjustment and MODEL.md §3.4 keeps the care account in cash, uprated with the cap; the index stated in the 2021 reform’s own documents was not found in what was read here, so average earnings, the index of the Care Act’s adjustment as secondary accounts give it, is assumed]`,
  },
} as const satisfies Record<string, ChoiceDoc | FlagDoc>;

/**
 * The docs of the two upper capital limits as a form shows them for a policy: "care homes" and
 * "care at home" where the higher limit is for any care-home stay (Dilnot 2011), "home counted"
 * and "otherwise" where it applies when the home is counted.
 */
export function upperLimitDocs(appliesTo: 'homeCounted' | 'careHome'): {
  higher: ParameterDoc;
  other: ParameterDoc;
} {
  const higher = policyParameterDocs['upperCapitalLimit.homeCounted'];
  const other = policyParameterDocs['upperCapitalLimit.otherwise'];
  return appliesTo === 'careHome'
    ? {
        higher: {
          ...higher,
          label: 'Upper capital limit, care homes',
          meaning: 'Above this capital a care-home resident pays in full',
        },
        other: {
          ...other,
          label: 'Upper capital limit, care at home',
          meaning: 'The same limit for care at home',
        },
      }
    : {
        higher: {
          ...higher,
          label: 'Upper capital limit, home counted',
          meaning: 'Above this capital the person pays in full, when their home is counted',
        },
        other: {
          ...other,
          label: 'Upper capital limit, otherwise',
          meaning: 'The same limit in every other case',
        },
      };
}
