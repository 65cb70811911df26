// The calc CLI: JSON on stdout, a table on request, and a non-zero exit naming the field and
// its allowed range for bad input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const calc = (args: string[], stdin?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/calc.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
  });

const example = {
  policy: 'reform-2021',
  person: { age: 80, capital: 500_000, homeValue: 0, partnerAtHome: false, weeklyIncome: 0 },
  care: [{ setting: 'residential', weeks: 200, weeklyFee: 700, councilRate: 700 }],
};

describe('npm run calc', () => {
  it('prints only JSON with the summary fields scripts depend on', () => {
    const r = calc(['--input', '-'], JSON.stringify(example));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.summary)).toEqual(
      expect.arrayContaining([
        'weeksToCap',
        'personPaid',
        'councilPaid',
        'countedTowardsCap',
        'dailyLivingCostsPaid',
        'capitalLeft',
      ]),
    );
    expect(out.summary.weeksToCap).toBe(172);
    expect(out.ledger).toHaveLength(200);
  });

  it('reads a file and prints a table with --format table', () => {
    const r = calc(['--input', 'examples/will-planning-2015.json', '--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('cap reached in week 195');
  });

  it('accepts a preset with overrides', () => {
    const input = { ...example, policy: { preset: 'reform-2021', overrides: { cap: null } } };
    const out = JSON.parse(calc(['--input', '-'], JSON.stringify(input)).stdout);
    expect(out.summary.weeksToCap).toBeNull();
  });

  it.each([
    [{ ...example, person: { ...example.person, capital: -1 } }, 'person.capital', 'between 0 and'],
    [{ ...example, person: { ...example.person, wealth: 1 } }, 'person.wealth', 'no such field'],
    [{ ...example, policy: 'dilnot-2012' }, 'policy', 'dilnot-2011'],
    [
      { ...example, policy: { preset: 'current', overrides: { dailyLivingCost: 9000 } } },
      'policy.overrides.dailyLivingCost',
      'between 0 and 5,000 (£/week)',
    ],
    [
      { ...example, care: [{ ...example.care[0], weeks: 0 }] },
      'care[0].weeks',
      'between 1 and 5,200',
    ],
  ])('refuses bad input with the field and its range (%#)', (input, field, allowed) => {
    const r = calc(['--input', '-'], JSON.stringify(input));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(field);
    expect(r.stderr).toContain(allowed);
  });

  it('refuses non-JSON and unknown flags', () => {
    expect(calc(['--input', '-'], 'not json').status).not.toBe(0);
    const r = calc(['--nope']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('usage');
  });

  it('reads --input with a size limit: /dev/zero stops at 1 MB with one line', () => {
    const r = calc(['--input', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      '--input: /dev/zero is larger than 1 MB, the most this input can be',
    );
  });

  it('--format table prints the longest ledger the schema allows (520,000 weekly rows)', () => {
    const longest = {
      ...example,
      care: Array.from({ length: 100 }, (_, i) => ({
        setting: i % 2 ? 'residential' : 'homeCare',
        weeks: 5_200,
        weeklyFee: 900,
        councilRate: 800,
      })),
    };
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/calc.ts', '--input', '-', '--format', 'table'],
      { input: JSON.stringify(longest), encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').length).toBeGreaterThan(520_000);
  }, 120_000);
});
