// Saved scenarios under hostile storage: full (QuotaExceededError), blocked (getItem throws, or no
// localStorage at all), and two tabs changing the same entry. Nothing already saved is lost, and
// every refusal says why.
import { describe, expect, it } from 'vitest';
import {
  deleteSaved,
  entryKey,
  listSaved,
  saveScenario,
  STORAGE_KEY,
} from '../../../src/ui/state/savedScenarios.ts';
import { defaultScenario } from '../../../src/ui/state/scenarioLink.ts';

/** A Storage over a shared map: two instances over one map are two tabs of one origin. */
class FakeStorage implements Storage {
  constructor(
    readonly data = new Map<string, string>(),
    private readonly faults: { set?: () => never; get?: () => never } = {},
  ) {}
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    this.faults.get?.();
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    this.faults.set?.();
    this.data.set(k, v);
  }
}

const scenario = defaultScenario();
const other = { ...scenario, replicates: 7 };
const full = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
const denied = () => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('saveScenario with full or blocked storage', () => {
  it('a full storage says so, counts what is kept, and leaves the stored text unchanged', () => {
    const data = new Map<string, string>();
    const ok = new FakeStorage(data);
    expect(saveScenario(ok, 'One', scenario).ok).toBe(true);
    expect(saveScenario(ok, 'Two', scenario).ok).toBe(true);
    const before = data.get(STORAGE_KEY);
    const r = saveScenario(new FakeStorage(data, { set: full }), 'Three', scenario);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(r.message).toBe(
      'Not saved: this browser’s storage is full. Your 2 saved scenarios are unchanged; delete one to make room.',
    );
    expect(data.get(STORAGE_KEY)).toBe(before);
    expect(
      listSaved(ok)
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['One', 'Two']);
  });

  it('replacing into a full storage keeps the old version', () => {
    const data = new Map<string, string>();
    const tab = new FakeStorage(data);
    saveScenario(tab, 'One', scenario);
    const r = saveScenario(new FakeStorage(data, { set: full }), 'One', other, { replace: true });
    expect(r.ok).toBe(false);
    expect(listSaved(tab).entries[0]!.scenario!.replicates).toBe(scenario.replicates);
  });

  it('storage that throws on reading (blocked) is reported, and nothing is written', () => {
    const data = new Map<string, string>();
    const blocked = new FakeStorage(data, { get: denied });
    const list = listSaved(blocked);
    expect(list.ok).toBe(false);
    expect(list.ok ? '' : list.message).toMatch(/does not allow reading saved scenarios.*denied/);
    const r = saveScenario(blocked, 'One', scenario);
    expect(r).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(r.message).toMatch(/^Not saved\./);
    expect(data.size).toBe(0);
  });

  it('no localStorage at all (private mode): saving says so', () => {
    expect(saveScenario(null, 'One', scenario)).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'This browser does not allow saving here.',
    });
    expect(listSaved(null).ok).toBe(false);
  });

  it('setItem failing for another reason says the browser refused and nothing changed', () => {
    const r = saveScenario(new FakeStorage(new Map(), { set: denied }), 'One', scenario);
    expect(r).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(r.message).toMatch(/refused .*Saved scenarios are unchanged/);
  });
});

describe('two tabs editing saved scenarios', () => {
  const tabs = () => {
    const data = new Map<string, string>();
    return { data, a: new FakeStorage(data), b: new FakeStorage(data) };
  };
  const replicatesOf = (s: FakeStorage, name: string) =>
    listSaved(s).entries.find((e) => e.name === name)?.scenario?.replicates;

  it('saving the same name from a second tab asks before replacing', () => {
    const { a, b } = tabs();
    expect(saveScenario(a, 'Shared', scenario).ok).toBe(true);
    const r = saveScenario(b, 'Shared', other);
    expect(r).toMatchObject({ ok: false, reason: 'exists' });
    expect(r.message).toBe('A scenario called “Shared” is already saved.');
    expect(replicatesOf(a, 'Shared')).toBe(scenario.replicates);
  });

  it('a replace from a tab that has not seen the other tab’s change is refused, then allowed', () => {
    const { a, b } = tabs();
    saveScenario(a, 'Shared', scenario);
    saveScenario(b, 'Shared', other); // B is told it exists (and sees A's version)
    saveScenario(a, 'Shared', { ...scenario, replicates: 3 }, { replace: true }); // A changes it
    const r = saveScenario(b, 'Shared', other, { replace: true });
    expect(r).toMatchObject({ ok: false, reason: 'exists', conflict: true });
    expect(r.message).toMatch(
      /^“Shared” was changed in another tab or window \(saved .*\) since this one last read it\. Replace it again/,
    );
    expect(replicatesOf(a, 'Shared')).toBe(3);
    expect(saveScenario(b, 'Shared', other, { replace: true }).ok).toBe(true);
    expect(replicatesOf(a, 'Shared')).toBe(other.replicates);
  });

  it('a delete of an entry changed in another tab is refused once, then deletes', () => {
    const { a, b } = tabs();
    saveScenario(a, 'Shared', scenario);
    listSaved(b); // B shows the list
    saveScenario(a, 'Shared', scenario); // exists
    saveScenario(a, 'Shared', other, { replace: true });
    const r = deleteSaved(b, 'Shared');
    expect(r).toMatchObject({ ok: false, conflict: true });
    expect(r.message).toMatch(/^Not deleted: “Shared” was changed in another tab/);
    expect(replicatesOf(a, 'Shared')).toBe(other.replicates);
    expect(deleteSaved(b, 'Shared').ok).toBe(true);
    expect(replicatesOf(a, 'Shared')).toBeUndefined();
  });

  it('different names saved from two tabs are both kept', () => {
    const { a, b } = tabs();
    listSaved(a);
    listSaved(b);
    saveScenario(a, 'From A', scenario);
    saveScenario(b, 'From B', other);
    expect(
      listSaved(a)
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['From A', 'From B']);
  });

  it('deleting in one tab what the other already deleted is not an error', () => {
    const { a, b } = tabs();
    saveScenario(a, 'Gone', scenario);
    listSaved(b);
    deleteSaved(a, 'Gone');
    expect(deleteSaved(b, 'Gone')).toEqual({ ok: true, message: '“Gone” was already deleted.' });
  });

  it('entries saved before revisions existed can be replaced after the usual question', () => {
    const data = new Map([
      [
        STORAGE_KEY,
        JSON.stringify({
          version: 1,
          entries: [{ name: 'Old', savedAt: '2025-01-01T00:00:00.000Z', scenario }],
        }),
      ],
    ]);
    const tab = new FakeStorage(data);
    expect(saveScenario(tab, 'Old', other).ok).toBe(false);
    expect(saveScenario(tab, 'Old', other, { replace: true }).ok).toBe(true);
    expect(replicatesOf(tab, 'Old')).toBe(other.replicates);
  });
});

