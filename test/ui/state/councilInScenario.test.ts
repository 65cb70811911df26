// The council is part of the scenario: a link, a saved scenario and a scenario file carry it and
// give it back; an unknown slug is named with the councils allowed, and never costs the user's
// other work (a link keeps the rest of its scenario, a saved scenario stays saved).
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  defaultScenario,
  encodeScenario,
} from '../../../src/ui/state/scenarioLink.ts';
import { entryKey, listSaved, saveScenario } from '../../../src/ui/state/savedScenarios.ts';
import { readScenarioFile } from '../../../src/model/scenarioFile/index.ts';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');

class MapStorage implements Storage {
  readonly data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('the council in links, saved scenarios and files', () => {
  const kent = { ...defaultScenario(), council: 'kent', replicates: 5 };

  it('a link carries the council and gives it back', () => {
    const q = encodeScenario(kent);
    expect(
      JSON.parse(Buffer.from(new URLSearchParams(q).get('s')!, 'base64url').toString()),
    ).toMatchObject({ council: 'kent', replicates: 5 });
    const d = decodeScenario(q);
    expect(d.problems).toEqual([]);
    expect(d.scenario).toEqual(kent);
    // England is the default: not written into the link.
    expect(encodeScenario(defaultScenario())).toBe('');
  });

  it('a link with an unknown council keeps the rest of its scenario, runs England and says why', () => {
    const d = decodeScenario(`v=1&s=${b64({ council: 'cumbria', replicates: 5, years: 7 })}`);
    expect(d.problems).toEqual([]);
    expect(d.scenario).toMatchObject({ council: null, replicates: 5, years: 7 });
    expect(d.dropped).toHaveLength(1);
    expect(d.dropped![0]).toMatchObject({ path: 'council', found: '"cumbria"' });
    expect(d.dropped![0]!.allowed).toMatch(/^"cumberland" or "westmorland-and-furness"/);
    expect(d.dropped![0]!.allowed).toMatch(/one of the 153 councils of April 2023 by slug/);
  });

  it('a link with an unknown council and another problem falls back to the defaults, naming both', () => {
    const d = decodeScenario(`v=1&s=${b64({ council: 'atlantis', replicates: -1 })}`);
    expect(d.scenario).toEqual(defaultScenario());
    expect(d.problems.map((p) => p.path).sort()).toEqual(['council', 'replicates']);
  });

  it('a saved scenario keeps its council; one hand-edited to an unknown council stays saved, with its problem', () => {
    const storage = new MapStorage();
    expect(saveScenario(storage, 'Kent', kent).ok).toBe(true);
    expect(saveScenario(storage, 'Other', defaultScenario()).ok).toBe(true);
    expect(listSaved(storage).entries.find((e) => e.name === 'Kent')!.scenario!.council).toBe(
      'kent',
    );
    const key = entryKey('Kent');
    const entry = JSON.parse(storage.getItem(key)!);
    entry.scenario.council = 'no-such-council';
    storage.setItem(key, JSON.stringify(entry));
    const listed = listSaved(storage);
    expect(listed.ok).toBe(true);
    const bad = listed.entries.find((e) => e.name === 'Kent')!;
    expect(bad.scenario).toBeNull();
    expect(bad.problems).toEqual([
      expect.objectContaining({ path: 'council', found: '"no-such-council"' }),
    ]);
    expect(listed.entries.find((e) => e.name === 'Other')!.scenario).not.toBeNull();
    // Nothing was removed or rewritten.
    expect(JSON.parse(storage.getItem(key)!).scenario.council).toBe('no-such-council');
  });

  it('a scenario file with an unknown council is refused naming the field and the councils allowed', () => {
    const r = readScenarioFile(JSON.stringify({ ...kent, council: 'Westmorland and Furness' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: 'council',
        allowed: expect.stringMatching(/^the slug "westmorland-and-furness" for Westmorland/),
      }),
    ]);
    const ok = readScenarioFile(JSON.stringify(kent));
    expect(ok.ok && ok.scenario.council).toBe('kent');
  });
});
