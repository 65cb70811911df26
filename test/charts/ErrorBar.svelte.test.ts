// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import ErrorBar from '../../src/charts/ErrorBar.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

type D = { at: number; lo: number; hi: number };
const accessors = { at: (d: D) => d.at, lo: (d: D) => d.lo, hi: (d: D) => d.hi };
const lines = (el: HTMLElement) =>
  [...el.querySelectorAll('line')].map((l) => numAttrs(l, 'x1', 'x2', 'y1', 'y2'));

describe('ErrorBar', () => {
  it('ErrorBar draws a vertical whisker at x from lo to hi, with 4 px end caps', () => {
    const el = mountInChart(ErrorBar<D>, { ...accessors, data: [{ at: 2, lo: 20, hi: 60 }] });
    expect(lines(el)).toEqual([
      { x1: 100, x2: 100, y1: 160, y2: 80 },
      { x1: 96, x2: 104, y1: 160, y2: 160 },
      { x1: 96, x2: 104, y1: 80, y2: 80 },
    ]);
  });

  it('ErrorBar(orient horizontal) draws the whisker at y from lo to hi along x', () => {
    const el = mountInChart(ErrorBar<D>, {
      ...accessors,
      orient: 'horizontal',
      data: [{ at: 50, lo: 2, hi: 6 }],
    });
    expect(lines(el)).toEqual([
      { x1: 100, x2: 300, y1: 100, y2: 100 },
      { x1: 100, x2: 100, y1: 96, y2: 104 },
      { x1: 300, x2: 300, y1: 96, y2: 104 },
    ]);
  });

  it('ErrorBar(cap) sets the half-length of the end caps', () => {
    const el = mountInChart(ErrorBar<D>, {
      ...accessors,
      cap: 8,
      data: [{ at: 2, lo: 20, hi: 60 }],
    });
    expect(lines(el)[1]).toEqual({ x1: 92, x2: 108, y1: 160, y2: 160 });
  });

  it('ErrorBar draws three lines per datum', () => {
    const el = mountInChart(ErrorBar<D>, {
      ...accessors,
      data: [
        { at: 2, lo: 20, hi: 60 },
        { at: 8, lo: 30, hi: 40 },
      ],
    });
    expect(lines(el)).toHaveLength(6);
    expect(lines(el)[3]).toEqual({ x1: 400, x2: 400, y1: 140, y2: 120 });
  });

  it.each([
    { stroke: undefined, expected: '#1a1a1a' },
    { stroke: '#D55E00', expected: '#D55E00' },
  ])('ErrorBar(stroke $stroke) strokes the whiskers in $expected', ({ stroke, expected }) => {
    const el = mountInChart(ErrorBar<D>, {
      ...accessors,
      stroke,
      data: [{ at: 2, lo: 20, hi: 60 }],
    });
    expect(el.querySelector('g.error-bars')!.getAttribute('stroke')).toBe(expected);
  });
});
