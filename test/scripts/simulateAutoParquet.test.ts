// `npm run simulate` with --shard auto (a Slurm array task's environment) and --format parquet:
// the shard is the one --shard i/n names, and results_tidy.parquet holds the CSV's rows and the
// manifest's results hash.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';

/** The environment without any scheduler's shard variables. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION)/.test(k)),
);
const simulate = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
    env: { ...cleanEnv, ...env },
  });

const dir = mkdtempSync(join(tmpdir(), 'simulate-auto-'));
const scenarioFile = join(dir, 'scenario.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    seed: 'auto',
    years: 2,
    population: 1000,
    replicates: 3,
    arms: [
      { name: 'baseline', policy: 'current' },
      { name: 'reform', policy: 'reform-2021' },
    ],
  }),
);
const read = (d: string, f: string) => JSON.parse(readFileSync(join(d, f), 'utf8'));

describe('npm run simulate --shard auto --format parquet', () => {
  it('a Slurm array task is the shard --shard i/n names; the Parquet file matches the run', async () => {
    const auto = join(dir, 'auto');
    const slurm = {
      SLURM_ARRAY_TASK_ID: '2',
      SLURM_ARRAY_TASK_MIN: '1',
      SLURM_ARRAY_TASK_MAX: '2',
      SLURM_ARRAY_TASK_COUNT: '2',
    };
    const a = simulate(
      [
        '--scenario',
        scenarioFile,
        '--shard',
        'auto',
        '--workers',
        '1',
        '--format',
        'parquet',
        '--out',
        auto,
      ],
      slurm,
    );
    expect(a.status, a.stderr).toBe(0);
    const given = join(dir, 'given');
    const g = simulate([
      '--scenario',
      scenarioFile,
      '--shard',
      '2/2',
      '--workers',
      '1',
      '--out',
      given,
    ]);
    expect(g.status, g.stderr).toBe(0);
    expect(read(auto, 'results.json').shard).toEqual({ index: 2, count: 2 });
    expect(read(auto, 'manifest.json').resultsHash).toBe(read(given, 'manifest.json').resultsHash);

    const bytes = readFileSync(join(auto, 'results_tidy.parquet'));
    const file = new Uint8Array(bytes).buffer; // a copy: an ArrayBuffer of its own
    const rows = await parquetReadObjects({ file });
    const csvLines = readFileSync(join(auto, 'results_tidy.csv'), 'utf8').trim().split('\n');
    expect(rows).toHaveLength(csvLines.length - 1);
    expect(new Set(rows.map((r) => r.replicate))).toEqual(new Set([1]));
    const kv = Object.fromEntries(
      (parquetMetadata(file).key_value_metadata ?? []).map((e) => [e.key, e.value]),
    );
    expect(kv.resultsHash).toBe(read(auto, 'manifest.json').resultsHash);
  }, 120_000);

  it('--shard auto outside a scheduler is refused with one line', () => {
    const r = simulate(['--scenario', scenarioFile, '--shard', 'auto']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^--shard auto: no shard in the environment/);
  });
});
