// Documentation of the individual calculator's inputs: the person and each episode of their care
// (src/model/calculator/schema.ts), keyed by path in the calculator's input.
import type { ChoiceDoc, FlagDoc, ParameterDoc } from './parameterDoc.ts';

const INPUT = 'input: the person described (no default)';

/** The calculator's numeric inputs. */
export const personParameterDocs = {
  'person.age': {
    label: 'Age',
    unit: 'years',
    min: 18,
    max: 120,
    step: 1,
    meaning: 'Age when the care below begins',
    source: INPUT,
  },
  'person.capital': {
    label: 'Capital',
    unit: '£',
    min: 0,
    max: 100_000_000,
    step: 1000,
    meaning: 'Financial assets (savings, investments), not the home',
    source: INPUT,
  },
  'person.homeValue': {
    label: 'Home value',
    unit: '£',
    min: 0,
    max: 100_000_000,
    step: 1000,
    default: 0,
    meaning: 'Value of the home the person owns (0 if none)',
    source: 'input; 0 when not given (no home)',
  },
  'person.weeklyIncome': {
    label: 'Weekly income',
    unit: '£/week',
    min: 0,
    max: 100_000,
    step: 1,
    meaning: 'Assessable income: pensions and benefits',
    source: INPUT,
  },
  'person.needsBeganAge': {
    label: 'Age needs began',
    unit: 'years',
    min: 0,
    max: 120,
    step: 1,
    meaning: 'Age at which eligible needs first began (young-onset rules); defaults to age',
    source: 'input; the age when care begins when not given',
  },
  'care[].weeks': {
    label: 'Weeks',
    unit: 'weeks',
    min: 1,
    max: 5_200,
    integer: true,
    step: 1,
    meaning: 'Length of the episode',
    source: INPUT,
  },
  'care[].weeklyFee': {
    label: 'Weekly fee',
    unit: '£/week',
    min: 0,
    max: 50_000,
    step: 10,
    meaning: 'Fee the provider charges a self-funder',
    source: INPUT,
  },
  'care[].councilRate': {
    label: 'Council rate',
    unit: '£/week',
    min: 0,
    max: 50_000,
    step: 10,
    meaning: 'What the council would pay to meet the same eligible need',
    source: INPUT,
  },
} as const satisfies Record<string, ParameterDoc>;

/**
 * The length of an episode as the Person page takes it: years, charged as round(years × 52)
 * weeks (so 0.02 to 100 years give 1 to 5,200 weeks).
 */
export const episodeYearsDoc = {
  label: 'Years',
  unit: 'years',
  min: 0.02,
  max: 100,
  step: 0.5,
  meaning: 'How long this care lasts; charged as round(years × 52) weeks',
  source: INPUT,
} as const satisfies ParameterDoc;

/** The calculator's inputs that are not numbers. */
export const personChoiceDocs = {
  'person.partnerAtHome': {
    kind: 'flag',
    label: 'Partner at home',
    default: false,
    meaning: 'A partner (or relative 60+, or dependent child) still lives in the home',
    source: 'input; false when not given',
  },
  'person.councilArranged': {
    kind: 'flag',
    label: 'Council arranges care',
    default: false,
    meaning:
      'A self-funder who asks the council to arrange care (s18(3)) and so pays the council rate',
    source: 'input; false when not given',
  },
  'care[].setting': {
    kind: 'choice',
    label: 'Setting',
    options: [
      { value: 'homeCare', label: 'Care at home' },
      { value: 'residential', label: 'Residential care home' },
      { value: 'nursing', label: 'Nursing home' },
    ],
    meaning: 'Care at home, or a residential or nursing care home',
    source: INPUT,
  },
  period: {
    kind: 'choice',
    label: 'Ledger period',
    options: [
      { value: 'week', label: 'Week' },
      { value: 'year', label: 'Year (52 weeks)' },
    ],
    default: 'week',
    meaning: 'Ledger rows per week or per 52-week year',
    source: 'input; week when not given',
  },
} as const satisfies Record<string, ChoiceDoc | FlagDoc>;
