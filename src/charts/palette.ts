// Colours for charts: the Okabe–Ito palette (safe for the common colour-vision deficiencies).
// Lines use only the members with at least 3:1 contrast on white (WCAG 1.4.11); fills may use the
// lighter ones because every chart also has a legend, read-outs and a table.

/** Okabe & Ito (2008), "Color Universal Design". */
export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in order (baseline first), each ≥ 3:1 against white. */
export const seriesColors = [
  '#1a1a1a',
  okabeIto.blue,
  okabeIto.vermillion,
  okabeIto.bluishGreen,
  okabeIto.reddishPurple,
] as const;

/** Colour of the i-th series (wraps round). */
export const seriesColor = (i: number): string => seriesColors[i % seriesColors.length]!;
