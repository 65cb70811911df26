// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import AxisX from '../../src/charts/AxisX.svelte';
import type { ChartContext } from '../../src/charts/context.ts';
import ContextProbe from './fixtures/ContextProbe.svelte';
import ProvideContext from './fixtures/ProvideContext.svelte';
import { cleanup, mountIn } from './mountInChart.ts';

afterEach(cleanup);

const ctx: ChartContext = {
  x: scaleLinear(),
  y: scaleLinear(),
  width: 320,
  height: 180,
  padding: { top: 1, right: 2, bottom: 3, left: 4 },
};

describe('chart context', () => {
  it('setChartContext returns the context it sets', () => {
    let returned: ChartContext | undefined;
    mountIn(ProvideContext, { ctx, onset: (r) => (returned = r), onctx: () => {} });
    expect(returned).toBe(ctx);
  });

  it('getChartContext in a child returns the context its parent set', () => {
    let got: ChartContext | undefined;
    mountIn(ProvideContext, { ctx, onset: () => {}, onctx: (c) => (got = c) });
    expect(got).toBe(ctx);
  });

  it('getChartContext outside a Chart throws', () => {
    expect(() => mountIn(ContextProbe, { onctx: () => {} })).toThrow(
      'Chart layers must be placed inside <Chart>',
    );
  });

  it('a layer mounted outside a Chart throws', () => {
    expect(() => mountIn(AxisX, { label: 'Year' })).toThrow(
      'Chart layers must be placed inside <Chart>',
    );
  });
});
