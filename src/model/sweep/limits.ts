// A sweep's time and memory, estimated up front from its points (limits.ts's model of one run):
// points run one after another on one pool, so times add up and memory is the largest point's,
// plus every point's summary and the table built from them.
import {
  checkLimits,
  estimateRun,
  formatBytes,
  formatSeconds,
  STARTUP_SECONDS,
  type EstimateInput,
  type Limits,
  type SettingNames,
} from '../simulate/limits.ts';
import { rowsPerPoint } from './sweepTidy.ts';

/** Memory per row of the tidy table while a Parquet file is built from it (columns of values). */
export const BYTES_PER_TIDY_ROW = 120;
/** Memory per summary point (a JavaScript object of five numbers) kept for the table. */
export const BYTES_PER_SUMMARY_POINT = 120;

export interface SweepEstimate {
  points: number;
  /** (point, replicate) pairs run. */
  replicates: number;
  workers: number;
  seconds: number;
  bytes: number;
}

/** One point to run: its scenario and how many of its replicates. */
export interface SweepPointInput {
  id: string;
  scenario: EstimateInput;
  /** Replicates of this point run here (all, or a shard's); 0 skips the point. */
  replicates: number;
}

/** Estimated time and peak memory of running `points` one after another on `workers` workers. */
export function estimateSweep(
  points: readonly SweepPointInput[],
  options: { workers: number; parquet: boolean; summaries?: boolean },
): SweepEstimate {
  let seconds = STARTUP_SECONDS;
  let bytes = 0;
  let kept = 0;
  let replicates = 0;
  let workers = 1;
  for (const p of points) {
    if (p.replicates === 0) continue;
    const e = estimateRun(p.scenario, {
      workers: options.workers,
      host: 'node',
      replicates: p.replicates,
    });
    seconds += e.seconds - STARTUP_SECONDS;
    bytes = Math.max(bytes, e.bytes);
    workers = Math.max(workers, e.workers);
    replicates += p.replicates;
    if (options.summaries === false) continue;
    const rows = rowsPerPoint(p.scenario.arms.length, p.scenario.years);
    kept +=
      (rows / 4) * BYTES_PER_SUMMARY_POINT + (options.parquet ? rows * BYTES_PER_TIDY_ROW : 0);
  }
  return { points: points.length, replicates, workers, seconds, bytes: bytes + kept };
}

export type SweepLimitCheck =
  | { ok: true; estimate: SweepEstimate }
  | { ok: false; kind: 'time' | 'memory'; estimate: SweepEstimate; message: string };

/**
 * Checks a sweep against `limits`, as `checkLimits` checks a run: memory is never overridden,
 * time is when `force` is set. A point too large on its own is refused with checkLimits' message.
 */
export function checkSweepLimits(
  points: readonly SweepPointInput[],
  options: {
    workers: number;
    parquet: boolean;
    /** Whether every point's summary is kept (a sweep's table); false for one number a point. */
    summaries?: boolean;
    limits: Limits;
    names: SettingNames;
    force?: boolean;
  },
): SweepLimitCheck {
  const { limits } = options;
  const estimate = estimateSweep(points, options);
  for (const p of points) {
    if (p.replicates === 0) continue;
    const one = checkLimits(p.scenario, {
      workers: options.workers,
      host: 'node',
      limits: { ...limits, maxSeconds: Infinity },
      names: options.names,
      replicates: p.replicates,
    });
    if (!one.ok)
      return { ok: false, kind: 'memory', estimate, message: `grid point ${p.id}: ${one.message}` };
  }
  const work = `${estimate.points} grid points, ${estimate.replicates} (point, replicate) pairs on ${estimate.workers} worker${estimate.workers === 1 ? '' : 's'}`;
  if (estimate.bytes > limits.maxBytes)
    return {
      ok: false,
      kind: 'memory',
      estimate,
      message: `This sweep would need about ${formatBytes(estimate.bytes)} of memory (${work}), over the ${formatBytes(limits.maxBytes)} limit. Use fewer grid points or years${options.parquet ? ', or leave out --format parquet' : ''}.`,
    };
  if (estimate.seconds > limits.maxSeconds && !options.force)
    return {
      ok: false,
      kind: 'time',
      estimate,
      message: `This sweep would take about ${formatSeconds(estimate.seconds)} (${work}), over the ${formatSeconds(limits.maxSeconds)} limit. Use fewer grid points, replicates or people, or split it with --shard i/n across machines (docs/cluster.md)${options.names.force ? `, or ${options.names.force}` : ''}.`,
    };
  return { ok: true, estimate };
}
