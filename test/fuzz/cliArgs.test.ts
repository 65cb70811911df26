// Fuzzing the command lines of `npm run simulate` and `npm run calc` through their pure parsers
// (src/cli/simulateArgs.ts, src/cli/calcArgs.ts), which the scripts use as they are: generated
// argv arrays never make them throw, each refusal names the flag (or the unexpected argument),
// and every accepted value is in range. A few generated refusals are also run as real processes
// to show that the scripts print exactly the parser's message.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import {
  applyOverrides,
  checkShard,
  INT_FLAGS,
  parseSimulateArgs,
} from '../../src/cli/simulateArgs.ts';
import { calculateFromText, parseCalcArgs } from '../../src/cli/calcArgs.ts';
import { defaultScenario } from '../../src/ui/state/scenarioLink.ts';
import { edgeNumber, SEED, stopwatch } from './fuzz.ts';

/** Inputs per property (the README's reliability table cites these). */
export const CLI_RUNS = {
  simulateArgv: 3_000,
  simulateIntFlags: 2_000,
  simulateOverrides: 1_000,
  calcArgv: 2_000,
  calcText: 2_000,
  processes: 4,
} as const;
/** Slowest parse allowed, ms. */
const BOUND_MS = 200;

const simulateFlags = [
  'scenario',
  'replicates',
  'population',
  'years',
  'seed',
  'workers',
  'out',
  'shard',
  'merge',
  'json',
  'force',
  'help',
];
const calcFlags = ['input', 'format', 'period', 'help'];

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -10, max: 3_000_000 }).map(String),
  edgeNumber.map(String),
  fc.constantFrom(
    '',
    ' ',
    '-',
    '--',
    '1/2',
    '3/2',
    '0/0',
    '2/4',
    '1e3',
    '0x10',
    ' 5',
    'json',
    'table',
    'week',
    'year',
    '-',
    'file.json',
  ),
);
const argvOf = (flags: string[], shorts: string[]) =>
  fc.array(
    fc.oneof(
      fc.constantFrom(...flags.map((f) => `--${f}`), ...shorts, '--bogus', '-x', '--'),
      fc.tuple(fc.constantFrom(...flags), value).map(([f, v]) => `--${f}=${v}`),
      value,
    ),
    { maxLength: 8 },
  );

/** A refusal names a flag or the argument it could not use. */
function namesSomething(message: string, argv: readonly string[], flags: string[]): boolean {
  return (
    flags.some((f) => message.includes(`--${f}`)) ||
    argv.some((a) => a.length > 0 && message.includes(a))
  );
}

