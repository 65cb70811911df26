// Resource limits: estimates scale with the work, a run over the time or memory limit is refused
// with the estimate and settings that would fit, --force overrides time but never memory, and the
// simulate CLI refuses before starting any worker.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioSchema, type ScenarioInput } from '../../../src/model/simulate/scenario.ts';
import { peoplePerReplicate } from '../../../src/model/simulate/plan.ts';
import {
  BROWSER_LIMITS,
  checkLimits,
  CLI_LIMITS,
  CLI_NAMES,
  estimateRun,
  fitWorkers,
  type SettingNames,
} from '../../../src/model/simulate/limits.ts';
import { DEFAULTS_V1 } from '../../../src/ui/state/defaults.ts';

const arms = [
  { name: 'baseline', policy: 'current' },
  { name: 'reform', policy: 'reform-2021' },
] as const;
const scenario = (extra: Partial<ScenarioInput> = {}) =>
  scenarioSchema.parse({ seed: 'limits', arms, ...extra });
const browserNames: SettingNames = {
  population: (n) => `at most ${n} simulated people`,
  replicates: (n) => `at most ${n} replicates`,
  force: 'choose Run anyway',
};
const cli = (s: ReturnType<typeof scenario>, workers = 2, force = false) =>
  checkLimits(s, { workers, host: 'node', limits: CLI_LIMITS, names: CLI_NAMES, force });
const browser = (s: ReturnType<typeof scenario>, workers = 8) =>
  checkLimits(s, { workers, host: 'browser', limits: BROWSER_LIMITS, names: browserNames });

describe('estimateRun', () => {
  it('counts people per replicate × years from 2021 × replicates as the work', () => {
    const s = scenario({ population: 20_000, replicates: 10, startYear: 2026, years: 20 });
    const e = estimateRun(s, { workers: 2, host: 'node' });
    expect(e.people).toBe(peoplePerReplicate(s));
    expect(e.slots).toBe(e.people * 25 * 10);
  });

  it('time grows linearly with replicates and falls with workers', () => {
    const at = (replicates: number, workers: number) =>
      estimateRun(scenario({ replicates }), { workers, host: 'node' }).seconds;
    expect(at(30, 1) - at(20, 1)).toBeCloseTo(at(20, 1) - at(10, 1), 6);
    expect(at(20, 2)).toBeLessThan(at(20, 1));
  });

  it('never counts more busy workers than tasks', () => {
    const s = scenario({ population: 2_000, replicates: 2, engine: { sliceSize: 25_000 } });
    expect(estimateRun(s, { workers: 64, host: 'node' }).workers).toBe(2);
  });
});

