// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { line } from 'd3';
import Line from '../../src/charts/Line.svelte';
import { cleanup, mountInChart, xScale, yScale } from './mountInChart.ts';

afterEach(cleanup);

type D = { year: number; v: number };
const data: D[] = [
  { year: 0, v: 10 },
  { year: 4, v: 60 },
  { year: 10, v: 35 },
];
const props = {
  data,
  x: (d: D) => d.year,
  y: (d: D) => d.v,
};

describe('Line', () => {
  it('Line draws the d3 line through the data in the chart scales', () => {
    const el = mountInChart(Line<D>, { ...props, stroke: 'red' });
    const expected = line<D>()
      .x((d) => xScale(d.year))
      .y((d) => yScale(d.v))(data);
    expect(expected).toBe('M0,180L200,80L500,130');
    expect(el.querySelector('path')!.getAttribute('d')).toBe(expected);
  });

  it('Line(no data) draws an empty path', () => {
    const el = mountInChart(Line<D>, { ...props, data: [], stroke: 'red' });
    expect(el.querySelector('path')!.getAttribute('d')).toBe('');
  });

  it('Line strokes with the given colour, 2.5 px wide and solid by default, and does not fill', () => {
    const path = mountInChart(Line<D>, { ...props, stroke: '#0072B2' }).querySelector('path')!;
    expect(path.getAttribute('stroke')).toBe('#0072B2');
    expect(path.getAttribute('stroke-width')).toBe('2.5');
    expect(path.hasAttribute('stroke-dasharray')).toBe(false);
    expect(path.getAttribute('fill')).toBe('none');
  });

  it('Line(dash, strokeWidth) sets the dash pattern and width', () => {
    const path = mountInChart(Line<D>, {
      ...props,
      stroke: 'red',
      dash: '6 4',
      strokeWidth: 1,
    }).querySelector('path')!;
    expect(path.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(path.getAttribute('stroke-width')).toBe('1');
  });
});
