// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import Legend, { type LegendItem } from '../../src/charts/Legend.svelte';
import { seriesColor } from '../../src/charts/palette.ts';
import { cleanup, mountIn } from './mountInChart.ts';

afterEach(cleanup);

const swatch = (kind: LegendItem['kind']) =>
  mountIn(Legend, { items: [{ label: 'S', color: seriesColor(1), kind }] }).querySelector('svg')!;

describe('Legend', () => {
  it('Legend lists the items in order, each with its label', () => {
    const items: LegendItem[] = [
      { label: 'Baseline', color: seriesColor(0), kind: 'line' },
      { label: 'Reform', color: seriesColor(1), kind: 'dash' },
      { label: 'Spread', color: seriesColor(2), kind: 'band' },
    ];
    const lis = [...mountIn(Legend, { items }).querySelectorAll('li')];
    expect(lis.map((li) => li.textContent)).toEqual(['Baseline', 'Reform', 'Spread']);
  });

  it('Legend(no items) is an empty list', () => {
    expect(mountIn(Legend, { items: [] }).querySelectorAll('li')).toHaveLength(0);
  });

  it('Legend swatches are hidden from assistive tech, the label carries the meaning', () => {
    expect(swatch('line').getAttribute('aria-hidden')).toBe('true');
  });

  it.each([
    { kind: 'line', shapes: ['line'] },
    { kind: 'dash', shapes: ['line'] },
    { kind: 'band', shapes: ['rect', 'line'] },
    { kind: 'area', shapes: ['rect'] },
    { kind: 'dot', shapes: ['circle'] },
  ] as const)('Legend($kind) swatch is drawn with $shapes', ({ kind, shapes }) => {
    expect([...swatch(kind).children].map((c) => c.tagName.toLowerCase())).toEqual(shapes);
  });

  it.each([
    { kind: 'line', dash: null },
    { kind: 'dash', dash: '5 3' },
  ] as const)('Legend($kind) swatch line has dash pattern $dash', ({ kind, dash }) => {
    const line = swatch(kind).querySelector('line')!;
    expect(line.getAttribute('stroke')).toBe('#0072B2');
    expect(line.getAttribute('stroke-dasharray')).toBe(dash);
  });

  it.each([
    { kind: 'band', opacity: '0.25' },
    { kind: 'area', opacity: '0.85' },
  ] as const)('Legend($kind) swatch fills a rect at opacity $opacity', ({ kind, opacity }) => {
    const rect = swatch(kind).querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('#0072B2');
    expect(rect.getAttribute('fill-opacity')).toBe(opacity);
  });

  it('Legend(dot) swatch is a dot in the colour', () => {
    expect(swatch('dot').querySelector('circle')!.getAttribute('fill')).toBe('#0072B2');
  });

  it('Legend(two items with one label) throws: items are keyed by label', () => {
    const items: LegendItem[] = [
      { label: 'Same', color: seriesColor(0), kind: 'line' },
      { label: 'Same', color: seriesColor(1), kind: 'line' },
    ];
    expect(() => mountIn(Legend, { items })).toThrow(/each_key_duplicate/);
  });
});
