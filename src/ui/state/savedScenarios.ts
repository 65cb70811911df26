// Scenarios saved by name in the browser (localStorage), in a versioned container with a
// migration path. Saving never loses what is already stored: an unreadable store is left as it
// is, an existing name is replaced only when asked, a full store (QuotaExceededError) leaves the
// old contents in place and says so, and an entry changed in another tab since this tab last
// read it (each entry has a revision) is not replaced or deleted without asking again.
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
  /** Store-wide write number when this entry was last written (absent before revisions). */
  revision: z.number().int().nonnegative().optional(),
});

const storeSchema = z.object({
  version: z.literal(SAVED_VERSION),
  entries: z.array(entrySchema),
  /** Writes so far: the next entry written gets revision `revisions + 1`. */
  revisions: z.number().int().nonnegative().optional(),
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
      /** `exists` also covers an entry changed in another tab (then `conflict` is set). */
      reason: 'exists' | 'quota' | 'unreadable' | 'unavailable' | 'name';
      message: string;
      /** Another tab or window changed this entry since this one last read it. */
      conflict?: boolean;
    };

type Entry = Store['entries'][number];

/** Identifies one written version of an entry. */
const versionTag = (e: Entry): string => `${e.revision ?? 0}@${e.savedAt}`;

/**
 * The version of each entry this tab last showed or was told about, per storage: a save or
 * delete that finds another version has met a change made in another tab.
 */
const seen = new WeakMap<Storage, Map<string, string>>();

function seenIn(storage: Storage): Map<string, string> {
  let m = seen.get(storage);
  if (!m) seen.set(storage, (m = new Map()));
  return m;
}

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB');
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
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return {
      ok: false,
      message: `This browser does not allow reading saved scenarios here (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
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
  seen.set(storage, new Map(r.store.entries.map((e) => [e.name, versionTag(e)])));
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
  const current = entries[i];
  const mine = seenIn(storage);
  if (current && !options.replace) {
    mine.set(current.name, versionTag(current));
    return {
      ok: false,
      reason: 'exists',
      message: `A scenario called “${n.data}” is already saved.`,
    };
  }
  if (current && mine.get(current.name) !== versionTag(current)) {
    // Replacing what this tab never saw would silently lose another tab's save: ask again.
    mine.set(current.name, versionTag(current));
    return {
      ok: false,
      reason: 'exists',
      conflict: true,
      message: `“${n.data}” was changed in another tab or window (saved ${when(current.savedAt)}) since this one last read it. Replace it again to overwrite that version.`,
    };
  }
  const revision = nextRevision(r.store);
  const entry: Entry = {
    name: n.data,
    savedAt: (options.now ?? new Date()).toISOString(),
    scenario,
    revision,
  };
  const next: Store = {
    version: SAVED_VERSION,
    entries: i >= 0 ? entries.map((e, j) => (j === i ? entry : e)) : [...entries, entry],
    revisions: revision,
  };
  try {
    // setItem either stores the whole new value or throws and leaves the old one.
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
    mine.set(entry.name, versionTag(entry));
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

/** Next revision number of a store: one more than any written so far. */
function nextRevision(store: Store): number {
  let n = store.revisions ?? 0;
  for (const e of store.entries) n = Math.max(n, e.revision ?? 0);
  return n + 1;
}

/**
 * Deletes the saved scenario called `name` (nothing else). A version changed in another tab
 * since this tab last read it is kept, and the next delete removes it.
 */
export function deleteSaved(storage: Storage | null, name: string): SaveResult {
  if (!storage)
    return {
      ok: false,
      reason: 'unavailable',
      message: 'This browser does not allow saving here.',
    };
  const r = read(storage);
  if (!r.ok) return { ok: false, reason: 'unreadable', message: r.message };
  const current = r.store.entries.find((e) => e.name === name);
  if (!current) return { ok: true, message: `“${name}” was already deleted.` };
  const mine = seenIn(storage);
  if (mine.has(name) && mine.get(name) !== versionTag(current)) {
    mine.set(name, versionTag(current));
    return {
      ok: false,
      reason: 'exists',
      conflict: true,
      message: `Not deleted: “${name}” was changed in another tab or window (saved ${when(current.savedAt)}) since this one last read it. Delete it again to delete that version.`,
    };
  }
  const next: Store = {
    version: SAVED_VERSION,
    entries: r.store.entries.filter((e) => e.name !== name),
    revisions: nextRevision(r.store),
  };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
    mine.delete(name);
  } catch (e) {
    return {
      ok: false,
      reason: 'unavailable',
      message: `Not deleted: ${e instanceof Error ? e.message : String(e)}.`,
    };
  }
  return { ok: true, message: `Deleted “${name}”.` };
}

/**
 * Calls `onChange` when another tab or window changes the saved scenarios (the `storage` event
 * fires only in the other tabs); returns a function that stops listening.
 */
export function watchSaved(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY || e.key === null) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
