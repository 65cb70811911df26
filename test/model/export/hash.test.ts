// hashResults: stable for equal results on any machine, independent of replicate order, and
// different when any number or the shape changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashResults } from '../../../src/model/export/hash.ts';
import { emptyResult } from '../../../src/model/simulate/result.ts';
import { recordedResults, results } from './fixtures.ts';

describe('hashResults', () => {
  it('matches the recorded hash of the fixture (also computed independently in Python)', async () => {
    // If this changes on purpose, bump RESULTS_HASH_SCHEME: old manifests will no longer verify.
    expect(await hashResults(recordedResults())).toBe(
      'sha256:9c294edfc6789485580c3c4b35bfdfce67d751c48fa01c08f25a417c5af8c844',
    );
  });

  it('gives equal hashes for equal results built separately', async () => {
    expect(await hashResults(results())).toBe(await hashResults(results()));
  });

  it('ignores the order replicates are passed in', async () => {
    const reps = results();
    expect(await hashResults([reps[3]!, reps[1]!, reps[0]!, reps[2]!])).toBe(
      await hashResults(reps),
    );
  });

  it('changes when any single value or lifetime number changes (property)', async () => {
    const base = await hashResults(results());
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.nat(),
        fc.double({ noNaN: true }),
        async (r, inValues, k, x) => {
          const reps = results();
          const arr = inValues ? reps[r]!.values : reps[r]!.lifetime;
          const i = k % arr.length;
          fc.pre(!Object.is(arr[i], x));
          arr[i] = x;
          expect(await hashResults(reps)).not.toBe(base);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('changes when a replicate is missing or renumbered', async () => {
    const base = await hashResults(results());
    expect(await hashResults(results().slice(0, 3))).not.toBe(base);
    const renumbered = results();
    renumbered[3]!.replicate = 7;
    expect(await hashResults(renumbered)).not.toBe(base);
  });

  it('tells apart 2 arms × 3 years from 3 arms × 2 years with the same bytes', async () => {
    const a = emptyResult(0, -1, 2, 3);
    const b = emptyResult(0, -1, 3, 2);
    expect(a.values.length).toBe(b.values.length);
    b.lifetime = a.lifetime;
    expect(await hashResults([a])).not.toBe(await hashResults([b]));
  });

  it('hashes every NaN bit pattern alike', async () => {
    const a = emptyResult(0, -1, 1, 1);
    const b = emptyResult(0, -1, 1, 1);
    a.values[0] = NaN;
    new Uint32Array(b.values.buffer).set([1, 0xfff80000], 0); // a negative NaN with a payload
    expect(b.values[0]).toBeNaN();
    expect(await hashResults([a])).toBe(await hashResults([b]));
  });

  it('refuses a replicate given twice', async () => {
    await expect(hashResults([...results(2), ...results(1)])).rejects.toThrow(/given twice/);
  });
});
