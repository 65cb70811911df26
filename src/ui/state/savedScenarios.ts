// Scenarios saved by name in the browser (localStorage), in a versioned container with a
// migration path. Saving never loses what is already stored: an unreadable store is left as it
// is, an existing name is replaced only when asked, and a full store (QuotaExceededError) leaves
// the old contents in place and says so.
import { z } from 'zod';
import type { Scenario } from '../../model/simulate/scenario.ts';
import type { Problem } from '../../model/validation/problems.ts';
import { checkScenario } from './checkScenario.ts';

export const STORAGE_KEY = 'care-cap-simulator:saved-scenarios';
/** Version of the stored container. */
export const SAVED_VERSION = 1;

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: 'needs a name' })
  .max(80, { error: 'at most 80 characters' });

const entrySchema = z.object({
  name: nameSchema,
  /** ISO 8601 time of saving. */
  savedAt: z.string(),
  /** The scenario as saved; checked (and migrated) when read, so one bad entry spoils nothing. */
  scenario: z.unknown(),
});

const storeSchema = z.object({
  version: z.literal(SAVED_VERSION),
  entries: z.array(entrySchema),
});

type Store = z.infer<typeof storeSchema>;

/**
 * Older layouts → the current one. Version 0 (before versioning) is a plain object of
 * name → scenario; each step returns the next version's layout.
 */
const migrations: Record<number, (old: unknown) => unknown> = {
  0: (old) => ({
    version: 1,
    entries: Object.entries(old as Record<string, unknown>).map(([name, scenario]) => ({
      name,
      savedAt: new Date(0).toISOString(),
      scenario,
    })),
  }),
};

function versionOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return -1;
  const v = (raw as { version?: unknown }).version;
  return v === undefined ? 0 : typeof v === 'number' ? v : -1;
}

/** Brings a stored container up to SAVED_VERSION, or null if it cannot be read. */
export function migrateStore(raw: unknown): Store | null {
  let value = raw;
  for (let v = versionOf(value); v >= 0 && v < SAVED_VERSION; v = versionOf(value)) {
    const step = migrations[v];
    if (!step) return null;
    value = step(value);
  }
  const r = storeSchema.safeParse(value);
  return r.success ? r.data : null;
}

export interface SavedScenario {
  name: string;
  savedAt: string;
  /** The scenario, or null with its problems when it can no longer be read. */
  scenario: Scenario | null;
  problems: Problem[];
}

export type ListResult =
  { ok: true; entries: SavedScenario[] } | { ok: false; message: string; entries: [] };

export type SaveResult =
  | { ok: true; message: string }
  | {
      ok: false;
      reason: 'exists' | 'quota' | 'unreadable' | 'unavailable' | 'name';
      message: string;
    };

/** localStorage, or null where it is blocked (private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(storage: Storage): { ok: true; store: Store } | { ok: false; message: string } {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return { ok: true, store: { version: SAVED_VERSION, entries: [] } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const store = migrateStore(raw);
  return store
    ? { ok: true, store }
    : {
        ok: false,
        message:
          'The saved scenarios in this browser could not be read (damaged, or from a newer version); they have been left untouched.',
      };
}

const isQuotaError = (e: unknown): boolean =>
  e instanceof DOMException &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/** Every saved scenario, newest first; entries that fail validation are listed with problems. */
export function listSaved(storage: Storage | null): ListResult {
  if (!storage)
    return { ok: false, message: 'This browser does not allow saving here.', entries: [] };
  const r = read(storage);
  if (!r.ok) return { ok: false, message: r.message, entries: [] };
  const entries = r.store.entries.map((e) => {
    const c = checkScenario(e.scenario);
    return c.ok
      ? { name: e.name, savedAt: e.savedAt, scenario: c.scenario, problems: [] }
      : { name: e.name, savedAt: e.savedAt, scenario: null, problems: c.problems };
  });
  return { ok: true, entries: entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)) };
}

/** Saves `scenario` as `name`; an existing name is replaced only with `replace`. */
export function saveScenario(
  storage: Storage | null,
  name: string,
  scenario: Scenario,
  options: { replace?: boolean; now?: Date } = {},
): SaveResult {
  if (!storage)
    return {
      ok: false,
      reason: 'unavailable',
      message: 'This browser does not allow saving here.',
    };
  const n = nameSchema.safeParse(name);
  if (!n.success)
    return {
      ok: false,
      reason: 'name',
      message: `Name ${n.error.issues[0]?.message ?? 'is not valid'}.`,
    };
  const r = read(storage);
  if (!r.ok) return { ok: false, reason: 'unreadable', message: `Not saved. ${r.message}` };
  const entries = r.store.entries;
  const i = entries.findIndex((e) => e.name === n.data);
  if (i >= 0 && !options.replace)
    return {
      ok: false,
      reason: 'exists',
      message: `A scenario called “${n.data}” is already saved.`,
    };
  const entry = { name: n.data, savedAt: (options.now ?? new Date()).toISOString(), scenario };
  const next: Store = {
    version: SAVED_VERSION,
    entries: i >= 0 ? entries.map((e, j) => (j === i ? entry : e)) : [...entries, entry],
  };
  try {
    // setItem either stores the whole new value or throws and leaves the old one.
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch (e) {
    return isQuotaError(e)
      ? {
          ok: false,
          reason: 'quota',
          message: `Not saved: this browser’s storage is full. Your ${entries.length} saved scenario${entries.length === 1 ? ' is' : 's are'} unchanged; delete one to make room.`,
        }
      : {
          ok: false,
          reason: 'unavailable',
          message: `Not saved: the browser refused (${e instanceof Error ? e.message : String(e)}). Saved scenarios are unchanged.`,
        };
  }
  return { ok: true, message: `Saved “${n.data}”.` };
}

/** Deletes the saved scenario called `name` (nothing else). */
export function deleteSaved(storage: Storage | null, name: string): SaveResult {
  if (!storage)
    return {
      ok: false,
      reason: 'unavailable',
      message: 'This browser does not allow saving here.',
    };
  const r = read(storage);
  if (!r.ok) return { ok: false, reason: 'unreadable', message: r.message };
  const next: Store = {
    version: SAVED_VERSION,
    entries: r.store.entries.filter((e) => e.name !== name),
  };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch (e) {
    return {
      ok: false,
      reason: 'unavailable',
      message: `Not deleted: ${e instanceof Error ? e.message : String(e)}.`,
    };
  }
  return { ok: true, message: `Deleted “${name}”.` };
}
