// Scenario migrations: a version-0 file (no schemaVersion, numeric seed, baseline/reform
// policies) is upgraded and validated; problems name the fields of the file as written.
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCENARIO_VERSION,
  migrateScenario,
  migrations,
  readScenario,
  readScenarioFile,
  scenarioVersion,
} from '../../../src/model/scenarioFile/index.ts';
import { SCENARIO_SCHEMA_VERSION } from '../../../src/model/simulate/scenario.ts';

const v0 = {
  name: 'Old run',
  seed: 20110704,
  years: 10,
  baseline: 'current',
  reform: { preset: 'dilnot-2011', overrides: { cap: 50_000 } },
};

describe('migrations', () => {
  it('has one step from every older version up to the current one', () => {
    expect(CURRENT_SCENARIO_VERSION).toBe(SCENARIO_SCHEMA_VERSION);
    expect(migrations.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_SCENARIO_VERSION }, (_, i) => i),
    );
  });

  it.each([
    [{ seed: 'a', arms: [] }, CURRENT_SCENARIO_VERSION],
    [{ seed: 'a' }, CURRENT_SCENARIO_VERSION],
    [{ seed: 1, baseline: 'current' }, 0],
    [{ schemaVersion: 0, seed: 1, baseline: 'current' }, 0],
    [{ schemaVersion: 1, seed: 'a', baseline: 'current' }, 1],
  ])('scenarioVersion(%j) is %i', (input, version) => {
    expect(scenarioVersion(input)).toBe(version);
  });

  it.each([2, -1, 0.5, '1', null])('scenarioVersion refuses schemaVersion %j', (v) => {
    const p = scenarioVersion({ schemaVersion: v });
    expect(p).toMatchObject({ path: 'schemaVersion' });
  });

  it('migrateScenario(version 0) builds arms, a text seed and schemaVersion 1', () => {
    const m = migrateScenario(v0);
    expect(m.from).toBe(0);
    expect(m.problems).toEqual([]);
    expect(m.value).toEqual({
      schemaVersion: 1,
      name: 'Old run',
      years: 10,
      seed: '20110704',
      arms: [
        { name: 'baseline', policy: 'current' },
        { name: 'reform', policy: { preset: 'dilnot-2011', overrides: { cap: 50_000 } } },
      ],
    });
  });
});

describe('readScenarioFile(version-0 file)', () => {
  it('migrates and validates, saying it migrated from version 0', () => {
    const r = readScenarioFile(JSON.stringify(v0));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.scenario.schemaVersion).toBe(1);
    expect(r.scenario.seed).toBe('20110704');
    expect(r.scenario.arms.map((a) => a.name)).toEqual(['baseline', 'reform']);
    expect(r.scenario.replicates).toBe(50);
  });

  it('gives one arm when there is no reform', () => {
    const r = readScenario({ seed: 7, baseline: 'reform-2021' });
    expect(r.ok && r.scenario.arms).toEqual([{ name: 'baseline', policy: 'reform-2021' }]);
  });

  it('names the version-0 fields in its problems', () => {
    const r = readScenario({ ...v0, baseline: 'nope', reform: { preset: 'current', x: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['baseline', 'reform.x']);
  });

  it('refuses "arms" in a file that says it is version 0', () => {
    const r = readScenario({ ...v0, schemaVersion: 0, arms: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['arms']);
  });

  it('refuses a file from a newer version, saying to update the app', () => {
    const r = readScenario({
      schemaVersion: 9,
      seed: 'a',
      arms: [{ name: 'a', policy: 'current' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.allowed).toMatch(/newer version of the app/);
    }
  });

  it('migrates the scenario inside a manifest, naming its fields under scenario.', () => {
    const r = readScenario({ manifestVersion: 1, scenario: { ...v0, baseline: 'nope' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('scenario.baseline');
  });
});
