// Across replicates: mean and 5th/50th/95th percentiles of every measure, arm and year, and the
// difference of each arm from the first computed replicate by replicate (common random numbers),
// not as a difference of bands.
import { mean, quantileSorted } from 'd3';
import { measureDefs, MEASURE_COUNT, type MeasureName } from './measures.ts';
import { vi, type PartialResult } from './result.ts';
import { DECILES, L } from './lifetimeOutcomes.ts';

export interface SummaryPoint {
  year: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

export type MeasureSeries = Record<MeasureName, SummaryPoint[]>;

export interface LifetimeSummary {
  /** Per wealth decile (1 = poorest): deaths weighted to England over the run. */
  deaths: SummaryPoint[];
  meanPersonPaid: SummaryPoint[];
  meanCouncilPaid: SummaryPoint[];
  shareReachingCap: SummaryPoint[];
  shareCatastrophic: SummaryPoint[];
}

export interface RunSummary {
  startYear: number;
  years: number;
  replicates: number;
  arms: Record<string, MeasureSeries>;
  differences: Record<string, MeasureSeries>;
  lifetime: Record<string, LifetimeSummary>;
}

/** Mean and percentiles of a sample (d3-array's R-7 quantiles). */
export function describe(values: number[], year: number): SummaryPoint {
  const s = [...values].sort((a, b) => a - b);
  return {
    year,
    mean: mean(s) ?? NaN,
    p5: quantileSorted(s, 0.05) ?? NaN,
    p50: quantileSorted(s, 0.5) ?? NaN,
    p95: quantileSorted(s, 0.95) ?? NaN,
  };
}

function series(
  reps: readonly PartialResult[],
  startYear: number,
  value: (r: PartialResult, measure: number, year: number) => number,
): MeasureSeries {
  const years = reps[0]!.years;
  const out = {} as MeasureSeries;
  for (let m = 0; m < MEASURE_COUNT; m++) {
    const points: SummaryPoint[] = [];
    for (let y = 0; y < years; y++) {
      points.push(
        describe(
          reps.map((r) => value(r, m, y)),
          startYear + y,
        ),
      );
    }
    out[measureDefs[m]!.name] = points;
  }
  return out;
}

function lifetimeSummary(reps: readonly PartialResult[], arm: number): LifetimeSummary {
  const per = (f: (b: Float64Array, base: number, k: number) => number) =>
    Array.from({ length: DECILES }, (_, k) =>
      describe(
        reps.map((r) => f(r.lifetime, arm * L.size, k)),
        k + 1,
      ),
    );
  const ratio = (num: number, den: number) => (den > 0 ? num / den : 0);
  return {
    deaths: per((b, o, k) => b[o + L.deaths + k]!),
    meanPersonPaid: per((b, o, k) => ratio(b[o + L.personPaidSum + k]!, b[o + L.deaths + k]!)),
    meanCouncilPaid: per((b, o, k) => ratio(b[o + L.councilPaidSum + k]!, b[o + L.deaths + k]!)),
    shareReachingCap: per((b, o, k) => ratio(b[o + L.reachedCap + k]!, b[o + L.deaths + k]!)),
    shareCatastrophic: per((b, o, k) => ratio(b[o + L.catastrophic + k]!, b[o + L.deaths + k]!)),
  };
}

/** Summarises whole replicates (slices already combined), in replicate order. */
export function summarise(
  reps: readonly PartialResult[],
  armNames: readonly string[],
  startYear: number,
): RunSummary {
  const sorted = [...reps].sort((a, b) => a.replicate - b.replicate);
  const first = sorted[0];
  if (!first) throw new Error('summarise needs at least one replicate');
  const Y = first.years;
  const arms: Record<string, MeasureSeries> = {};
  const differences: Record<string, MeasureSeries> = {};
  const lifetime: Record<string, LifetimeSummary> = {};
  armNames.forEach((name, a) => {
    arms[name] = series(sorted, startYear, (r, m, y) => r.values[vi(Y, a, m, y)]!);
    lifetime[name] = lifetimeSummary(sorted, a);
    if (a > 0) {
      differences[name] = series(
        sorted,
        startYear,
        (r, m, y) => r.values[vi(Y, a, m, y)]! - r.values[vi(Y, 0, m, y)]!,
      );
    }
  });
  return { startYear, years: Y, replicates: sorted.length, arms, differences, lifetime };
}
