// Any two arms compared: arm A minus arm B replicate by replicate (issue 18, "compare any two
// arms, not only each against the baseline").
import { describe, expect, it } from 'vitest';
import { emptyResult } from '../../../src/model/simulate/result.ts';
import { armDifference, summarise } from '../../../src/model/simulate/summarise.ts';
import { decileDifference } from '../../../src/model/simulate/replicateFigures.ts';
import { vi as index } from '../../../src/model/simulate/result.ts';

// Three arms, two years, three replicates with hand-set council spending (measure 0).
const reps = [0, 1, 2].map((rep) => {
  const r = emptyResult(rep, -1, 3, 2);
  for (let a = 0; a < 3; a++)
    for (let y = 0; y < 2; y++) r.values[index(2, a, 0, y)] = 100 * a + 10 * y + rep * (a + 1);
  return r;
});

describe('armDifference', () => {
  it('arm 2 − arm 1, replicate by replicate', () => {
    const d = armDifference(reps, 2, 1, 2030).council_net_spend;
    // Replicate rep: (200 + 10y + 3 rep) − (100 + 10y + 2 rep) = 100 + rep → 100, 101, 102.
    expect(d.map((p) => p.year)).toEqual([2030, 2031]);
    for (const p of d) {
      expect(p.mean).toBeCloseTo(101, 12);
      expect(p.p50).toBeCloseTo(101, 12);
      expect(p.p5).toBeCloseTo(100.1, 12);
      expect(p.p95).toBeCloseTo(101.9, 12);
    }
  });

  it('against the baseline it equals the summary’s differences', () => {
    const names = ['base', 'one', 'two'];
    const s = summarise(reps, names, 2030);
    expect(armDifference(reps, 2, 0, 2030)).toEqual(s.differences.two);
  });
});

describe('decileDifference against another arm', () => {
  it('defaults to the baseline and can subtract any arm', () => {
    expect(decileDifference(reps, 2, 'personPaidSum')).toEqual(
      decileDifference(reps, 2, 'personPaidSum', 0),
    );
    // No deaths recorded: every ratio is 0, so every difference is 0.
    for (const p of decileDifference(reps, 2, 'personPaidSum', 1)) expect(p.mean).toBe(0);
  });
});
