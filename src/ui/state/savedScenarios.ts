// Scenarios saved by name in the browser (localStorage). Each scenario is stored under a key of
// its own (version 2), so two tabs saving different names at once both keep their save: tabs
// see each other's writes only eventually, and a shared container would keep only the last
// write. Scenarios saved in the older container (STORAGE_KEY, versions 0–1, with a migration
// path) are still read. Saving never loses what is already stored: an unreadable store is left
// as it is, an existing name is replaced only when asked, a full store (QuotaExceededError)
// leaves the old contents in place and says so, and an entry changed in another tab since this
// tab last read it (each entry has a revision) is not replaced or deleted without asking again.
// Names are compared trimmed ("a" and " a " are one name, the newest kept).
import { z } from 'zod';
import type { Scenario } from '../../model/simulate/scenario.ts';
import type { Problem } from '../../model/validation/problems.ts';
import { checkScenario } from './checkScenario.ts';

/** The older container of every saved scenario (versions 0–1): read, changed only by deletes. */
export const STORAGE_KEY = 'care-cap-simulator:saved-scenarios';
/** Version of the stored container. */
export const SAVED_VERSION = 1;
/** Keys of scenarios saved one per key (version 2) start with this. */
export const ENTRY_PREFIX = 'care-cap-simulator:saved-scenario:';
/** Version of a one-per-key entry. */
export const ENTRY_VERSION = 2;

/** The key a scenario called `name` (trimmed) is saved under. */
export const entryKey = (name: string): string => ENTRY_PREFIX + encodeURIComponent(name.trim());

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
  /** Write number of this entry (one more than the version it replaced; absent before revisions). */
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

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const refusal = (e: unknown) =>
  `This browser does not allow reading saved scenarios here (${e instanceof Error ? e.message : String(e)}).`;

/** The older container's entries (none when it is absent). */
function readContainer(storage: Storage): Read<Store> {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { ok: false, message: refusal(e) };
  }
  if (text === null) return { ok: true, value: { version: SAVED_VERSION, entries: [] } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const store = migrateStore(raw);
  return store
    ? { ok: true, value: store }
    : {
        ok: false,
        message:
          'The saved scenarios in this browser could not be read (damaged, or from a newer version); they have been left untouched.',
      };
}

const storedEntrySchema = entrySchema.extend({ version: z.literal(ENTRY_VERSION) });

/**
 * Every saved entry, by trimmed name: those saved one per key over the container's, and of two
 * names that trim alike the newest. An entry key that cannot be read is skipped (left as is).
 */
function readAll(storage: Storage): Read<Map<string, Entry>> {
  const container = readContainer(storage);
  if (!container.ok) return container;
  const byName = new Map<string, Entry>();
  const keep = (e: Entry, over: boolean) => {
    const name = e.name.trim();
    const had = byName.get(name);
    if (!had || over || e.savedAt > had.savedAt) byName.set(name, { ...e, name });
  };
  for (const e of container.value.entries) keep(e, false);
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(ENTRY_PREFIX)) keys.push(k);
    }
    const own = new Map<string, Entry>();
    for (const k of keys) {
      let raw: unknown;
      try {
        raw = JSON.parse(storage.getItem(k) ?? 'null');
      } catch {
        continue;
      }
      const r = storedEntrySchema.safeParse(raw);
      if (!r.success) continue;
      const e: Entry = {
        name: r.data.name,
        savedAt: r.data.savedAt,
        scenario: r.data.scenario,
        revision: r.data.revision,
      };
      const had = own.get(e.name);
      if (!had || e.savedAt > had.savedAt) own.set(e.name, e);
    }
    for (const e of own.values()) keep(e, true);
  } catch (e) {
    return { ok: false, message: refusal(e) };
  }
  return { ok: true, value: byName };
}

const isQuotaError = (e: unknown): boolean =>
  e instanceof DOMException &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/**
 * Every saved scenario, newest first; entries that fail validation are listed with problems.
 * Listing counts as this tab having seen each version, unless `seen` is false: a refresh after
 * another tab's change must not arm a replace the user was asked about before that change.
 */
