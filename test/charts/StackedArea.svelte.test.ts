// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { area } from 'd3';
import StackedArea from '../../src/charts/StackedArea.svelte';
import { stackSeries, type StackedPoint } from '../../src/charts/stack.ts';
import { cleanup, mountInChart, xScale, yScale } from './mountInChart.ts';

afterEach(cleanup);

const layers = stackSeries(
  [0, 10],
  [
    { key: 'care', label: 'Care', color: '#0072B2', values: [20, 40] },
    { key: 'hotel', label: 'Hotel costs', color: '#D55E00', values: [10, 30] },
  ],
);

describe('StackedArea', () => {
  it('StackedArea draws one d3 area per layer, from its lower to its upper edge', () => {
    const el = mountInChart(StackedArea, { layers });
    const shape = area<StackedPoint>()
      .x((p) => xScale(p.x))
      .y0((p) => yScale(p.y0))
      .y1((p) => yScale(p.y1));
    const ds = [...el.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    expect(ds).toEqual(layers.map((l) => shape(l.points)));
    expect(ds).toEqual(['M0,160L500,120L500,200L0,200Z', 'M0,140L500,60L500,120L0,160Z']);
  });

  it('StackedArea fills each layer with its colour at opacity 0.85, edged in white', () => {
    const paths = [...mountInChart(StackedArea, { layers }).querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('fill'))).toEqual(['#0072B2', '#D55E00']);
    expect(paths.map((p) => p.getAttribute('fill-opacity'))).toEqual(['0.85', '0.85']);
    expect(paths.map((p) => p.getAttribute('stroke'))).toEqual(['#fff', '#fff']);
  });

  it('StackedArea(opacity) sets the fill opacity of every layer', () => {
    const paths = [...mountInChart(StackedArea, { layers, opacity: 1 }).querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('fill-opacity'))).toEqual(['1', '1']);
  });

  it('StackedArea(no layers) draws no path', () => {
    expect(mountInChart(StackedArea, { layers: [] }).querySelectorAll('path')).toHaveLength(0);
  });
});
