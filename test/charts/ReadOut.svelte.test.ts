// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import ReadOut from '../../src/charts/ReadOut.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

describe('ReadOut', () => {
  it('ReadOut centres its box on the point, 12 px to its right', () => {
    // Box 2 × 7 + 16 = 30 px wide and 2 × 16 + 10 = 42 px high, beside (100, 100).
    const el = mountInChart(ReadOut, { at: [2, 50], lines: ['A', 'bb'] });
    expect(el.querySelector('.read-out g')!.getAttribute('transform')).toBe('translate(112,79)');
  });

  it('ReadOut writes its lines in the box', () => {
    const el = mountInChart(ReadOut, { at: [2, 50], lines: ['2030', '£1,200'] });
    expect([...el.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['2030', '£1,200']);
  });

  it('ReadOut(ring) rings the point in that colour', () => {
    const ring = mountInChart(ReadOut, {
      at: [2, 50],
      lines: ['A'],
      ring: '#0072B2',
    }).querySelector('circle')!;
    expect(numAttrs(ring, 'cx', 'cy', 'r')).toEqual({ cx: 100, cy: 100, r: 8 });
    expect(ring.getAttribute('stroke')).toBe('#0072B2');
    expect(ring.getAttribute('fill')).toBe('none');
  });

  it('ReadOut without a ring draws no circle', () => {
    expect(mountInChart(ReadOut, { at: [2, 50], lines: ['A'] }).querySelector('circle')).toBeNull();
  });

  it('ReadOut ignores the pointer', () => {
    const el = mountInChart(ReadOut, { at: [2, 50], lines: ['A'] });
    expect(el.querySelector('.read-out')!.getAttribute('pointer-events')).toBe('none');
  });
});
