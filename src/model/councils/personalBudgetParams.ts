// Parameters of the personal-budget model (MODEL.md §5): how fast councils move, and what personal
// budgets cost. Every field carries unit, allowed range, a low–central–high range and a source.
import type { ChoiceDoc, TriangularDoc } from '../parameters/parameterDoc.ts';
import type { Stream } from '../rng.ts';

/**
 * A parameter's documentation (label, unit, range, meaning, source) with its plausible low and
 * high values and the default (central); low ≤ central ≤ high, all within min–max.
 */
export interface ParamDoc extends TriangularDoc {
  /** True for the cost effects that Monte Carlo runs may draw from low–central–high. */
  costEffect: boolean;
}

type DocInput = Omit<ParamDoc, 'costEffect'> & { costEffect?: boolean };
/** A fraction is a share: marked for forms to show as a percentage. */
const doc = (d: DocInput): ParamDoc => ({
  costEffect: false,
  ...(d.unit.startsWith('fraction') ? { percent: true } : {}),
  ...d,
});

const AC2010 =
  '[V] Audit Commission, Financial management of personal budgets (Oct 2010; MODEL.md §5, seed 004)';
const ADASS2011 = '[V] ADASS personal budgets survey 2011 (MODEL.md §5)';

/** Documentation of every numeric parameter: the single source of the schema and the defaults. */
export const personalBudgetParamDocs = {
  adassEligibleShare: doc({
    label: 'ADASS-eligible share',
    unit: 'fraction of NI130 users',
    meaning:
      'Share of users counted by National Indicator 130 whom ADASS considers truly eligible; the ADASS denominator, and the most who can hold a budget',
    min: 0.3,
    max: 1,
    low: 0.6,
    central: 0.7,
    high: 0.85,
    source: '[V2] ADASS in seed 004 ("just 70%"); 1.0 m of 1.5 m in seeds 002–004',
  }),
  userDeclinePerYear: doc({
    label: 'Yearly fall in users',
    unit: 'fraction per year',
    meaning:
      'Yearly fall in users of ongoing community services (both denominators), from tighter eligibility',
    min: 0,
    max: 0.3,
    low: 0.05,
    central: 0.095,
    high: 0.12,
    source:
      'Derived: ADASS eligible users ≈1.0 m in Mar 2010 (seeds 002, 003) and 818,700 in Mar 2012 ([V] ADASS, MODEL.md §5): (0.8187)^(1/2) = 0.905',
  }),
  initialMedianUptake: doc({
    label: 'Median uptake, March 2010',
    unit: 'fraction (ADASS basis)',
    meaning: "Median council's share of eligible users on a personal budget at 31 March 2010",
    min: 0.001,
    max: 0.9,
    low: 0.11,
    central: 0.13,
    high: 0.15,
    source:
      'Calibrated: 168,000 budgets in Mar 2010 (seeds 003, 004); half of councils under 10% on NI130 (seed 002)',
  }),
  initialLogitSd: doc({
    label: 'Spread of uptake, March 2010',
    unit: 'log-odds',
    meaning: 'Spread across councils of the log-odds of uptake at 31 March 2010',
    min: 0,
    max: 3,
    low: 0.75,
    central: 0.9,
    high: 1.1,
    source:
      'Calibrated: one council in eight over 20% on NI130 (seed 002); one council at 59% (seed 004)',
  }),
  baseSpeed: doc({
    label: 'Adoption speed',
    unit: 'log-odds per year',
    meaning: 'Median speed of adoption with no target pressure (logistic growth rate)',
    min: 0,
    max: 3,
    low: 0.35,
    central: 0.5,
    high: 0.65,
    source: 'Calibrated: 338,000 in Mar 2011 and 432,349 in Mar 2012 ([V] ADASS)',
  }),
  speedLogSd: doc({
    label: 'Spread of adoption speed',
    unit: 'log of speed',
    meaning: 'Spread of adoption speed across councils (sd of its logarithm)',
    min: 0,
    max: 1.5,
    low: 0.2,
    central: 0.4,
    high: 0.6,
    source: '[M] wide variation between councils (seeds 002, 004); not separately identified',
  }),
  targetPressure: doc({
    label: 'Target pressure',
    unit: 'multiplier per unit gap',
    meaning:
      'How much a council below a target speeds up: speed × (1 + pressure × urgency × gap to the target)',
    min: 0,
    max: 50,
    low: 8,
    central: 15,
    high: 25,
    source: 'Calibrated: 250,000 at end Sep 2010 rising to 338,000 by the Apr 2011 milestone',
  }),
  targetHorizon: doc({
    label: 'Target horizon',
    unit: 'years',
    meaning: 'Urgency of a target is exp(−years to its deadline / horizon); 1 once it has passed',
    min: 0.05,
    max: 5,
    low: 0.75,
    central: 1.25,
    high: 2,
    source: '[M] councils respond in the year before a deadline (seed 004: "significant effort")',
  }),
  unmonitoredTargetWeight: doc({
    label: 'Weight of an unmonitored target',
    unit: 'fraction',
    meaning:
      'Pressure from a target not monitored through a mandatory indicator, relative to one that is (the National Indicator Set, with NI130, was abolished from April 2011)',
    min: 0,
    max: 1,
    low: 0.03,
    central: 0.1,
    high: 0.3,
    source:
      'Calibrated: growth slowed in 2011-12 (338,000 to 432,349, [V] ADASS) despite the 100% target; [M] NIS abolished by DCLG, Oct 2010',
  }),
  directPaymentShare2010: doc({
    label: 'Direct-payment share, March 2010',
    unit: 'fraction of NI130 users',
    meaning:
      'Share of users who would take a direct payment in Mar 2010 (the rest of the budgets are council-managed)',
    min: 0,
    max: 0.5,
    low: 0.06,
    central: 0.075,
    high: 0.09,
    source:
      'Calibrated: half of 250,000 budgets were direct payments in autumn 2010 (seed 002); a third of 338,000 in Mar 2011 ([V] ADASS 2011)',
  }),
  directPaymentGrowth: doc({
    label: 'Growth of the direct-payment share',
    unit: 'fraction of NI130 users per year',
    meaning: 'Yearly rise in the share of users who would take a direct payment',
    min: 0,
    max: 0.1,
    low: 0.005,
    central: 0.015,
    high: 0.025,
    source: 'Calibrated: most growth in 2010-11 came as council-managed budgets (seed 001)',
  }),
  directPaymentLogSd: doc({
    label: 'Spread of the direct-payment share',
    unit: 'log of share',
    meaning: 'Spread across councils of the direct-payment share (sd of its logarithm)',
    min: 0,
    max: 1.5,
    low: 0.15,
    central: 0.3,
    high: 0.5,
    source: '[M]',
  }),
  averageAnnualCost: doc({
    label: 'Mean package cost',
    unit: '£/year per user, 2010-11 prices',
    meaning: 'Mean cost of an ongoing community care package at commissioned (council) prices',
    min: 0,
    max: 100_000,
    low: 3_500,
    central: 4_500,
    high: 6_000,
    source: `Derived: £1.5 bn across 338,000 budgets in Mar 2011, ${ADASS2011}`,
  }),
  directPaymentPackageSize: doc({
    label: 'Direct-payment package size',
    unit: 'multiple of the mean package',
    meaning: 'Relative size of the packages of people who take direct payments',
    min: 0,
    max: 5,
    low: 1.3,
    central: 1.5,
    high: 1.7,
    source: `Derived: a third of budgets are direct payments but carry half the money, ${ADASS2011}`,
  }),
  managedPackageSize: doc({
    label: 'Managed-budget package size',
    unit: 'multiple of the mean package',
    meaning: 'Relative size of the packages of people with council-managed budgets',
    min: 0,
    max: 5,
    low: 0.65,
    central: 0.75,
    high: 0.85,
    source: `Derived as above so that budgets average the mean package, ${ADASS2011}`,
  }),
  setupCostPerBudget: doc({
    label: 'Set-up cost',
    unit: '£ per new budget, 2010-11 prices',
    meaning: 'One-off cost of setting up a budget: support planning and resource allocation',
    min: 0,
    max: 10_000,
    low: 0,
    central: 300,
    high: 1_500,
    source: `[M] no evidence base on support and brokerage costs (${ADASS2011}): deliberately wide`,
    costEffect: true,
  }),
  supportCostDirectPayment: doc({
    label: 'Support cost, direct payment',
    unit: '£/year per direct payment, 2010-11 prices',
    meaning: 'Ongoing support, brokerage, payroll and audit for a direct payment',
    min: 0,
    max: 10_000,
    low: 100,
    central: 400,
    high: 1_200,
    source: `[M] no evidence base (${ADASS2011}); Audit Commission 2006: in all 10 councils with data, direct payments cost more than they saved once support is counted`,
    costEffect: true,
  }),
  supportCostManaged: doc({
    label: 'Support cost, managed budget',
    unit: '£/year per managed budget, 2010-11 prices',
    meaning: 'Ongoing administration of a council-managed (notional) budget',
    min: 0,
    max: 10_000,
    low: 0,
    central: 100,
    high: 500,
    source: `[M] no evidence base (${ADASS2011})`,
    costEffect: true,
  }),
  directPaymentUnitCost: doc({
    label: 'Direct-payment unit cost',
    unit: 'fraction of commissioned cost',
    meaning:
      'Unit cost of care bought with a direct payment relative to commissioned care, before support costs (negative: cheaper)',
    min: -0.5,
    max: 0.5,
    low: -0.15,
    central: 0,
    high: 0.1,
    source:
      '[V] (MODEL.md §5) Stainton, Boyce & Phillips 2009, Disability & Society 24(2), two Welsh councils: cheaper than in-house, cost-neutral against the independent sector; Audit Commission 2006: dearer once support is counted (support is a separate field here)',
    costEffect: true,
  }),
  managedUnitCost: doc({
    label: 'Managed-budget unit cost',
    unit: 'fraction of commissioned cost',
    meaning:
      'Unit cost of care bought through a council-managed budget relative to commissioned care',
    min: -0.5,
    max: 0.5,
    low: -0.05,
    central: 0,
    high: 0.05,
    source: '[M] managed budgets mostly buy the same commissioned services',
    costEffect: true,
  }),
  highCostSaving: doc({
    label: 'High-cost package saving',
    unit: 'fraction of the package moved',
    meaning:
      'Saving on packages moved to a personal budget, from correcting high-cost packages left by poor commissioning',
    min: 0,
    max: 0.5,
    low: 0,
    central: 0.02,
    high: 0.05,
    source: `${AC2010}: savings only where high-cost packages came from poor commissioning`,
    costEffect: true,
  }),
  blockAndInHouseShare: doc({
    label: 'Block and in-house share',
    unit: 'fraction of commissioned spend',
    meaning: 'Share of commissioned care bought under block contracts or provided in-house',
    min: 0,
    max: 1,
    low: 0.2,
    central: 0.35,
    high: 0.5,
    source: `[M]; ${AC2010}: block contracts and in-house services are put at risk`,
    costEffect: true,
  }),
  strandedFraction: doc({
    label: 'Stranded cost',
    unit: 'fraction',
    meaning:
      'Share of block-contract or in-house cost that remains when users leave for a personal budget (fixed costs)',
    min: 0,
    max: 1,
    low: 0,
    central: 0.3,
    high: 0.6,
    source: `[M]; ${AC2010}`,
    costEffect: true,
  }),
  strandedHalfLife: doc({
    label: 'Half-life of stranded cost',
    unit: 'years',
    meaning: 'Half-life of stranded cost as contracts end and in-house services are reshaped',
    min: 0.1,
    max: 10,
    low: 0.5,
    central: 1.5,
    high: 4,
    source: '[M] typical block contracts run 1–3 years',
    costEffect: true,
  }),
  managedLeaveShare: doc({
    label: 'Managed spending that leaves',
    unit: 'fraction',
    meaning:
      'Share of managed-budget spending that leaves block and in-house providers (all direct-payment spending leaves)',
    min: 0,
    max: 1,
    low: 0,
    central: 0.25,
    high: 0.5,
    source: '[M]',
    costEffect: true,
  }),
  annualTurnover: doc({
    label: 'Turnover of budget holders',
    unit: 'fraction per year',
    meaning:
      'Share of budget holders replaced each year (deaths, moves), each needing a new set-up',
    min: 0,
    max: 1,
    low: 0.1,
    central: 0.2,
    high: 0.35,
    source: '[M]',
  }),
} as const satisfies Record<string, ParamDoc>;

