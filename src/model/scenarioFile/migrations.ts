// Scenario file versions and the steps that upgrade an old file, version N to N + 1, until it
// matches the current schema. Adding version 2 = bump SCENARIO_SCHEMA_VERSION and add one step.
import { SCENARIO_SCHEMA_VERSION } from '../simulate/scenario.ts';
import type { Problem } from '../validation/problems.ts';

/** The scenario schema version this app writes and reads natively. */
export const CURRENT_SCENARIO_VERSION = SCENARIO_SCHEMA_VERSION;

type Json = Record<string, unknown>;

const without = (o: Json, ...keys: string[]): Json =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** One upgrade step, from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, for release notes and messages. */
  changes: string;
  /** Problems only visible in the old layout (paths in the old layout). */
  check?: (old: Json) => Problem[];
  /** The file in the next version's layout. Never throws; leaves bad values for validation. */
  up: (old: Json) => Json;
  /** Maps a field path in the new layout back to the old one, so messages name the user's field. */
  oldPath?: (path: string) => string;
}

/**
 * Version 0 (before `schemaVersion` existed): no `schemaVersion` field; the seed may be a
 * number; a single comparison given as top-level policies `baseline` (required) and `reform`
 * (optional), each a preset id or {preset, overrides}. Every other field as in version 1.
 */
const v0: Migration = {
  from: 0,
  changes:
    'seed becomes text (numbers above 2^53 lost digits); baseline/reform become arms named "baseline" and "reform"; schemaVersion added',
  check: (old) =>
    'arms' in old
      ? [
          {
            path: 'arms',
            found: 'present',
            allowed:
              'no "arms" in a version-0 file: give "baseline" and "reform", or set "schemaVersion": 1',
          },
        ]
      : [],
  up: (old) => {
    const { baseline, reform, seed } = old;
    const rest = without(old, 'baseline', 'reform', 'seed', 'schemaVersion', 'arms');
    const arms: Json[] = [{ name: 'baseline', policy: baseline }];
    if (reform !== undefined) arms.push({ name: 'reform', policy: reform });
    return {
      schemaVersion: 1,
      ...rest,
      seed: typeof seed === 'number' ? String(seed) : seed,
      arms,
    };
  },
  oldPath: (path) =>
    path.replace(/^arms\[0\]\.policy/, 'baseline').replace(/^arms\[1\]\.policy/, 'reform'),
};

/** Upgrade steps; `migrations[n]` takes version n to n + 1. */
export const migrations: readonly Migration[] = [v0];

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The version of a scenario object: its `schemaVersion`, or, when absent, 0 for the version-0
 * layout (`baseline` or `reform` and no `arms`) and the current version otherwise (the field
 * defaults to it). A problem when `schemaVersion` is not a known version.
 */
export function scenarioVersion(s: Json): number | Problem {
  if (!('schemaVersion' in s))
    return ('baseline' in s || 'reform' in s) && !('arms' in s) ? 0 : CURRENT_SCENARIO_VERSION;
  const v = s.schemaVersion;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= CURRENT_SCENARIO_VERSION)
    return v;
  const newer = typeof v === 'number' && v > CURRENT_SCENARIO_VERSION;
  return {
    path: 'schemaVersion',
    found: JSON.stringify(v) ?? String(v),
    allowed: `a whole number from 0 to ${CURRENT_SCENARIO_VERSION}${newer ? ' (this file is from a newer version of the app: update the app to read it)' : ''}`,
  };
}

/** A scenario object brought to the current layout, with what to report against the old one. */
export interface Migrated {
  value: Json;
  /** The version read, when older than the current one. */
  from?: number;
  /** Problems found in the old layout, or in its version field. */
  problems: Problem[];
  /** Maps a path in the current layout back to the file's own layout. */
  oldPath: (path: string) => string;
}

/** Upgrades a scenario object step by step to CURRENT_SCENARIO_VERSION. Never throws. */
export function migrateScenario(s: Json): Migrated {
  const version = scenarioVersion(s);
  if (typeof version !== 'number') {
    return { value: without(s, 'schemaVersion'), problems: [version], oldPath: (p) => p };
  }
  let value = s;
  const problems: Problem[] = [];
  const maps: ((p: string) => string)[] = [];
  for (let v = version; v < CURRENT_SCENARIO_VERSION; v++) {
    const step = migrations[v];
    if (!step || step.from !== v) throw new Error(`no migration from scenario version ${v}`);
    if (isObject(value)) problems.push(...(step.check?.(value) ?? []));
    value = step.up(value);
    if (step.oldPath) maps.unshift(step.oldPath);
  }
  return {
    value,
    ...(version < CURRENT_SCENARIO_VERSION ? { from: version } : {}),
    problems,
    oldPath: (p) => maps.reduce((q, f) => f(q), p),
  };
}
