// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import Dots from '../../src/charts/Dots.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

type D = { a: number; b: number; name: string };
const accessors = { x: (d: D) => d.a, y: (d: D) => d.b, fill: 'purple' };
const named = { ...accessors, label: (d: D) => d.name };
const labels = (el: HTMLElement) =>
  [...el.querySelectorAll('text')].map((t) => ({
    text: t.textContent,
    ...numAttrs(t, 'x', 'y'),
    anchor: t.getAttribute('text-anchor'),
  }));

describe('Dots', () => {
  it('Dots draws a dot of radius 5 at each scaled (x, y)', () => {
    const el = mountInChart(Dots<D>, {
      ...accessors,
      data: [
        { a: 2, b: 50, name: '' },
        { a: 6, b: 10, name: '' },
      ],
    });
    expect([...el.querySelectorAll('circle')].map((c) => numAttrs(c, 'cx', 'cy', 'r'))).toEqual([
      { cx: 100, cy: 100, r: 5 },
      { cx: 300, cy: 180, r: 5 },
    ]);
  });

  it('Dots(r) sets the radius and fills with the colour', () => {
    const el = mountInChart(Dots<D>, { ...accessors, r: 3, data: [{ a: 2, b: 50, name: '' }] });
    const dot = el.querySelector('circle')!;
    expect(dot.getAttribute('r')).toBe('3');
    expect(dot.getAttribute('fill')).toBe('purple');
  });

  it('Dots without a label function writes no labels', () => {
    const el = mountInChart(Dots<D>, { ...accessors, data: [{ a: 2, b: 50, name: 'A' }] });
    expect(el.querySelectorAll('text')).toHaveLength(0);
  });

  it('Dots(label) alternates labels above and below their dots, to the right', () => {
    const el = mountInChart(Dots<D>, {
      ...named,
      data: [
        { a: 1, b: 50, name: 'A' },
        { a: 4, b: 50, name: 'B' },
        { a: 7, b: 50, name: 'C' },
      ],
    });
    expect(labels(el)).toEqual([
      { text: 'A', x: 58, y: 92, anchor: 'start' },
      { text: 'B', x: 208, y: 117, anchor: 'start' },
      { text: 'C', x: 358, y: 92, anchor: 'start' },
    ]);
  });

  it('Dots(label) leaves out a label within 48 px of one already placed', () => {
    const el = mountInChart(Dots<D>, {
      ...named,
      data: [
        { a: 2, b: 50, name: 'kept' },
        // 40 px right and 20 px down: 44.7 px away.
        { a: 2.8, b: 40, name: 'crowded' },
        // 50 px right: far enough.
        { a: 3, b: 50, name: 'also kept' },
      ],
    });
    expect(labels(el).map((l) => l.text)).toEqual(['kept', 'also kept']);
    expect(el.querySelectorAll('circle')).toHaveLength(3);
  });

  it('Dots(label) puts a label left of its dot within 60 px of the right edge', () => {
    const el = mountInChart(Dots<D>, { ...named, data: [{ a: 9, b: 50, name: 'Edge' }] });
    expect(labels(el)).toEqual([{ text: 'Edge', x: 442, y: 92, anchor: 'end' }]);
  });

  it('Dots(label returning "") writes no label for that dot and keeps its place free', () => {
    const el = mountInChart(Dots<D>, {
      ...named,
      data: [
        { a: 2, b: 50, name: '' },
        { a: 2.2, b: 50, name: 'B' },
      ],
    });
    expect(labels(el).map((l) => l.text)).toEqual(['B']);
  });
});
