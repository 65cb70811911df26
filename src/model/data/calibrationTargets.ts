// Calibration targets for the population and care-career model (MODEL.md §4 unless tagged), each
// with its published value, accepted range and source.

/** A published figure the simulation must reproduce, with the accepted range. */
export interface Target {
  /** What is measured. */
  label: string;
  /** Published value as text. */
  published: string;
  source: string;
  /** Unit of the simulated value and range, e.g. "share", "persons", "£bn", "years". */
  unit: string;
  min: number;
  max: number;
}

const share = (
  label: string,
  published: string,
  source: string,
  min: number,
  max: number,
): Target => ({ label, published, source, unit: 'share', min, max });
const within = (
  label: string,
  published: string,
  source: string,
  unit: string,
  value: number,
  tolerance: number,
): Target => ({
  label,
  published,
  source,
  unit,
  min: value * (1 - tolerance),
  max: value * (1 + tolerance),
});

/** Share of long-term support spend on people aged 65+, 2022-23 [V: ASC-FR 2022-23, 50.4%]. */
export const LTS_SHARE_65 = 0.504;

/** Every target of the population model, in the order the calibration table prints them. */
export const TARGETS = {
  costUnder1k: share(
    'Lifetime care cost at 65 < £1,000 (2010-11 prices)',
    '≈25%',
    '[V] DH 2013 citing Dilnot',
    0.18,
    0.32,
  ),
  costUpTo20k: share(
    'Lifetime care cost at 65 ≤ £20,000',
    '≈50%',
    '[V2] Anchor, citing Dilnot',
    0.42,
    0.58,
  ),
  costUpTo35k: share(
    'Lifetime care cost at 65 ≤ £35,000',
    '≈67%',
    '[V2] Browne Jacobson on Dilnot',
    0.59,
    0.75,
  ),
  costOver100k: share(
    'Lifetime care cost at 65 > £100,000',
    '≈10% (8–15%)',
    '[V] DH 2013; Care Act factsheet',
    0.08,
    0.15,
  ),
  careHomeRisk: share(
    'Lifetime risk of a care-home stay at 65',
    'men 20%, women 36% (1995-96)',
    '[M] Bebbington, Darton & Netten 2001; range men–women',
    0.18,
    0.36,
  ),
  careHomeStay: {
    label: 'Mean length of a care-home stay',
    published: '≈2.5 yr',
    source: '[V2] (±0.5 yr [M])',
    unit: 'years',
    min: 2.0,
    max: 3.0,
  },
  population65: within(
    'Population 65+, England (2021)',
    '10.4 m',
    '[V] Census 2021',
    'persons',
    10.4e6,
    0.05,
  ),
  population85: within(
    'Population 85+, England (2021)',
    '≈1.3 m',
    '[M] Census 2021',
    'persons',
    1.3e6,
    0.15,
  ),
  lifeExpectancy65Men: {
    label: 'Life expectancy at 65, men',
    published: '18.3–19.7 yr',
    source: '[V] ONS',
    unit: 'years',
    min: 17.3,
    max: 20.7,
  },
  lifeExpectancy65Women: {
    label: 'Life expectancy at 65, women',
    published: '20.9–22.0 yr',
    source: '[V] ONS',
    unit: 'years',
    min: 19.9,
    max: 23.0,
  },
  lifeExpectancy85Men: {
    label: 'Life expectancy at 85, men',
    published: '5.8 yr (2010–12)',
    source: '[V] ONS (±1 yr as at 65)',
    unit: 'years',
    min: 4.8,
    max: 6.8,
  },
  lifeExpectancy85Women: {
    label: 'Life expectancy at 85, women',
    published: '6.8 yr (2010–12)',
    source: '[V] ONS (±1 yr as at 65)',
    unit: 'years',
    min: 5.8,
    max: 7.8,
  },
  careHomeShare: share(
    'People 65+ in care homes (2021)',
    '≈2.5% of 65+',
    '[V] Census 2021',
    0.018,
    0.032,
  ),
  selfFunderAll: share(
    'Self-funders among care-home residents, all ages (2022-23)',
    '37.0%',
    '[V] ONS',
    0.32,
    0.42,
  ),
  selfFunderOlder: share(
    'Self-funders among care-home residents 65+ (older-people homes)',
    '48.9%',
    '[V] ONS',
    0.439,
    0.539,
  ),
  selfFunderSouthEast: share(
    'Self-funders among care-home residents, South East',
    '47.5%',
    '[V] ONS',
    0.395,
    0.555,
  ),
  selfFunderNorthEast: share(
    'Self-funders among care-home residents, North East',
    '26.4%',
    '[V] ONS',
    0.184,
    0.344,
  ),
  councilFunded65: within(
    'Council-funded long-term support 65+, during 2023-24',
    '559,220',
    '[V] NHS England ASC-FR/SALT',
    'persons',
    559_220,
    0.15,
  ),
  olderSpend2020: within(
    'Older-people long-term support spend, 2020-21',
    '£7.8 bn',
    '[V2] ASC-FR 2020-21',
    '£bn',
    7.8,
    0.2,
  ),
  olderSpend2020CareHomes: within(
    '… of which care homes',
    '£4.8 bn',
    '[V2] ASC-FR 2020-21',
    '£bn',
    4.8,
    0.2,
  ),
  olderSpend2020Community: within(
    '… of which community',
    '£2.9 bn',
    '[V2] ASC-FR 2020-21',
    '£bn',
    2.9,
    0.2,
  ),
  wealthOver500k: share(
    '65+ in households with wealth > £500k (2008-10)',
    '31%',
    '[V] ONS WAS, June 2013',
    0.25,
    0.37,
  ),
  wealthUnder50k: share(
    '65+ in households with wealth < £50k (2008-10)',
    '14%',
    '[V] ONS WAS, June 2013',
    0.08,
    0.2,
  ),
  wealthQuintile2Low: within(
    'Wealth per person 65+, 2nd quintile from (2022)',
    '£83k',
    '[V] IFS',
    '£',
    83_000,
    0.2,
  ),
  wealthQuintile2High: within(
    'Wealth per person 65+, 2nd quintile to (2022)',
    '£183k',
    '[V] IFS',
    '£',
    183_000,
    0.2,
  ),
  homeOwnership: share('Home ownership, 65+ households', '≈75%', '[M]', 0.7, 0.8),
  feeResidential: within(
    'Council care-home fee 65+, residential, 2023-24',
    '£916/wk',
    '[V2] ASC-FR table',
    '£/wk',
    916,
    0.1,
  ),
  feeNursing: within(
    'Council care-home fee 65+, nursing, 2023-24',
    '£1,026/wk',
    '[V2] ASC-FR table',
    '£/wk',
    1026,
    0.1,
  ),
  homeCareRate2024: within(
    'Home care council rate, 2024-25',
    '£23.26/hr',
    '[V] Homecare Association',
    '£/hr',
    23.26,
    0.1,
  ),
  homeCareRate2025: within(
    'Home care council rate, 2025-26',
    '£24.10/hr',
    '[V] Homecare Association',
    '£/hr',
    24.1,
    0.1,
  ),
} as const satisfies Record<string, Target>;

/** Identifier of a target, e.g. "careHomeShare". */
export type TargetId = keyof typeof TARGETS;
