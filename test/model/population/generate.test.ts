// The population generator: reproducible byte for byte, independent of how it is split, and
// weighted to England's totals.
import { describe, expect, it } from 'vitest';
import { councils } from '../../../src/model/councils/councils.ts';
import { POPULATION_65_PLUS } from '../../../src/model/data/populationFigures.ts';
import { REGIONS } from '../../../src/model/data/regions.ts';
import { buildCareModel } from '../../../src/model/population/careModel.ts';
import {
  entrantSize,
  generateEntrants,
  generateStock,
  stockSize,
  type PopulationSpec,
} from '../../../src/model/population/generate.ts';
import {
  COLUMNS,
  concatPopulations,
  type Population,
} from '../../../src/model/population/populationColumns.ts';

const model = buildCareModel();
const spec: PopulationSpec = { seed: 'generator-test', replicate: 3, sampleFraction: 0.001 };

/** Every column's bytes, for byte-for-byte comparison. */
const bytes = (p: Population) =>
  COLUMNS.map((c) => Buffer.from(p[c].buffer, p[c].byteOffset, p[c].byteLength).toString('hex'));

/** Splits [0, n) into `k` nearly equal chunks and joins the generated slices. */
function inChunks(
  n: number,
  k: number,
  make: (start: number, end: number) => Population,
): Population {
  const parts: Population[] = [];
  for (let c = 0; c < k; c++)
    parts.push(make(Math.floor((c * n) / k), Math.floor(((c + 1) * n) / k)));
  return concatPopulations(parts);
}

describe('generateStock', () => {
  const whole = generateStock(spec, model);

  it('gives the same population byte for byte for the same seed', () => {
    expect(bytes(generateStock(spec, model))).toEqual(bytes(whole));
  });

  it('gives a different population for another replicate', () => {
    expect(bytes(generateStock({ ...spec, replicate: 4 }, model))).not.toEqual(bytes(whole));
  });

  it.each([1, 2, 7])('gives identical people when generated in %i chunks', (k) => {
    const n = stockSize(spec).total;
    expect(bytes(inChunks(n, k, (a, b) => generateStock(spec, model, a, b)))).toEqual(bytes(whole));
  });

  it('weights the 65+ people to England’s 10.4 m', () => {
    let total = 0;
    for (let j = 0; j < whole.size; j++)
      if ((whole.age[j] ?? 0) >= 65) total += whole.weight[j] ?? 0;
    expect(total).toBeCloseTo(POPULATION_65_PLUS, -2);
  });

  it('puts the working-age cohort after the 65+ people, aged 18–64 and flagged young-onset', () => {
    const { older } = stockSize(spec);
    for (let j = 0; j < whole.size; j++) {
      const young = j >= older;
      expect(whole.youngOnset[j]).toBe(young ? 1 : 0);
      expect((whole.age[j] ?? 0) < 65).toBe(young);
    }
  });

  it('assigns every person a council in their region', () => {
    for (let j = 0; j < whole.size; j++) {
      const council = councils[whole.council[j] ?? -1];
      expect(council?.region).toBe(REGIONS[whole.region[j] ?? 0]?.name);
    }
  });

  it('one-to-one generation (sampleFraction 1) gives weight 1 to every 65+ person', () => {
    const p = generateStock({ ...spec, sampleFraction: 1 }, model, 0, 1000);
    expect(Array.from(p.weight)).toEqual(new Array(1000).fill(1));
  });
});

describe('generateEntrants', () => {
  it('makes the cohort turning 65 in a year, in any number of chunks', () => {
    const whole = generateEntrants(spec, model, 2030);
    const n = entrantSize(spec, 2030).total;
    expect(bytes(inChunks(n, 7, (a, b) => generateEntrants(spec, model, 2030, a, b)))).toEqual(
      bytes(whole),
    );
    const { older } = entrantSize(spec, 2030);
    for (let j = 0; j < older; j++) {
      expect(whole.age[j]).toBe(65);
      expect(whole.careState[j]).toBe(0);
    }
  });

  it('draws different people for different entry years', () => {
    expect(bytes(generateEntrants(spec, model, 2030))).not.toEqual(
      bytes(generateEntrants(spec, model, 2031)),
    );
  });
});
