// Documentation of every parameter of a simulation scenario, keyed by its path in the scenario:
// what is simulated, the personal-budget target, the uncertain inputs (triangular distributions
// with their default low, central and high) and the councils' costs. Defaults are a scenario
// file's; the explorer starts from its own (src/ui/state/defaults.ts).
import { targetBasisDoc } from '../councils/personalBudgetParams.ts';
import type { ChoiceDoc, FlagDoc, ParameterDoc, TextDoc, TriangularDoc } from './parameterDoc.ts';

/** The numeric scenario parameters, each with the default a scenario file gets. */
export const scenarioParameterDocs = {
  startYear: {
    label: 'Start year',
    unit: 'year',
    min: 2021,
    max: 2060,
    integer: true,
    step: 1,
    default: 2026,
    meaning: 'First simulated year (April); the population starts from the 2021 Census',
    source: 'the next financial year [M]: runs look ahead from the rules in force (2025-26)',
  },
  years: {
    label: 'Years',
    unit: 'years',
    min: 1,
    max: 50,
    integer: true,
    step: 1,
    default: 20,
    meaning: 'Years simulated',
    source: '[M] long enough for a cap’s effect to build up as people enter care after the start',
  },
  population: {
    label: 'Population',
    unit: 'people',
    min: 100,
    max: 20_000_000,
    integer: true,
    step: 1000,
    default: 100_000,
    meaning:
      'Synthetic people aged 65+ at the start (England ≈ 10.9 million; in a council run, the council’s)',
    source:
      '[M] results are weighted to England’s people aged 65+, or in a council run (`council`) to the council’s; more people give steadier results at proportional cost',
  },
  replicates: {
    label: 'Replicates',
    unit: 'replicates',
    min: 1,
    max: 1_000,
    integer: true,
    step: 1,
    default: 50,
    meaning: 'Monte Carlo replicates',
    source: '[M] more give steadier intervals, at proportional cost',
  },
  'engine.sliceSize': {
    label: 'Slice size',
    unit: 'people',
    min: 1_000,
    max: 1_000_000,
    integer: true,
    step: 1000,
    default: 25_000,
    meaning: 'Synthetic people per task (fixes how work is split, not results)',
    source:
      'engine default [M]: a slice in memory stays small (about 100 B a person, limits.ts) and slices spread the work over workers',
  },
  'engine.samplePeople': {
    label: 'Sample people',
    unit: 'people',
    min: 0,
    max: 1_000,
    integer: true,
    step: 1,
    default: 0,
    meaning:
      'Synthetic people (expected, over all replicates) whose careers and ledgers are exported as microdata; at most 1,000',
    source: '[M] none unless asked: microdata is for checking a run, not for results',
  },
  'personalBudgets.targetUptake': {
    label: 'Target uptake',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    percent: true,
    default: 0.7,
    meaning: 'Share of eligible users councils are asked to put on a personal budget',
    source:
      'the target as cut in October 2012, 70% of eligible users by April 2013 (announced by the care minister, Norman Lamb, in October 2012; MODEL.md §5)',
  },
  'personalBudgets.targetYear': {
    label: 'Target year',
    unit: 'year',
    min: 2010,
    max: 2100,
    integer: true,
    step: 1,
    meaning: 'Year by which the target must be met (April)',
    source:
      'none set: the engine then uses the start year + 3 [M]: about as far ahead as the first target (Dec 2007 for April 2011, MODEL.md §5)',
  },
  'uncertainty.personalBudgetCostQuantile': {
    label: 'Personal-budget cost quantile',
    unit: 'quantile',
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Fixes every personal-budget cost effect at this quantile of its low–central–high range, all together, in the direction of cost (0: each at its cheapest plausible value, 1: at its dearest); not set: as personalBudgetCosts says. Set by sensitivity analyses, which move the cost effects as one input; not allowed with personalBudgetCosts none',
    source:
      '[M] one input for all the cost effects: they lack an evidence base alike (ADASS 2011), so a sensitivity analysis moves them together rather than as ten inputs',
  },
  'personalBudgets.directPaymentTarget': {
    label: 'Direct-payment target',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    percent: true,
    meaning:
      'Share of council-supported people in community care councils are asked to put on a direct payment by the target year (from the start year; none set: no target)',
    source:
      'none set: no target. Published share 26.2% of adults using long-term community support, England 2022-23 [V2: ASCOF 2022-23 as quoted by West Sussex County Council]',
  },
  'costs.careAccountAdminPerYear': {
    label: 'Care-account administration',
    unit: '£ a year',
    min: 0,
    max: 5_000,
    step: 10,
    default: 100,
    meaning:
      'Council cost of keeping one self-funder’s care account for a year (only under a cap) [M]',
    source: '[M] assumption: no published unit cost is used',
  },
  'costs.assessmentCost': {
    label: 'Assessment cost',
    unit: '£',
    min: 0,
    max: 10_000,
    step: 10,
    default: 300,
    meaning:
      'Council cost of a needs and financial assessment for a self-funder entering care (only under a cap) [M]',
    source: '[M] assumption: no published unit cost is used',
  },
  'costs.comingForwardYears': {
    label: 'Years for self-funders to come forward',
    unit: 'years',
    min: 0,
    max: 20,
    step: 1,
    integer: true,
    default: 3,
    meaning:
      'Under a cap, years over which self-funders come forward to be assessed and open a care account: a rising share each year until the full take-up (0: all at once)',
    source:
      '[M] assumption: no published projection of assessments is used; councils assess a backlog of self-funders over a few years',
  },
} as const satisfies Record<string, ParameterDoc>;