/**
 * Tabs as browsers run them: each reads its own copy of localStorage, and another tab's writes
 * arrive later (at `sync()`), in the order they were made.
 */
function laggingTabs() {
  const log: [string, string | null][] = [];
  const tab = () => {
    const own = new FakeStorage();
    const record = own.setItem.bind(own);
    own.setItem = (k: string, v: string) => {
      record(k, v);
      log.push([k, v]);
    };
    own.removeItem = (k: string) => {
      own.data.delete(k);
      log.push([k, null]);
    };
    return own;
  };
  const a = tab();
  const b = tab();
  const sync = () => {
    for (const t of [a, b])
      for (const [k, v] of log)
        if (v === null) t.data.delete(k);
        else t.data.set(k, v);
  };
  return { a, b, sync };
}

describe('saved scenarios across tabs that see each other’s writes late', () => {
  it('two tabs saving different names at once both keep their save', () => {
    const { a, b, sync } = laggingTabs();
    expect(saveScenario(a, 'From A', scenario).ok).toBe(true);
    expect(saveScenario(b, 'From B', other).ok).toBe(true);
    sync();
    for (const tab of [a, b])
      expect(
        listSaved(tab)
          .entries.map((e) => e.name)
          .sort(),
      ).toEqual(['From A', 'From B']);
  });

  it('a list refreshed after another tab’s change (seen: false) does not arm an earlier replace', () => {
    const { a, b, sync } = laggingTabs();
    saveScenario(a, 'Shared', scenario);
    sync();
    expect(saveScenario(b, 'Shared', other).ok).toBe(false); // B is asked
    listSaved(a);
    saveScenario(a, 'Shared', { ...scenario, years: 5 }, { replace: true });
    sync();
    listSaved(b, { seen: false }); // the storage event's refresh
    const r = saveScenario(b, 'Shared', other, { replace: true });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain('was changed in another tab');
  });

  it('each scenario has a key of its own; the older container is not rewritten by a save', () => {
    const data = new Map([[STORAGE_KEY, JSON.stringify({ version: 1, entries: [] })]]);
    const s = new FakeStorage(data);
    saveScenario(s, 'Mine', scenario);
    expect(data.get(STORAGE_KEY)).toBe(JSON.stringify({ version: 1, entries: [] }));
    expect(JSON.parse(data.get(entryKey('Mine'))!)).toMatchObject({ version: 2, name: 'Mine' });
  });
});

describe('names that trim alike', () => {
  const old = (name: string, savedAt: string, replicates: number) => ({
    name,
    savedAt,
    scenario: { ...scenario, replicates },
    revision: 1,
  });
  const store = () =>
    new FakeStorage(
      new Map([
        [
          STORAGE_KEY,
          JSON.stringify({
            version: 1,
            entries: [
              old('Plan', '2026-01-01T10:00:00.000Z', 3),
              old(' Plan ', '2026-01-02T10:00:00.000Z', 4),
              old('Other', '2026-01-01T09:00:00.000Z', 5),
            ],
          }),
        ],
      ]),
    );

  it('are listed once, the newest kept, so the list has no two rows of one name', () => {
    const list = listSaved(store()).entries;
    expect(list.map((e) => e.name)).toEqual(['Plan', 'Other']);
    expect(list[0]!.scenario?.replicates).toBe(4);
  });

  it('are one name when saving and deleting; the stored container keeps the rest', () => {
    const s = store();
    listSaved(s);
    expect(saveScenario(s, '  Plan', scenario).ok).toBe(false);
    expect(deleteSaved(s, 'Plan ')).toEqual({ ok: true, message: 'Deleted “Plan”.' });
    expect(listSaved(s).entries.map((e) => e.name)).toEqual(['Other']);
  });
});
