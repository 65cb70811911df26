// Sweep grids: ranges, paths into a scenario (arms by index or name, presets opened up), the
// Cartesian product in grid order, and refusals one line per problem naming the field (and, for
// a point that makes an invalid scenario, the point's parameters).
import { describe, expect, it } from 'vitest';
import {
  expandGrid,
  gridSchema,
  parsePath,
  rangeValues,
  setPath,
  type GridInput,
} from '../../../src/model/sweep/grid.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { formatProblems, validate } from '../../../src/model/validation/problems.ts';
import { checkSweepShard, shardWork, workItems } from '../../../src/model/sweep/work.ts';

const base = scenarioSchema.parse({
  seed: 'grid',
  years: 2,
  population: 500,
  replicates: 3,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
});

const grid = (input: GridInput) => {
  const v = validate(gridSchema, input);
  if (!v.ok) throw new Error(formatProblems(v.problems));
  return v.value;
};

describe('grid ranges and paths', () => {
  it('lists a range by step (to included when reached) or by count, without float noise', () => {
    expect(rangeValues({ from: 0, to: 0.3, step: 0.1 })).toEqual([0, 0.1, 0.2, 0.3]);
    expect(rangeValues({ from: 0, to: 1, step: 0.3 })).toEqual([0, 0.3, 0.6, 0.9]);
    expect(rangeValues({ from: 20000, to: 100000, count: 5 })).toEqual([
      20000, 40000, 60000, 80000, 100000,
    ]);
    expect(rangeValues({ from: 1, to: 2, count: 1 })).toEqual([1]);
  });

  it('parses dotted names, [index] and ["quoted names"]', () => {
    expect(parsePath('arms[1].policy.overrides.cap')).toEqual([
      'arms',
      1,
      'policy',
      'overrides',
      'cap',
    ]);
    expect(parsePath('arms["my arm"].policy')).toEqual(['arms', 'my arm', 'policy']);
    expect(parsePath('uncertainty.feeGrowth.central')).toEqual([
      'uncertainty',
      'feeGrowth',
      'central',
    ]);
  });

  it('sets values by index or arm name, opening a preset id into {preset, overrides}', () => {
    const s = structuredClone(base) as unknown as Record<string, unknown>;
    expect(setPath(s, 'arms.reform.policy.overrides.upperCapitalLimit', 150000)).toBeNull();
    expect(setPath(s, 'arms[0].policy.overrides.cap', 50000)).toBeNull();
    expect(setPath(s, 'personalBudgets.targetUptake', 0.5)).toBeNull();
    expect(s.arms).toEqual([
      { name: 'baseline', policy: { preset: 'current', overrides: { cap: 50000 } } },
      {
        name: 'reform',
        policy: { preset: 'reform-2021', overrides: { upperCapitalLimit: 150000 } },
      },
    ]);
    expect(setPath(s, 'arms.nope.policy', 'current')).toMatch(
      /no item named "nope" in arms \(names: "baseline", "reform"\)/,
    );
    expect(setPath(s, 'arms[5].policy', 'current')).toMatch(
      /arms has 2 items; allowed: \[0\] to \[1\]/,
    );
    expect(setPath(s, 'uncertanty.feeGrowth.central', 0)).toMatch(
      /no field "uncertanty" in \(top level\) \(fields: /,
    );
  });
});

describe('expandGrid', () => {
  it('is the Cartesian product, the first parameter varying slowest, each point a valid scenario', () => {
    const r = expandGrid(
      grid({
        base: {},
        parameters: [
          { path: 'arms.reform.policy.overrides.cap', name: 'cap', values: [50000, null] },
          { path: 'uncertainty.feeGrowth.central', range: { from: 0, to: 0.02, step: 0.01 } },
        ],
      }),
      base,
    );
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.points.map((p) => [p.id, p.parameters])).toEqual([
      ['p001', { cap: 50000, 'uncertainty.feeGrowth.central': 0 }],
      ['p002', { cap: 50000, 'uncertainty.feeGrowth.central': 0.01 }],
      ['p003', { cap: 50000, 'uncertainty.feeGrowth.central': 0.02 }],
      ['p004', { cap: null, 'uncertainty.feeGrowth.central': 0 }],
      ['p005', { cap: null, 'uncertainty.feeGrowth.central': 0.01 }],
      ['p006', { cap: null, 'uncertainty.feeGrowth.central': 0.02 }],
    ]);
    expect(r.points[3]!.scenario.arms[1]!.policy).toEqual({
      preset: 'reform-2021',
      overrides: { cap: null },
    });
    expect(r.points[2]!.scenario.uncertainty.feeGrowth).toEqual({
      low: -0.005,
      central: 0.02,
      high: 0.025,
    });
    expect(base.arms[1]!.policy).toBe('reform-2021');
  });

  it('reports each point that makes an invalid scenario, with its parameters and the field', () => {
    const r = expandGrid(
      grid({
        base: {},
        parameters: [
          { path: 'uncertainty.feeGrowth.central', name: 'fee', values: [0.01, 0.03] },
          { path: 'personalBudgets.targetUptake', values: [0.5, 1.5] },
        ],
      }),
      base,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'point p002 (fee=0.01, personalBudgets.targetUptake=1.5): personalBudgets.targetUptake: found 1.5; allowed: between 0 and 1 (share)',
      'point p003 (fee=0.03, personalBudgets.targetUptake=0.5): uncertainty.feeGrowth: found {"low":-0.005,"central":0.03,"high":0.025}; allowed: needs low ≤ central ≤ high',
      'point p004 (fee=0.03, personalBudgets.targetUptake=1.5): personalBudgets.targetUptake: found 1.5; allowed: between 0 and 1 (share)',
      'point p004 (fee=0.03, personalBudgets.targetUptake=1.5): uncertainty.feeGrowth: found {"low":-0.005,"central":0.03,"high":0.025}; allowed: needs low ≤ central ≤ high',
    ]);
  });

  it('refuses a path that leads nowhere and a grid of too many points', () => {
    const r = expandGrid(
      grid({ base: {}, parameters: [{ path: 'arms.policy.cap', values: [1] }] }),
      base,
    );
    expect(r.ok || r.problems).toEqual([
      'parameters[0].path: found "arms.policy.cap"; allowed: a path into the base scenario (no item named "policy" in arms (names: "baseline", "reform"))',
    ]);
    const big = expandGrid(
      grid({
        base: {},
        parameters: [
          { path: 'seed', range: { from: 1, to: 100, step: 1 } },
          { path: 'years', range: { from: 1, to: 11, step: 1 } },
        ],
      }),
      base,
    );
    expect(big.ok || big.problems).toEqual([
      'parameters: found 100 × 11 = 1100 grid points; allowed: at most 1000',
    ]);
  });
});