export type ScenarioNumberPath = keyof typeof scenarioParameterDocs;

/**
 * The uncertain inputs: each replicate draws a value from triangular(low, central, high). The
 * defaults are the triangular's low, central and high; low = high fixes the value.
 */
export const uncertaintyParameterDocs = {
  'uncertainty.feeGrowth': {
    label: 'Fee growth',
    unit: 'share a year',
    min: -0.05,
    max: 0.1,
    step: 0.005,
    percent: true,
    low: -0.005,
    central: 0.01,
    high: 0.025,
    meaning: 'Real growth of care fees a year above CPI',
    source:
      '[M] assumption: no published projection is used; a modest real rise, with a range that includes a small real fall',
  },
  'uncertainty.needPrevalence': {
    label: 'Need prevalence',
    unit: 'multiplier',
    min: 0.5,
    max: 2,
    step: 0.05,
    low: 0.9,
    central: 1,
    high: 1.1,
    meaning: 'Multiplier on the rates at which care needs arise',
    source:
      'around the calibrated rates (MODEL.md §4) [M] assumption: ±10% for how future need may differ',
  },
  'uncertainty.selfFunderPremium': {
    label: 'Self-funder premium',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    percent: true,
    low: 0.3,
    central: 0.4,
    high: 0.5,
    meaning: 'Care-home fee paid by self-funders above the council rate (CMA 2017: 0.36)',
    source:
      'CMA care homes market study 2017 (£846 vs £621 a week) [V]; ±10 points [M] for change since 2016 and variation between homes',
  },
  'uncertainty.councilArrangedShare': {
    label: 'Council-arranged share',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    percent: true,
    low: 0.1,
    central: 0.25,
    high: 0.4,
    meaning:
      'Share of self-funders who ask the council to arrange their care at its rate under a cap (s18(3))',
    source: 'take-up of s18(3) is unknown [M] assumption: a wide range around a quarter',
  },
  'uncertainty.comingForwardShare': {
    label: 'Self-funders coming forward',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    percent: true,
    low: 0.6,
    central: 0.8,
    high: 1,
    meaning:
      'Under a cap, the share of self-funders in care who are assessed and open a care account once the take-up is complete; their care counts towards the cap only from then',
    source:
      '[M] assumption: take-up of care accounts is unknown; an account is in a self-funder’s interest, but not all will hear of it or ask, so a range from 60% to all',
  },
  'uncertainty.realEarningsGrowth': {
    label: 'Real earnings growth',
    unit: 'share a year',
    min: -0.05,
    max: 0.1,
    step: 0.0025,
    percent: true,
    low: 0.01,
    central: 0.015,
    high: 0.0225,
    meaning:
      'Growth of average earnings a year above CPI: how fast a cap and capital limits uprated by earnings rise in real terms (fee growth is set apart, above)',
    source:
      'low 1% [V2: OBR potential productivity growth of about 1% a year 2025–2029, as quoted by Capital Economics]; high 2.25% [V: OBR long-term economic determinants, March 2019: average earnings 4.3%, CPI 2.0% a year; 1.043 / 1.020 − 1]; central 1.5% [M: between the two, OBR having lowered its productivity assumptions since 2019]',
  },
} as const satisfies Record<string, TriangularDoc>;

export type UncertaintyPath = keyof typeof uncertaintyParameterDocs;

/** The scenario parameters that are not numbers. */
export const scenarioChoiceDocs = {
  seed: {
    kind: 'text',
    label: 'Seed',
    minLength: 1,
    maxLength: 200,
    meaning: 'Text that fixes every random draw: the same seed gives the same results',
    source: 'required in a scenario file: any text gives a different, reproducible set of people',
  },
  'personalBudgets.basis': {
    kind: 'choice',
    label: 'Target basis',
    options: targetBasisDoc.options,
    default: 'ni130',
    meaning: 'Denominator the target is measured against: NI130, or ADASS eligible users',
    source: 'the indicator councils reported (NHS Information Centre, Aug 2010)',
  },
  'personalBudgets.enabled': {
    kind: 'flag',
    label: 'Set an uptake target',
    default: true,
    meaning: 'Set a target at all (if not, no target)',
    source: '[M] a target is set, as councils had from 2007 to 2013 (MODEL.md §5)',
  },
  'uncertainty.personalBudgetCosts': {
    kind: 'choice',
    label: 'Personal-budget cost effects',
    options: [
      { value: 'central', label: 'Central values' },
      { value: 'uncertain', label: 'Uncertain (drawn per replicate)' },
      { value: 'none', label: 'None' },
    ],
    default: 'uncertain',
    meaning: 'Personal-budget cost effects: central values, drawn per replicate, or none',
    source: 'support and brokerage costs lack an evidence base (ADASS 2011)',
  },
} as const satisfies Record<string, ChoiceDoc | FlagDoc | TextDoc>;
