// `npm run sweep`: every grid point gets a manifest that replays with `npm run simulate` to the
// same results hash; shards merged equal the single run (hashes and table); merging refuses
// missing, duplicate and conflicting shards and shards of another grid with one line (exit 2)
// and writes nothing; a grid with problems is refused with one line per problem.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';

const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION)/.test(k)),
);
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: cleanEnv,
  });
const sweep = (args: string[]) => run('sweep', args);

const dir = mkdtempSync(join(tmpdir(), 'sweep-test-'));
const at = (name: string) => join(dir, name);
writeFileSync(
  at('base.json'),
  JSON.stringify({
    seed: 'sweep-test',
    years: 2,
    population: 500,
    replicates: 3,
    arms: [
      { name: 'baseline', policy: 'current' },
      { name: 'reform', policy: 'reform-2021' },
    ],
  }),
);
const grid = (capValues: number[]) => ({
  name: 'test grid',
  base: 'base.json',
  parameters: [
    { path: 'arms.reform.policy.overrides.cap', name: 'cap', values: capValues },
    { path: 'personalBudgets.targetUptake', range: { from: 0.5, to: 0.7, count: 2 } },
  ],
});
writeFileSync(at('grid.json'), JSON.stringify(grid([50000, 86000])));
writeFileSync(at('other.json'), JSON.stringify(grid([60000, 86000])));
const json = (...p: string[]) => JSON.parse(readFileSync(join(...p), 'utf8'));
const hashes = (out: string) =>
  Object.fromEntries(
    (json(out, 'sweep.json').points as { id: string; resultsHash: string }[]).map((p) => [
      p.id,
      p.resultsHash,
    ]),
  );

