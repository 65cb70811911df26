// `personalBudgets.history` in a scenario: the CLI runs the 2008–2016 personal-budget history
// beside the main run, prints it, puts it in the --json summary and writes it to --out; a bad
// history field is refused naming the field and its range.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const simulate = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'simulate-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, history: object) => {
  const file = join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      seed: 'history-cli',
      years: 1,
      population: 200,
      replicates: 3,
      arms: [{ name: 'baseline', policy: 'current' }],
      personalBudgets: { history },
    }),
  );
  return file;
};

describe('simulate with personalBudgets.history', () => {
  it('prints, returns in --json and writes the history of both arms', () => {
    const file = write('two.json', {
      arms: [
        { name: 'As it happened', preset: 'as-happened' },
        { name: 'Kept at 100%', preset: 'stayed-100' },
      ],
    });
    const out = join(dir, 'out');
    const text = simulate(['--scenario', file, '--workers', '1', '--out', out]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Personal budgets, history 2008–2016 (3 replicates');
    expect(text.stdout).toContain(
      'Kept at 100%: 30% by Apr 2011, 100% by Apr 2013; measured on NI130',
    );
    expect(text.stdout).toContain('Mar 2012: 432,349 = 52.8% of eligible users (ADASS basis)');
    const csv = readFileSync(join(out, 'personal_budget_history.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('arm,kind,measure,unit,year,mean,p5,p50,p95,replicates');
    expect(
      csv.some((l) => l.startsWith('Kept at 100%,difference from first arm,uptakeNi130,')),
    ).toBe(true);
    const json = simulate(['--scenario', file, '--workers', '1', '--json']);
    const summary = JSON.parse(json.stdout);
    expect(Object.keys(summary.personalBudgetHistory.summary)).toEqual([
      'As it happened',
      'Kept at 100%',
    ]);
    const fromFile = JSON.parse(readFileSync(join(out, 'personal_budget_history.json'), 'utf8'));
    expect(fromFile).toEqual(summary.personalBudgetHistory);
  });

  it('refuses a deadline outside 2011–2016, naming the field', () => {
    const file = write('bad.json', {
      arms: [{ name: 'a', preset: 'as-happened', deadline: 2009 }],
    });
    const r = simulate(['--scenario', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'personalBudgets.history.arms[0].deadline: found 2009; allowed: between 2,011 and 2,016',
    );
  });
});
