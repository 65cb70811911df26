// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { area } from 'd3';
import Band from '../../src/charts/Band.svelte';
import { cleanup, mountInChart, xScale, yScale } from './mountInChart.ts';

afterEach(cleanup);

type P = { year: number; p5: number; p95: number };
const data: P[] = [
  { year: 0, p5: 10, p95: 30 },
  { year: 5, p5: 20, p95: 70 },
  { year: 10, p5: 15, p95: 90 },
];
const props = { data, x: (d: P) => d.year, y0: (d: P) => d.p5, y1: (d: P) => d.p95, fill: 'blue' };

describe('Band', () => {
  it('Band draws the d3 area between y0 and y1 in the chart scales', () => {
    const el = mountInChart(Band<P>, props);
    const expected = area<P>()
      .x((d) => xScale(d.year))
      .y0((d) => yScale(d.p5))
      .y1((d) => yScale(d.p95))(data);
    expect(expected).toBe('M0,140L250,60L500,20L500,170L250,160L0,180Z');
    expect(el.querySelector('path')!.getAttribute('d')).toBe(expected);
  });

  it('Band(no data) draws an empty path', () => {
    const el = mountInChart(Band<P>, { ...props, data: [] });
    expect(el.querySelector('path')!.getAttribute('d')).toBe('');
  });

  it('Band fills with the colour at opacity 0.18 by default, without a stroke', () => {
    const path = mountInChart(Band<P>, props).querySelector('path')!;
    expect(path.getAttribute('fill')).toBe('blue');
    expect(path.getAttribute('fill-opacity')).toBe('0.18');
    expect(path.getAttribute('stroke')).toBe('none');
  });

  it('Band(opacity) sets the fill opacity', () => {
    const path = mountInChart(Band<P>, { ...props, opacity: 0.5 }).querySelector('path')!;
    expect(path.getAttribute('fill-opacity')).toBe('0.5');
  });
});
