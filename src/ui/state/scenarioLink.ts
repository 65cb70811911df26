// The scenario in the URL hash: #/overview?v=1&s=<base64url JSON of the differences from the
// defaults of link version v>. Decoding validates with zod and never throws: a bad, outdated or
// hostile link (too long, nested too deep) gives the defaults and a list of problems naming the
// fields. A link whose only problem is its council (a slug that is not one of today's councils)
// keeps the rest of its scenario and runs England, with the problem listed.
import type { Scenario } from '../../model/simulate/scenario.ts';
import type { Problem } from '../../model/validation/problems.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { checkScenario } from './checkScenario.ts';
import { defaultsByVersion } from './defaults.ts';
import { diffJson, mergeJson } from './diff.ts';

/** Version of the link format written by this app. */
export const LINK_VERSION = 1;
/** Longest scenario data read from a link, characters (a full scenario takes about 2,000). */
export const MAX_LINK_DATA = 64 * 1024;
/** Deepest nesting read from a link; scenarios are about 6 levels deep. */
export const MAX_LINK_DEPTH = 32;

let validDefaults: Scenario | null = null;

/**
 * The default scenario of the current link version, validated (once: the defaults are constant,
 * and validating them took the page's start about 15 ms a time; every link written compares
 * against them). Each call returns its own copy.
 */
export function defaultScenario(): Scenario {
  if (!validDefaults) {
    const r = checkScenario(structuredClone(defaultsByVersion[LINK_VERSION]));
    if (!r.ok) throw new Error('the built-in default scenario is not valid');
    validDefaults = r.scenario;
  }
  return structuredClone(validDefaults);
}

/** The query string for a scenario ("" when it equals the defaults). */
export function encodeScenario(scenario: Scenario): string {
  const d = diffJson(defaultScenario(), scenario);
  if (d === undefined) return '';
  return `v=${LINK_VERSION}&s=${encodeBase64Url(JSON.stringify(d))}`;
}

export interface DecodedLink {
  scenario: Scenario;
  /** True when the link held a scenario (valid or not). */
  fromLink: boolean;
  /** Why the link's scenario could not be used (then `scenario` is the defaults). */
  problems: Problem[];
  /** Link version a usable scenario was migrated from, if older. */
  migratedFrom?: number;
  /** Fields that could not be used and were set to their default (only `council`), and why. */
  dropped?: Problem[];
}

const fail = (problems: Problem[]): DecodedLink => ({
  scenario: defaultScenario(),
  fromLink: true,
  problems,
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const abbreviate = (s: string) => (s.length > 24 ? `${s.slice(0, 21)}...` : s);

/** True when `value` nests deeper than `max` levels (checked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const x of Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
}

/** The scenario in a hash query; the defaults (with problems) when it cannot be used. */
export function decodeScenario(query: string): DecodedLink {
  try {
    return decode(query);
  } catch (e) {
    // Not expected (the steps below check their input), but a link must never stop the app.
    return fail([
      {
        path: 's (scenario data)',
        found: 'a link that could not be read',
        allowed: `a link made by the Copy link button (${e instanceof Error ? e.name : 'error'})`,
      },
    ]);
  }
}

function decode(query: string): DecodedLink {
  const params = new URLSearchParams(query);
  const s = params.get('s');
  if (s === null) return { scenario: defaultScenario(), fromLink: false, problems: [] };
  const vText = params.get('v');
  const v = vText === null ? NaN : Number(vText);
  const base = defaultsByVersion[v];
  if (!base) {
    return fail([
      {
        path: 'v (link version)',
        found: vText === null ? 'missing' : JSON.stringify(vText),
        allowed:
          Number.isInteger(v) && v > LINK_VERSION
            ? `${LINK_VERSION} or lower: this link was made by a newer version of the app`
            : `one of ${Object.keys(defaultsByVersion).join(', ')}: this link is outdated or damaged`,
      },
    ]);
  }
  if (s.length > MAX_LINK_DATA) {
    return fail([
      {
        path: 's (scenario data)',
        found: `${s.length.toLocaleString('en-GB')} characters`,
        allowed: `at most ${MAX_LINK_DATA.toLocaleString('en-GB')} characters (a scenario takes about 2,000)`,
      },
    ]);
  }
  let patch: unknown;
  try {
    patch = JSON.parse(decodeBase64Url(s));
  } catch {
    return fail([
      {
        path: 's (scenario data)',
        found: JSON.stringify(abbreviate(s)),
        allowed: 'base64url-encoded JSON, as written by the Copy link button',
      },
    ]);
  }
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return fail([
      {
        path: 's (scenario data)',
        found: abbreviate(JSON.stringify(patch)),
        allowed: 'an object of scenario fields',
      },
    ]);
  }
  if (nestedDeeperThan(patch, MAX_LINK_DEPTH)) {
    return fail([
      {
        path: 's (scenario data)',
        found: `values nested more than ${MAX_LINK_DEPTH} levels deep`,
        allowed: `at most ${MAX_LINK_DEPTH} levels of nesting (a scenario needs about 6)`,
      },
    ]);
  }
  const merged = mergeJson(structuredClone(base), patch);
  let r = checkScenario(merged);
  let dropped: Problem[] | undefined;
  if (!r.ok && r.problems.every((p) => p.path === 'council') && isObject(merged)) {
    // Only the council is wrong: the rest of the link's work is kept, run for England.
    dropped = r.problems;
    r = checkScenario({ ...merged, council: null });
  }
  if (!r.ok) return fail(r.problems);
  return {
    scenario: r.scenario,
    fromLink: true,
    problems: [],
    ...(v !== LINK_VERSION ? { migratedFrom: v } : {}),
    ...(dropped ? { dropped } : {}),
  };
}
