// A sweep's grid file: a base scenario and the parameters to vary, each by a path into the
// scenario and a list or range of values. The grid is the Cartesian product of the values, and
// every grid point is a whole scenario, validated with the scenario schema before anything runs.
// Pure functions: no files (the CLI reads a base given as a path and passes the scenario in).
import { z } from 'zod';
import { scenarioSchema, type Scenario } from '../simulate/scenario.ts';
import { problemsOf, type Problem } from '../validation/problems.ts';

/** Most parameters a grid may vary. */
export const MAX_PARAMETERS = 8;
/** Most values one parameter may take, and most grid points in all. */
export const MAX_VALUES = 1_000;
export const MAX_POINTS = 1_000;

/** Column names of the sweep's tidy table that a parameter's name may not take. */
export const RESERVED_COLUMNS = [
  'point',
  'arm',
  'comparison',
  'measure',
  'unit',
  'year',
  'statistic',
  'value',
] as const;

const finite = (meaning: string) =>
  z.number({ error: 'must be a finite number' }).meta({ meaning });

const stepRange = z
  .object({
    from: finite('First value'),
    to: finite('Last value (included when the steps reach it)'),
    step: z
      .number({ error: 'must be a number above 0' })
      .gt(0, { error: 'must be a number above 0' })
      .meta({ meaning: 'Distance between values' }),
  })
  .strict()
  .meta({ meaning: 'Values from, from + step, … up to to' });

const countRange = z
  .object({
    from: finite('First value'),
    to: finite('Last value'),
    count: z
      .number({ error: `must be a whole number between 1 and ${MAX_VALUES}` })
      .int({ error: `must be a whole number between 1 and ${MAX_VALUES}` })
      .min(1, { error: `must be a whole number between 1 and ${MAX_VALUES}` })
      .max(MAX_VALUES, { error: `must be a whole number between 1 and ${MAX_VALUES}` })
      .meta({ meaning: 'Number of evenly spaced values, from and to included' }),
  })
  .strict()
  .meta({ meaning: '`count` values evenly spaced from `from` to `to`' });

export const rangeSchema = z
  .union([stepRange, countRange], {
    error: 'must be {"from": x, "to": y, "step": s} or {"from": x, "to": y, "count": n}',
  })
  .refine((r) => r.from <= r.to, { error: 'needs from ≤ to' })
  .refine(
    (r) =>
      !('step' in r) ||
      !(r.step > 0) ||
      Math.floor((r.to - r.from) / r.step + 1e-9) + 1 <= MAX_VALUES,
    { error: `must give at most ${MAX_VALUES} values (use a larger step)` },
  );

/** A path into a scenario: dotted names, [index] and ["quoted name"], e.g. arms[1].policy.overrides.cap. */
const PATH_RE = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

export const parameterSchema = z
  .object({
    path: z
      .string({ error: 'must be text: a path into the scenario' })
      .regex(PATH_RE, {
        error:
          'must be a path into the scenario such as personalBudgets.targetUptake, arms[1].policy.overrides.cap or arms.reform.policy.overrides.cap',
      })
      .meta({
        meaning:
          'Where the value goes in the scenario: field names joined by dots, list items by [index]; an arm may be named instead of numbered (arms.reform or arms["my arm"])',
      }),
    name: z
      .string({ error: 'must be text of 1–60 characters' })
      .regex(/^[A-Za-z_][\w.]{0,59}$/, {
        error: 'must be 1–60 letters, digits, _ or ., starting with a letter or _',
      })
      .refine((n) => !(RESERVED_COLUMNS as readonly string[]).includes(n), {
        error: `must not be one of the table's own columns (${RESERVED_COLUMNS.join(', ')})`,
      })
      .optional()
      .meta({ meaning: 'Column name in sweep_tidy.csv (default: the path)' }),
    values: z
      .array(z.json(), { error: 'must be a list of values' })
      .min(1, { error: `must list between 1 and ${MAX_VALUES} values` })
      .max(MAX_VALUES, { error: `must list between 1 and ${MAX_VALUES} values` })
      .optional()
      .meta({ meaning: 'The values, in order (numbers, text, true/false, null or objects)' }),
    range: rangeSchema.optional().meta({ meaning: 'Numbers from a range instead of a list' }),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.values === undefined) === (p.range === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'give exactly one of "values" (a list) and "range" ({from, to, step or count})',
      });
  });

