// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import RuleY from '../../src/charts/RuleY.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

describe('RuleY', () => {
  it('RuleY draws a horizontal line at the scaled value across the plot', () => {
    const line = mountInChart(RuleY, { value: 50 }).querySelector('line')!;
    expect(numAttrs(line, 'x2', 'y1', 'y2')).toEqual({ x2: 500, y1: 100, y2: 100 });
  });

  it('RuleY is dashed 6 4 in near-black by default', () => {
    const line = mountInChart(RuleY, { value: 50 }).querySelector('line')!;
    expect(line.getAttribute('stroke')).toBe('#1a1a1a');
    expect(line.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('RuleY(stroke, dash) sets the colour and dash pattern', () => {
    const line = mountInChart(RuleY, { value: 0, stroke: '#595959', dash: '2 2' }).querySelector(
      'line',
    )!;
    expect(line.getAttribute('stroke')).toBe('#595959');
    expect(line.getAttribute('stroke-dasharray')).toBe('2 2');
  });

  it('RuleY without a label writes no text', () => {
    expect(mountInChart(RuleY, { value: 50 }).querySelector('text')).toBeNull();
  });

  it('RuleY(label) writes it above the line at its right end', () => {
    const text = mountInChart(RuleY, { value: 50, label: 'Target 70%' }).querySelector('text')!;
    expect(text.textContent).toBe('Target 70%');
    expect(numAttrs(text, 'x', 'y')).toEqual({ x: 500, y: 94 });
    expect(text.getAttribute('text-anchor')).toBe('end');
  });

  // Current behaviour: no clipping; a value above the y domain is drawn above the plot.
  it('RuleY(value above the y domain) draws its line above the plot, unclipped', () => {
    const line = mountInChart(RuleY, { value: 150 }).querySelector('line')!;
    expect(numAttrs(line, 'y1', 'y2')).toEqual({ y1: -100, y2: -100 });
  });
});