describe('npm run sweep', () => {
  it('runs every grid point, each with a manifest that replays to its results hash', () => {
    const r = sweep(['--grid', at('grid.json'), '--out', at('whole'), '--format', 'parquet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^estimate: about/);
    const d = json(at('whole'), 'sweep.json');
    expect(d.points.map((p: { id: string; parameters: object }) => [p.id, p.parameters])).toEqual([
      ['p001', { cap: 50000, 'personalBudgets.targetUptake': 0.5 }],
      ['p002', { cap: 50000, 'personalBudgets.targetUptake': 0.7 }],
      ['p003', { cap: 86000, 'personalBudgets.targetUptake': 0.5 }],
      ['p004', { cap: 86000, 'personalBudgets.targetUptake': 0.7 }],
    ]);
    expect(readdirSync(at('whole')).sort()).toEqual([
      'points',
      'sweep.json',
      'sweep_tidy.csv',
      'sweep_tidy.parquet',
    ]);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const m = json(at('whole'), 'points', 'p003', 'manifest.json');
    expect(m.resultsHash).toBe(d.points[2].resultsHash);
    expect(m.scenario.arms[1].policy).toEqual({ preset: 'reform-2021', overrides: { cap: 86000 } });
    expect(m.scenario.personalBudgets.targetUptake).toBe(0.5);
    const replay = run('simulate', ['--scenario', at('whole/points/p003/manifest.json'), '--json']);
    expect(replay.stderr).toContain('reproduced: results hash matches');
    const header = readFileSync(at('whole/sweep_tidy.csv'), 'utf8').split('\n', 1)[0];
    expect(header).toBe(
      'point,cap,personalBudgets.targetUptake,arm,comparison,measure,unit,year,statistic,value',
    );
    const pq = new Uint8Array(readFileSync(at('whole/sweep_tidy.parquet'))).buffer;
    const kv = parquetMetadata(pq).key_value_metadata ?? [];
    expect(JSON.parse(kv.find((e) => e.key === 'resultsHashes')!.value!)).toEqual(
      hashes(at('whole')),
    );
  }, 120_000);

  it('shards merged (by --merge and --merge-glob) equal the single run', () => {
    for (const i of [1, 2, 3]) {
      const r = sweep([
        '--grid',
        at('grid.json'),
        '--shard',
        `${i}/3`,
        '--workers',
        '1',
        '--out',
        at(`shards/s${i}`),
      ]);
      expect(r.status, r.stderr).toBe(0);
    }
    const r = sweep([
      '--merge',
      at('shards/s1'),
      '--merge-glob',
      `${dir}/shards/s[23]`,
      '--out',
      at('merged'),
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(hashes(at('merged'))).toEqual(hashes(at('whole')));
    expect(readFileSync(at('merged/sweep_tidy.csv'), 'utf8')).toBe(
      readFileSync(at('whole/sweep_tidy.csv'), 'utf8'),
    );
    expect(json(at('merged'), 'sweep.json').mergedShards).toBe(3);
  }, 120_000);

  it.each([
    ['a missing shard', ['s1', 's2'], /^--merge: missing shard 3 of 3 \(given: 1, 2\)$/],
    ['a duplicate shard', ['s1', 's2', 's2', 's3'], /shard 2\/3 is given twice \(also .*s2\)$/],
    ['a shard of another grid', ['s1', 's2', 'other3'], /a shard of another grid/],
    ['a different split', ['s1', 'q2of4'], /shard 2\/4 conflicts with .*s1's 1\/3/],
  ])(
    'merging refuses %s with one line and writes nothing',
    (_, names, message) => {
      if (!existsSync(at('shards/other3'))) {
        expect(
          sweep([
            '--grid',
            at('other.json'),
            '--shard',
            '3/3',
            '--workers',
            '1',
            '--out',
            at('shards/other3'),
          ]).status,
        ).toBe(0);
        expect(
          sweep([
            '--grid',
            at('grid.json'),
            '--shard',
            '2/4',
            '--workers',
            '1',
            '--out',
            at('shards/q2of4'),
          ]).status,
        ).toBe(0);
      }
      const r = sweep([
        ...names.flatMap((n) => ['--merge', at(`shards/${n}`)]),
        '--out',
        at('refused'),
      ]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(existsSync(at('refused'))).toBe(false);
    },
    60_000,
  );

  it('refuses a grid with problems, one line each, before anything runs', () => {
    writeFileSync(
      at('bad.json'),
      JSON.stringify({
        base: 'base.json',
        parameters: [
          { path: 'personalBudgets.targetUptake', values: [0.5, 2] },
          { path: 'arms[3].policy', values: ['current'] },
        ],
      }),
    );
    let r = sweep(['--grid', at('bad.json'), '--out', at('bad')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `invalid grid in ${at('bad.json')}:`,
      'parameters[1].path: found "arms[3].policy"; allowed: a path into the base scenario (arms has 2 items; allowed: [0] to [1])',
    ]);
    writeFileSync(
      at('bad.json'),
      JSON.stringify({
        base: 'base.json',
        parameters: [{ path: 'personalBudgets.targetUptake', values: [0.5, 2] }],
      }),
    );
    r = sweep(['--grid', at('bad.json'), '--out', at('bad')]);
    expect(r.stderr.trim().split('\n')).toEqual([
      `invalid grid in ${at('bad.json')}:`,
      'point p002 (personalBudgets.targetUptake=2): personalBudgets.targetUptake: found 2; allowed: between 0 and 1 (share)',
    ]);
    writeFileSync(
      at('big.json'),
      JSON.stringify({
        base: {
          seed: 'big',
          population: 10_000_000,
          replicates: 100,
          arms: [{ name: 'a', policy: 'current' }],
        },
        parameters: [
          { path: 'personalBudgets.targetUptake', range: { from: 0, to: 1, count: 10 } },
        ],
      }),
    );
    r = sweep(['--grid', at('big.json'), '--out', at('big')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^refused: This sweep would take about [\d.]+ h \(10 grid points, 1000 \(point, replicate\) pairs on \d workers?\), over the 30 min limit\. .*--shard i\/n.*, or pass --force to run it anyway\.\n$/,
    );
    mkdirSync(at('taken'));
    writeFileSync(at('taken/notes.txt'), 'mine');
    r = sweep(['--grid', at('grid.json'), '--out', at('taken')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^--out .*taken: is not empty and is not an earlier output of this tool/,
    );
    expect(existsSync(at('bad'))).toBe(false);
    expect(existsSync(at('big'))).toBe(false);
    // Four CLI starts: over 5 s when the rest of the suite shares the two cores.
  }, 60_000);
});
