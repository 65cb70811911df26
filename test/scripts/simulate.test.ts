// The simulate CLI: the JSON summary scripts depend on, shards merged equal one run, manifests
// replay to the same hash, and bad flags are refused with the flag and its range.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const simulate = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
  });

const dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
const scenarioFile = join(dir, 'scenario.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    seed: 'cli',
    startYear: 2026,
    years: 4,
    population: 2000,
    replicates: 4,
    arms: [
      { name: 'baseline', policy: 'current' },
      { name: 'reform', policy: { preset: 'reform-2021', overrides: { cap: 50000 } } },
    ],
  }),
);

describe('npm run simulate', () => {
  it('--json prints one summary with every arm, the differences and the named measures', () => {
    const r = simulate(['--scenario', scenarioFile, '--workers', '2', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.arms)).toEqual(['baseline', 'reform']);
    expect(Object.keys(out.differences)).toEqual(['reform']);
    for (const m of [
      'council_net_spend',
      'council_spend_after_cap',
      'people_in_care',
      'people_reaching_cap',
      'self_funders_in_care_homes',
      'pb_uptake_ni130',
      'pb_uptake_adass',
    ]) {
      expect(out.arms.reform[m]).toHaveLength(4);
      expect(Object.keys(out.arms.reform[m][0])).toEqual(['year', 'mean', 'p5', 'p50', 'p95']);
      expect(out.differences.reform[m][0].year).toBe(2026);
    }
  }, 120_000);

  it('shards merged equal one run, and a manifest replays to the same hash', () => {
    const whole = join(dir, 'whole');
    expect(simulate(['--scenario', scenarioFile, '--out', whole, '--json']).status).toBe(0);
    const shardDirs = [1, 2].map((i) => {
      const d = join(dir, `shard${i}`);
      expect(simulate(['--scenario', scenarioFile, '--shard', `${i}/2`, '--out', d]).status).toBe(
        0,
      );
      return d;
    });
    const merged = join(dir, 'merged');
    const m = simulate([
      '--merge',
      shardDirs[0]!,
      '--merge',
      shardDirs[1]!,
      '--out',
      merged,
      '--json',
    ]);
    expect(m.status).toBe(0);
    const hash = (d: string) =>
      JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')).resultsHash;
    expect(hash(merged)).toBe(hash(whole));
    expect(readFileSync(join(merged, 'summary.csv'), 'utf8')).toBe(
      readFileSync(join(whole, 'summary.csv'), 'utf8'),
    );
    const replay = simulate(['--scenario', join(whole, 'manifest.json'), '--json']);
    expect(replay.status).toBe(0);
    expect(replay.stderr).toContain('reproduced: results hash matches');
  }, 180_000);

  it.each([
    [['--population', '5'], '--population'],
    [['--replicates', 'many'], '--replicates'],
    [['--shard', '3/2'], '--shard'],
    [['--bogus'], 'bogus'],
  ])('refuses %j naming the flag', (extra, flag) => {
    const r = simulate(['--scenario', scenarioFile, ...extra]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(flag);
  });

  it('refuses an invalid scenario file with the list of problems', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ seed: 1, years: 0, arms: [{ name: 'b', policy: 'nope' }] }),
    );
    const r = simulate(['--scenario', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('years');
    expect(r.stderr).toContain('arms[0].policy');
  });
});
