// Checks that a set of shard directories is exactly one whole piece of work split once: all of
// the same work (hash), all split into the same number of shards, no shard twice, none missing.
// Each refusal is one line naming the directory.
import { Refusal } from './refusal.ts';

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
