// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import Crosshair from '../../src/charts/Crosshair.svelte';
import { cleanup, mountInChart, numAttrs } from './mountInChart.ts';

afterEach(cleanup);

const props = {
  x: 4,
  points: [
    { y: 20, color: '#1a1a1a' },
    { y: 75, color: '#0072B2' },
  ],
  lines: ['2028', 'Baseline: 20', 'Reform: 75'],
};

describe('Crosshair', () => {
  it('Crosshair draws a vertical rule at the scaled x, the full height of the plot', () => {
    const rule = mountInChart(Crosshair, props).querySelector('line')!;
    expect(numAttrs(rule, 'x1', 'x2', 'y2')).toEqual({ x1: 200, x2: 200, y2: 200 });
  });

  it("Crosshair draws a dot in each point's colour at its scaled y on the rule", () => {
    const dots = [...mountInChart(Crosshair, props).querySelectorAll('circle')];
    expect(dots.map((d) => ({ ...numAttrs(d, 'cx', 'cy'), fill: d.getAttribute('fill') }))).toEqual(
      [
        { cx: 200, cy: 160, fill: '#1a1a1a' },
        { cx: 200, cy: 50, fill: '#0072B2' },
      ],
    );
  });

  it('Crosshair puts its read-out box at the top, 10 px right of the rule', () => {
    const el = mountInChart(Crosshair, props);
    expect(el.querySelector('.crosshair g')!.getAttribute('transform')).toBe('translate(210,4)');
    expect([...el.querySelectorAll('text')].map((t) => t.textContent)).toEqual(props.lines);
  });

  it('Crosshair ignores the pointer', () => {
    const el = mountInChart(Crosshair, props);
    expect(el.querySelector('.crosshair')!.getAttribute('pointer-events')).toBe('none');
  });
});
