// Calibration targets measured on the simulation itself: a run of the current means test from
// the 2021 stock, read through the same measures the explorer reports (council-funded people and
// gross spending), for people aged 65+ and aged 18–64.
import { scenarioSchema } from '../simulate/scenario.ts';
import { runReplicate } from '../simulate/runReplicate.ts';
import { vi } from '../simulate/result.ts';
import { M, type MeasureName } from '../simulate/measures.ts';
import { replicateRow, type CalibrationRow } from './row.ts';
import { TARGETS } from '../data/calibrationTargets.ts';

/** A published figure read off the engine's measures in one financial year. */
interface EngineTarget {
  label: string;
  published: string;
  source: string;
  unit: string;
  min: number;
  max: number;
  /** Financial year measured (2022 = 2022-23). */
  year: number;
  /** The figure from one replicate's values of the baseline arm in that year. */
  value: (at: (m: MeasureName) => number) => number;
}

const within = (value: number, tolerance: number) => ({
  min: value * (1 - tolerance),
  max: value * (1 + tolerance),
});

/** Every engine-measured target, in the order the calibration table prints them. */
export const ENGINE_TARGETS: EngineTarget[] = [
  {
    // The stock row of the same target measures the 2021 stock at a point; this is the run's
    // resident-years of 2022-23, the definition the council rows summed by region use.
    label: 'Self-funders among care-home residents, all ages, 2022-23 (the run)',
    published: TARGETS.selfFunderAll.published,
    source: TARGETS.selfFunderAll.source,
    unit: '%',
    min: 100 * TARGETS.selfFunderAll.min,
    max: 100 * TARGETS.selfFunderAll.max,
    year: 2022,
    value: (at) => (100 * at('self_funders_in_care_homes')) / at('care_home_residents'),
  },
  {
    label: 'Council-funded long-term support 18–64, during 2023-24',
    published: '299,500 (858,720 − 559,220)',
    source: '[V] NHS England ASC-FR/SALT',
    unit: 'persons',
    ...within(299_500, 0.15),
    year: 2023,
    value: (at) => at('people_council_funded_18_64'),
  },
  {
    label: 'Gross council long-term support spend on 65+, 2023-24',
    published: '£21.40 bn × 50.4%',
    source: '[V] ASC-FR 2023-24; 65+ share 2022-23',
    unit: '£bn',
    ...within(21.4 * 0.504, 0.15),
    year: 2023,
    value: (at) => at('council_spend_gross_65plus') / 1e9,
  },
  {
    label: 'Gross council long-term support spend on 18–64, 2022-23 (calibrated)',
    published: '£9.1 bn (49.6% of £18.4 bn)',
    source: '[V] ASC-FR 2022-23; sets the working-age cost ratio',
    unit: '£bn',
    ...within(9.1, 0.15),
    year: 2022,
    value: (at) => at('council_spend_gross_18_64') / 1e9,
  },
];

export interface EngineCalibrationOptions {
  seed?: string;
  replicates?: number;
  /** Synthetic people aged 65+ at the start (England ≈ 10.4 million). */
  population?: number;
}

/** Rows of ENGINE_TARGETS: mean over replicates with their 5th and 95th percentiles. */
export function engineCalibrationRows(options: EngineCalibrationOptions = {}): CalibrationRow[] {
  const first = Math.min(...ENGINE_TARGETS.map((t) => t.year));
  const last = Math.max(...ENGINE_TARGETS.map((t) => t.year));
  const scenario = scenarioSchema.parse({
    seed: options.seed ?? 'calibration',
    startYear: first,
    years: last - first + 1,
    population: options.population ?? 200_000,
    replicates: options.replicates ?? 10,
    arms: [{ name: 'current', policy: 'current' }],
    personalBudgets: { enabled: false },
  });
  const reps = Array.from({ length: scenario.replicates }, (_, r) => runReplicate(scenario, r));
  return ENGINE_TARGETS.map((t) =>
    replicateRow(
      reps.map((r) => t.value((m) => r.values[vi(r.years, 0, M[m], t.year - first)]!)),
      {
        target: t.label,
        published: t.published,
        source: t.source,
        unit: t.unit,
        tolerance: { min: t.min, max: t.max },
      },
    ),
  );
}
