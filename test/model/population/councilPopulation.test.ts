// A council run's people: the council's own age structure, region and house prices, and weights
// that make the 153 councils add up to England.
import { describe, expect, it } from 'vitest';
import { POPULATION_65_PLUS } from '../../../src/model/data/populationFigures.ts';
import { councils2023, council2023BySlug } from '../../../src/model/data/councils2023.ts';
import { buildCareModel } from '../../../src/model/population/careModel.ts';
import { councilPopulation } from '../../../src/model/population/councilPopulation.ts';
import {
  entrantSize,
  generateEntrants,
  generateStock,
  stockSize,
} from '../../../src/model/population/generate.ts';
import { stockAgeStructure } from '../../../src/model/population/ageStructure.ts';

const model = buildCareModel();
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

describe('councilPopulation', () => {
  it('the councils’ 2021 stocks add up to England’s, and so do their entrant shares', () => {
    const all = councils2023.map((c) => councilPopulation(c.slug));
    expect(sum(all.map((c) => c.older)) / POPULATION_65_PLUS).toBeCloseTo(1, 9);
    expect(sum(all.map((c) => c.entrantShare))).toBeCloseTo(1, 9);
    expect(sum(all.map((c) => c.workingAgeShare))).toBeCloseTo(1, 9);
  });

  it('reweights England’s stock age by age by the council’s share of each age', () => {
    const c = council2023BySlug('isles-of-scilly')!;
    const cp = councilPopulation(c.slug);
    const england = stockAgeStructure();
    const englandAt70 = councils2023.reduce((s, x) => s + (x.ages65[5] ?? 0), 0);
    // Persons of both sexes aged 70 in the council's stock, from its cumulative table.
    const at = (k: number) => (cp.ageSexCdf[k] ?? 0) - (cp.ageSexCdf[k - 1] ?? 0);
    const AGES = england.length / 2;
    const council70 = at(70) + at(AGES + 70);
    const england70 = (england[70] ?? 0) + (england[AGES + 70] ?? 0);
    expect(council70).toBeCloseTo((england70 * (c.ages65[5] ?? 0)) / englandAt70, 6);
  });

  it('an older council has an older stock: Dorset against Tower Hamlets', () => {
    const share85 = (slug: string) => {
      const cdf = councilPopulation(slug).ageSexCdf;
      const AGES = cdf.length / 2;
      const upTo84 = (cdf[84] ?? 0) + (cdf[AGES + 84] ?? 0) - (cdf[AGES - 1] ?? 0);
      return 1 - upTo84 / (cdf[cdf.length - 1] ?? 1);
    };
    // Shares of 85+ among 65+ from the council's own mid-2023 counts order the same way.
    const own = (slug: string) => {
      const c = council2023BySlug(slug)!;
      return sum(c.ages65.slice(20)) / c.population65;
    };
    expect(own('dorset')).toBeGreaterThan(own('tower-hamlets'));
    expect(share85('dorset')).toBeGreaterThan(share85('tower-hamlets'));
  });
});

describe('generating a council’s people', () => {
  const spec = {
    seed: 'council-test',
    replicate: 0,
    sampleFraction: 2000 / councilPopulation('cumberland').older,
    council: 'cumberland',
  };

  it('everyone lives in the council and its region; the weights add up to its people', () => {
    const c = council2023BySlug('cumberland')!;
    const size = stockSize(spec);
    expect(size.older).toBe(2000);
    const p = generateStock(spec, model);
    expect(new Set(p.region)).toEqual(new Set([c.regionIndex]));
    expect(new Set(p.council)).toEqual(new Set([c.id]));
    // Float32 weights: equal to a few parts in a million.
    expect(sum(p.weight.subarray(0, size.older)) / councilPopulation(c.slug).older).toBeCloseTo(
      1,
      5,
    );
    const e = generateEntrants(spec, model, 2026);
    expect(e.age.length).toBe(entrantSize(spec, 2026).total);
    expect(new Set(e.council)).toEqual(new Set([c.id]));
  });

  it('home values scale with the council’s house-price factor, draw for draw', () => {
    // The same seed in two councils of one region: same draws, home values in the ratio of the
    // councils' factors (North West: Trafford dear, Blackpool cheap).
    const pop = (slug: string) =>
      generateStock(
        {
          seed: 'house',
          replicate: 0,
          sampleFraction: 500 / councilPopulation(slug).older,
          council: slug,
        },
        model,
        0,
        500,
      );
    const a = pop('trafford');
    const b = pop('blackpool');
    const ratio =
      council2023BySlug('trafford')!.housePriceFactor /
      council2023BySlug('blackpool')!.housePriceFactor;
    let checked = 0;
    for (let j = 0; j < 500; j++) {
      if (a.ownsHome[j] && b.ownsHome[j] && a.age[j] === b.age[j]) {
        expect(a.propertyValue[j]! / b.propertyValue[j]!).toBeCloseTo(ratio, 6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('England (no council) is unchanged: council null or absent gives the same bytes', () => {
    const base = { seed: 'same', replicate: 1, sampleFraction: 0.0002 };
    const x = generateStock(base, model);
    const y = generateStock({ ...base, council: null }, model);
    expect(Buffer.from(y.propertyValue.buffer)).toEqual(Buffer.from(x.propertyValue.buffer));
    expect(Buffer.from(y.region.buffer)).toEqual(Buffer.from(x.region.buffer));
  });
});
