// Today's councils: the 153 with adult social care at April 2023 boundaries, their codes and
// types, the mapping from the 2010 list, and the inputs that add up to England and the regions.
import { describe, expect, it } from 'vitest';
import { councils2010, regions } from '../../../src/model/councils/councils.ts';
import {
  council2023BySlug,
  councils2023,
  ENGLAND_65_2023,
  slugs2010To2023,
} from '../../../src/model/data/councils2023.ts';

const count = (pred: (c: (typeof councils2023)[number]) => boolean) =>
  councils2023.filter(pred).length;

describe('councils2023', () => {
  it('lists 153 councils, ids equal to their index, slugs, names and ONS codes unique', () => {
    expect(councils2023).toHaveLength(153);
    councils2023.forEach((c, i) => expect(c.id).toBe(i));
    for (const key of ['slug', 'name', 'code'] as const)
      expect(new Set(councils2023.map((c) => c[key])).size).toBe(153);
    for (const c of councils2023) expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has 21 counties (E10), 63 E06 (62 unitaries and Scilly), 36 metropolitan (E08), 33 E09', () => {
    expect(count((c) => c.type === 'county')).toBe(21);
    expect(count((c) => c.code.startsWith('E10'))).toBe(21);
    expect(count((c) => c.code.startsWith('E06'))).toBe(63);
    expect(count((c) => c.type === 'metropolitan' && c.code.startsWith('E08'))).toBe(36);
    expect(count((c) => c.code.startsWith('E09'))).toBe(33);
    expect(council2023BySlug('isles-of-scilly')?.type).toBe('sui generis');
    expect(council2023BySlug('city-of-london')?.type).toBe('sui generis');
  });

  it('has the councils created 2019–2023 and none of those they replaced', () => {
    for (const [slug, code, region] of [
      ['cumberland', 'E06000063', 'North West'],
      ['westmorland-and-furness', 'E06000064', 'North West'],
      ['north-yorkshire', 'E06000065', 'Yorkshire and the Humber'],
      ['somerset', 'E06000066', 'South West'],
      ['north-northamptonshire', 'E06000061', 'East Midlands'],
      ['west-northamptonshire', 'E06000062', 'East Midlands'],
      ['bournemouth-christchurch-and-poole', 'E06000058', 'South West'],
      ['dorset', 'E06000059', 'South West'],
      ['buckinghamshire', 'E06000060', 'South East'],
    ] as const) {
      const c = council2023BySlug(slug);
      expect(c?.code).toBe(code);
      expect(c?.region).toBe(region);
      expect(c?.type).toBe('unitary');
    }
    for (const gone of ['cumbria', 'northamptonshire', 'bournemouth', 'poole'])
      expect(council2023BySlug(gone)).toBeUndefined();
  });

  it('maps every 2010 council to today’s councils covering its area', () => {
    for (const c of councils2010) {
      const to = slugs2010To2023[c.slug];
      expect(to?.length, c.slug).toBeGreaterThan(0);
      for (const s of to ?? []) expect(council2023BySlug(s)?.region).toBe(c.region);
    }
    expect(slugs2010To2023.cumbria).toEqual(['cumberland', 'westmorland-and-furness']);
    expect(slugs2010To2023.northamptonshire).toEqual([
      'north-northamptonshire',
      'west-northamptonshire',
    ]);
    expect(slugs2010To2023.poole).toEqual(['bournemouth-christchurch-and-poole']);
    expect(slugs2010To2023.leeds).toEqual(['leeds']);
  });

  it('adds up to ONS’s mid-2023 England 65+ (10,783,087), each council with 26 ages', () => {
    expect(ENGLAND_65_2023).toBe(10_783_087);
    for (const c of councils2023) {
      expect(c.ages65).toHaveLength(26);
      expect(c.population65).toBe(c.ages65.reduce((s, x) => s + x, 0));
      expect(c.aged18to64).toBeGreaterThan(c.aged55to64);
    }
    // Smallest and largest: the Isles of Scilly and Kent (ONS mid-2023).
    const by = [...councils2023].sort((a, b) => a.population65 - b.population65);
    expect(by[0]?.slug).toBe('isles-of-scilly');
    expect(by.at(-1)?.slug).toBe('kent');
  });

  it('says where each figure comes from; house-price factors have a geometric mean of 1 in each region', () => {
    for (const c of councils2023) {
      expect(c.sources.population).toBe('council');
      expect(c.sources.fees).toBe('regional');
      expect(['council', 'districts', 'regional']).toContain(c.sources.housePrice);
    }
    expect(council2023BySlug('isles-of-scilly')?.sources.housePrice).toBe('regional');
    expect(council2023BySlug('cumberland')?.sources.housePrice).toBe('districts');
    // Cumberland: mean of Allerdale 163,403, Carlisle 145,202, Copeland 135,988 (UK HPI, Mar 2021).
    expect(council2023BySlug('cumberland')?.housePrice).toBe(
      Math.round((163_403 + 145_202 + 135_988) / 3),
    );
    expect(council2023BySlug('kensington-and-chelsea')?.housePrice).toBe(1_332_134);
    regions.forEach((_, ri) => {
      const list = councils2023.filter((c) => c.regionIndex === ri);
      const w = list.reduce((s, c) => s + c.population65, 0);
      const meanLog =
        list.reduce((s, c) => s + c.population65 * Math.log(c.housePriceFactor), 0) / w;
      expect(meanLog).toBeCloseTo(0, 8);
    });
  });
});
