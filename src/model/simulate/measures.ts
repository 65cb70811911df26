// The measures a simulation records, defined once (MODEL.md §7): name, unit and meaning.
// Money is £ a year at the start year's prices; people are counts for England.

export interface MeasureDef {
  name: string;
  unit: '£ a year' | 'people' | 'share';
  meaning: string;
}

const baseMeasures = [
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
      'Extra cost of the personal-budget and direct-payment targets against no target, for the council-supported people at home (set-up, support, unit costs, stranded costs, savings)',
  },
  {
    name: 'council_spend_gross',
    unit: '£ a year',
    meaning:
      'Gross council spending on care it arranges: what councils pay providers before people’s contributions (ASC-FR’s gross current expenditure on long-term support)',
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
    name: 'care_home_residents',
    unit: 'people',
    meaning:
      'People in a residential or nursing home at a point in the year, averaged over the year (resident-years)',
  },
  {
    name: 'self_funders_in_care_homes',
    unit: 'people',
    meaning:
      'Care-home residents paying the full cost of their care themselves (above the upper capital limit, or with the council paying nothing: full-cost payers, as ONS counts self-funders) at a point in the year, averaged over the year',
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
    meaning:
      'Personal-budget holders ÷ users under National Indicator 130 (the council-supported people at home ÷ 0.7), at the end of the year',
  },
  {
    name: 'pb_uptake_adass',
    unit: 'share',
    meaning:
      'Personal-budget holders ÷ users ADASS counts as eligible (the council-supported people at home, ASCOF’s denominator; ≈70% of NI130), at the end of the year',
  },
  {
    name: 'pb_uptake_direct_payments',
    unit: 'share',
    meaning:
      'Council-supported people at home taking their personal budget as a direct payment ÷ all council-supported people at home (ASCOF’s denominator), at the end of the year',
  },
] as const satisfies readonly MeasureDef[];

/**
 * Measures also recorded for each age group, by the person's age in the year: people aged 65+,
 * and working-age adults (18–64). The all-ages measure is their sum, except that
 * council_net_spend also holds the councils' personal-budget costs, which have no age.
 */
export const BY_AGE = [
  'council_net_spend',
  'council_spend_means_tested',
  'council_spend_after_cap',
  'council_spend_dlc_support',
  'council_spend_admin',
  'council_spend_gross',
  'person_spend',
  'person_spend_dlc',
  'people_in_care',
  'people_in_care_homes',
  'care_home_residents',
  'self_funders_in_care_homes',
  'people_council_funded',
  'people_reaching_cap',
  'people_at_cap',
] as const satisfies readonly (typeof baseMeasures)[number]['name'][];

/** The age groups reported apart: suffix of their measures and how labels name them. */
export const AGE_GROUPS = [
  { suffix: '_65plus', label: 'aged 65+', minAge: 65 },
  { suffix: '_18_64', label: 'aged 18–64', minAge: 18 },
] as const;

/**
 * The reform's effect: an arm minus the first arm (the baseline), replicate by replicate and
 * component by component (0 in the baseline). reform_effect_council_net_spend answers "what
 * does the reform cost councils"; council_spend_after_cap alone does not, because means-tested
 * support, daily-living-cost support, administration and personal budgets change too.
 */
export const EFFECTS = [
  'council_net_spend',
  'council_spend_means_tested',
  'council_spend_after_cap',
  'council_spend_dlc_support',
  'council_spend_admin',
  'council_spend_personal_budgets',
  'person_spend',
  'council_net_spend_65plus',
  'council_net_spend_18_64',
] as const;

type BaseName = (typeof baseMeasures)[number]['name'];
type AgeName = `${(typeof BY_AGE)[number]}${(typeof AGE_GROUPS)[number]['suffix']}`;
type EffectName = `reform_effect_${(typeof EFFECTS)[number]}`;
export type MeasureName = BaseName | AgeName | EffectName;

const byName = new Map<string, MeasureDef>(baseMeasures.map((d) => [d.name, d]));
const ageDefs = AGE_GROUPS.flatMap((g) =>
  BY_AGE.map((name) => {
    const base = byName.get(name)!;
    const def = {
      name: `${name}${g.suffix}`,
      unit: base.unit,
      meaning: `${base.meaning}: people ${g.label} in the year${name === 'council_net_spend' ? ' (without the councils’ personal-budget costs, which have no age)' : ''}`,
    };
    byName.set(def.name, def);
    return def;
  }),
);
const effectDefs = EFFECTS.map((name) => ({
  name: `reform_effect_${name}`,
  unit: byName.get(name)!.unit,
  meaning: `This arm’s ${name} minus the first arm’s (the baseline), replicate by replicate; 0 in the baseline`,
}));

/** Every measure, in the order of the results arrays. */
export const measureDefs = [...baseMeasures, ...ageDefs, ...effectDefs] as readonly (MeasureDef & {
  name: MeasureName;
})[];
export const MEASURE_COUNT = measureDefs.length;

/** Index of each measure in result arrays. */
export const M = Object.fromEntries(measureDefs.map((d, i) => [d.name, i])) as Record<
  MeasureName,
  number
>;

/** Measures summed over people and weighted to England (the rest are set per replicate). */
export const isAdditive = (name: MeasureName): boolean => !name.startsWith('pb_uptake');

/** Who a view's figures count: every adult, or one age group (an AGE_GROUPS suffix). */
export type AgeGroupChoice = '' | (typeof AGE_GROUPS)[number]['suffix'];

/**
 * The measure that counts `group` only: `name` itself for every adult, its age-group variant, or
 * null where the measure has no age (the councils' personal-budget costs), so a figure labelled
 * for an age group never holds anyone else.
 */
export function measureForAgeGroup(name: MeasureName, group: AgeGroupChoice): MeasureName | null {
  if (group === '') return name;
  return (BY_AGE as readonly string[]).includes(name) ? (`${name}${group}` as MeasureName) : null;
}
