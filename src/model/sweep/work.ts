// How a sweep's work is split into shards: every (grid point, replicate) pair, numbered point by
// point, goes to shard (number mod count) + 1. Which shard runs a replicate never changes its
// numbers (a replicate's randomness comes from the point's seed and the replicate alone), so the
// merged results of every point equal a single run's, whatever the number of shards.

export interface WorkItem {
  /** Index of the grid point (0-based, grid order). */
  point: number;
  replicate: number;
}

/** Every (point, replicate) pair, point by point. */
export function workItems(replicatesPerPoint: readonly number[]): WorkItem[] {
  const out: WorkItem[] = [];
  replicatesPerPoint.forEach((n, point) => {
    for (let replicate = 0; replicate < n; replicate++) out.push({ point, replicate });
  });
  return out;
}

/**
 * The replicates of each point that shard `index` of `count` (1-based) runs: item k of
 * `workItems` belongs to shard (k mod count) + 1, so shards are balanced to one item and their
 * union is the whole sweep. Entry p lists point p's replicates in order (possibly none).
 */
export function shardWork(
  replicatesPerPoint: readonly number[],
  index: number,
  count: number,
): number[][] {
  const out: number[][] = replicatesPerPoint.map(() => []);
  workItems(replicatesPerPoint).forEach((item, k) => {
    if (k % count === index - 1) out[item.point]!.push(item.replicate);
  });
  return out;
}

/** Null when `count` shards suit the sweep, else the message naming --shard. */
export function checkSweepShard(
  shard: { index: number; count: number } | undefined,
  replicatesPerPoint: readonly number[],
): string | null {
  const items = replicatesPerPoint.reduce((a, b) => a + b, 0);
  if (shard && shard.count > items)
    return `--shard: ${shard.count} shards for ${items} (grid point, replicate) pairs; allowed: at most one shard per pair`;
  return null;
}
