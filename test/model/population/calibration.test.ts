// The calibration targets of MODEL.md §4 at a small population size: every row must pass, as in
// `npm run calibrate` (which runs more and larger replicates).
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../../src/model/data/calibrationTargets.ts';
import { populationCalibrationRows } from '../../../src/model/population/calibration.ts';
import {
  ENGINE_TARGETS,
  engineCalibrationRows,
} from '../../../src/model/calibration/engineRows.ts';

describe('populationCalibrationRows (4 replicates, 0.6% sample, 15,000 65-year-olds)', () => {
  const rows = populationCalibrationRows({
    replicates: 4,
    sampleFraction: 0.006,
    cohortSize: 15_000,
  });

  it('has one row per target', () => {
    expect(rows.map((r) => r.target)).toEqual(Object.values(TARGETS).map((t) => t.label));
  });

  it.each(rows.map((r) => [r.target, r] as const))('%s is within its tolerance', (_, row) => {
    expect(row.simulated).toBeGreaterThanOrEqual(row.tolerance.min);
    expect(row.simulated).toBeLessThanOrEqual(row.tolerance.max);
    expect(row.lo).toBeLessThanOrEqual(row.hi);
  });
});

// Replicates differ by about ±5% in spend (each draws its own uncertain parameters), so the mean of
// many small replicates is steadier than that of a few large ones.
describe('engineCalibrationRows (20 replicates of 40,000 people)', () => {
  const rows = engineCalibrationRows({ replicates: 20, population: 40_000 });

  it('has one row per engine target', () => {
    expect(rows.map((r) => r.target)).toEqual(ENGINE_TARGETS.map((t) => t.label));
  });

  it.each(rows.map((r) => [r.target, r] as const))('%s is within its tolerance', (_, row) => {
    expect(row.simulated).toBeGreaterThanOrEqual(row.tolerance.min);
    expect(row.simulated).toBeLessThanOrEqual(row.tolerance.max);
  });
});
