// Resource limits: a scenario's time and memory estimated up front from its size, and a refusal
// that says by how much it is over and what would fit, before any worker starts.
import { MEASURE_COUNT } from './measures.ts';
import { L, LIFETIME_GROUPS } from './lifetimeOutcomes.ts';
import { STOCK_YEAR } from '../data/populationFigures.ts';
import { peoplePerReplicate, sliceCount, type PlanInput } from './plan.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Engine time per person-year slot (one synthetic person for one year from 2021 to the last
 * simulated year, alive or not; careers start in the 2021 stock whatever the start year), ns:
 * base + per arm. Measured on the development machine (2 cores, Node 20), whole tasks including
 * making the people and each replicate's context: 32, 39, 53 and 76 ns a slot with 1, 2, 4 and 8
 * arms (35, 46, 62 and 89 before the charging loop was rewritten); a Web Worker in Chromium takes
 * about 1.2–1.4 times as long. These constants sit above the browser's figures, on the safe side.
 */
export const NS_PER_SLOT = { base: 45, perArm: 15 } as const;
/**
 * Fixed cost per replicate (its context, council draws, personal budgets), s. Measured 0.006 s in
 * Node (context 2.4 ms, personal budgets 3.7 ms), about twice that in Chromium.
 */
export const SECONDS_PER_REPLICATE = 0.02;
/** Starting the workers and loading the engine, s. */
export const STARTUP_SECONDS = 1;

/** Memory of one host: the main process (or page) and each worker before any people, bytes. */
export interface HostMemory {
  main: number;
  perWorker: number;
}

/**
 * Measured resident memory: a Node process with the engine loaded ~100 MiB and each
 * worker_thread ~80 MiB (it loads tsx and the engine again); a page ~60 MiB and each Web Worker
 * running the bundled engine ~15 MiB. Rounded up.
 */
export const HOST_MEMORY: Record<'node' | 'browser', HostMemory> = {
  node: { main: 150 * MiB, perWorker: 80 * MiB },
  browser: { main: 80 * MiB, perWorker: 20 * MiB },
};

/**
 * Bytes per synthetic person held while a slice runs: the population columns take 48 B a person
 * (population.ts); a 1,000,000-person slice raised a worker's resident memory by 70 MiB. With
 * headroom for the garbage collector.
 */
export const BYTES_PER_SLICE_PERSON = 100;
/** Bytes per row of the microdata sample (a JavaScript object of 12 fields). */
export const BYTES_PER_SAMPLE_ROW = 250;

export interface Limits {
  /** Largest estimated memory, bytes. Never overridden. */
  maxBytes: number;
  /** Longest estimated time, s; a user may override it (--force, "Run anyway"). */
  maxSeconds: number;
}

/** The command line: 2 GiB, 30 minutes. */
export const CLI_LIMITS: Limits = { maxBytes: 2 * GiB, maxSeconds: 30 * 60 };
/** A browser tab: 512 MiB, 2 minutes unless the user confirms. */
export const BROWSER_LIMITS: Limits = { maxBytes: 512 * MiB, maxSeconds: 2 * 60 };

export interface EstimateInput extends PlanInput {
  arms: readonly unknown[];
  engine: { sliceSize: number; samplePeople?: number };
}

export interface RunEstimate {
  /** Synthetic people per replicate. */
  people: number;
  /** People × years from 2021 to the end × replicates run: the work, an upper bound on person-years. */
  slots: number;
  /** Replicates this run computes (all, or one shard's). */
  replicates: number;
  /** Workers that would be busy: at most one per task. */
  workers: number;
  seconds: number;
  bytes: number;
}

/**
 * Estimated time and peak memory of running `s` on `workers` workers of `host`. `replicates`
 * counts the replicates actually run (a shard runs fewer); default all.
 */
export function estimateRun(
  s: EstimateInput,
  options: { workers: number; host: 'node' | 'browser'; replicates?: number },
): RunEstimate {
  const replicates = options.replicates ?? s.replicates;
  const people = peoplePerReplicate(s);
  const yearsFrom2021 = s.startYear - STOCK_YEAR + s.years;
  const slots = people * yearsFrom2021 * replicates;
  const tasks = sliceCount(s) * replicates;
  const workers = Math.max(1, Math.min(options.workers, tasks));
  const arms = s.arms.length;
  const cpu = slots * (NS_PER_SLOT.base + NS_PER_SLOT.perArm * arms) * 1e-9;
  const seconds = STARTUP_SECONDS + (cpu + replicates * SECONDS_PER_REPLICATE) / workers;
  const host = HOST_MEMORY[options.host];
  const slicePeople = Math.min(s.engine.sliceSize, people);
  const perReplicate = arms * (MEASURE_COUNT * s.years + LIFETIME_GROUPS * L.size) * 8;
  const sampleRows = (s.engine.samplePeople ?? 0) * s.years * arms;
  const bytes =
    host.main +
    workers * (host.perWorker + slicePeople * BYTES_PER_SLICE_PERSON) +
    // Slices in flight, whole replicates, their summary and the file written from them.
    4 * replicates * perReplicate +
    sampleRows * BYTES_PER_SAMPLE_ROW;
  return { people, slots, replicates, workers, seconds, bytes };
}

