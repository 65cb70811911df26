// Calibration rows that check the council runs add up: all 153 councils run with their own people
// (each its own seed, synthetic people in proportion to its people aged 65+), summed replicate by
// replicate into regions and England, against published regional and national figures: each
// region's people aged 65+ (ONS mid-2023), the ONS regional self-funder shares, and England's gross
// council spending on people aged 65+ (ASC-FR).
import { councils2023 } from '../data/councils2023.ts';
import { TARGETS } from '../data/calibrationTargets.ts';
import { REGIONS } from '../data/regions.ts';
import { POPULATION_65_PLUS } from '../data/populationFigures.ts';
import { councilPopulation } from '../population/councilPopulation.ts';
import { scenarioSchema } from '../simulate/scenario.ts';
import { runReplicate } from '../simulate/runReplicate.ts';
import { vi } from '../simulate/result.ts';
import { M, type MeasureName } from '../simulate/measures.ts';
import { ENGINE_TARGETS } from './engineRows.ts';
import { replicateRow, type CalibrationRow } from './row.ts';

export interface RegionalCalibrationOptions {
  seed?: string;
  replicates?: number;
  /** Synthetic people aged 65+ over all 153 councils (each gets its share, at least 100). */
  population?: number;
}

/** First and last financial year run (2022-23 and 2023-24), as the engine rows. */
const FIRST = 2022;
const LAST = 2023;

/** Per replicate, each measure summed over a group of councils, in one year. */
type Sums = (m: MeasureName, year: number) => number[];

const millions = (x: number) => `${(x / 1e6).toFixed(2)} m`;

/**
 * The regional rows: for each region its people aged 65+ at the start of 2023-24 from its
 * councils' runs against ONS mid-2023 (the sum of its councils' published figures, ±5% as
 * England's row); the self-funder shares of the South East and the North East from their
 * councils' runs (2022-23, all ages, as the stock rows) against ONS; and England's gross council
 * spending on people aged 65+ in 2023-24 from all 153 councils against ASC-FR.
 */
export function regionalCalibrationRows(
  options: RegionalCalibrationOptions = {},
): CalibrationRow[] {
  const seed = options.seed ?? 'calibration';
  const replicates = options.replicates ?? 10;
  const total = options.population ?? 200_000;
  const Y = LAST - FIRST + 1;
  // values[council][replicate] = that council's replicate.
  const runs = councils2023.map((c) => {
    const scenario = scenarioSchema.parse({
      seed: `${seed} ${c.slug}`,
      startYear: FIRST,
      years: Y,
      population: Math.max(
        100,
        Math.round((total * councilPopulation(c.slug).older) / POPULATION_65_PLUS),
      ),
      replicates,
      council: c.slug,
      arms: [{ name: 'current', policy: 'current' }],
      personalBudgets: { enabled: false },
    });
    return Array.from({ length: replicates }, (_, r) => runReplicate(scenario, r));
  });
  const sumsOver =
    (keep: (regionIndex: number) => boolean): Sums =>
    (m, year) =>
      Array.from({ length: replicates }, (_, r) =>
        councils2023.reduce(
          (s, c, k) =>
            keep(c.regionIndex) ? s + runs[k]![r]!.values[vi(Y, 0, M[m], year - FIRST)]! : s,
          0,
        ),
      );

  const rows: CalibrationRow[] = [];
  REGIONS.forEach((region, ri) => {
    const members = councils2023.filter((c) => c.regionIndex === ri);
    const published = members.reduce((s, c) => s + c.population65, 0);
    rows.push(
      replicateRow(sumsOver((x) => x === ri)('population_65plus', 2023), {
        target: `Population 65+, ${region.name}, mid-2023: its ${members.length} council runs summed`,
        published: millions(published),
        source: '[V] ONS mid-2023 estimates, its councils summed (docs/councils.md)',
        unit: 'persons',
        tolerance: { min: published * 0.95, max: published * 1.05 },
      }),
    );
  });
  for (const id of ['selfFunderSouthEast', 'selfFunderNorthEast'] as const) {
    const t = TARGETS[id];
    const name = id === 'selfFunderSouthEast' ? 'South East' : 'North East';
    const ri = REGIONS.findIndex((r) => r.name === name);
    const n = councils2023.filter((c) => c.regionIndex === ri).length;
    const sums = sumsOver((x) => x === ri);
    const self = sums('self_funders_in_care_homes', 2022);
    const residents = sums('care_home_residents', 2022);
    rows.push(
      replicateRow(
        self.map((x, r) => (100 * x) / residents[r]!),
        {
          target: `${t.label}, 2022-23: its ${n} council runs summed`,
          published: t.published,
          source: t.source,
          unit: '%',
          tolerance: { min: 100 * t.min, max: 100 * t.max },
        },
      ),
    );
  }
  const gross = ENGINE_TARGETS.find((t) =>
    t.label.startsWith('Gross council long-term support spend on 65+'),
  )!;
  rows.push(
    replicateRow(
      sumsOver(() => true)('council_spend_gross_65plus', gross.year).map((x) => x / 1e9),
      {
        target: `${gross.label}: the 153 council runs summed`,
        published: gross.published,
        source: gross.source,
        unit: gross.unit,
        tolerance: { min: gross.min, max: gross.max },
      },
    ),
  );
  return rows;
}
