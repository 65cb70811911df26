// The four policy presets of MODEL.md §2, each with its source. Money at each preset's price year.
// The current means test, and the PEA and MIG of the other presets' years, read from the dated
// series (src/model/parameters/datedValues.ts).
import {
  lowerCapitalLimit,
  minimumIncomeGuarantee,
  minimumIncomeGuarantee18To24,
  minimumIncomeGuarantee25ToPensionAge,
  personalExpensesAllowance,
  startOfYear,
  upperCapitalLimit,
  valueAt,
} from '../parameters/datedValues.ts';
import type { Policy } from './schema.ts';

/** 52 weeks: the brief's convention for turning yearly amounts into weekly ones. */
const WEEKS_PER_YEAR = 52;

const APRIL_2025 = startOfYear('2025-26');
const currentUpperLimit = valueAt(upperCapitalLimit, APRIL_2025);

/** Means test without a cap, 2025-26 (limits frozen since 2010-11). */
export const current: Policy = {
  id: 'current',
  name: 'Current means test (2025-26), no cap',
  priceYear: '2025-26',
  source:
    'LAC(DHSC) charging circulars: UCL £23,250 / LCL £14,250 frozen since 2010-11; PEA £30.65 (2025-26). MIG £189.00 (2021-22) CPI-uprated from 2022 by September CPI 3.1%, 10.1%, 6.7%, 1.7% = £232.81 (derived); the 25-to-pension-age and 18–24 bands (£91.40, £72.40 in 2021-22) uprated alike.',
  cap: null,
  upperCapitalLimit: { homeCounted: currentUpperLimit, otherwise: currentUpperLimit },
  higherLimitAppliesTo: 'homeCounted',
  lowerCapitalLimit: valueAt(lowerCapitalLimit, APRIL_2025),
  tariffBand: 250,
  dailyLivingCost: 0,
  personalExpensesAllowance: valueAt(personalExpensesAllowance, APRIL_2025),
  minimumIncomeGuarantee: valueAt(minimumIncomeGuarantee, APRIL_2025),
  minimumIncomeGuarantee25ToPensionAge: valueAt(minimumIncomeGuarantee25ToPensionAge, APRIL_2025),
  minimumIncomeGuarantee18To24: valueAt(minimumIncomeGuarantee18To24, APRIL_2025),
  councilContributionCounts: true,
  propertyDisregardWeeks: 12,
  youngOnset: null,
  thresholdUprating: 'none',
};

/** Dilnot Commission, Fairer Care Funding (July 2011), at 2010-11 prices. */
export const dilnot2011: Policy = {
  id: 'dilnot-2011',
  name: 'Dilnot Commission (2011): £35,000 cap',
  priceYear: '2010-11',
  source:
    'Fairer Care Funding, Commission on Funding of Care and Support (July 2011), DH archive: cap £35,000 (range £25k–£50k), UCL £100,000 in residential care, DLC £7,000–£10,000 a year (£10,000 used, £192.31/week), zero cap for needs before 40 rising about £10,000 a decade (Disability News Service). PEA £22.60 (2011-12). MIG: Fairer Charging buffer, pension credit guarantee £132.60 + 25% = £165.75 (2010-11, derived); working-age bands £80.16 and £63.49 by the 2016 bands’ ratios (derived).',
  cap: 35_000,
  upperCapitalLimit: {
    homeCounted: 100_000,
    otherwise: valueAt(upperCapitalLimit, startOfYear('2010-11')),
  },
  higherLimitAppliesTo: 'careHome',
  lowerCapitalLimit: valueAt(lowerCapitalLimit, startOfYear('2010-11')),
  tariffBand: 250,
  dailyLivingCost: Math.round((10_000 / WEEKS_PER_YEAR) * 100) / 100,
  personalExpensesAllowance: valueAt(personalExpensesAllowance, startOfYear('2011-12')),
  minimumIncomeGuarantee: 165.75,
  // No 2010-11 working-age figures are recorded: the 2016 bands' ratios to the pension-age MIG
  // (91.40 and 72.40 to 189.00) applied to £165.75 [M].
  minimumIncomeGuarantee25ToPensionAge: Math.round(((165.75 * 91.4) / 189) * 100) / 100,
  minimumIncomeGuarantee18To24: Math.round(((165.75 * 72.4) / 189) * 100) / 100,
  councilContributionCounts: true,
  propertyDisregardWeeks: 12,
  youngOnset: { freeBeforeAge: 40, stepPerDecade: 10_000 },
  thresholdUprating: 'earnings',
};