/** "45 s", "12 min", "3.5 h". */
export function formatSeconds(s: number): string {
  if (s < 90) return `${Math.max(1, Math.round(s))} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** "300 MiB", "2.5 GiB". */
export function formatBytes(b: number): string {
  return b < GiB ? `${Math.ceil(b / MiB)} MiB` : `${(b / GiB).toFixed(1)} GiB`;
}

/** How a suggestion names a setting with a value that fits: a CLI flag or the form's wording. */
export interface SettingNames {
  population: (n: string) => string;
  replicates: (n: string) => string;
  workers?: (n: string) => string;
  /** The slice-size setting (default "engine.sliceSize", its name in a scenario file). */
  sliceSize?: string;
  /** How to run anyway when only the time limit is passed, e.g. "pass --force to run it anyway". */
  force?: string;
}

/** Suggestions worded for the command line (flags). */
export const CLI_NAMES: SettingNames = {
  population: (n) => `--population ${n}`,
  replicates: (n) => `--replicates ${n}`,
  workers: (n) => `--workers ${n}`,
  force: 'pass --force to run it anyway',
};

export type LimitCheck =
  | { ok: true; estimate: RunEstimate }
  | { ok: false; kind: 'time' | 'memory'; estimate: RunEstimate; message: string };

/** Two significant figures, rounded down: a suggestion that fits. */
function roundDown(x: number): number {
  if (x < 100) return Math.max(1, Math.floor(x));
  let p = 1;
  while (x >= 100 * p) p *= 10;
  return Math.floor(x / p) * p;
}

/** Largest value of `key` (below the current one) whose estimate passes `fits`, by bisection. */
function largestFitting(
  s: EstimateInput,
  key: 'population' | 'replicates',
  min: number,
  fits: (t: EstimateInput) => boolean,
): number | null {
  if (!fits({ ...s, [key]: min })) return null;
  let lo = min;
  let hi = s[key];
  for (let i = 0; i < 40 && hi - lo > 1; i++) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits({ ...s, [key]: mid })) lo = mid;
    else hi = mid;
  }
  return roundDown(lo) >= min ? roundDown(lo) : lo;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * Checks an estimate against `limits`. Memory is never overridden; time is when `force` is set.
 * A refusal gives the estimate, the limit, and settings that would fit.
 */
export function checkLimits(
  s: EstimateInput,
  options: {
    workers: number;
    host: 'node' | 'browser';
    limits: Limits;
    names: SettingNames;
    force?: boolean;
    replicates?: number;
  },
): LimitCheck {
  const { limits, names } = options;
  const est = (t: EstimateInput) => estimateRun(t, options);
  const estimate = est(s);
  const work = `${fmt(estimate.people)} people × ${s.startYear - STOCK_YEAR + s.years} years × ${fmt(estimate.replicates)} replicates on ${estimate.workers} worker${estimate.workers === 1 ? '' : 's'}`;
  const suggest = (fits: (e: RunEstimate) => boolean): string[] => {
    const out: string[] = [];
    const pop = largestFitting(s, 'population', 100, (t) => fits(est(t)));
    if (pop !== null && pop < s.population)
      out.push(`fewer people (${names.population(fmt(pop))} would fit)`);
    if (options.replicates === undefined) {
      const reps = largestFitting(s, 'replicates', 1, (t) => fits(est(t)));
      if (reps !== null && reps < s.replicates)
        out.push(`fewer replicates (${names.replicates(fmt(reps))} would fit)`);
    }
    return out;
  };
  if (estimate.bytes > limits.maxBytes) {
    const fits = (e: RunEstimate) => e.bytes <= limits.maxBytes;
    const ideas = suggest(fits);
    if (names.workers && estimate.workers > 1) {
      let w = estimate.workers - 1;
      while (w > 1 && !fits(estimateRun(s, { ...options, workers: w }))) w--;
      if (fits(estimateRun(s, { ...options, workers: w })))
        ideas.push(`fewer workers (${names.workers(String(w))} would fit)`);
    }
    if (s.engine.sliceSize > 25_000)
      ideas.push(`a smaller ${names.sliceSize ?? 'engine.sliceSize'} (e.g. 25,000)`);
    return {
      ok: false,
      kind: 'memory',
      estimate,
      message:
        `This run would need about ${formatBytes(estimate.bytes)} of memory (${work}), over the ${formatBytes(limits.maxBytes)} limit. ` +
        (ideas.length ? `Use ${ideas.join(', or ')}.` : 'Use a smaller scenario.'),
    };
  }
  if (estimate.seconds > limits.maxSeconds && !options.force) {
    const ideas = suggest((e) => e.seconds <= limits.maxSeconds && e.bytes <= limits.maxBytes);
    const override = names.force ? `, or ${names.force}` : '';
    return {
      ok: false,
      kind: 'time',
      estimate,
      message:
        `This run would take about ${formatSeconds(estimate.seconds)} (${work}), over the ${formatSeconds(limits.maxSeconds)} limit. ` +
        `Use ${[...ideas, ...(ideas.length ? [] : ['a smaller scenario'])].join(', or ')}${override}.`,
    };
  }
  return { ok: true, estimate };
}

/**
 * The most workers (up to `requested`) whose estimate fits in `limits.maxBytes`; at least 1.
 * Lets a default of "one per core" shrink on a many-core machine instead of being refused.
 */
export function fitWorkers(
  s: EstimateInput,
  requested: number,
  host: 'node' | 'browser',
  limits: Limits,
  replicates?: number,
): number {
  const at = (workers: number) =>
    estimateRun(s, { workers, host, ...(replicates !== undefined ? { replicates } : {}) });
  let w = Math.max(1, requested);
  while (w > 1 && at(w).bytes > limits.maxBytes) w--;
  return w;
}
