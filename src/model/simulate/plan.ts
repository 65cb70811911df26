// How a scenario is cut into tasks: every replicate into fixed slices of people. The cut depends
// only on the scenario (never on the number of workers), and each task's randomness comes from
// (seed, replicate, person), so any split gives the same people.

export interface Task {
  replicate: number;
  slice: number;
}

/** Number of slices a scenario's population is cut into. */
export function sliceCount(s: { population: number; engine: { sliceSize: number } }): number {
  return Math.max(1, Math.ceil(s.population / s.engine.sliceSize));
}

/** Every task of a scenario, replicate by replicate, slice by slice. */
export function planTasks(s: {
  replicates: number;
  population: number;
  engine: { sliceSize: number };
}): Task[] {
  const n = sliceCount(s);
  const tasks: Task[] = [];
  for (let r = 0; r < s.replicates; r++)
    for (let k = 0; k < n; k++) tasks.push({ replicate: r, slice: k });
  return tasks;
}

/**
 * The replicates of shard `index` of `count` (1-based, as in `--shard 2/4`): replicate r belongs
 * to shard (r mod count) + 1, so shards are balanced and their union is the whole run.
 */
export function shardReplicates(replicates: number, index: number, count: number): number[] {
  const out: number[] = [];
  for (let r = index - 1; r < replicates; r += count) out.push(r);
  return out;
}
