// Keyed draws: keyBelow is the comparison the engine used to make with deriveKey1, exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import {
  deriveKey1,
  drawBelow,
  hashSeed,
  keyBelow,
  keyDraw,
  keyUniform,
} from '../../src/model/rng.ts';

const below = (base: number, k: number, share: number) => deriveKey1(base, k) / 0x100000000 < share;

/** Checks `check` on 5,000 random 32-bit keys, 16-bit tags and shares in [0, 1]. */
const forKeyTagShare = (check: (base: number, k: number, share: number) => void) =>
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 0xffffffff }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      check,
    ),
    { numRuns: 5000 },
  );

describe('keyBelow', () => {
  it('equals deriveKey1(base, k) / 2^32 < share for any key, tag and share', () => {
    forKeyTagShare((base, k, share) => {
      expect(keyBelow(base, k, share)).toBe(below(base, k, share));
    });
  });

  it('is keyUniform(base, k) < share for any key, tag and share', () => {
    forKeyTagShare((base, k, share) => {
      expect(keyUniform(base, k) < share).toBe(keyBelow(base, k, share));
    });
    const key = deriveKey1(12345, 0x518);
    expect(keyUniform(12345, 0x518) < key / 0x100000000).toBe(false);
    expect(keyUniform(12345, 0x518) < (key + 1) / 0x100000000).toBe(true);
  });

  it('drawBelow(keyDraw(base, k), share) is keyUniform(base, k) < share, for signed keys too', () => {
    forKeyTagShare((base, k, share) => {
      expect(drawBelow(keyDraw(base, k), share)).toBe(keyUniform(base, k) < share);
      // The engine passes the career key as a signed integer: the same bits.
      expect(drawBelow(keyDraw(base | 0, k), share)).toBe(keyBelow(base, k, share));
    });
  });

  it('on the boundary: a share equal to the key over 2^32 is not below it', () => {
    const key = deriveKey1(12345, 0x518);
    expect(keyBelow(12345, 0x518, key / 0x100000000)).toBe(false);
    expect(keyBelow(12345, 0x518, (key + 1) / 0x100000000)).toBe(true);
    expect(keyBelow(12345, 0x518, 0)).toBe(false);
    expect(keyBelow(12345, 0x518, 1)).toBe(true);
  });

  it('draws about the share asked for', () => {
    let hits = 0;
    for (let person = 0; person < 20_000; person++) if (keyBelow(person, 0x518, 0.3)) hits++;
    expect(hits / 20_000).toBeCloseTo(0.3, 1);
  });
});

describe('hashSeed', () => {
  it.each([
    ['golden-reference', 3696096417],
    ['a', 1823459548],
    ['', 715789690],
  ])('hashSeed(%j) is %d: seedrandom’s Alea, the same in every engine', (text, key) =>
    expect(hashSeed(text)).toBe(key),
  );

  it('is the first 32-bit output of seedrandom.alea(text), and different texts differ', () => {
    expect(hashSeed('explorer-1')).toBe(seedrandom.alea('explorer-1').int32() >>> 0);
    const keys = new Set(Array.from({ length: 1000 }, (_, i) => hashSeed(`seed ${i}`)));
    expect(keys.size).toBe(1000);
  });
});
