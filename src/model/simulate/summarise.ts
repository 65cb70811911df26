// Across replicates: mean and 5th/50th/95th percentiles of every measure, arm and year, and the
// difference of each arm from the first computed replicate by replicate (common random numbers),
// not as a difference of bands.
import { mean, quantileSorted } from 'd3';
import { AGE_GROUPS, measureDefs, MEASURE_COUNT, type MeasureName } from './measures.ts';
import { vi, type PartialResult } from './result.ts';
import {
  DECILES,
  L,
  lifetimeBlock,
  PAID_EDGES,
  SHARE_BINS,
  YEARS_TO_CAP_BINS,
} from './lifetimeOutcomes.ts';

export interface SummaryPoint {
  year: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

export type MeasureSeries = Record<MeasureName, SummaryPoint[]>;

/** A figure of one wealth decile (1 = poorest) across replicates. */
export interface DecilePoint {
  decile: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

/**
 * A lifetime histogram: `bins` names each bin; `counts[d][b]` is the mean over replicates of the
 * people (weighted to England) of wealth decile d + 1 who died in the run with their outcome in
 * bin b.
 */
export interface LifetimeHistogram {
  bins: string[];
  counts: number[][];
}

export interface LifetimeSummary {
  /** Per wealth decile: deaths weighted to England over the run. */
  deaths: DecilePoint[];
  meanPersonPaid: DecilePoint[];
  meanCouncilPaid: DecilePoint[];
  shareReachingCap: DecilePoint[];
  shareCatastrophic: DecilePoint[];
  /** The fixed-bin histograms kept at each death (£ at the start year's prices). */
  histograms: {
    personPaid: LifetimeHistogram;
    councilPaid: LifetimeHistogram;
    yearsToCap: LifetimeHistogram;
    shareOfWealthSpent: LifetimeHistogram;
  };
}

const pounds = (x: number) => `£${x.toLocaleString('en-GB')}`;
/** Bin names of the lifetime histograms, in bin order. */
export const HISTOGRAM_BINS = {
  personPaid: PAID_EDGES.map((e, i) =>
    i + 1 < PAID_EDGES.length ? `${pounds(e)}–${pounds(PAID_EDGES[i + 1]!)}` : `${pounds(e)}+`,
  ),
  yearsToCap: Array.from({ length: YEARS_TO_CAP_BINS }, (_, i) =>
    i < YEARS_TO_CAP_BINS - 2
      ? `${i}–${i + 1} years`
      : i === YEARS_TO_CAP_BINS - 2
        ? `${i}+ years`
        : 'never',
  ),
  shareOfWealthSpent: Array.from({ length: SHARE_BINS }, (_, i) =>
    i < SHARE_BINS - 1 ? `${i * 5}–${i * 5 + 5}%` : 'over 100%',
  ),
};

export interface RunSummary {
  startYear: number;
  years: number;
  replicates: number;
  arms: Record<string, MeasureSeries>;
  differences: Record<string, MeasureSeries>;
  /** Lifetime outcomes of all ages, by arm. */
  lifetime: Record<string, LifetimeSummary>;
  /** The same for people who died aged 65+ and aged 18–64, by arm then age group. */
  lifetimeByAge: Record<string, Record<LifetimeAgeGroup, LifetimeSummary>>;
}

/** Keys of the age groups' lifetime outcomes: AGE_GROUPS' suffixes without the underscore. */
export type LifetimeAgeGroup = '65plus' | '18_64';
export const LIFETIME_AGE_GROUPS = AGE_GROUPS.map((g) => g.suffix.slice(1) as LifetimeAgeGroup);

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

/** The lifetime summary of one lifetime block (an arm for all ages, or an arm's age group). */
function lifetimeSummary(reps: readonly PartialResult[], block: number): LifetimeSummary {
  const per = (f: (b: Float64Array, base: number, k: number) => number): DecilePoint[] =>
    Array.from({ length: DECILES }, (_, k) => {
      const p = describe(
        reps.map((r) => f(r.lifetime, block * L.size, k)),
        0,
      );
      return { decile: k + 1, mean: p.mean, p5: p.p5, p50: p.p50, p95: p.p95 };
    });
  const histogram = (offset: number, bins: string[]): LifetimeHistogram => ({
    bins,
    counts: Array.from({ length: DECILES }, (_, k) =>
      bins.map(
        (_, b) =>
          mean(reps, (r) => r.lifetime[block * L.size + offset + k * bins.length + b]!) ?? 0,
      ),
    ),
  });
  const ratio = (num: number, den: number) => (den > 0 ? num / den : 0);
  return {
    deaths: per((b, o, k) => b[o + L.deaths + k]!),
    meanPersonPaid: per((b, o, k) => ratio(b[o + L.personPaidSum + k]!, b[o + L.deaths + k]!)),
    meanCouncilPaid: per((b, o, k) => ratio(b[o + L.councilPaidSum + k]!, b[o + L.deaths + k]!)),
    shareReachingCap: per((b, o, k) => ratio(b[o + L.reachedCap + k]!, b[o + L.deaths + k]!)),
    shareCatastrophic: per((b, o, k) => ratio(b[o + L.catastrophic + k]!, b[o + L.deaths + k]!)),
    histograms: {
      personPaid: histogram(L.personPaidHist, HISTOGRAM_BINS.personPaid),
      councilPaid: histogram(L.councilPaidHist, HISTOGRAM_BINS.personPaid),
      yearsToCap: histogram(L.yearsToCapHist, HISTOGRAM_BINS.yearsToCap),
      shareOfWealthSpent: histogram(L.shareSpentHist, HISTOGRAM_BINS.shareOfWealthSpent),
    },
  };
}

/**
 * Arm `a` minus arm `b`, measure by measure and year by year, computed replicate by replicate (so
 * the interval is that of the difference). `summarise` gives each arm against the baseline; this
 * gives any pair.
 */
export function armDifference(
  reps: readonly PartialResult[],
  a: number,
  b: number,
  startYear: number,
): MeasureSeries {
  const sorted = [...reps].sort((x, y) => x.replicate - y.replicate);
  const Y = sorted[0]!.years;
  return series(
    sorted,
    startYear,
    (r, m, y) => r.values[vi(Y, a, m, y)]! - r.values[vi(Y, b, m, y)]!,
  );
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
  const lifetimeByAge: RunSummary['lifetimeByAge'] = {};
  armNames.forEach((name, a) => {
    arms[name] = series(sorted, startYear, (r, m, y) => r.values[vi(Y, a, m, y)]!);
    lifetime[name] = lifetimeSummary(sorted, a);
    lifetimeByAge[name] = Object.fromEntries(
      LIFETIME_AGE_GROUPS.map((key, g) => [
        key,
        lifetimeSummary(sorted, lifetimeBlock(armNames.length, a, g)),
      ]),
    ) as Record<LifetimeAgeGroup, LifetimeSummary>;
    if (a > 0) {
      differences[name] = series(
        sorted,
        startYear,
        (r, m, y) => r.values[vi(Y, a, m, y)]! - r.values[vi(Y, 0, m, y)]!,
      );
    }
  });
  return {
    startYear,
    years: Y,
    replicates: sorted.length,
    arms,
    differences,
    lifetime,
    lifetimeByAge,
  };
}
