// The help texts of the scenario panel state the defaults the fields start with: rendered on the
// server (svelte/server) from the explorer's default scenario, every "Default: …" is read back
// and compared with the value its field shows.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { presetIds } from '../../../src/model/policy/index.ts';
import {
  scenarioChoiceDocs,
  scenarioParameterDocs,
  uncertaintyParameterDocs,
} from '../../../src/model/parameters/scenarioParameters.ts';
import ArmEditor from '../../../src/ui/explorer/panel/ArmEditor.svelte';
import ScenarioFields from '../../../src/ui/explorer/panel/ScenarioFields.svelte';
import { openGroups } from '../../../src/ui/explorer/panel/panelState.svelte.ts';
import { getPath, scenarioFieldGroups } from '../../../src/ui/explorer/panel/scenarioFieldList.ts';
import { armFromRef } from '../../../src/ui/explorer/armDraft.ts';
import { draftOfScenario } from '../../../src/ui/explorer/scenarioDraft.ts';
import { DEFAULT_NOTES } from '../../../src/ui/state/defaults.ts';
import { defaultScenario } from '../../../src/ui/state/scenarioLink.ts';

interface Page {
  /** Input id → its attributes (value, disabled, checked). */
  inputs: Map<string, { value: string; disabled: boolean; checked: boolean }>;
  /** Select id → the label of its selected option. */
  selects: Map<string, string>;
  /** Field id → what its help text says the default is. */
  defaults: Map<string, string>;
}

const text = (html: string) => html.replace(/<[^>]*>/g, '');

function read(html: string): Page {
  const body = html.replace(/<!--[^>]*-->/g, '');
  const inputs: Page['inputs'] = new Map();
  for (const m of body.matchAll(/<input ([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    inputs.set(id, {
      value: /\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? '',
      disabled: /\bdisabled=""/.test(attrs),
      checked: /\bchecked=""/.test(attrs),
    });
  }
  const selects: Page['selects'] = new Map();
  for (const m of body.matchAll(/<select [^>]*\bid="([^"]+)"[^>]*>(.*?)<\/select>/gs)) {
    const selected = /<option [^>]*selected=""[^>]*>(.*?)<\/option>/s.exec(m[2]!)?.[1];
    selects.set(m[1]!, text(selected ?? ''));
  }
  const defaults: Page['defaults'] = new Map();
  for (const m of body.matchAll(/<small [^>]*\bid="([^"]+)-help"[^>]*>(.*?)<\/small>/gs)) {
    // "Default: 12: a quick first run." or, for a yes/no, "Default: yes (… preset)."
    const said = /Default: (.+?)(?:: |\.$)/
      .exec(text(m[2]!))?.[1]
      ?.replace(/^(yes|no) \(.*$/, '$1');
    if (said !== undefined) defaults.set(m[1]!, said);
  }
  return { inputs, selects, defaults };
}

/** The numbers a help text states, as a field shows them: "£23,250" 23250, "70%" 70. */
const numbers = (said: string): number[] =>
  said.split(' / ').map((part) => {
    const m = /^(−?)£?([\d,.]+)/.exec(part);
    if (!m) throw new Error(`no number in "${said}"`);
    return (m[1] ? -1 : 1) * Number(m[2]!.replace(/,/g, ''));
  });

/** Checks every stated default against its field; returns how many were checked. */
function checkDefaults(page: Page): number {
  let checked = 0;
  for (const [id, said] of page.defaults) {
    const input = page.inputs.get(id);
    const parts = ['low', 'central', 'high'].map((k) => page.inputs.get(`${id}-${k}`));
    if (page.selects.has(id)) {
      expect(said, id).toBe(page.selects.get(id));
    } else if (input && /^(yes|no)$/.test(said)) {
      expect(said, id).toBe(input.checked ? 'yes' : 'no');
    } else if (input && (said === 'no cap' || said === 'none set')) {
      // Nothing set: the field is shown disabled (a cap) or not at all.
      expect(input.disabled, id).toBe(true);
    } else if (input && !/^[−£\d]/.test(said)) {
      expect(said, id).toBe(input.value);
    } else if (input) {
      expect(numbers(said), id).toEqual([Number(input.value.replace(/,/g, ''))]);
    } else if (parts.every(Boolean)) {
      expect(numbers(said), id).toEqual(parts.map((p) => Number(p!.value.replace(/,/g, ''))));
    } else {
      throw new Error(`a help text states a default for ${id}, which has no field`);
    }
    checked++;
  }
  return checked;
}

const openAll = (keys: readonly string[]) => {
  for (const k of keys) openGroups[k] = true;
};

describe('the scenario panel’s help texts', () => {
  it('state the default scenario’s value of every scenario-wide field', () => {
    openAll(scenarioFieldGroups.map((g) => g.key));
    const draft = draftOfScenario(defaultScenario());
    const page = read(render(ScenarioFields, { props: { draft } }).body);
    // Every field with a doc states a default (the toggles and flags have none to state).
    const stated = scenarioFieldGroups
      .flatMap((g) => g.fields)
      .filter((f) => f.kind !== 'toggle' && f.kind !== 'flag')
      .filter((f) => f.kind !== 'number' || !f.whenSet);
    expect([...page.defaults.keys()].sort()).toEqual(stated.map((f) => f.id).sort());
    expect(checkDefaults(page)).toBe(stated.length);
    expect(page.defaults.get('sim-replicates')).toBe(`${defaultScenario().replicates} replicates`);
  });

  it.each(presetIds)('state the %s preset’s value of every policy field of an arm', (id) => {
    const arm = armFromRef('Arm', id);
    openAll(['cap', 'means', 'costs'].map((g) => `${arm.key}-${g}`));
    const page = read(render(ArmEditor, { props: { arm, index: 1 } }).body);
    // The cap, both upper limits, five means-test fields, daily living costs, the council flag and
    // the uprating index.
    expect(checkDefaults(page)).toBe(11);
  });
});

describe('DEFAULT_NOTES', () => {
  const defaults = defaultScenario();

  it('explains every explorer default that differs from a scenario file’s, and no other', () => {
    const differing = Object.entries(scenarioParameterDocs)
      .filter(([path, d]) => 'default' in d && getPath(defaults, path) !== d.default)
      .map(([path]) => path);
    // The seed has no default in a file; the explorer needs one.
    expect(Object.keys(DEFAULT_NOTES).sort()).toEqual(['seed', ...differing].sort());
  });

  it('is not needed for the triangulars and choices: the explorer starts from the docs’ values', () => {
    for (const [path, d] of Object.entries(uncertaintyParameterDocs)) {
      expect(getPath(defaults, path)).toEqual({ low: d.low, central: d.central, high: d.high });
    }
    for (const [path, d] of Object.entries(scenarioChoiceDocs)) {
      if ('default' in d) expect(getPath(defaults, path), path).toBe(d.default);
    }
  });
});