export function listSaved(storage: Storage | null, options: { seen?: boolean } = {}): ListResult {
  if (!storage)
    return { ok: false, message: 'This browser does not allow saving here.', entries: [] };
  const r = readAll(storage);
  if (!r.ok) return { ok: false, message: r.message, entries: [] };
  const all = [...r.value.values()];
  if (options.seen !== false) seen.set(storage, new Map(all.map((e) => [e.name, versionTag(e)])));
  const entries = all.map((e) => {
    const c = checkScenario(e.scenario);
    return c.ok
      ? { name: e.name, savedAt: e.savedAt, scenario: c.scenario, problems: [] }
      : { name: e.name, savedAt: e.savedAt, scenario: null, problems: c.problems };
  });
  return { ok: true, entries: entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)) };
}

/** Saves `scenario` as `name` (trimmed); an existing name is replaced only with `replace`. */
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
  const r = readAll(storage);
  if (!r.ok) return { ok: false, reason: 'unreadable', message: `Not saved. ${r.message}` };
  const current = r.value.get(n.data);
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
  const entry: Entry = {
    name: n.data,
    savedAt: (options.now ?? new Date()).toISOString(),
    scenario,
    revision: (current?.revision ?? 0) + 1,
  };
  try {
    // setItem either stores the whole new value or throws and leaves the old one.
    storage.setItem(entryKey(n.data), JSON.stringify({ version: ENTRY_VERSION, ...entry }));
    mine.set(entry.name, versionTag(entry));
  } catch (e) {
    const count = r.value.size;
    return isQuotaError(e)
      ? {
          ok: false,
          reason: 'quota',
          message: `Not saved: this browser’s storage is full. Your ${count} saved scenario${count === 1 ? ' is' : 's are'} unchanged; delete one to make room.`,
        }
      : {
          ok: false,
          reason: 'unavailable',
          message: `Not saved: the browser refused (${e instanceof Error ? e.message : String(e)}). Saved scenarios are unchanged.`,
        };
  }
  return { ok: true, message: `Saved “${n.data}”.` };
}

/**
 * Deletes the saved scenario called `name` (nothing else), wherever it is stored. A version
 * changed in another tab since this tab last read it is kept, and the next delete removes it.
 */
export function deleteSaved(storage: Storage | null, name: string): SaveResult {
  if (!storage)
    return {
      ok: false,
      reason: 'unavailable',
      message: 'This browser does not allow saving here.',
    };
  const trimmed = name.trim();
  const r = readAll(storage);
  if (!r.ok) return { ok: false, reason: 'unreadable', message: r.message };
  const current = r.value.get(trimmed);
  if (!current) return { ok: true, message: `“${trimmed}” was already deleted.` };
  const mine = seenIn(storage);
  if (mine.has(trimmed) && mine.get(trimmed) !== versionTag(current)) {
    mine.set(trimmed, versionTag(current));
    return {
      ok: false,
      reason: 'exists',
      conflict: true,
      message: `Not deleted: “${trimmed}” was changed in another tab or window (saved ${when(current.savedAt)}) since this one last read it. Delete it again to delete that version.`,
    };
  }
  try {
    storage.removeItem(entryKey(trimmed));
    const container = readContainer(storage);
    if (container.ok && container.value.entries.some((e) => e.name.trim() === trimmed)) {
      const entries = container.value.entries.filter((e) => e.name.trim() !== trimmed);
      storage.setItem(
        STORAGE_KEY,
        JSON.stringify({ ...container.value, version: SAVED_VERSION, entries }),
      );
    }
    mine.delete(trimmed);
  } catch (e) {
    return {
      ok: false,
      reason: 'unavailable',
      message: `Not deleted: ${e instanceof Error ? e.message : String(e)}.`,
    };
  }
  return { ok: true, message: `Deleted “${trimmed}”.` };
}

/**
 * Calls `onChange` when another tab or window changes the saved scenarios (the `storage` event
 * fires only in the other tabs); returns a function that stops listening.
 */
export function watchSaved(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY || e.key === null || e.key.startsWith(ENTRY_PREFIX)) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
