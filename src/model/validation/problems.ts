// Turns zod validation issues into a list of problems a person can act on: the field's path,
// what was found, and what is allowed. Shared by the CLI, URL decoding and file import.
import type { z } from 'zod';

export interface Problem {
  /** Dotted path of the field, e.g. "person.capital" or "care[0].weeks". */
  path: string;
  /** What the field held (abbreviated), or "missing". */
  found: string;
  /** What is allowed there. */
  allowed: string;
}

type Issue = z.core.$ZodIssue;

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    // A key that would not read as one (empty, or with punctuation or spaces) is shown quoted.
    else if (typeof p === 'string' && !/^[\p{L}\p{N}_$-]+$/u.test(p))
      out += `[${JSON.stringify(p)}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(top level)';
}

function show(v: unknown): string {
  if (v === undefined) return 'missing';
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    try {
      s = String(v);
    } catch {
      // Too deep to print (String recurses into arrays too), or no string form: describe it.
      s = Array.isArray(v) ? `an array of ${v.length}` : typeof v;
    }
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function flatten(issue: Issue, prefix: readonly PropertyKey[], root: unknown): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest: fewest problems, preferring deeper paths.
    const branches = issue.errors.map((errs) => errs.flatMap((e) => flatten(e, path, root)));
    const score = (b: Problem[]) =>
      b.length * 10 - Math.max(0, ...b.map((p) => p.path.split(/[.[]/).length));
    const best = [...branches].sort((a, b) => score(a) - score(b))[0] ?? [];
    const rootIsWrongType = best.every((p) => p.path === pathText(path));
    if (!rootIsWrongType) return best;
    return [{ path: pathText(path), found: show(valueAt(root, path)), allowed: issue.message }];
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => ({
      path: pathText([...path, k]),
      found: show(valueAt(root, [...path, k])),
      allowed: 'no such field (check the spelling; see the README for the fields allowed)',
    }));
  }
  return [{ path: pathText(path), found: show(valueAt(root, path)), allowed: issue.message }];
}

/** Lists every problem in a failed parse of `input`. */
export function problemsOf(error: z.ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((i) => flatten(i, [], input));
}

/** One line per problem: `person.capital: found -5; allowed: must be between 0 and …`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: found ${p.found}; allowed: ${p.allowed}`).join('\n');
}

/** Parses with `schema`, returning the data or the list of problems. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, problems: problemsOf(r.error, input) };
}
