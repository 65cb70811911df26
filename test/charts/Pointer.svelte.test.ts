// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import Pointer from '../../src/charts/Pointer.svelte';
import PointerCrosshair from './fixtures/PointerCrosshair.svelte';
import { cleanup, mountIn, mountInChart, numAttrs, stubClientWidth } from './mountInChart.ts';

afterEach(cleanup);

/** Dispatches a pointer event at page x `clientX` on `target`, then flushes. */
function point(target: Element, type: string, clientX = 0): void {
  target.dispatchEvent(new PointerEvent(type, { clientX, bubbles: true }));
  flushSync();
}

/** Places `rect` at page x `left`, as if the plot started there. */
function placeAt(rect: Element, left: number): void {
  vi.spyOn(rect, 'getBoundingClientRect').mockReturnValue(new DOMRect(left, 0, 500, 200));
}

describe('Pointer', () => {
  it('Pointer covers the plotting area with a rect that takes all pointer events', () => {
    const rect = mountInChart(Pointer, { onmove: () => {} }).querySelector('rect')!;
    expect(numAttrs(rect, 'width', 'height')).toEqual({ width: 500, height: 200 });
    expect(rect.getAttribute('pointer-events')).toBe('all');
    expect(rect.getAttribute('fill')).toBe('none');
  });

  it.each(['pointermove', 'pointerdown'])(
    'Pointer(%s) reports the x value under the pointer, measured from the plot’s left edge',
    (type) => {
      const onmove = vi.fn();
      const rect = mountInChart(Pointer, { onmove }).querySelector('rect')!;
      placeAt(rect, 60);
      point(rect, type, 60 + 125);
      expect(onmove).toHaveBeenCalledExactlyOnceWith(2.5);
    },
  );

  it('Pointer(pointerleave) reports null', () => {
    const onmove = vi.fn();
    const rect = mountInChart(Pointer, { onmove }).querySelector('rect')!;
    point(rect, 'pointerleave');
    expect(onmove).toHaveBeenCalledExactlyOnceWith(null);
  });
});

describe('Pointer with a Crosshair', () => {
  const ys = [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100];
  function mountChart() {
    stubClientWidth(500);
    const el = mountIn(PointerCrosshair, { ys });
    return { el, rect: el.querySelector('rect[role="presentation"]')! };
  }
  const crosshairX = (el: HTMLElement) => el.querySelector('.crosshair line')?.getAttribute('x1');

  it('a pointermove moves the crosshair to the nearest x', () => {
    const { el, rect } = mountChart();
    expect(crosshairX(el)).toBeUndefined();
    // 160 px is x = 3.2: the nearest x is 3, at 150 px.
    point(rect, 'pointermove', 160);
    expect(crosshairX(el)).toBe('150');
    expect(el.querySelector('.crosshair circle')!.getAttribute('cy')).toBe('120');
    expect([...el.querySelectorAll('.crosshair text')].map((t) => t.textContent)).toEqual([
      'x 3',
      'y 40',
    ]);
  });

  it('a second pointermove moves the crosshair on; pointerleave removes it', () => {
    const { el, rect } = mountChart();
    point(rect, 'pointermove', 160);
    point(rect, 'pointermove', 480);
    expect(crosshairX(el)).toBe('500');
    point(rect, 'pointerleave');
    expect(el.querySelector('.crosshair')).toBeNull();
  });
});
