// The person index space of a scenario: the 2021 stock first, then each year's entrants (people
// turning 65, new working-age users) up to the last simulated year. Slices cut this space into
// fixed ranges, whatever the number of workers.
import { STOCK_YEAR } from '../data/populationFigures.ts';
import { older65For } from '../population/councilPopulation.ts';
import {
  entrantSize,
  generateEntrants,
  generateStock,
  stockSize,
  type PopulationSpec,
} from '../population/generate.ts';
import type { CareModel } from '../population/careModel.ts';
import type { Population } from '../population/populationColumns.ts';

export interface CohortRange {
  /** 0 for the 2021 stock, else the calendar year of entry. */
  cohort: number;
  /** First index of this cohort in the scenario's person index space. */
  offset: number;
  size: number;
}

/**
 * Sample fraction so that `population` synthetic people stand for the 65+ of 2021: England's, or
 * those of `council` (a councils2023 slug) in a council run.
 */
export const sampleFractionFor = (population: number, council: string | null = null): number =>
  population / older65For(council);

/** Cohorts of a scenario in index order. */
export function cohortRanges(
  spec: PopulationSpec,
  startYear: number,
  years: number,
): CohortRange[] {
  const out: CohortRange[] = [{ cohort: 0, offset: 0, size: stockSize(spec).total }];
  let offset = out[0]!.size;
  for (let y = STOCK_YEAR + 1; y < startYear + years; y++) {
    const size = entrantSize(spec, y).total;
    out.push({ cohort: y, offset, size });
    offset += size;
  }
  return out;
}

/** Total synthetic people a scenario simulates (stock plus entrants). */
export const totalPeople = (ranges: readonly CohortRange[]): number =>
  ranges.reduce((t, r) => t + r.size, 0);

/** The people of index range [from, to): one generated block per cohort it overlaps. */
export function* peopleIn(
  spec: PopulationSpec,
  model: CareModel,
  ranges: readonly CohortRange[],
  from: number,
  to: number,
): Generator<{ pop: Population; entryYear: number }> {
  for (const c of ranges) {
    const a = Math.max(from, c.offset) - c.offset;
    const b = Math.min(to, c.offset + c.size) - c.offset;
    if (b <= a) continue;
    const pop =
      c.cohort === 0
        ? generateStock(spec, model, a, b)
        : generateEntrants(spec, model, c.cohort, a, b);
    yield { pop, entryYear: c.cohort === 0 ? STOCK_YEAR : c.cohort };
  }
}
