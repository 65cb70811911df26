// What a merge accepts. `npm run simulate -- --merge`: shards of one scenario and seed, split the
// same way, each shard once, every replicate present exactly once; a sweep's or a sensitivity
// analysis's: shards of one grid or analysis, split once. Both rest on one check (checkShardIds). Anything else is refused with one
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

/** What the set check needs of a shard: the work it splits, and which piece of it it is. */
export interface ShardId {
  /** Identity of the work split: a scenario's JSON, a grid's or an analysis's hash. */
  work: string;
  index: number;
  count: number;
}

/** The first thing wrong with a set of shards, for the caller to put in its own words. */
export type ShardSetProblem<T> =
  | { kind: 'otherWork'; shard: T }
  | { kind: 'otherSplit'; shard: T }
  | { kind: 'noSuchShard'; shard: T }
  | { kind: 'twice'; shard: T; twin: T };

export type ShardSetCheck<T> =
  | { ok: true; byIndex: Map<number, T>; count: number; missing: number[] }
  | { ok: false; problem: ShardSetProblem<T> };

/**
 * The check every merge makes (simulate's, a sweep's, a sensitivity analysis's): the shards, in
 * the order given, are pieces of the first one's work, split the same way, each index in 1–count
 * and given once. Returns the shards by index and the indices missing, or the first problem.
 */
export function checkShardIds<T>(shards: readonly T[], id: (s: T) => ShardId): ShardSetCheck<T> {
  const first = shards[0]!;
  const f = id(first);
  const byIndex = new Map<number, T>();
  for (const shard of shards) {
    const s = id(shard);
    if (s.work !== f.work) return { ok: false, problem: { kind: 'otherWork', shard } };
    if (s.count !== f.count) return { ok: false, problem: { kind: 'otherSplit', shard } };
    if (s.index < 1 || s.index > s.count)
      return { ok: false, problem: { kind: 'noSuchShard', shard } };
    const twin = byIndex.get(s.index);
    if (twin !== undefined) return { ok: false, problem: { kind: 'twice', shard, twin } };
    byIndex.set(s.index, shard);
  }
  const missing = Array.from({ length: f.count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  return { ok: true, byIndex, count: f.count, missing };
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
  const set = checkShardIds([...files.keys()], (i) => ({
    work: JSON.stringify(files[i]!.scenario),
    ...split(files[i]!),
  }));
  if (!set.ok) {
    const p = set.problem;
    const i = p.shard;
    const f = files[i]!;
    const s = split(f);
    switch (p.kind) {
      case 'otherWork': {
        const field = firstDifference(first.scenario, f.scenario);
        return fail(
          `${dirs[i]} is a shard of another scenario than ${dirs[0]} (they differ in ${field}${field === 'seed' ? `: "${first.scenario.seed}" and "${f.scenario.seed}"` : ''})`,
        );
      }
      case 'otherSplit':
        return fail(
          `${dirs[i]} is shard ${s.index}/${s.count} but ${dirs[0]} is shard ${split(first).index}/${split(first).count}: shards of different splits`,
        );
      case 'noSuchShard':
        return fail(`${dirs[i]} is shard ${s.index}/${s.count}, which does not exist`);
      case 'twice':
        return fail(
          `${dirs[p.twin]} and ${dirs[i]} are both shard ${s.index}/${s.count} (duplicate shards)`,
        );
    }
  }
  const { count } = set;
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
  const held = [...set.byIndex.keys()].sort((a, b) => a - b);
  const missingShards = set.missing.map((i) => `${i}/${count}`);
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
  const set = checkShardIds(shards, (s) => ({ work: s.hash, index: s.index, count: s.count }));
  if (!set.ok) {
    const p = set.problem;
    const s = p.shard;
    throw new Refusal(
      `--merge ${s.dir}: ` +
        (p.kind === 'otherWork'
          ? `a shard of another ${work} (hash ${s.hash}, not ${first.hash} as in ${first.dir})`
          : p.kind === 'otherSplit'
            ? `shard ${s.index}/${s.count} conflicts with ${first.dir}'s ${first.index}/${first.count} (the work was split into a different number of shards)`
            : p.kind === 'noSuchShard'
              ? `shard ${s.index}/${s.count} does not exist`
              : `shard ${s.index}/${s.count} is given twice (also ${p.twin.dir})${p.twin.fingerprint === s.fingerprint ? '' : ', with conflicting results'}`),
    );
  }
  if (set.missing.length)
    throw new Refusal(
      `--merge: missing shard${set.missing.length === 1 ? '' : 's'} ${set.missing.join(', ')} of ${first.count} (given: ${[...set.byIndex.keys()].sort((a, b) => a - b).join(', ')})`,
    );
  return [...set.byIndex.values()].sort((a, b) => a.index - b.index);
}