export const gridSchema = z
  .object({
    name: z
      .string({ error: 'must be text of 1–200 characters' })
      .min(1, { error: 'must be text of 1–200 characters' })
      .max(200, { error: 'must be text of 1–200 characters' })
      .optional()
      .meta({ meaning: 'Name of the sweep, recorded in sweep.json' }),
    base: z
      .union(
        [
          z
            .string()
            .min(1)
            .max(1_000)
            .meta({ meaning: 'Path of a scenario or manifest file, relative to the grid file' }),
          z.record(z.string(), z.unknown()).meta({ meaning: 'A scenario, written out' }),
        ],
        {
          error:
            'must be a scenario (an object) or the path of a scenario file, relative to the grid file',
        },
      )
      .meta({ meaning: 'The scenario every grid point starts from' }),
    parameters: z
      .array(parameterSchema, { error: 'must be a list of parameters' })
      .min(1, { error: `must list between 1 and ${MAX_PARAMETERS} parameters` })
      .max(MAX_PARAMETERS, { error: `must list between 1 and ${MAX_PARAMETERS} parameters` })
      .meta({ meaning: 'The parameters varied; the grid is every combination of their values' }),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Map<string, number>();
    g.parameters.forEach((p, i) => {
      const col = p.name ?? p.path;
      const j = seen.get(col);
      if (j !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['parameters', i, p.name ? 'name' : 'path'],
          message: `must differ from parameters[${j}]'s (each parameter is a column of its own)`,
        });
      seen.set(col, i);
    });
  });

export type GridInput = z.input<typeof gridSchema>;
export type Grid = z.output<typeof gridSchema>;
export type GridParameter = Grid['parameters'][number];
export type JsonValue = z.infer<ReturnType<typeof z.json>>;

/** A varied parameter with its values listed. */
export interface SweepParameter {
  /** Column name in the tidy table. */
  name: string;
  path: string;
  values: JsonValue[];
}

/** One grid point: its id, the value of every parameter, and its scenario (validated). */
export interface GridPoint {
  /** `p001`, `p002`, … in grid order (the first parameter varies slowest). */
  id: string;
  /** Parameter name → value. */
  parameters: Record<string, JsonValue>;
  scenario: Scenario;
}

/** Twelve significant digits: 0.1 + 2 × 0.1 is 0.3, not 0.30000000000000004. */
const tidy = (x: number): number => Number(x.toPrecision(12));

/** The values of a range, in order. */
export function rangeValues(r: z.output<typeof rangeSchema>): number[] {
  if ('count' in r) {
    if (r.count === 1) return [r.from];
    return Array.from({ length: r.count }, (_, i) =>
      i === r.count - 1 ? r.to : tidy(r.from + ((r.to - r.from) * i) / (r.count - 1)),
    );
  }
  const n = Math.floor((r.to - r.from) / r.step + 1e-9) + 1;
  return Array.from({ length: n }, (_, i) => tidy(r.from + i * r.step));
}

/** The grid's parameters with their values listed. */
export function sweepParameters(grid: Grid): SweepParameter[] {
  return grid.parameters.map((p) => ({
    name: p.name ?? p.path,
    path: p.path,
    values: p.values ?? rangeValues(p.range!),
  }));
}

type Segment = string | number;

/** A path's segments: names as text, [index] as numbers, ["quoted"] as text. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /(?:^|\.)([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const shown = (s: readonly Segment[]) =>
  s.reduce<string>(
    (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k),
    '',
  ) || '(top level)';

/**
 * Puts `value` at `path` in `scenario` (changed in place). An arm may be named (`arms.reform`); a
 * policy given as a preset id becomes {"preset": id} when the path goes into it, and a missing
 * `overrides` is created. Returns null, or what is wrong with the path.
 */
