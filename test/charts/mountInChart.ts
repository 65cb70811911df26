// Mounting chart layers in happy-dom: a Chart frame of a known size with one layer inside it.
import { flushSync, mount, unmount, type Component } from 'svelte';
import { vi } from 'vitest';
import { scaleLinear } from 'd3';
import InChart from './fixtures/InChart.svelte';
import type { Padding } from '../../src/charts/context.ts';

/** Plotting area of the default test chart, px: no padding, so the frame is the plot. */
export const WIDTH = 500;
export const HEIGHT = 200;
export const X_DOMAIN: [number, number] = [0, 10];
export const Y_DOMAIN: [number, number] = [0, 100];
const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** The default test chart's scales: 50 px per x unit, 2 px per y unit, y upwards. */
export const xScale = scaleLinear().domain(X_DOMAIN).range([0, WIDTH]);
export const yScale = scaleLinear().domain(Y_DOMAIN).range([HEIGHT, 0]);

const mounted: Record<string, unknown>[] = [];

/**
 * Gives every HTML element a clientWidth of `width` px: happy-dom does no layout, and the Chart
 * frame draws nothing until it has measured a width.
 */
export function stubClientWidth(width: number): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
}

/** Mounts `component` into a fresh element of the document, flushed; undone by `cleanup`. */
export function mountIn<P extends object>(component: Component<P>, props: NoInfer<P>): HTMLElement {
  const target = document.body.appendChild(document.createElement('div'));
  mounted.push(mount(component, { target, props }));
  flushSync();
  return target;
}

/**
 * Mounts `layer` with `props` inside a Chart whose plotting area is WIDTH × HEIGHT px over
 * X_DOMAIN × Y_DOMAIN (unless told otherwise); returns the element holding the chart.
 */
export function mountInChart<P extends object>(
  layer: Component<P>,
  props: NoInfer<P>,
  chart: {
    xDomain?: [number, number];
    yDomain?: [number, number];
    padding?: Partial<Padding>;
  } = {},
): HTMLElement {
  const padding = { ...NO_PADDING, ...chart.padding };
  stubClientWidth(WIDTH + padding.left + padding.right);
  return mountIn(InChart<P>, {
    layer,
    props,
    xDomain: chart.xDomain ?? X_DOMAIN,
    yDomain: chart.yDomain ?? Y_DOMAIN,
    height: HEIGHT + padding.top + padding.bottom,
    padding,
  });
}

/** Unmounts everything mounted by this module and restores the clientWidth stub. */
export function cleanup(): void {
  for (const c of mounted.splice(0)) unmount(c);
  document.body.replaceChildren();
  vi.restoreAllMocks();
}

/** The attributes `names` of `el` as numbers. */
export function numAttrs(el: Element, ...names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((n) => [n, Number(el.getAttribute(n))]));
}
