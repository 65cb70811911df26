// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import ReadOutBox from '../../src/charts/ReadOutBox.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

// Longest line 20 characters: 20 × 7 + 16 = 156 px wide; 3 lines: 3 × 16 + 10 = 58 px high.
const lines = ['2030', 'Baseline:', '£1,200 (£900–£1,500)'];
const box = (el: HTMLElement) => numAttrs(el.querySelector('rect')!, 'width', 'height');
const position = (el: HTMLElement) => el.querySelector('svg > g > g')!.getAttribute('transform');

describe('ReadOutBox', () => {
  it('ReadOutBox is 7 px a character of its longest line plus 16 wide, 16 px a line plus 10 high', () => {
    expect(box(mountInChart(ReadOutBox, { px: 100, gap: 10, lines }))).toEqual({
      width: 156,
      height: 58,
    });
  });

  it('ReadOutBox writes the lines 16 px apart, the first bold', () => {
    const texts = [
      ...mountInChart(ReadOutBox, { px: 100, gap: 10, lines }).querySelectorAll('text'),
    ];
    expect(texts.map((t) => t.textContent)).toEqual(lines);
    expect(texts.map((t) => t.getAttribute('y'))).toEqual(['18', '34', '50']);
    expect(texts.map((t) => t.getAttribute('font-weight'))).toEqual(['600', '400', '400']);
  });

  it.each([
    ['room on the right', 100, 110, lines],
    ['no room on the right', 400, 234, lines],
    ['room on neither side', 150, 0, ['x'.repeat(60)]],
  ] as const)('ReadOutBox with %s of px %i puts the box at x %i', (_, px, x, text) => {
    const el = mountInChart(ReadOutBox, { px, gap: 10, lines: text });
    expect(position(el)).toBe(`translate(${x},4)`);
  });

  it.each([
    ['no py', undefined, 4],
    ['py in the middle', 100, 71],
    ['py near the top', 10, 0],
    ['py near the bottom', 190, 142],
  ] as const)('ReadOutBox with %s (%s) puts the box at y %i', (_, py, y) => {
    const el = mountInChart(ReadOutBox, { px: 100, py, gap: 10, lines });
    expect(position(el)).toBe(`translate(110,${y})`);
  });

  // Current behaviour: with no lines the width is Math.max() of nothing, -Infinity. Callers
  // always pass at least one line.
  it('ReadOutBox(no lines) has a width of -Infinity', () => {
    const el = mountInChart(ReadOutBox, { px: 100, gap: 10, lines: [] });
    expect(el.querySelector('rect')!.getAttribute('width')).toBe('-Infinity');
  });
});