/** Care Act 2014 Part 1 cap as planned for April 2016, at 2016-17 prices. */
export const careAct2014: Policy = {
  id: 'care-act-2014',
  name: 'Care Act 2014: £72,000 cap (planned April 2016)',
  priceYear: '2016-17',
  source:
    'Care Act 2014 factsheet 6; Age UK on the Care Act changes: cap £72,000 at pension age, UCL £118,000 when the home is counted and £27,000 otherwise, LCL £17,000, DLC £12,000 a year (£230/week), free care for needs before 18 (working-age scale never set: full cap used). PEA £24.40, MIG £189.00 at pension-credit age, £91.40 at 25 to pension age, £72.40 at 18–24 (2016-17).',
  cap: 72_000,
  upperCapitalLimit: { homeCounted: 118_000, otherwise: 27_000 },
  higherLimitAppliesTo: 'homeCounted',
  lowerCapitalLimit: 17_000,
  tariffBand: 250,
  dailyLivingCost: 230,
  personalExpensesAllowance: valueAt(personalExpensesAllowance, startOfYear('2016-17')),
  minimumIncomeGuarantee: valueAt(minimumIncomeGuarantee, startOfYear('2016-17')),
  minimumIncomeGuarantee25ToPensionAge: valueAt(
    minimumIncomeGuarantee25ToPensionAge,
    startOfYear('2016-17'),
  ),
  minimumIncomeGuarantee18To24: valueAt(minimumIncomeGuarantee18To24, startOfYear('2016-17')),
  councilContributionCounts: true,
  propertyDisregardWeeks: 12,
  youngOnset: { freeBeforeAge: 18, stepPerDecade: 0 },
  thresholdUprating: 'earnings',
};

/** 2021 reform with the November 2021 amendment, at 2021-22 prices (cancelled July 2024). */
export const reform2021: Policy = {
  id: 'reform-2021',
  name: '2021 reform: £86,000 cap, own contributions only',
  priceYear: '2021-22',
  source:
    'gov.uk Adult social care charging reform: further details and analysis (2021, updated 2022 and Sept 2024); Commons Library on the Nov 2021 amendment: cap £86,000 for all adults, UCL £100,000 in any setting, LCL £20,000, DLC £200/week, only the person’s own contributions count. PEA £24.40, MIG £189.00 at pension-credit age, £91.40 at 25 to pension age, £72.40 at 18–24 (2021-22).',
  cap: 86_000,
  upperCapitalLimit: { homeCounted: 100_000, otherwise: 100_000 },
  higherLimitAppliesTo: 'homeCounted',
  lowerCapitalLimit: 20_000,
  tariffBand: 250,
  dailyLivingCost: 200,
  personalExpensesAllowance: valueAt(personalExpensesAllowance, startOfYear('2021-22')),
  minimumIncomeGuarantee: valueAt(minimumIncomeGuarantee, startOfYear('2021-22')),
  minimumIncomeGuarantee25ToPensionAge: valueAt(
    minimumIncomeGuarantee25ToPensionAge,
    startOfYear('2021-22'),
  ),
  minimumIncomeGuarantee18To24: valueAt(minimumIncomeGuarantee18To24, startOfYear('2021-22')),
  councilContributionCounts: false,
  propertyDisregardWeeks: 12,
  youngOnset: null,
  thresholdUprating: 'earnings',
};

export const presets = {
  current,
  'dilnot-2011': dilnot2011,
  'care-act-2014': careAct2014,
  'reform-2021': reform2021,
} as const satisfies Record<string, Policy>;

export type PresetId = keyof typeof presets;
export const presetIds = Object.keys(presets) as PresetId[];
