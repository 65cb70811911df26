// Councils side by side: one figure per council from its own run (its replicates), on a measure
// of people aged 65+ per resident aged 65+ (or per 1,000, or as a share), with the spread across
// replicates. Every figure is read from the engine's measures; nothing is scaled from England.
import { council2023BySlug } from '../data/councils2023.ts';
import { M, type MeasureName } from './measures.ts';
import { vi, type PartialResult } from './result.ts';
import { describe } from './summarise.ts';

/** How a comparison figure is shown: £ per resident, people per 1,000 residents, or a share. */
export type ComparisonUnit = 'money' | 'per1000' | 'share';

export interface ComparisonMeasure {
  key: string;
  /** The arm read: the baseline (arm 0) or the first reform (arm 1). */
  arm: 'baseline' | 'reform';
  /** Summed over the run's years, replicate by replicate. */
  numerator: MeasureName;
  /** Summed over the same years; population_65plus gives "per resident aged 65+". */
  denominator: MeasureName;
  unit: ComparisonUnit;
  /** A short name for a list of measures (the full label says which arm, years and prices). */
  short: string;
  /**
   * The measure's label with the arm's name and the price base filled in, e.g. "Extra net
   * council spending on people aged 65+ under Reform, £ a year per resident aged 65+, 2026-27 prices".
   */
  label: (c: { arm: string; prices: string; period: string }) => string;
}

/** Measures councils are compared and ranked on; all are of people aged 65+. */
export const COMPARISON_MEASURES = [
  {
    key: 'reformCostPer65',
    arm: 'reform',
    numerator: 'reform_effect_council_net_spend_65plus',
    denominator: 'population_65plus',
    unit: 'money',
    short: 'Reform’s extra cost per resident 65+',
    label: ({ arm, prices, period }) =>
      `Extra net council spending on people aged 65+ under ${arm}, £ a year per resident aged 65+ (${period}, ${prices})`,
  },
  {
    key: 'netSpendPer65',
    arm: 'baseline',
    numerator: 'council_net_spend_65plus',
    denominator: 'population_65plus',
    unit: 'money',
    short: 'Net spending per resident 65+',
    label: ({ arm, prices, period }) =>
      `Net council spending on people aged 65+ under ${arm}, £ a year per resident aged 65+ (${period}, ${prices})`,
  },
  {
    key: 'inCarePer1000',
    arm: 'baseline',
    numerator: 'people_in_care_65plus',
    denominator: 'population_65plus',
    unit: 'per1000',
    short: 'People in care per 1,000 aged 65+',
    label: ({ arm, period }) =>
      `People aged 65+ in long-term care under ${arm}, per 1,000 residents aged 65+ (${period})`,
  },
  {
    key: 'selfFunderShare',
    arm: 'baseline',
    numerator: 'self_funders_in_care_homes_65plus',
    denominator: 'care_home_residents_65plus',
    unit: 'share',
    short: 'Self-funders in care homes, % (65+)',
    label: ({ arm, period }) =>
      `Self-funders among care-home residents aged 65+ under ${arm}, % (${period})`,
  },
] as const satisfies readonly ComparisonMeasure[];

export type ComparisonKey = (typeof COMPARISON_MEASURES)[number]['key'];

export const comparisonMeasure = (key: ComparisonKey): ComparisonMeasure =>
  COMPARISON_MEASURES.find((m) => m.key === key)!;

/** One council's figure on a comparison measure. */
export interface CouncilFigure {
  slug: string;
  name: string;
  region: string;
  /** People aged 65+ the run's 2021 stock stands for (its weight × synthetic people). */
  real65: number;
  /** Mean over replicates; money in £, per1000 per 1,000, share as a fraction. */
  mean: number;
  /** 5th and 95th percentiles across replicates (d3 R-7 quantiles). */
  p5: number;
  p95: number;
  replicates: number;
}

/**
 * The figure of one council run on `measure`: per replicate, the numerator summed over the run's
 * years divided by the denominator summed over the same years (× 1,000 for per1000), of the arm
 * the measure reads (population_65plus is the same people in every arm); then described across
 * replicates. Throws when the run has no reform arm and the measure needs one.
 */
export function councilFigure(
  slug: string,
  real65: number,
  reps: readonly PartialResult[],
  measure: ComparisonMeasure,
): CouncilFigure {
  const council = council2023BySlug(slug);
  const arm = measure.arm === 'reform' ? 1 : 0;
  const perReplicate = reps.map((r) => {
    if (arm >= r.arms) throw new Error(`${measure.key} needs a reform arm; the run has ${r.arms}`);
    let num = 0;
    let den = 0;
    for (let y = 0; y < r.years; y++) {
      num += r.values[vi(r.years, arm, M[measure.numerator], y)]!;
      den += r.values[vi(r.years, arm, M[measure.denominator], y)]!;
    }
    return den > 0 ? ((measure.unit === 'per1000' ? 1000 : 1) * num) / den : NaN;
  });
  const d = describe(perReplicate, 0);
  return {
    slug,
    name: council?.name ?? slug,
    region: council?.region ?? '',
    real65,
    mean: d.mean,
    p5: d.p5,
    p95: d.p95,
    replicates: reps.length,
  };
}

/** Figures ranked highest first (rank 1 = highest); ties keep the order given. */
export const rankFigures = (figures: readonly CouncilFigure[]): CouncilFigure[] =>
  [...figures].sort((a, b) => b.mean - a.mean);