export function setPath(
  scenario: Record<string, unknown>,
  path: string,
  value: unknown,
): string | null {
  const segs = parsePath(path);
  let node: unknown = scenario;
  for (let i = 0; i < segs.length; i++) {
    let key = segs[i]!;
    const last = i === segs.length - 1;
    const here = shown(segs.slice(0, i));
    if (Array.isArray(node)) {
      if (typeof key === 'string') {
        // arms.NAME: the arm with that name.
        const k = node.findIndex((x) => isObject(x) && x.name === key);
        if (k < 0) {
          const names = node.filter(isObject).map((x) => JSON.stringify(x.name));
          return `no item named ${JSON.stringify(key)} in ${here} (names: ${names.join(', ') || 'none'})`;
        }
        key = k;
      } else if (key >= node.length)
        return `${here} has ${node.length} item${node.length === 1 ? '' : 's'}; allowed: [0] to [${node.length - 1}]`;
    } else if (!isObject(node)) {
      return `${here} is ${JSON.stringify(node)}, not an object or list, so it has no ${JSON.stringify(key)}`;
    } else if (typeof key === 'number') {
      return `${here} is an object, not a list; allowed: a field name after it, not [${key}]`;
    }
    const parent = node as Record<Segment, unknown>;
    // The last field may be absent (an optional field, an override): the scenario schema, which
    // checks every point, refuses a name it does not know.
    if (last) {
      parent[key] = value;
      return null;
    }
    let next = parent[key];
    const nextKey = segs[i + 1];
    // A policy named by its preset id, with a path into it: {"preset": id}.
    if (
      key === 'policy' &&
      typeof next === 'string' &&
      (nextKey === 'overrides' || nextKey === 'preset')
    ) {
      next = parent[key] = { preset: next };
    }
    if (next === undefined && key === 'overrides' && isObject(parent) && 'preset' in parent) {
      next = parent[key] = {};
    }
    if (next === undefined) {
      const fields = isObject(parent) ? Object.keys(parent) : [];
      return `no field ${JSON.stringify(key)} in ${shown(segs.slice(0, i))}${fields.length ? ` (fields: ${fields.join(', ')})` : ''}`;
    }
    node = next;
  }
  return null;
}

/** A point's parameters as one short text, e.g. `cap=50000, targetUptake=0.7`. */
export function describePoint(parameters: Record<string, JsonValue>): string {
  return Object.entries(parameters)
    .map(([k, v]) => {
      const s = JSON.stringify(v);
      return `${k}=${s.length > 40 ? `${s.slice(0, 37)}...` : s}`;
    })
    .join(', ');
}

/** Width of point ids: at least 3 digits (`p001`). */
const idOf = (i: number, n: number) =>
  `p${String(i + 1).padStart(Math.max(3, String(n).length), '0')}`;

export type ExpandResult =
  | { ok: true; parameters: SweepParameter[]; points: GridPoint[] }
  | { ok: false; problems: string[] };

/**
 * Every grid point of `grid` over the (already validated) base scenario: the Cartesian product of
 * the parameters' values, the first parameter varying slowest. Each point's scenario is validated;
 * any problem (a path that leads nowhere, a point that makes an invalid scenario) is listed, one
 * line each, naming the point's parameters and the field.
 */
export function expandGrid(grid: Grid, base: Scenario): ExpandResult {
  const parameters = sweepParameters(grid);
  const total = parameters.reduce((n, p) => n * p.values.length, 1);
  if (total > MAX_POINTS)
    return {
      ok: false,
      problems: [
        `parameters: found ${parameters.map((p) => p.values.length).join(' × ')} = ${total} grid points; allowed: at most ${MAX_POINTS}`,
      ],
    };
  // Paths are checked once, on the base, with each parameter's first value.
  const problems: string[] = [];
  parameters.forEach((p, i) => {
    const probe = structuredClone(base) as unknown as Record<string, unknown>;
    const wrong = setPath(probe, p.path, p.values[0]);
    if (wrong)
      problems.push(
        `parameters[${i}].path: found ${JSON.stringify(p.path)}; allowed: a path into the base scenario (${wrong})`,
      );
  });
  if (problems.length) return { ok: false, problems };
  const points: GridPoint[] = [];
  const index = parameters.map(() => 0);
  for (let k = 0; k < total; k++) {
    let rest = k;
    for (let i = parameters.length - 1; i >= 0; i--) {
      const n = parameters[i]!.values.length;
      index[i] = rest % n;
      rest = Math.floor(rest / n);
    }
    const values: Record<string, JsonValue> = {};
    const s = structuredClone(base) as unknown as Record<string, unknown>;
    parameters.forEach((p, i) => {
      const v = p.values[index[i]!]!;
      values[p.name] = v;
      setPath(s, p.path, structuredClone(v));
    });
    const id = idOf(k, total);
    const r = scenarioSchema.safeParse(s);
    if (!r.success) {
      for (const pr of problemsOf(r.error, s) as Problem[])
        problems.push(
          `point ${id} (${describePoint(values)}): ${pr.path}: found ${pr.found}; allowed: ${pr.allowed}`,
        );
      if (problems.length >= 100) break;
      continue;
    }
    points.push({ id, parameters: values, scenario: r.data });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, parameters, points };
}
