// The council table: 152 councils with social services responsibilities in 2010, stable ids and
// slugs, and national totals matching the published figures.
import { describe, expect, it } from 'vitest';
import { councilBySlug, councils, regions } from '../../../src/model/councils/councils.ts';

const sum = (f: (c: (typeof councils)[number]) => number) => councils.reduce((a, c) => a + f(c), 0);
const count = (pred: (c: (typeof councils)[number]) => boolean) => councils.filter(pred).length;

describe('councils', () => {
  it('lists the 152 councils of 2010, each id equal to its index', () => {
    expect(councils).toHaveLength(152);
    councils.forEach((c, i) => expect(c.id).toBe(i));
  });

  it('has unique, lower-case hyphenated slugs and unique names', () => {
    expect(new Set(councils.map((c) => c.slug)).size).toBe(152);
    expect(new Set(councils.map((c) => c.name)).size).toBe(152);
    for (const c of councils) expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ['county', 27],
    ['metropolitan', 36],
    ['londonBorough', 32],
    ['unitary', 55],
    ['sui generis', 2],
  ] as const)('has %s councils: %i', (type, n) => {
    expect(count((c) => c.type === type)).toBe(n);
  });

  it.each([
    ['North East', 12],
    ['North West', 23],
    ['Yorkshire and the Humber', 15],
    ['East Midlands', 9],
    ['West Midlands', 14],
    ['East of England', 11],
    ['London', 33],
    ['South East', 19],
    ['South West', 16],
  ] as const)('puts %i councils in %s', (region, n) => {
    expect(regions).toContain(region);
    expect(count((c) => c.region === region)).toBe(n);
  });

  it('totals 10.4 m people aged 65+ (Census 2021), within 1%', () => {
    expect(sum((c) => c.population65) / 10.4e6).toBeCloseTo(1, 2);
  });

  it('totals 1.5 m users on the NI130 basis in 2010 (Audit Commission), within 1%', () => {
    expect(sum((c) => c.eligibleUsers2010) / 1.5e6).toBeCloseTo(1, 2);
  });

  it('gives every council positive counts, with fewer users than people aged 65+ × 0.3', () => {
    for (const c of councils) {
      expect(c.population65).toBeGreaterThan(0);
      expect(c.eligibleUsers2010).toBeGreaterThan(0);
      expect(c.eligibleUsers2010).toBeLessThan(0.3 * c.population65);
    }
  });

  it('councilBySlug finds a council and returns undefined for an unknown slug', () => {
    expect(councilBySlug('kent')?.region).toBe('South East');
    expect(councilBySlug('atlantis')).toBeUndefined();
  });

  it('is frozen, so other modules cannot change it', () => {
    expect(Object.isFrozen(councils)).toBe(true);
    expect(Object.isFrozen(councils[0])).toBe(true);
  });
});