export type PersonalBudgetParamName = keyof typeof personalBudgetParamDocs;

/** The denominators of uptake: NI130 as defined, or ADASS's truly eligible users. */
export const uptakeBases = ['ni130', 'adass'] as const;
export type UptakeBasis = (typeof uptakeBases)[number];

/** The denominator councils measure themselves against, as a documented choice. */
export const targetBasisDoc = {
  kind: 'choice',
  label: 'Target basis',
  options: [
    { value: 'ni130', label: 'NI130 (all users on ongoing services)' },
    { value: 'adass', label: 'ADASS (eligible users, ≈70% of NI130)' },
  ],
  default: 'ni130',
  meaning:
    'Denominator against which councils measure themselves against a target: NI130 (the government indicator) or ADASS eligible users',
  source: 'seeds 002, 004 (the disputed denominator)',
} as const satisfies ChoiceDoc<UptakeBasis>;

/**
 * The personal-budget parameters: every documented number (money in 2010-11 prices) and the basis
 * of the targets. Validated by personalBudgetParamsSchema (personalBudgetParamsSchema.ts), kept
 * apart so that the engine's workers build no schemas.
 */
export type PersonalBudgetParams = { [K in PersonalBudgetParamName]: number } & {
  targetBasis: UptakeBasis;
};

