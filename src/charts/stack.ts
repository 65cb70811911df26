// Stacks series that share x values into bands a StackedArea layer can draw: positive values
// stack up from zero, negative ones down from it (a diverging stack).

export interface StackInput {
  key: string;
  label: string;
  color: string;
  /** One value per x, in data units. */
  values: readonly number[];
}

export interface StackedPoint {
  x: number;
  y0: number;
  y1: number;
}

export interface StackLayer {
  key: string;
  label: string;
  color: string;
  points: StackedPoint[];
}

/**
 * Layers of the stack, in input order, with their lower and upper edges at each x. Unlike d3's
 * stackOffsetDiverging, a zero value sits on top of the layers below it instead of dropping to
 * zero, so a layer that starts at 0 does not draw a sliver down to the axis; and a series whose
 * sign changes is drawn as two layers, its positive part on the positive stack and its negative
 * part (key `…-below-zero`) on the negative one, so no band crosses from one stack to the other.
 */
export function stackSeries(xs: readonly number[], series: readonly StackInput[]): StackLayer[] {
  const pos = xs.map(() => 0);
  const neg = xs.map(() => 0);
  const layer = (s: StackInput, key: string, below: boolean): StackLayer => ({
    key,
    label: s.label,
    color: s.color,
    points: xs.map((x, i) => {
      const v = s.values[i] ?? 0;
      if (below ? v > 0 : v < 0) {
        const edge = below ? neg[i]! : pos[i]!;
        return { x, y0: edge, y1: edge };
      }
      if (v < 0 || below) {
        const y1 = neg[i]!;
        neg[i] = y1 + v;
        return { x, y0: y1 + v, y1 };
      }
      const y0 = pos[i]!;
      pos[i] = y0 + v;
      return { x, y0, y1: y0 + v };
    }),
  });
  return series.flatMap((s) => {
    const values = xs.map((_, i) => s.values[i] ?? 0);
    const above = values.some((v) => v > 0);
    const below = values.some((v) => v < 0);
    return above && below
      ? [layer(s, s.key, false), layer(s, `${s.key}-below-zero`, true)]
      : [layer(s, s.key, below)];
  });
}

/** Lowest and highest edge over all layers (0 included), for the y domain. */
export function stackExtent(layers: readonly StackLayer[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const l of layers)
    for (const p of l.points) {
      lo = Math.min(lo, p.y0, p.y1);
      hi = Math.max(hi, p.y0, p.y1);
    }
  return [lo, hi];
}
