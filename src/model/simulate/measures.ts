// The measures a simulation records, defined once (MODEL.md §7): name, unit and meaning.
// Money is £ a year at the start year's prices; people are counts for England.

export interface MeasureDef {
  name: string;
  unit: '£ a year' | 'people' | 'share';
  meaning: string;
}

export const measureDefs = [
  {
    name: 'council_net_spend',
    unit: '£ a year',
    meaning:
      'Net council spending on care for the simulated people, after their contributions: all components below',
  },
  {
    name: 'council_spend_means_tested',
    unit: '£ a year',
    meaning: 'Council support for eligible care before any cap is reached (the means test)',
  },
  {
    name: 'council_spend_after_cap',
    unit: '£ a year',
    meaning: 'Council spending on eligible care for people who have reached the cap',
  },
  {
    name: 'council_spend_dlc_support',
    unit: '£ a year',
    meaning: 'Council help with daily living costs in care homes for people who cannot meet them',
  },
  {
    name: 'council_spend_admin',
    unit: '£ a year',
    meaning: 'Assessments and care-account administration for self-funders (only under a cap)',
  },
  {
    name: 'council_spend_personal_budgets',
    unit: '£ a year',
    meaning:
      'Extra cost of the personal-budget target against no target (set-up, support, unit costs, stranded costs, savings)',
  },
  {
    name: 'person_spend',
    unit: '£ a year',
    meaning:
      'What people pay towards their care, daily living costs and fees above the council rate',
  },
  {
    name: 'person_spend_dlc',
    unit: '£ a year',
    meaning: 'Part of person_spend that is daily living costs in care homes',
  },
  {
    name: 'people_in_care',
    unit: 'people',
    meaning: 'People receiving long-term care at any time in the year',
  },
  {
    name: 'people_in_care_homes',
    unit: 'people',
    meaning: 'People in a residential or nursing home at any time in the year',
  },
  {
    name: 'self_funders_in_care_homes',
    unit: 'people',
    meaning:
      'Care-home residents paying the full fee themselves for most of their weeks in the year',
  },
  {
    name: 'people_council_funded',
    unit: 'people',
    meaning: 'People in care to whose care the council contributes during the year',
  },
  {
    name: 'people_reaching_cap',
    unit: 'people',
    meaning: 'People whose care account reaches the cap during the year',
  },
  {
    name: 'people_at_cap',
    unit: 'people',
    meaning: 'People in care who have reached the cap (new or earlier)',
  },
  { name: 'deaths', unit: 'people', meaning: 'Deaths among the simulated people in the year' },
  {
    name: 'population_65plus',
    unit: 'people',
    meaning: 'Simulated people aged 65+ alive at the start of the year',
  },
  {
    name: 'pb_uptake_ni130',
    unit: 'share',
    meaning: 'Personal-budget holders ÷ users under National Indicator 130, at the end of the year',
  },
  {
    name: 'pb_uptake_adass',
    unit: 'share',
    meaning:
      'Personal-budget holders ÷ users ADASS counts as eligible (≈70% of NI130), at the end of the year',
  },
] as const satisfies readonly MeasureDef[];

export type MeasureName = (typeof measureDefs)[number]['name'];
export const MEASURE_COUNT = measureDefs.length;

/** Index of each measure in result arrays. */
export const M = Object.fromEntries(measureDefs.map((d, i) => [d.name, i])) as Record<
  MeasureName,
  number
>;

/** Measures summed over people and weighted to England (the rest are set per replicate). */
export const isAdditive = (name: MeasureName): boolean => !name.startsWith('pb_uptake');