/** Central values of every parameter, targets measured on NI130. */
export const defaultPersonalBudgetParams: PersonalBudgetParams = {
  ...(Object.fromEntries(
    Object.entries(personalBudgetParamDocs).map(([k, d]) => [k, d.central]),
  ) as { [K in PersonalBudgetParamName]: number }),
  targetBasis: 'ni130',
};

/** Parameters with every cost effect switched off: personal budgets then cost what care costs. */
export function withoutCostEffects(p: PersonalBudgetParams): PersonalBudgetParams {
  return {
    ...p,
    setupCostPerBudget: 0,
    supportCostDirectPayment: 0,
    supportCostManaged: 0,
    directPaymentUnitCost: 0,
    managedUnitCost: 0,
    highCostSaving: 0,
    strandedFraction: 0,
  };
}

/** A draw from the triangular distribution on [low, high] with mode `mode` (`u` uniform in [0, 1)). */
export function triangular(low: number, mode: number, high: number, u: number): number {
  if (high <= low) return mode;
  const f = (mode - low) / (high - low);
  return u < f
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/**
 * The cost effects that lower the council's cost as they rise (a saving on the packages moved:
 * spending.ts subtracts it); every other cost effect raises the cost as it rises (set-up and
 * support costs, unit costs, and the stranded block and in-house cost: its share, fraction,
 * half-life and the managed spending that leaves).
 */
export const COST_LOWERING_EFFECTS: ReadonlySet<PersonalBudgetParamName> = new Set([
  'highCostSaving',
]);

/**
 * Every cost effect fixed at quantile `q` (0–1) of its triangular(low, central, high), all
 * together and in the direction of cost: q = 0 puts each at its cheapest plausible value (the low
 * value, the high value of a saving), q = 1 at its dearest. Keeps every other field of `base`.
 * For sensitivity analyses, which move the cost effects as one input.
 */
export function costEffectsAtQuantile(base: PersonalBudgetParams, q: number): PersonalBudgetParams {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`cost-effect quantile ${q}: allowed 0 to 1`);
  const fixed = new Map<string, number>();
  for (const [k, d] of Object.entries(personalBudgetParamDocs) as [
    PersonalBudgetParamName,
    ParamDoc,
  ][]) {
    if (d.costEffect)
      fixed.set(k, triangular(d.low, d.central, d.high, COST_LOWERING_EFFECTS.has(k) ? 1 - q : q));
  }
  return Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, fixed.get(k) ?? v]),
  ) as PersonalBudgetParams;
}

/**
 * Draws the cost effects (fields with `costEffect`) from triangular(low, central, high), keeping
 * every other field of `base`; for parameter uncertainty per Monte Carlo replicate.
 */
export function sampleCostEffects(base: PersonalBudgetParams, rng: Stream): PersonalBudgetParams {
  const drawn = new Map<string, number>();
  for (const [k, d] of Object.entries(personalBudgetParamDocs) as [
    PersonalBudgetParamName,
    ParamDoc,
  ][]) {
    if (d.costEffect) drawn.set(k, triangular(d.low, d.central, d.high, rng.next()));
  }
  // A new object built with the drawn values in place, not a copy of `base` overwritten: a copy
  // keeps base's whole-number fields typed as integers until the first draw retypes them, and the
  // engine's compiled code for the personal-budget model was thrown away at each retyping (about
  // 50 ms of compiling each time in a cold worker).
  return Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, drawn.get(k) ?? v]),
  ) as PersonalBudgetParams;
}
