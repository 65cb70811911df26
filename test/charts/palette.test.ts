import { describe, expect, it } from 'vitest';
import { okabeIto, seriesColor, seriesColors } from '../../src/charts/palette.ts';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastOnWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

describe('palette', () => {
  it('okabeIto holds the eight Okabe–Ito colours', () => {
    expect(Object.values(okabeIto)).toEqual([
      '#000000',
      '#E69F00',
      '#56B4E9',
      '#009E73',
      '#F0E442',
      '#0072B2',
      '#D55E00',
      '#CC79A7',
    ]);
  });

  it('seriesColors starts with the near-black baseline, then blue, vermillion, green and purple', () => {
    expect(seriesColors).toEqual(['#1a1a1a', '#0072B2', '#D55E00', '#009E73', '#CC79A7']);
  });

  it.each(seriesColors.map((c) => [c]))(
    'seriesColors member %s has at least 3:1 contrast on white',
    (c) => {
      expect(contrastOnWhite(c)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each([
    [0, '#1a1a1a'],
    [1, '#0072B2'],
    [4, '#CC79A7'],
    [5, '#1a1a1a'],
    [7, '#D55E00'],
  ])('seriesColor(%i) is %s (wrapping round after five)', (i, color) => {
    expect(seriesColor(i)).toBe(color);
  });
});
