// The sequence a sweep and a sensitivity analysis share around runPoints: which replicates of each
// point this shard runs, the output directory (written whole or not at all), the estimate line,
// and a run that Ctrl-C, SIGTERM or an error stops cleanly (workers closed, --out's temporary
// directory removed). Each command keeps its own files and messages.
import { checkSweepShard, shardWork } from '../model/sweep/work.ts';
import type { SweepEstimate } from '../model/sweep/limits.ts';
import { CLI_LIMITS, formatBytes, formatSeconds } from '../model/simulate/limits.ts';
import { holdsOneOf, prepareOutDir, type OutDir } from './outDir.ts';
import { Refusal } from './refusal.ts';
import type { PointsRun } from './runPoints.ts';
import type { Shard } from './shardAuto.ts';

export const log = (s: string) => process.stderr.write(`${s}\n`);

/**
 * --out prepared (src/cli/outDir.ts): written whole or not at all; refuses another tool's
 * directory (one holding none of `markers`, the files of this command's earlier outputs).
 */
export function openOut(
  out: string,
  force: boolean,
  markers: readonly string[],
  notInside: readonly string[] = [],
): OutDir {
  const r = prepareOutDir(out, { force, notInside, ours: holdsOneOf(markers) });
  if (!r.ok) throw new Refusal(r.message);
  return r.out;
}

/**
 * The replicates of each point this process runs: all of them, or (with --shard) the shard's share
 * of the (point, replicate) pairs. Refuses a shard count the work cannot fill; logs where
 * --shard auto found the shard.
 */
export function shardShare(
  args: { shard?: Shard; shardSource?: string },
  perPoint: readonly number[],
): { shard: Shard | null; keep: number[][] } {
  const problem = checkSweepShard(args.shard, perPoint);
  if (problem) throw new Refusal(problem);
  const shard = args.shard ?? null;
  if (args.shardSource) log(`shard ${shard!.index}/${shard!.count} (${args.shardSource})`);
  const keep = shard
    ? shardWork(perPoint, shard.index, shard.count)
    : perPoint.map((n) => Array.from({ length: n }, (_, r) => r));
  return { shard, keep };
}

/** The estimate line: time and memory of `what` against the CLI's limits. */
export function logEstimate(est: SweepEstimate, force: boolean, what: string): void {
  log(
    `estimate: about ${formatSeconds(est.seconds)} and ${formatBytes(est.bytes)} ${what}on ${est.workers} worker${est.workers === 1 ? '' : 's'}` +
      ` (limits ${formatSeconds(CLI_LIMITS.maxSeconds)}${force ? ', overridden by --force' : ''}, ${formatBytes(CLI_LIMITS.maxBytes)})`,
  );
}

/**
 * Runs `work`, which starts a PointsRun and hands it to `started`: on Ctrl-C or SIGTERM the run's
 * workers are closed and `target` abandoned (exit 130); on an error the same, and the error goes
 * on. Committing `target` is the work's own last step.
 */
export async function guardedRun<T>(
  target: OutDir | null,
  work: (started: (run: PointsRun) => PointsRun) => Promise<T>,
): Promise<T> {
  // Set by `started` inside `work`: typed by assertion, as the closures see it change.
  let run = null as PointsRun | null;
  const stop = () => {
    run?.close();
    target?.abort();
    log('\ninterrupted');
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await work((r) => (run = r));
  } catch (e) {
    run?.close();
    target?.abort();
    throw e;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
