// buildManifest: a validated record of the run (full scenario, injected version, sources, hash)
// that reads back through readScenarioFile; checkResultsHash verifies a replay.
import { describe, expect, it } from 'vitest';
import {
  APP_NAME,
  buildManifest,
  checkResultsHash,
  hashResults,
  manifestSchema,
} from '../../../src/model/export/manifest.ts';
import { readScenarioFile } from '../../../src/model/scenarioFile/index.ts';
import { measureDefs } from '../../../src/model/simulate/measures.ts';
import { results, scenario } from './fixtures.ts';

const app = { version: '0.1.0', commit: 'abc1234' };
const createdAt = new Date('2026-04-01T12:00:00.000Z');
const build = () => buildManifest({ app, scenario, results: results(), createdAt });

describe('buildManifest', () => {
  it('records app, full scenario, seed, replicates, population and engine settings', async () => {
    const m = await build();
    expect(manifestSchema.safeParse(m).success).toBe(true);
    expect(m.manifestVersion).toBe(1);
    expect(m.app).toEqual({ name: APP_NAME, ...app });
    expect(m.scenario).toEqual(scenario);
    expect([m.seed, m.replicates, m.population]).toEqual(['export-tests', 4, 1_000]);
    expect(m.engine).toMatchObject({ sliceSize: 25_000, slices: 1 });
    expect(m.engine.measures).toEqual(measureDefs.map((d) => d.name));
    expect(m.createdAt).toBe('2026-04-01T12:00:00.000Z');
  });

  it('fills scenario defaults', async () => {
    const m = await buildManifest({
      app,
      scenario: { seed: 's', arms: [{ name: 'a', policy: 'current' }] },
      resultsHash: `sha256:${'0'.repeat(64)}`,
    });
    expect(m.scenario.years).toBe(20);
    expect(m.scenario.uncertainty.personalBudgetCosts).toBe('uncertain');
  });

  it('lists the sources of the arms’ presets and of the CPI and population data', async () => {
    const names = (await build()).dataSources.map((d) => d.name);
    expect(names[0]).toMatch(/^Policy: Current means test/);
    expect(names[1]).toMatch(/^Policy: 2021 reform.*cap changed/);
    expect(names).toContain('Consumer prices index (CPI), 2015 = 100');
    expect(names.some((n) => n.startsWith('Population aged 65+'))).toBe(true);
  });

  it('carries hashResults of the results', async () => {
    expect((await build()).resultsHash).toBe(await hashResults(results()));
  });

  it('reads back through readScenarioFile as the same manifest and scenario', async () => {
    const m = await build();
    const read = readScenarioFile(JSON.stringify(m, null, 2));
    expect(read).toEqual({ ok: true, scenario, manifest: m });
  });

  it('refuses a manifest whose top-level seed disagrees with its scenario', async () => {
    const m = { ...(await build()), seed: 'other' };
    const read = readScenarioFile(JSON.stringify(m));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toEqual(['seed']);
  });

  it('throws without results or a hash', async () => {
    await expect(buildManifest({ app, scenario })).rejects.toThrow(/results or resultsHash/);
  });
});

describe('checkResultsHash', () => {
  it('accepts the same results and rejects changed ones', async () => {
    const m = await build();
    expect((await checkResultsHash(m, results())).ok).toBe(true);
    const changed = results();
    changed[0]!.values[7]! += 1;
    const r = await checkResultsHash(m, changed);
    expect(r.ok).toBe(false);
    expect(r.expected).toBe(m.resultsHash);
    expect(r.actual).not.toBe(m.resultsHash);
  });
});
