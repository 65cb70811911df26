import { describe, expect, it } from 'vitest';
import { stackExtent, stackSeries, type StackInput } from '../../src/charts/stack.ts';

const series = (key: string, values: number[]): StackInput => ({
  key,
  label: key.toUpperCase(),
  color: `#${key}`,
  values,
});

describe('stackSeries', () => {
  it('stackSeries(positive values) stacks each layer on top of the ones before it', () => {
    const layers = stackSeries([2020, 2021], [series('a', [1, 2]), series('b', [3, 4])]);
    expect(layers.map((l) => l.points)).toEqual([
      [
        { x: 2020, y0: 0, y1: 1 },
        { x: 2021, y0: 0, y1: 2 },
      ],
      [
        { x: 2020, y0: 1, y1: 4 },
        { x: 2021, y0: 2, y1: 6 },
      ],
    ]);
  });

  it('stackSeries(negative values) stacks them down from zero, apart from the positive ones', () => {
    const layers = stackSeries(
      [0],
      [series('a', [5]), series('b', [-2]), series('c', [3]), series('d', [-1])],
    );
    expect(layers.map((l) => l.points[0])).toEqual([
      { x: 0, y0: 0, y1: 5 },
      { x: 0, y0: -2, y1: 0 },
      { x: 0, y0: 5, y1: 8 },
      { x: 0, y0: -3, y1: -2 },
    ]);
  });

  it('stackSeries(a zero value) sits on top of the layers below instead of dropping to zero', () => {
    const layers = stackSeries([0], [series('a', [4]), series('b', [0]), series('c', [1])]);
    expect(layers.map((l) => l.points[0])).toEqual([
      { x: 0, y0: 0, y1: 4 },
      { x: 0, y0: 4, y1: 4 },
      { x: 0, y0: 4, y1: 5 },
    ]);
  });

  it('stackSeries(values shorter than xs) counts the missing values as 0', () => {
    const layers = stackSeries([0, 1], [series('a', [2]), series('b', [1, 1])]);
    expect(layers[0]!.points[1]).toEqual({ x: 1, y0: 0, y1: 0 });
    expect(layers[1]!.points[1]).toEqual({ x: 1, y0: 0, y1: 1 });
  });

  it('stackSeries keeps the key, label and colour of each series, in input order', () => {
    const layers = stackSeries([0], [series('b', [1]), series('a', [1])]);
    expect(layers.map(({ key, label, color }) => ({ key, label, color }))).toEqual([
      { key: 'b', label: 'B', color: '#b' },
      { key: 'a', label: 'A', color: '#a' },
    ]);
  });

  it('stackSeries(a series changing sign) draws its positive and negative parts as two layers', () => {
    const layers = stackSeries([0, 1], [series('a', [4, 4]), series('b', [1, -2])]);
    expect(layers.map((l) => l.key)).toEqual(['a', 'b', 'b-below-zero']);
    // Above zero: on top of a where positive, flat on top of a where negative.
    expect(layers[1]!.points).toEqual([
      { x: 0, y0: 4, y1: 5 },
      { x: 1, y0: 4, y1: 4 },
    ]);
    // Below zero: flat at zero where positive, down from zero where negative.
    expect(layers[2]!.points).toEqual([
      { x: 0, y0: 0, y1: 0 },
      { x: 1, y0: -2, y1: 0 },
    ]);
  });

  it('stackSeries(no series) returns no layers', () => {
    expect(stackSeries([0, 1], [])).toEqual([]);
  });
});

describe('stackExtent', () => {
  it.each([
    {
      name: 'positive layers',
      values: [
        [1, 2],
        [3, 4],
      ],
      extent: [0, 6],
    },
    {
      name: 'diverging layers',
      values: [
        [5, -1],
        [-2, -4],
      ],
      extent: [-5, 5],
    },
    { name: 'all-negative layers', values: [[-1, -2]], extent: [-2, 0] },
    { name: 'all-zero layers', values: [[0, 0]], extent: [0, 0] },
  ])('stackExtent($name) is $extent, zero included', ({ values, extent }) => {
    const layers = stackSeries(
      [0, 1],
      values.map((v, i) => series(`s${i}`, v)),
    );
    expect(stackExtent(layers)).toEqual(extent);
  });

  it('stackExtent(no layers) is [0, 0]', () => {
    expect(stackExtent([])).toEqual([0, 0]);
  });
});
