// `npm run sensitivity`: a Sobol analysis writes its indices, intervals and every run's inputs and
// outcome; shards merged give exactly the single run's numbers; an incomplete set of shards and
// bad flags are refused with one line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { parseSensitivityArgs } from '../../src/cli/sensitivityArgs.ts';

const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION)/.test(k)),
);
const sensitivity = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sensitivity.ts', ...args], {
    encoding: 'utf8',
    env: cleanEnv,
  });

const dir = mkdtempSync(join(tmpdir(), 'sensitivity-test-'));
const at = (name: string) => join(dir, name);
writeFileSync(
  at('scenario.json'),
  JSON.stringify({
    seed: 'sensitivity-test',
    years: 2,
    population: 500,
    replicates: 2,
    arms: [
      { name: 'baseline', policy: 'current' },
      { name: 'reform', policy: 'reform-2021' },
    ],
    uncertainty: { councilArrangedShare: { low: 0.25, central: 0.25, high: 0.25 } },
  }),
);
const base = [
  '--scenario',
  at('scenario.json'),
  '--method',
  'sobol',
  '--n',
  '4',
  '--bootstrap',
  '50',
];
const read = (...p: string[]) => readFileSync(join(...p), 'utf8');

describe('npm run sensitivity', () => {
  it('writes Sobol indices with intervals, and every run, for the default outcome', () => {
    const r = sensitivity([...base, '--out', at('whole')]);
    expect(r.status, r.stderr).toBe(0);
    // Six inputs: the triangulars but councilArrangedShare (low = high here), and the
    // personal-budget cost effects as one: N(k + 2) = 4 × 8 runs.
    expect(r.stdout).toMatch(
      /^Sobol indices of council_net_spend, reform − baseline, mean of 2026–2027 \(N = 4: 32 runs × 2 replicates/,
    );
    expect(r.stdout).toContain('held fixed: councilArrangedShare');
    const d = JSON.parse(read(at('whole'), 'sobol.json'));
    expect(d.indices.map((i: { input: string }) => i.input)).toEqual([
      'feeGrowth',
      'needPrevalence',
      'selfFunderPremium',
      'comingForwardShare',
      'realEarningsGrowth',
      'personalBudgetCosts',
    ]);
    expect(d.runs).toBe(32);
    const samples = csvParse(read(at('whole'), 'sobol_samples.csv'));
    expect(samples.columns).toEqual([
      'run',
      'row',
      'block',
      'feeGrowth',
      'needPrevalence',
      'selfFunderPremium',
      'comingForwardShare',
      'realEarningsGrowth',
      'personalBudgetCosts',
      'outcome',
    ]);
    expect(samples.map((s) => s.block).slice(0, 5)).toEqual(['A', 'B', 'AB1', 'AB2', 'AB3']);
    const indices = csvParse(read(at('whole'), 'sobol_indices.csv'));
    expect(indices).toHaveLength(12); // first-order and total for 6 inputs
    expect(Number(indices[0]!.estimate)).toBe(d.indices[0].first.estimate);
  }, 120_000);

  it('shards merged equal the single run exactly; a missing shard is refused', () => {
    for (const i of [1, 2, 3]) {
      const r = sensitivity([...base, '--shard', `${i}/3`, '--workers', '1', '--out', at(`s${i}`)]);
      expect(r.status, r.stderr).toBe(0);
    }
    const m = sensitivity([
      '--merge',
      at('s1'),
      '--merge',
      at('s2'),
      '--merge',
      at('s3'),
      '--bootstrap',
      '50',
      '--out',
      at('merged'),
    ]);
    expect(m.status, m.stderr).toBe(0);
    expect(read(at('merged'), 'sobol_samples.csv')).toBe(read(at('whole'), 'sobol_samples.csv'));
    expect(read(at('merged'), 'sobol_indices.csv')).toBe(read(at('whole'), 'sobol_indices.csv'));
    const missing = sensitivity(['--merge', at('s1'), '--merge', at('s3'), '--out', at('refused')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('--merge: missing shard 2 of 3 (given: 1, 3)');
    expect(existsSync(at('refused'))).toBe(false);
  }, 120_000);

  it.each([
    [['--scenario', 'x.json', '--method', 'sobol'], /^--n: required/],
    [
      ['--scenario', 'x.json', '--method', 'morris', '--n', '4'],
      /^--method: found "morris"; allowed: sobol/,
    ],
    [
      ['--scenario', 'x.json', '--n', '4', '--year', '2026', '--average'],
      /^--year: not allowed with --average/,
    ],
    [
      ['--scenario', 'x.json', '--n', '1'],
      /^--n: found "1"; allowed: a whole number between 2 and 100000/,
    ],
    [['--merge', 'a', '--n', '4'], /^--n: not allowed with --merge/],
  ])('the parser refuses %j with one message', (args, message) => {
    const r = parseSensitivityArgs(args);
    expect(r.ok || r.message).toMatch(message);
  });

  it.each([
    [
      [...base, '--measure', 'spend'],
      /^--measure: found "spend"; allowed: one of council_net_spend/,
    ],
    [
      [...base, '--year', '2040'],
      /^--year: found 2040; allowed: a year the scenario simulates, 2026 to 2027/,
    ],
    [
      [...base, '--arm', 'nope'],
      /^--arm: found "nope"; allowed: an arm of the scenario \(baseline, reform\)/,
    ],
  ])(
    'refuses %j with one line (exit 2)',
    (args, message) => {
      const r = sensitivity(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toMatch(message);
    },
    // A CLI start (tsx) takes over 5 s when the whole suite loads the machine.
    30_000,
  );
});
