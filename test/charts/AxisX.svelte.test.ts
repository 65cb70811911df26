// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import AxisX from '../../src/charts/AxisX.svelte';
import { cleanup, mountInChart, xScale } from './mountInChart.ts';

afterEach(cleanup);

const tickGroups = (el: HTMLElement) => [...el.querySelectorAll('.axis-x > g')];
const tickLabels = (el: HTMLElement) =>
  tickGroups(el).map((g) => g.querySelector('text')!.textContent);

describe('AxisX', () => {
  it('AxisX labels the ticks of the x scale, one per 70 px of width by default', () => {
    const el = mountInChart(AxisX, { label: 'Year' });
    // 500 px / 70 px → 7 ticks asked of d3, which rounds them to steps of 2.
    expect(xScale.ticks(7)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(tickLabels(el)).toEqual(['0', '2', '4', '6', '8', '10']);
  });

  it('AxisX places each tick at its scaled x on the bottom edge', () => {
    const el = mountInChart(AxisX, { label: 'Year' });
    expect(tickGroups(el).map((g) => g.getAttribute('transform'))).toEqual([
      'translate(0,200)',
      'translate(100,200)',
      'translate(200,200)',
      'translate(300,200)',
      'translate(400,200)',
      'translate(500,200)',
    ]);
  });

  it('AxisX(format) writes the tick labels with the formatter', () => {
    const el = mountInChart(AxisX, { label: 'Year', format: (n) => `${n} yrs` });
    expect(tickLabels(el)).toEqual(['0 yrs', '2 yrs', '4 yrs', '6 yrs', '8 yrs', '10 yrs']);
  });

  it.each([
    { spacing: 250, labels: ['0', '5', '10'] },
    { spacing: 100, labels: ['0', '2', '4', '6', '8', '10'] },
    // Never fewer than 2 ticks asked for, however wide the spacing.
    { spacing: 10_000, labels: ['0', '5', '10'] },
  ])('AxisX(spacing $spacing) gives ticks $labels', ({ spacing, labels }) => {
    expect(tickLabels(mountInChart(AxisX, { label: 'Year', spacing }))).toEqual(labels);
  });

  it("AxisX(tickValues) labels exactly those values instead of the scale's ticks", () => {
    const el = mountInChart(AxisX, { label: 'Year', tickValues: [1, 2.5, 9] });
    expect(tickLabels(el)).toEqual(['1', '2.5', '9']);
    expect(tickGroups(el)[1]!.getAttribute('transform')).toBe('translate(125,200)');
  });

  it('AxisX draws its title centred below the tick labels', () => {
    const title = mountInChart(AxisX, { label: 'Financial year' }).querySelector('text.title')!;
    expect(title.textContent).toBe('Financial year');
    expect(title.getAttribute('x')).toBe('250');
    expect(title.getAttribute('y')).toBe('238');
    expect(title.getAttribute('text-anchor')).toBe('middle');
  });

  it('AxisX draws its axis line along the bottom of the plot', () => {
    const axis = mountInChart(AxisX, { label: 'Year' }).querySelector('.axis-x > line')!;
    expect(axis.getAttribute('x2')).toBe('500');
    expect(axis.getAttribute('y1')).toBe('200');
    expect(axis.getAttribute('y2')).toBe('200');
  });
});
