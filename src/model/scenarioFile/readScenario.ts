// Reads a scenario from a file's text or an already-parsed object (a URL): a bare scenario or a
// run manifest, migrated from older versions, validated with every problem listed. Never throws.
import { z } from 'zod';
import { scenarioSchema, type Scenario } from '../simulate/scenario.ts';
import { manifestSchema, type Manifest } from '../export/manifest.ts';
import { problemsOf, type Problem } from '../validation/problems.ts';
import { locateJsonError } from './jsonError.ts';
import { migrateScenario } from './migrations.ts';

/** Largest file read by default: 5 MB (5 × 1024 × 1024 bytes of UTF-8). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Deepest nesting accepted; real scenarios and manifests are about 6 levels deep. */
export const MAX_DEPTH = 32;
/** Most problems listed; beyond it one last entry says how many more there were. */
export const MAX_PROBLEMS = 100;

/** A scenario read successfully (with its manifest, if the input was one), or every problem. */
export type ReadScenarioResult =
  | { ok: true; scenario: Scenario; manifest?: Manifest; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;

const TOP = '(top level)';
const FILE = '(file)';
const WANTED = 'a JSON object: a scenario, or a run manifest with a "scenario" field';

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return `text of ${v.length} characters`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** Megabytes (1024 × 1024 bytes), to one decimal. */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`;

/** UTF-8 length of a string without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const pathOf = (path: readonly (string | number)[]) =>
  path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p),
    '',
  ) || TOP;

/** The first place nested deeper than MAX_DEPTH, found without recursion. */
function tooDeep(input: unknown): Problem | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: input, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_DEPTH)
      return {
        path: pathOf(path),
        found: `values nested more than ${MAX_DEPTH} levels deep`,
        allowed: `at most ${MAX_DEPTH} levels of nesting (a scenario needs about 6)`,
      };
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v);
    for (const [k, x] of entries) stack.push({ v: x, path: [...path, k] });
  }
  return null;
}

/** At most MAX_PROBLEMS entries, the last saying how many more there were. */
function capped(problems: Problem[], unlisted = 0): Problem[] {
  const more = problems.length + unlisted - MAX_PROBLEMS + 1;
  if (more <= 1) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS - 1),
    { path: '(more)', found: `${more} more problems`, allowed: 'fix the problems above first' },
  ];
}

type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[]; unlisted: number };

/** Validates with `schema`; describes at most MAX_PROBLEMS issues, with paths renamed. */
function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  rename: (path: string) => string,
): Checked<z.output<S>> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const issues = r.error.issues;
  // Describing an issue can mean printing a large value: describe only those that will be shown.
  const problems = problemsOf(new z.ZodError(issues.slice(0, MAX_PROBLEMS)), value).map((p) => ({
    ...p,
    path: rename(p.path),
  }));
  return { ok: false, problems, unlisted: Math.max(0, issues.length - MAX_PROBLEMS) };
}

function readBare(input: Json): ReadScenarioResult {
  const m = migrateScenario(input);
  const v = check(scenarioSchema, m.value, m.oldPath);
  if (!v.ok || m.problems.length)
    return {
      ok: false,
      problems: capped([...m.problems, ...(v.ok ? [] : v.problems)], v.ok ? 0 : v.unlisted),
    };
  return { ok: true, scenario: v.value, ...(m.from !== undefined ? { migratedFrom: m.from } : {}) };
}

function readManifest(input: Json): ReadScenarioResult {
  const inner = isObject(input.scenario) ? migrateScenario(input.scenario) : null;
  const rename = (p: string) =>
    inner && p.startsWith('scenario.') ? `scenario.${inner.oldPath(p.slice(9))}` : p;
  const candidate = inner ? { ...input, scenario: inner.value } : input;
  const v = check(manifestSchema, candidate, rename);
  const old = (inner?.problems ?? []).map((p) => ({ ...p, path: `scenario.${p.path}` }));
  if (!v.ok || old.length)
    return {
      ok: false,
      problems: capped([...old, ...(v.ok ? [] : v.problems)], v.ok ? 0 : v.unlisted),
    };
  return {
    ok: true,
    scenario: v.value.scenario,
    manifest: v.value,
    ...(inner?.from !== undefined ? { migratedFrom: inner.from } : {}),
  };
}

/**
 * Reads an already-parsed scenario or manifest (from a URL, a form or `JSON.parse`). A manifest
 * is recognised by a `manifestVersion` or `scenario` field; its scenario is returned. Older
 * scenario versions are migrated (`migratedFrom` says from which). Never throws.
 */
export function readScenario(input: unknown): ReadScenarioResult {
  try {
    const deep = tooDeep(input);
    if (deep) return { ok: false, problems: [deep] };
    if (!isObject(input))
      return { ok: false, problems: [{ path: TOP, found: kind(input), allowed: WANTED }] };
    return 'manifestVersion' in input || 'scenario' in input
      ? readManifest(input)
      : readBare(input);
  } catch (e) {
    // Defence in depth: a reader that throws would take the page or CLI down with it.
    return {
      ok: false,
      problems: [
        { path: TOP, found: `input that could not be read (${String(e)})`, allowed: WANTED },
      ],
    };
  }
}

/**
 * Reads a scenario or manifest file's text. Refuses, without parsing, text over `maxBytes`
 * (UTF-8 bytes; default DEFAULT_MAX_BYTES); reports where non-JSON text goes wrong; otherwise
 * as `readScenario`. A leading byte-order mark is ignored. Never throws.
 */
export function readScenarioFile(
  text: string,
  options: { maxBytes?: number } = {},
): ReadScenarioResult {
  try {
    if (typeof text !== 'string')
      return {
        ok: false,
        problems: [{ path: FILE, found: kind(text), allowed: 'the text of a JSON file' }],
      };
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const bytes = utf8Length(text);
    if (bytes > maxBytes)
      return {
        ok: false,
        problems: [
          { path: FILE, found: `a file of ${mb(bytes)}`, allowed: `at most ${mb(maxBytes)}` },
        ],
      };
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      const at = locateJsonError(body);
      return {
        ok: false,
        problems: [
          {
            path: FILE,
            found: at
              ? `text that is not JSON at line ${at.line}, column ${at.column} (character ${at.offset + 1}): ${at.message}`
              : `text that is not JSON (${(e as Error).message})`,
            allowed: `JSON: ${WANTED}`,
          },
        ],
      };
    }
    return readScenario(parsed);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: FILE, found: `unreadable text (${String(e)})`, allowed: WANTED }],
    };
  }
}
