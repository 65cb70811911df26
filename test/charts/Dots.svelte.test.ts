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

  // Labels take the first free place of four (above right, below right, above left, below left):
  // a box 0.6 em (6.6 px) a character wide and 12 px high, 3 px beyond the dot's radius.
  it('Dots(label) puts each label above and right of its dot where that place is free', () => {
    const el = mountInChart(Dots<D>, {
      ...named,
      data: [
        { a: 1, b: 50, name: 'A' },
        { a: 4, b: 50, name: 'B' },
        { a: 7, b: 50, name: 'C' },
      ],
    });
    // Dots at (50, 100), (200, 100), (350, 100): labels at x + 8, y − 8.
    expect(labels(el)).toEqual([
      { text: 'A', x: 58, y: 92, anchor: 'start' },
      { text: 'B', x: 208, y: 92, anchor: 'start' },
      { text: 'C', x: 358, y: 92, anchor: 'start' },
    ]);
  });

  it('Dots(label) moves a label below its dot where the place above holds another label', () => {
    const el = mountInChart(Dots<D>, {
      ...named,
      data: [
        // Dot (100, 100); "kept" above right: x 108–134.4, y 82–94.
        { a: 2, b: 50, name: 'kept' },
        // Dot (112.5, 110); above right would be x 120.5–127.1, y 92–104: it meets "kept".
        { a: 2.25, b: 45, name: 'x' },
      ],
    });
    // Scaled positions to a micro-pixel (the scale's arithmetic leaves 1e-14).
    const at = (t: Element, name: string) => Number(Number(t.getAttribute(name)).toFixed(6));
    expect(
      [...el.querySelectorAll('text')].map((t) => ({
        text: t.textContent,
        x: at(t, 'x'),
        y: at(t, 'y'),
        anchor: t.getAttribute('text-anchor'),
      })),
    ).toEqual([
      { text: 'kept', x: 108, y: 92, anchor: 'start' },
      // Below right: y = 110 + 5 + 12.
      { text: 'x', x: 120.5, y: 127, anchor: 'start' },
    ]);
  });

  it('Dots(label) puts a label left of its dot where it would cross the right edge', () => {
    // Dot at (450, 100); 13 characters are 85.8 px, past 500 on the right.
    const el = mountInChart(Dots<D>, { ...named, data: [{ a: 9, b: 50, name: 'Edge of chart' }] });
    expect(labels(el)).toEqual([{ text: 'Edge of chart', x: 442, y: 92, anchor: 'end' }]);
  });

  it('Dots(label) leaves out a label with no free place (the table still gives the point)', () => {
    const el = mountInChart(Dots<D>, {
      ...named,
      data: [
        {
          a: 5,
          b: 50,
          name: 'a label far wider than the chart itself, on either side of its dot, so left out',
        },
      ],
    });
    expect(labels(el)).toEqual([]);
    expect(el.querySelectorAll('circle')).toHaveLength(1);
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
