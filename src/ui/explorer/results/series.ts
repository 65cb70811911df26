// Small helpers shared by the views: flipping summary points and naming the arms' colours.
import type { SummaryPoint } from '../../../model/simulate/summarise.ts';
import { seriesColor } from '../../../charts/palette.ts';

/** The colour of arm `i` (0 = baseline) in every chart. */
export const armColor = (i: number): string => seriesColor(i);

/** A point (a year's or a decile's) with its sign flipped: the interval's ends swap. */
export const negatePoint = <P extends Omit<SummaryPoint, 'year'>>(p: P): P => ({
  ...p,
  mean: -p.mean,
  p5: -p.p95,
  p50: -p.p50,
  p95: -p.p5,
});

/** Mean of the means of some points (e.g. over years). */
export const meanOf = (points: readonly SummaryPoint[]): number =>
  points.length ? points.reduce((s, p) => s + p.mean, 0) / points.length : 0;
