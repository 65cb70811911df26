// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import RuleX from '../../src/charts/RuleX.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

const label = (el: HTMLElement) => {
  const t = el.querySelector('text')!;
  return { text: t.textContent, ...numAttrs(t, 'x', 'y'), anchor: t.getAttribute('text-anchor') };
};

describe('RuleX', () => {
  it('RuleX draws a vertical line at the scaled value, the full height of the plot', () => {
    const line = mountInChart(RuleX, { value: 4 }).querySelector('line')!;
    expect(numAttrs(line, 'x1', 'x2', 'y2')).toEqual({ x1: 200, x2: 200, y2: 200 });
  });

  it('RuleX is dashed 4 3 in near-black by default', () => {
    const line = mountInChart(RuleX, { value: 4 }).querySelector('line')!;
    expect(line.getAttribute('stroke')).toBe('#1a1a1a');
    expect(line.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('RuleX(stroke, dash) sets the colour and dash pattern', () => {
    const line = mountInChart(RuleX, { value: 4, stroke: 'red', dash: '1 1' }).querySelector(
      'line',
    )!;
    expect(line.getAttribute('stroke')).toBe('red');
    expect(line.getAttribute('stroke-dasharray')).toBe('1 1');
  });

  it('RuleX without a label writes no text', () => {
    expect(mountInChart(RuleX, { value: 4 }).querySelector('text')).toBeNull();
  });

  it('RuleX(label) writes it at the top, right of the line', () => {
    const el = mountInChart(RuleX, { value: 4, label: 'Cap starts' });
    expect(label(el)).toEqual({ text: 'Cap starts', x: 204, y: 12, anchor: 'start' });
  });

  it('RuleX(label) in the right 30% of the plot writes it left of the line', () => {
    const el = mountInChart(RuleX, { value: 8, label: 'Deadline' });
    expect(label(el)).toEqual({ text: 'Deadline', x: 396, y: 12, anchor: 'end' });
  });

  // Current behaviour, not the wanted one: RuleX neither clips nor hides a value outside the x
  // domain, and the chart's SVG has overflow: visible, so a deadline year before the first year
  // is drawn left of the plot, over the y axis labels (the known deadline-marker bug).
  it('RuleX(value before the x domain) draws its line and label left of the plot, unclipped', () => {
    const el = mountInChart(RuleX, { value: -2, label: 'Deadline April 2024' });
    expect(numAttrs(el.querySelector('line')!, 'x1', 'x2')).toEqual({ x1: -100, x2: -100 });
    expect(label(el)).toEqual({ text: 'Deadline April 2024', x: -96, y: 12, anchor: 'start' });
  });

  it('RuleX(value after the x domain) draws its line right of the plot, unclipped', () => {
    const el = mountInChart(RuleX, { value: 12 });
    expect(numAttrs(el.querySelector('line')!, 'x1', 'x2')).toEqual({ x1: 600, x2: 600 });
  });

  it.todo('RuleX(value outside the x domain) draws nothing, or is clipped to the plot');
});