describe('gridSchema', () => {
  it('lists every problem, one line each, naming the field and what is allowed', () => {
    const v = validate(gridSchema, {
      base: 5,
      parameters: [
        { path: 'a..b', values: [] },
        { path: 'years', range: { from: 5, to: 1, step: 1 } },
        { path: 'seed', range: { from: 0, to: 1, step: 0 } },
        { path: 'population', values: [1], range: { from: 0, to: 1, count: 2 } },
        { path: 'replicates', range: { from: 0, to: 1, step: 0.0001 } },
        { path: 'years', name: 'value', values: [1] },
      ],
      colour: 'red',
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(formatProblems(v.problems).split('\n')).toEqual([
      'base: found 5; allowed: must be a scenario (an object) or the path of a scenario file, relative to the grid file',
      'parameters[0].path: found "a..b"; allowed: must be a path into the scenario such as personalBudgets.targetUptake, arms[1].policy.overrides.cap or arms.reform.policy.overrides.cap',
      'parameters[0].values: found []; allowed: must list between 1 and 1000 values',
      'parameters[1].range: found {"from":5,"to":1,"step":1}; allowed: needs from ≤ to',
      'parameters[2].range.step: found 0; allowed: must be a number above 0',
      'parameters[3].values: found [1]; allowed: give exactly one of "values" (a list) and "range" ({from, to, step or count})',
      'parameters[4].range: found {"from":0,"to":1,"step":0.0001}; allowed: must give at most 1000 values (use a larger step)',
      'parameters[5].name: found "value"; allowed: must not be one of the table\'s own columns (point, arm, comparison, measure, unit, year, statistic, value)',
      'colour: found "red"; allowed: no such field (check the spelling; see the README for the fields allowed)',
    ]);
  });

  it('refuses two parameters with the same column', () => {
    const v = validate(gridSchema, {
      base: 'scenario.json',
      parameters: [
        { path: 'years', values: [1] },
        { path: 'years', values: [2] },
      ],
    });
    expect(v.ok || formatProblems(v.problems)).toBe(
      'parameters[1].path: found "years"; allowed: must differ from parameters[0]\'s (each parameter is a column of its own)',
    );
  });
});

describe('sweep shards', () => {
  it('split (point, replicate) pairs into disjoint, balanced shards whose union is everything', () => {
    const reps = [3, 5, 1, 4];
    const all = workItems(reps).map((w) => `${w.point}/${w.replicate}`);
    for (const n of [1, 2, 3, 4, 13]) {
      const shards = Array.from({ length: n }, (_, i) =>
        shardWork(reps, i + 1, n).flatMap((rs, p) => rs.map((r) => `${p}/${r}`)),
      );
      expect(shards.flat().sort()).toEqual([...all].sort());
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(checkSweepShard({ index: 1, count: 14 }, reps)).toMatch(/^--shard: 14 shards for 13/);
    expect(checkSweepShard({ index: 1, count: 13 }, reps)).toBeNull();
  });
});