describe('simulate command line (property)', () => {
  it(`any argv: never throws; refusals name the flag; accepted values are in range (${CLI_RUNS.simulateArgv} inputs)`, () => {
    const clock = stopwatch();
    fc.assert(
      fc.property(argvOf(simulateFlags, ['-s', '-h']), (argv) => {
        const r = clock.time(() => parseSimulateArgs(argv));
        if (!r.ok) {
          expect(r.message.length).toBeGreaterThan(0);
          expect(namesSomething(r.message, argv, simulateFlags)).toBe(true);
          return;
        }
        const a = r.args;
        for (const name of ['replicates', 'population', 'years', 'workers'] as const) {
          const v = a[name];
          if (v === undefined) continue;
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(INT_FLAGS[name][0]);
          expect(v).toBeLessThanOrEqual(INT_FLAGS[name][1]);
        }
        if (a.shard) expect(1 <= a.shard.index && a.shard.index <= a.shard.count).toBe(true);
        if (!a.help && !a.merge) expect(a.scenario).toBeTruthy();
      }),
      { numRuns: CLI_RUNS.simulateArgv, seed: SEED },
    );
    expect(clock.calls).toBe(CLI_RUNS.simulateArgv);
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it(`--replicates/--population/--years/--workers=V is accepted exactly when V is a whole number in range (${CLI_RUNS.simulateIntFlags} inputs)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom('replicates', 'population', 'years', 'workers' as const),
        value,
        (flag, v) => {
          const r = parseSimulateArgs(['--scenario', 'f.json', `--${flag}=${v}`]);
          const n = Number(v);
          const [min, max] = INT_FLAGS[flag];
          expect(r.ok).toBe(Number.isInteger(n) && n >= min && n <= max);
          if (!r.ok)
            expect(r.message).toBe(
              `--${flag}: found "${v}"; allowed: a whole number between ${min} and ${max}`,
            );
        },
      ),
      { numRuns: CLI_RUNS.simulateIntFlags, seed: SEED },
    );
  });

  it(`overrides and shards on a valid scenario: valid, or a message naming the field (${CLI_RUNS.simulateOverrides} inputs)`, () => {
    const base = defaultScenario();
    fc.assert(
      fc.property(
        fc.record(
          {
            replicates: fc.integer({ min: 1, max: 1_000 }),
            population: fc.integer({ min: 100, max: 20_000_000 }),
            years: fc.integer({ min: 1, max: 50 }),
            seed: fc.string({ unit: 'binary', maxLength: 250 }),
          },
          { requiredKeys: [] },
        ),
        fc.option(
          fc.record({
            index: fc.integer({ min: 1, max: 2_000 }),
            count: fc.integer({ min: 1, max: 2_000 }),
          }),
        ),
        (args, shard) => {
          const r = applyOverrides(base, args);
          if (r.ok) {
            expect(r.scenario.replicates).toBe(args.replicates ?? base.replicates);
            const problem = checkShard(shard ?? undefined, r.scenario.replicates);
            if (problem) expect(problem).toMatch(/^--shard: /);
          } else {
            expect(r.message).toMatch(
              /^invalid scenario after command-line overrides:\nseed: found /,
            );
          }
        },
      ),
      { numRuns: CLI_RUNS.simulateOverrides, seed: SEED },
    );
  });
});

describe('calc command line and input (property)', () => {
  it(`any argv: never throws; refusals name the flag (${CLI_RUNS.calcArgv} inputs)`, () => {
    const clock = stopwatch();
    fc.assert(
      fc.property(argvOf(calcFlags, ['-i', '-h']), (argv) => {
        const r = clock.time(() => parseCalcArgs(argv));
        if (!r.ok) {
          expect(namesSomething(r.message, argv, calcFlags)).toBe(true);
          return;
        }
        if (!r.args.help) {
          expect(r.args.input).toBeTruthy();
          expect(['json', 'table']).toContain(r.args.format);
        }
      }),
      { numRuns: CLI_RUNS.calcArgv, seed: SEED },
    );
    expect(clock.slowestMs).toBeLessThan(BOUND_MS);
  });

  it(`any input text and --period: a result, or "not valid JSON" / one line per field (${CLI_RUNS.calcText} inputs)`, () => {
    const clock = stopwatch();
    const valid = JSON.stringify({
      policy: 'reform-2021',
      person: { age: 80, capital: 500_000, weeklyIncome: 0 },
      care: [{ setting: 'residential', weeks: 10, weeklyFee: 700, councilRate: 700 }],
    });
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.json({ maxDepth: 4 }),
      fc
        .tuple(fc.nat({ max: valid.length }), fc.constantFrom('', '{', '}', '"', ',', '1', 'x'))
        .map(([i, c]) => valid.slice(0, i) + c + valid.slice(i + 1)),
    );
    fc.assert(
      fc.property(text, fc.option(value), (t, period) => {
        const r = clock.time(() => calculateFromText(t, period ?? undefined));
        if (r.ok) return;
        if (r.message.startsWith('input is not valid JSON: ')) return;
        const [head, ...lines] = r.message.split('\n');
        expect(head).toBe('invalid input:');
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).toMatch(/^[^:\s].*?: found .*; allowed: .+$/s);
      }),
      { numRuns: CLI_RUNS.calcText, seed: SEED },
    );
    expect(clock.slowestMs).toBeLessThan(BOUND_MS * 5);
  });
});

describe('the scripts print exactly what the parsers say (real processes)', () => {
  const run = (script: string, argv: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...argv]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });

  it(`${CLI_RUNS.processes} generated refusals exit with code 2 and the parser's message`, async () => {
    // The first generated refusals of each parser (fixed seed), run for real, in parallel.
    const refusedBy = <T>(parse: (a: string[]) => { ok: boolean }, arb: fc.Arbitrary<string[]>) =>
      fc
        .sample(arb, { numRuns: 200, seed: SEED })
        .filter((a) => !parse(a).ok)
        .slice(0, CLI_RUNS.processes / 2) as T;
    const cases = [
      ...refusedBy<string[][]>(parseSimulateArgs, argvOf(simulateFlags, ['-s', '-h'])).map(
        (argv) => ({
          script: 'scripts/simulate.ts',
          argv,
          message: (parseSimulateArgs(argv) as { message: string }).message,
        }),
      ),
      ...refusedBy<string[][]>(parseCalcArgs, argvOf(calcFlags, ['-i', '-h'])).map((argv) => ({
        script: 'scripts/calc.ts',
        argv,
        message: (parseCalcArgs(argv) as { message: string }).message,
      })),
    ];
    expect(cases).toHaveLength(CLI_RUNS.processes);
    const results = await Promise.all(cases.map((c) => run(c.script, c.argv)));
    results.forEach((r, i) => {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${cases[i]!.message}\n`);
    });
  }, 60_000);
});
