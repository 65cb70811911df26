// The simulate CLI's outputs cannot look complete when they are not: --out is checked before the
// run and written whole or not at all, --merge refuses anything but one run's complete set of
// shards, and inputs are read with a size limit.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const simulate = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  });

// Every test starts real processes (about 2 s each on 2 cores, more when the machine is busy).
vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'simulate-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const scenario = (over: object = {}) => {
  const file = join(dir, `scenario-${++files}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      seed: 'outputs',
      years: 2,
      population: 500,
      replicates: 4,
      arms: [
        { name: 'baseline', policy: 'current' },
        { name: 'reform', policy: 'reform-2021' },
      ],
      engine: { samplePeople: 20 },
      ...over,
    }),
  );
  return file;
};
const base = scenario();
const oneLine = (r: { stderr: string }) => r.stderr.trim().split('\n').filter(Boolean);
const manifestHash = (d: string) =>
  JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')).resultsHash as string;

describe('--out is checked before the run starts', () => {
  it.each([
    ['/proc/care-cap-out', 'cannot be written'],
    ['/dev/full', 'exists and is not a directory'],
    ['/proc/1/care-cap/out', 'cannot be written'],
  ])('--out %s: exit 2, one line, no estimate printed', (out, why) => {
    const r = simulate(['--scenario', base, '--out', out]);
    expect(r.status).toBe(2);
    expect(oneLine(r)).toHaveLength(1);
    expect(r.stderr).toContain(`--out ${out}: ${why}`);
    expect(r.stderr).not.toContain('estimate');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--out naming a file is refused', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = simulate(['--scenario', base, '--out', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('exists and is not a directory');
  });

  it('a directory that is not an earlier output is not replaced without --force', () => {
    const theirs = join(dir, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'thesis.docx'), 'years of work');
    const r = simulate(['--scenario', base, '--out', theirs]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not empty and is not an earlier output of this tool');
    expect(readFileSync(join(theirs, 'thesis.docx'), 'utf8')).toBe('years of work');
    const forced = simulate(['--scenario', base, '--out', theirs, '--force']);
    expect(forced.status).toBe(0);
    expect(existsSync(join(theirs, 'thesis.docx'))).toBe(false);
  });
});

describe('--out is written whole or not at all', () => {
  it('a new run replaces an earlier output, leaving none of its files (an old person_sample.csv)', () => {
    const out = join(dir, 'replaced');
    expect(simulate(['--scenario', base, '--out', out]).status).toBe(0);
    expect(readdirSync(out)).toContain('person_sample.csv');
    const noSample = scenario({ engine: { samplePeople: 0 } });
    expect(simulate(['--scenario', noSample, '--out', out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'manifest.json',
      'results.json',
      'results_tidy.csv',
      'summary.csv',
      'summary.json',
    ]);
    expect(readdirSync(dir).filter((n) => n.startsWith('.replaced'))).toEqual([]);
  });

  it('a run killed mid-way leaves the previous output intact and nothing half-written', async () => {
    const out = join(dir, 'killed');
    expect(simulate(['--scenario', base, '--out', out]).status).toBe(0);
    const before = manifestHash(out);
    const big = scenario({ population: 200_000, replicates: 8, years: 20 });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/simulate.ts', '--scenario', big, '--out', out, '--workers', '1'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // Killed once the run has started (its estimate printed), before it can finish.
    await new Promise<void>((done) =>
      child.stderr.on('data', (b: Buffer) => {
        if (b.toString().includes('estimate')) done();
      }),
    );
    child.kill('SIGKILL');
    await new Promise((done) => child.on('exit', done));
    expect(manifestHash(out)).toBe(before);
    expect(readdirSync(out)).toContain('results.json');
    // The next run clears the killed run's temporary directory.
    expect(simulate(['--scenario', base, '--out', out]).status).toBe(0);
    expect(readdirSync(dir).filter((n) => n.startsWith('.killed'))).toEqual([]);
  }, 120_000);
});

describe('--merge refuses what is not one complete run', () => {
  const shard = (i: number, n: number, file = base) => {
    const d = join(dir, `shard-${i}-of-${n}-${++files}`);
    expect(simulate(['--scenario', file, '--shard', `${i}/${n}`, '--out', d]).status).toBe(0);
    return d;
  };
  const s = [shard(1, 2), shard(2, 2)];

  it('the complete set merges, and its manifest says which shards it holds', () => {
    const whole = join(dir, 'whole');
    expect(simulate(['--scenario', base, '--out', whole]).status).toBe(0);
    const merged = join(dir, 'merged');
    expect(simulate(['--merge', s[0]!, '--merge', s[1]!, '--out', merged]).status).toBe(0);
    expect(manifestHash(merged)).toBe(manifestHash(whole));
    const m = JSON.parse(readFileSync(join(merged, 'manifest.json'), 'utf8'));
    expect(m.shards).toEqual({ count: 2, held: [1, 2] });
    expect(JSON.parse(readFileSync(join(s[0]!, 'manifest.json'), 'utf8')).shards).toEqual({
      count: 2,
      held: [1],
    });
    expect(JSON.parse(readFileSync(join(whole, 'manifest.json'), 'utf8')).shards).toBeUndefined();
  });

  it('a shard manifest replays its own replicates: reproduced', () => {
    const r = simulate(['--scenario', join(s[1]!, 'manifest.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('reproduced: results hash matches');
  });

  it.each([
    ['a missing shard', () => [s[0]!], 'missing shard 2/2'],
    ['the same directory twice', () => [s[0]!, s[0]!], 'is given twice'],
    ['the same shard twice', () => [s[0]!, shard(1, 2)], 'are both shard 1/2'],
    ['shards of different splits', () => [s[0]!, shard(2, 4)], 'shards of different splits'],
    [
      'a shard of another seed',
      () => [s[0]!, shard(2, 2, scenario({ seed: 'other' }))],
      'differ in seed',
    ],
  ])('%s: exit 2, one line', (_, dirs, message) => {
    const r = simulate([...dirs().flatMap((d) => ['--merge', d]), '--out', join(dir, 'nope')]);
    expect(r.status).toBe(2);
    expect(oneLine(r)).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('a results.json that is not ours is refused by --merge', () => {
    const d = join(dir, 'fake-shard');
    mkdirSync(d);
    writeFileSync(join(d, 'results.json'), '{"format":"something else"}');
    const r = simulate(['--merge', d, '--merge', s[0]!]);
    expect(r.status).toBe(2);
    expect(oneLine(r)).toHaveLength(1);
    expect(r.stderr).toContain('is not a results file of this tool');
  });

  it('two shards holding one replicate with different numbers are conflicting', () => {
    const d = join(dir, 'conflicting');
    mkdirSync(d);
    const one = JSON.parse(readFileSync(join(s[0]!, 'results.json'), 'utf8'));
    const forged = { ...one, shard: { index: 2, count: 2 } };
    forged.replicates = one.replicates.map((r: { values: string }) => ({
      ...r,
      values: `A${r.values.slice(1)}`,
    }));
    writeFileSync(join(d, 'results.json'), JSON.stringify(forged));
    const r = simulate(['--merge', s[0]!, '--merge', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('with different numbers (conflicting shards)');
  });

  it('merging into a shard’s own directory is refused', () => {
    const r = simulate(['--merge', s[0]!, '--merge', s[1]!, '--out', s[1]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('one of the directories being merged');
    expect(JSON.parse(readFileSync(join(s[1]!, 'manifest.json'), 'utf8')).shards.held).toEqual([2]);
  });
});

describe('inputs are read with a size limit', () => {
  it('--scenario /dev/zero stops at the limit with one line', () => {
    const r = simulate(['--scenario', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--scenario: /dev/zero is larger than 5 MB');
  });
});
