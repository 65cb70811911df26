// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import PointerXY from '../../src/charts/PointerXY.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

function point(target: Element, type: string, clientX = 0, clientY = 0): void {
  target.dispatchEvent(new PointerEvent(type, { clientX, clientY, bubbles: true }));
  flushSync();
}

describe('PointerXY', () => {
  it('PointerXY covers the plotting area with a rect that takes all pointer events', () => {
    const rect = mountInChart(PointerXY, { onmove: () => {} }).querySelector('rect')!;
    expect(numAttrs(rect, 'width', 'height')).toEqual({ width: 500, height: 200 });
    expect(rect.getAttribute('pointer-events')).toBe('all');
  });

  it.each(['pointermove', 'pointerdown'])(
    'PointerXY(%s) reports the pointer in px from the plot’s top left corner',
    (type) => {
      const onmove = vi.fn();
      const rect = mountInChart(PointerXY, { onmove }).querySelector('rect')!;
      vi.spyOn(rect, 'getBoundingClientRect').mockReturnValue(new DOMRect(60, 28, 500, 200));
      point(rect, type, 130, 70);
      expect(onmove).toHaveBeenCalledExactlyOnceWith({ px: 70, py: 42 });
    },
  );

  it('PointerXY(pointerleave) reports null', () => {
    const onmove = vi.fn();
    const rect = mountInChart(PointerXY, { onmove }).querySelector('rect')!;
    point(rect, 'pointerleave');
    expect(onmove).toHaveBeenCalledExactlyOnceWith(null);
  });
});
