// The chart context: the scales and inner size a Chart frame shares with its layers.
import { getContext, setContext } from 'svelte';
import type { ScaleLinear } from 'd3';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What every layer can read: data → pixel scales and the plotting area (inside the padding). */
export interface ChartContext {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** Width of the plotting area, px. */
  readonly width: number;
  /** Height of the plotting area, px. */
  readonly height: number;
  readonly padding: Padding;
}

const key = Symbol('chart');

export const setChartContext = (ctx: ChartContext): ChartContext => setContext(key, ctx);

/** The enclosing Chart's context; layers must be rendered inside a Chart. */
export function getChartContext(): ChartContext {
  const ctx = getContext<ChartContext | undefined>(key);
  if (!ctx) throw new Error('Chart layers must be placed inside <Chart>');
  return ctx;
}
