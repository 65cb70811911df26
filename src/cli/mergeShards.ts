// What `npm run simulate -- --merge` accepts: shards of one scenario and seed, split the same
// way, each shard once, every replicate present exactly once. Anything else is refused with one
// line naming the problem and the directories, never merged into something that looks whole.
import { resolve } from 'node:path';
import type { PartialResult } from '../model/simulate/result.ts';
import type { ResultsFile } from '../model/simulate/resultsFile.ts';
import type { Scenario } from '../model/simulate/scenario.ts';
import { Refusal } from './refusal.ts';

interface ShardFile {
  scenario: Scenario;
  armNames: string[];
  shard: ResultsFile['shard'];
  replicates: PartialResult[];
}

export type MergeCheck =
  | { ok: true; replicates: PartialResult[]; shards: { count: number; held: number[] } }
  | { ok: false; message: string };

const sameNumbers = (a: PartialResult, b: PartialResult): boolean => {
  if (a.values.length !== b.values.length || a.lifetime.length !== b.lifetime.length) return false;
  for (let i = 0; i < a.values.length; i++) if (!Object.is(a.values[i], b.values[i])) return false;
  for (let i = 0; i < a.lifetime.length; i++)
    if (!Object.is(a.lifetime[i], b.lifetime[i])) return false;
  return true;
};

/** The first top-level scenario field where two scenarios differ, for the message. */
function firstDifference(a: Scenario, b: Scenario): string {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = JSON.stringify((a as Record<string, unknown>)[k]);
    const y = JSON.stringify((b as Record<string, unknown>)[k]);
    if (x !== y) return k;
  }
  return 'scenario';
}

/** Checks the shards read from `dirs` (in order) and returns their replicates in order. */
export function checkMergeShards(dirs: readonly string[], files: readonly ShardFile[]): MergeCheck {
  const fail = (message: string): MergeCheck => ({ ok: false, message: `--merge: ${message}` });
  const seen = new Map<string, string>();
  for (const d of dirs) {
    const key = resolve(d);
    if (seen.has(key)) return fail(`${d} is given twice`);
    seen.set(key, d);
  }
  const first = files[0]!;
  const split = (f: ShardFile) => f.shard ?? { index: 1, count: 1 };
  const count = split(first).count;
  const byShard = new Map<number, string>();
  for (const [i, f] of files.entries()) {
    if (JSON.stringify(f.scenario) !== JSON.stringify(first.scenario)) {
      const field = firstDifference(first.scenario, f.scenario);
      return fail(
        `${dirs[i]} is a shard of another scenario than ${dirs[0]} (they differ in ${field}${field === 'seed' ? `: "${first.scenario.seed}" and "${f.scenario.seed}"` : ''})`,
      );
    }
    const s = split(f);
    if (s.count !== count)
      return fail(
        `${dirs[i]} is shard ${s.index}/${s.count} but ${dirs[0]} is shard ${split(first).index}/${count}: shards of different splits`,
      );
    const twin = byShard.get(s.index);
    if (twin !== undefined)
      return fail(`${twin} and ${dirs[i]} are both shard ${s.index}/${count} (duplicate shards)`);
    byShard.set(s.index, dirs[i]!);
  }
  const byReplicate = new Map<number, { rep: PartialResult; dir: string }>();
  for (const [i, f] of files.entries()) {
    for (const r of f.replicates) {
      const twin = byReplicate.get(r.replicate);
      if (twin)
        return fail(
          `${twin.dir} and ${dirs[i]} both hold replicate ${r.replicate}${sameNumbers(twin.rep, r) ? '' : ' with different numbers (conflicting shards)'}`,
        );
      byReplicate.set(r.replicate, { rep: r, dir: dirs[i]! });
    }
  }
  const held = [...byShard.keys()].sort((a, b) => a - b);
  const missingShards = [];
  for (let i = 1; i <= count; i++) if (!byShard.has(i)) missingShards.push(`${i}/${count}`);
  const total = first.scenario.replicates;
  const missing = [];
  for (let r = 0; r < total; r++) if (!byReplicate.has(r)) missing.push(r);
  if (missingShards.length || missing.length)
    return fail(
      `the shards given hold ${byReplicate.size} of the run's ${total} replicates; missing ${missingShards.length ? `shard${missingShards.length > 1 ? 's' : ''} ${missingShards.join(', ')}` : `replicate${missing.length > 1 ? 's' : ''} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`}`,
    );
  const replicates = [...byReplicate.values()]
    .map((x) => x.rep)
    .sort((a, b) => a.replicate - b.replicate);
  return { ok: true, replicates, shards: { count, held } };
}

// Sweeps' and sensitivity analyses' shards: exactly one whole piece of work split once: all of
// the same work (hash), all split into the same number of shards, no shard twice, none missing.
// Each refusal is one line naming the directory. (Each point's replicates are then checked
// against its share by the sweep's merge.)

export interface ShardInfo {
  dir: string;
  /** Identity of the work split (a grid's or an analysis's hash). */
  hash: string;
  index: number;
  count: number;
  /** The shard's results, to tell a duplicate from a conflicting shard of the same index. */
  fingerprint: string;
}

/**
 * The shards in index order, or a Refusal: a shard of other work ("another grid"), a different
 * split, an index given twice (the same results or conflicting ones), missing indices.
 */
export function checkShardSet(shards: readonly ShardInfo[], work: string): ShardInfo[] {
  const first = shards[0];
  if (!first) throw new Refusal('--merge: no shard directories given');
  const byIndex = new Map<number, ShardInfo>();
  for (const s of shards) {
    if (s.hash !== first.hash)
      throw new Refusal(
        `--merge ${s.dir}: a shard of another ${work} (hash ${s.hash}, not ${first.hash} as in ${first.dir})`,
      );
    if (s.count !== first.count)
      throw new Refusal(
        `--merge ${s.dir}: shard ${s.index}/${s.count} conflicts with ${first.dir}'s ${first.index}/${first.count} (the work was split into a different number of shards)`,
      );
    if (s.index < 1 || s.index > s.count)
      throw new Refusal(`--merge ${s.dir}: shard ${s.index}/${s.count} does not exist`);
    const twin = byIndex.get(s.index);
    if (twin)
      throw new Refusal(
        `--merge ${s.dir}: shard ${s.index}/${s.count} is given twice (also ${twin.dir})${twin.fingerprint === s.fingerprint ? '' : ', with conflicting results'}`,
      );
    byIndex.set(s.index, s);
  }
  const missing = Array.from({ length: first.count }, (_, i) => i + 1).filter(
    (i) => !byIndex.has(i),
  );
  if (missing.length)
    throw new Refusal(
      `--merge: missing shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${first.count} (given: ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')})`,
    );
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}
