// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import Bars from '../../src/charts/Bars.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

type D = { at: number; v: number };
const accessors = { x: (d: D) => d.at, y: (d: D) => d.v, fill: 'teal' };
/** y from -50 to 50 over 200 px: 0 is at 100 px, 2 px per unit. */
const diverging = { yDomain: [-50, 50] as [number, number] };
const rects = (el: HTMLElement) =>
  [...el.querySelectorAll('rect')].map((r) => numAttrs(r, 'x', 'y', 'width', 'height'));

describe('Bars', () => {
  it('Bars draws each bar centred on x, its width in x units, from 0 up to y', () => {
    const el = mountInChart(
      Bars<D>,
      { ...accessors, data: [{ at: 2, v: 25 }], width: 1 },
      diverging,
    );
    expect(rects(el)).toEqual([{ x: 75, y: 50, width: 50, height: 50 }]);
  });

  it('Bars(negative y) hangs the bar below 0', () => {
    const el = mountInChart(
      Bars<D>,
      { ...accessors, data: [{ at: 5, v: -20 }], width: 1 },
      diverging,
    );
    expect(rects(el)).toEqual([{ x: 225, y: 100, width: 50, height: 40 }]);
  });

  it('Bars(base) draws from the base instead of 0', () => {
    const el = mountInChart(
      Bars<D>,
      {
        ...accessors,
        data: [
          { at: 2, v: 50 },
          { at: 6, v: -25 },
        ],
        width: 2,
        base: 25,
      },
      diverging,
    );
    expect(rects(el)).toEqual([
      { x: 50, y: 0, width: 100, height: 50 },
      { x: 250, y: 50, width: 100, height: 100 },
    ]);
  });

  it('Bars(negative width) draws bars of zero width', () => {
    const el = mountInChart(
      Bars<D>,
      { ...accessors, data: [{ at: 2, v: 40 }], width: -1 },
      diverging,
    );
    expect(rects(el)[0]!.width).toBe(0);
  });

  it('Bars fills with the colour, opaque by default', () => {
    const rect = mountInChart(Bars<D>, {
      ...accessors,
      data: [{ at: 2, v: 40 }],
      width: 1,
    }).querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('teal');
    expect(rect.getAttribute('fill-opacity')).toBe('1');
  });

  it('Bars(opacity) sets the fill opacity', () => {
    const rect = mountInChart(Bars<D>, {
      ...accessors,
      data: [{ at: 2, v: 40 }],
      width: 1,
      opacity: 0.4,
    }).querySelector('rect')!;
    expect(rect.getAttribute('fill-opacity')).toBe('0.4');
  });
});
