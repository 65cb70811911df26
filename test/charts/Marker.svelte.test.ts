// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import Marker from '../../src/charts/Marker.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

describe('Marker', () => {
  it('Marker draws a dot of radius 6 at the scaled point', () => {
    const dot = mountInChart(Marker, { at: [2, 50], label: 'Now' }).querySelector('circle')!;
    expect(numAttrs(dot, 'cx', 'cy', 'r')).toEqual({ cx: 100, cy: 100, r: 6 });
  });

  it.each([
    { fill: undefined, expected: '#1a1a1a' },
    { fill: '#D55E00', expected: '#D55E00' },
  ])('Marker(fill $fill) fills the dot with $expected', ({ fill, expected }) => {
    const dot = mountInChart(Marker, { at: [2, 50], label: 'Now', fill }).querySelector('circle')!;
    expect(dot.getAttribute('fill')).toBe(expected);
  });

  it('Marker writes its label 10 px right of and 20 px below the point', () => {
    const text = mountInChart(Marker, { at: [2, 50], label: 'Now' }).querySelector('text')!;
    expect(text.textContent).toBe('Now');
    expect(numAttrs(text, 'x', 'y')).toEqual({ x: 110, y: 120 });
  });

  it('Marker near the right edge moves the label left, 7 px a character from the edge', () => {
    const text = mountInChart(Marker, { at: [9.8, 50], label: 'Deadline' }).querySelector('text')!;
    expect(text.getAttribute('x')).toBe(`${500 - 8 * 7}`);
  });

  it('Marker puts extra attributes on its group', () => {
    const el = mountInChart(Marker, { at: [2, 50], label: 'Now', 'data-testid': 'you-are-here' });
    expect(el.querySelector('[data-testid="you-are-here"] circle')).not.toBeNull();
  });

  // Current behaviour, not the wanted one: the label is kept inside the plot, but the dot of a
  // point before the x domain is drawn left of the plot (no clipping, the SVG's overflow is
  // visible), as with RuleX and the deadline-before-start bug.
  it('Marker(point before the x domain) draws the dot left of the plot but the label at 0', () => {
    const el = mountInChart(Marker, { at: [-1, 50], label: 'Deadline' });
    expect(el.querySelector('circle')!.getAttribute('cx')).toBe('-50');
    expect(el.querySelector('text')!.getAttribute('x')).toBe('0');
  });

  it.todo('Marker(point outside the domains) draws nothing, or is clipped to the plot');
});
