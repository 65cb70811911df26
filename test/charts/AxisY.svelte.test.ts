// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import AxisY from '../../src/charts/AxisY.svelte';
import { cleanup, mountInChart, yScale } from './mountInChart.ts';

afterEach(cleanup);

const tickGroups = (el: HTMLElement) => [...el.querySelectorAll('.axis-y > g')];
const tickLabels = (el: HTMLElement) =>
  tickGroups(el).map((g) => g.querySelector('text')!.textContent);

describe('AxisY', () => {
  it('AxisY labels the ticks of the y scale, one per 50 px of height by default', () => {
    const el = mountInChart(AxisY, { label: '£m' });
    // 200 px / 50 px → 4 ticks asked of d3, which rounds them to steps of 20.
    expect(yScale.ticks(4)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(tickLabels(el)).toEqual(['0', '20', '40', '60', '80', '100']);
  });

  it('AxisY places each tick at its scaled y with a gridline across the plot', () => {
    const groups = tickGroups(mountInChart(AxisY, { label: '£m' }));
    expect(groups.map((g) => g.getAttribute('transform'))).toEqual(
      [0, 20, 40, 60, 80, 100].map((t) => `translate(0,${yScale(t)})`),
    );
    expect(groups.map((g) => g.querySelector('line')!.getAttribute('x2'))).toEqual(
      Array(6).fill('500'),
    );
  });

  it('AxisY(format) writes the tick labels with the formatter', () => {
    const el = mountInChart(AxisY, { label: 'Share', format: (n) => `${n}%` });
    expect(tickLabels(el)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it.each([
    { spacing: 100, labels: ['0', '50', '100'] },
    // Never fewer than 2 ticks asked for, however wide the spacing.
    { spacing: 10_000, labels: ['0', '50', '100'] },
    { spacing: 20, labels: ['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100'] },
  ])('AxisY(spacing $spacing) gives ticks $labels', ({ spacing, labels }) => {
    expect(tickLabels(mountInChart(AxisY, { label: '£m', spacing }))).toEqual(labels);
  });

  it("AxisY(tickValues) labels exactly those values instead of the scale's ticks", () => {
    const el = mountInChart(AxisY, { label: '£m', tickValues: [25, 75] });
    expect(tickLabels(el)).toEqual(['25', '75']);
    expect(tickGroups(el).map((g) => g.getAttribute('transform'))).toEqual([
      'translate(0,150)',
      'translate(0,50)',
    ]);
  });

  it("AxisY draws its title above the plot, flush with the padding's left edge", () => {
    const el = mountInChart(AxisY, { label: 'Spending, £m' }, { padding: { left: 60 } });
    const title = el.querySelector('text.title')!;
    expect(title.textContent).toBe('Spending, £m');
    expect(title.getAttribute('x')).toBe('-60');
    expect(title.getAttribute('y')).toBe('-14');
  });

  it('AxisY draws its axis line down the left of the plot', () => {
    const axis = mountInChart(AxisY, { label: '£m' }).querySelector('.axis-y > line')!;
    expect(axis.getAttribute('y2')).toBe('200');
  });
});
