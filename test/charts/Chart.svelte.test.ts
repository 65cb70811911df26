// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import InChart from './fixtures/InChart.svelte';
import ContextProbe from './fixtures/ContextProbe.svelte';
import type { ChartContext, Padding } from '../../src/charts/context.ts';
import { cleanup, mountIn, stubClientWidth } from './mountInChart.ts';

afterEach(cleanup);

interface Frame {
  xDomain: [number, number];
  yDomain: [number, number];
  height?: number;
  padding?: Partial<Padding>;
}
const frame: Frame = { xDomain: [2020, 2030], yDomain: [0, 97] };

/** Mounts a Chart `width` px wide (0: unmeasured) around a probe of its context. */
function mountChart(width: number, chart: Frame = frame) {
  if (width > 0) stubClientWidth(width);
  const seen: { ctx?: ChartContext } = {};
  const el = mountIn(InChart<{ onctx: (c: ChartContext) => void }>, {
    layer: ContextProbe,
    props: { onctx: (c) => (seen.ctx = c) },
    ...chart,
  });
  return { el, svg: el.querySelector('svg'), ctx: seen.ctx };
}

describe('Chart', () => {
  it('Chart before it has measured a width draws no SVG and mounts no layer', () => {
    const { svg, ctx } = mountChart(0);
    expect(svg).toBeNull();
    expect(ctx).toBeUndefined();
  });

  it('Chart draws an SVG of its measured width and 300 px high, one labelled image', () => {
    const { svg } = mountChart(576);
    expect(svg!.getAttribute('width')).toBe('576');
    expect(svg!.getAttribute('height')).toBe('300');
    expect(svg!.getAttribute('role')).toBe('img');
    expect(svg!.getAttribute('aria-label')).toBe('Test chart');
  });

  it('Chart(height) sets the height of the SVG and of its box', () => {
    const { el, svg } = mountChart(576, { ...frame, height: 200 });
    expect(svg!.getAttribute('height')).toBe('200');
    expect(el.querySelector<HTMLElement>('.chart')!.style.height).toBe('200px');
  });

  it('Chart renders its layers in a group moved by the padding, 60 px left and 28 px top by default', () => {
    const { svg } = mountChart(576);
    const g = svg!.querySelector(':scope > g')!;
    expect(g.getAttribute('transform')).toBe('translate(60,28)');
    expect(g.querySelector(':scope > g.probe')).not.toBeNull();
  });

  it('Chart gives its layers the default padding and the plotting area inside it', () => {
    const { ctx } = mountChart(576);
    expect(ctx!.padding).toEqual({ top: 28, right: 16, bottom: 48, left: 60 });
    expect([ctx!.width, ctx!.height]).toEqual([500, 224]);
  });

  it('Chart(padding) overrides only the sides given', () => {
    const { ctx, svg } = mountChart(576, { ...frame, padding: { left: 10, bottom: 20 } });
    expect(ctx!.padding).toEqual({ top: 28, right: 16, bottom: 20, left: 10 });
    expect([ctx!.width, ctx!.height]).toEqual([550, 252]);
    expect(svg!.querySelector(':scope > g')!.getAttribute('transform')).toBe('translate(10,28)');
  });

  it('Chart narrower than its padding gives a plotting area 0 px wide', () => {
    expect(mountChart(50).ctx!.width).toBe(0);
  });

  it('Chart maps the x domain onto the plotting area, left to right', () => {
    const { x } = mountChart(576).ctx!;
    expect(x.domain()).toEqual([2020, 2030]);
    expect(x.range()).toEqual([0, 500]);
    expect(x(2025)).toBe(250);
  });

  it('Chart rounds the y domain out to nice values and maps it bottom to top', () => {
    const { y } = mountChart(576).ctx!;
    expect(y.domain()).toEqual([0, 100]);
    expect(y.range()).toEqual([224, 0]);
  });

  it('Chart with new domains gives its layers the new scales', () => {
    stubClientWidth(576);
    const seen: { ctx?: ChartContext } = {};
    const props = $state({
      layer: ContextProbe,
      props: { onctx: (c: ChartContext) => (seen.ctx = c) },
      xDomain: [2020, 2030] as [number, number],
      yDomain: [0, 97] as [number, number],
    });
    mountIn(InChart<{ onctx: (c: ChartContext) => void }>, props);
    props.xDomain = [2020, 2040];
    props.yDomain = [-10, 10];
    flushSync();
    expect(seen.ctx!.x.domain()).toEqual([2020, 2040]);
    expect(seen.ctx!.y.domain()).toEqual([-10, 10]);
  });
});