describe('checkLimits', () => {
  it('lets the explorer defaults and the 400-replicate cancel test run in a browser', () => {
    const defaults = scenarioSchema.parse(DEFAULTS_V1);
    expect(browser(defaults).ok).toBe(true);
    expect(browser({ ...defaults, replicates: 400 }, 2).ok).toBe(true);
  });

  it('refuses a run over 30 minutes on the CLI with the estimate and flags that would fit', () => {
    const s = scenario({ population: 20_000_000, replicates: 1_000 });
    const r = cli(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('time');
    expect(r.message).toMatch(
      /^This run would take about [\d.]+ h \(.* people × 25 years × 1,000 replicates on 2 workers\), over the 30 min limit\./,
    );
    const pop = Number(/--population ([\d,]+) would fit/.exec(r.message)![1]!.replace(/,/g, ''));
    const reps = Number(/--replicates ([\d,]+) would fit/.exec(r.message)![1]!.replace(/,/g, ''));
    expect(r.message).toMatch(/pass --force to run it anyway\.$/);
    // The suggestions really fit.
    expect(cli({ ...s, population: pop }).ok).toBe(true);
    expect(cli({ ...s, replicates: reps }).ok).toBe(true);
  });

  it('--force overrides the time limit', () => {
    expect(cli(scenario({ population: 20_000_000, replicates: 1_000 }), 2, true).ok).toBe(true);
  });

  it('refuses a run over 2 GiB even with --force, suggesting fewer workers or a smaller slice', () => {
    const s = scenario({ population: 1_000_000, replicates: 40, engine: { sliceSize: 1_000_000 } });
    const r = cli(s, 64, true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('memory');
    expect(r.message).toMatch(/need about [\d.]+ GiB of memory .* over the 2\.0 GiB limit/);
    const w = Number(/--workers (\d+) would fit/.exec(r.message)![1]);
    expect(cli(s, w, true).ok).toBe(true);
    expect(r.message).toContain('a smaller engine.sliceSize');
  });

  it('in a browser: over 2 minutes asks for confirmation, over 512 MiB is refused', () => {
    const slow = browser(scenario({ population: 1_000_000, replicates: 400 }));
    expect(slow.ok || slow.kind).toBe('time');
    if (!slow.ok) {
      expect(slow.message).toMatch(
        /over the 2 min limit\. Use fewer people \(at most [\d,]+ simulated people would fit\), or fewer replicates \(at most \d+ replicates would fit\), or choose Run anyway\.$/,
      );
    }
    const big = browser(
      scenario({ population: 1_000_000, replicates: 8, engine: { sliceSize: 1_000_000 } }),
    );
    expect(big.ok || big.kind).toBe('memory');
    if (!big.ok) expect(big.message).toMatch(/over the 512 MiB limit/);
  });

  it('fitWorkers shrinks a default worker count to fit in memory', () => {
    const s = scenario({ population: 1_000_000, replicates: 40, engine: { sliceSize: 1_000_000 } });
    const w = fitWorkers(s, 64, 'node', CLI_LIMITS);
    expect(w).toBeGreaterThanOrEqual(1);
    expect(w).toBeLessThan(64);
    expect(estimateRun(s, { workers: w, host: 'node' }).bytes).toBeLessThanOrEqual(
      CLI_LIMITS.maxBytes,
    );
    expect(estimateRun(s, { workers: w + 1, host: 'node' }).bytes).toBeGreaterThan(
      CLI_LIMITS.maxBytes,
    );
  });
});

describe('npm run simulate limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'limits-test-'));
  const file = (name: string, s: object) => {
    const f = join(dir, name);
    writeFileSync(f, JSON.stringify(s));
    return f;
  };
  const huge = file('huge.json', { seed: 'x', population: 20_000_000, replicates: 1_000, arms });
  const args = (...a: string[]) => ['--import', 'tsx', 'scripts/simulate.ts', ...a];

  it('refuses a run over the time limit before starting, naming --population, --replicates and --force', () => {
    const r = spawnSync(process.execPath, args('--scenario', huge, '--workers', '2'), {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^refused: This run would take about .* over the 30 min limit/);
    expect(r.stderr).toMatch(/--population [\d,]+ would fit.*--replicates \d+ would fit.*--force/);
  }, 30_000);

  it('refuses a run over the memory limit even with --force', () => {
    const f = file('wide.json', {
      seed: 'x',
      population: 1_000_000,
      replicates: 40,
      arms,
      engine: { sliceSize: 1_000_000 },
    });
    const r = spawnSync(process.execPath, args('--scenario', f, '--workers', '64', '--force'), {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^refused: This run would need about .* over the 2\.0 GiB limit\. .*--workers \d+ would fit/,
    );
  }, 30_000);

  it('--force starts a run over the time limit, after printing the estimate', async () => {
    const child = spawn(process.execPath, args('--scenario', huge, '--workers', '1', '--force'));
    let err = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${err}`)));
    });
    child.kill('SIGKILL');
    expect(err).toMatch(
      /^estimate: about [\d.]+ h and \d+ MiB on 1 worker \(limits 30 min, overridden by --force, 2\.0 GiB\)/,
    );
  }, 30_000);
});
