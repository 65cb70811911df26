// How a scenario is cut into tasks: every replicate into fixed slices of people. The cut depends
// only on the scenario (never on the number of workers), and each task's randomness comes from
// (seed, replicate, person), so any split gives the same people.
import { cohortRanges, sampleFractionFor, totalPeople } from './cohorts.ts';

export interface Task {
  replicate: number;
  slice: number;
}

export interface PlanInput {
  seed: string;
  startYear: number;
  years: number;
  replicates: number;
  population: number;
  /** A council of 2023 (slug) for a council run; absent or null = England. */
  council?: string | null;
  engine: { sliceSize: number };
}

/** Synthetic people simulated per replicate: the 2021 stock and every later entrant. */
export function peoplePerReplicate(s: PlanInput): number {
  const council = s.council ?? null;
  const spec = {
    seed: s.seed,
    replicate: 0,
    sampleFraction: sampleFractionFor(s.population, council),
    council,
  };
  return totalPeople(cohortRanges(spec, s.startYear, s.years));
}

/** Number of slices each replicate's people are cut into. */
export function sliceCount(s: PlanInput): number {
  return Math.max(1, Math.ceil(peoplePerReplicate(s) / s.engine.sliceSize));
}

/** Every task of a scenario, replicate by replicate, slice by slice. */
export function planTasks(s: PlanInput): Task[] {
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
