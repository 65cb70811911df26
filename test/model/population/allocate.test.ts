import { describe, expect, it } from 'vitest';
import { allocatePopulation, COLUMNS } from '../../../src/model/population/populationColumns.ts';

describe('allocatePopulation', () => {
  it.each([0, 1, 7, 1_000])('gives %i people columns that start at zero and never overlap', (n) => {
    const p = allocatePopulation(n, 5, 2030, 2026);
    expect([p.size, p.start, p.cohort, p.priceYear]).toEqual([n, 5, 2030, 2026]);
    for (const c of COLUMNS) {
      expect(p[c].length).toBe(n);
      expect(p[c].every((x) => x === 0)).toBe(true);
      expect(p[c].byteOffset % p[c].BYTES_PER_ELEMENT).toBe(0);
    }
    // Fill each column with its own marker, then check that no column was overwritten.
    COLUMNS.forEach((c, k) => p[c].fill(k + 1));
    COLUMNS.forEach((c, k) => expect(p[c].every((x) => x === k + 1)).toBe(true));
  });
});
