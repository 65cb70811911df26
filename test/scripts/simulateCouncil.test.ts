// `npm run simulate -- --council SLUG`: a council run of its own people, the council carried into
// the manifest (so a replay runs the same council), unknown slugs refused with how to list them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { councilPopulation } from '../../src/model/population/councilPopulation.ts';
import { councils2023 } from '../../src/model/data/councils2023.ts';

const simulate = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
  });

const dir = mkdtempSync(join(tmpdir(), 'simulate-council-test-'));
const scenarioFile = join(dir, 'scenario.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    seed: 'cli-council',
    startYear: 2026,
    years: 3,
    population: 2000,
    replicates: 2,
    arms: [
      { name: 'baseline', policy: 'current' },
      { name: 'reform', policy: 'reform-2021' },
    ],
  }),
);

describe('npm run simulate -- --council', () => {
  it('runs the council’s own people, says what each stands for, and the manifest replays it', () => {
    const out = join(dir, 'wf');
    const r = simulate([
      '--scenario',
      scenarioFile,
      '--council',
      'westmorland-and-furness',
      '--workers',
      '1',
      '--out',
      out,
      '--json',
    ]);
    expect(r.stderr).not.toMatch(/invalid|refused/);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    const real65 = councilPopulation('westmorland-and-furness').older;
    expect(summary.who).toEqual({
      council: 'westmorland-and-furness',
      place: 'Westmorland and Furness',
      synthetic65: 2000,
      real65,
      weight: real65 / 2000,
    });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.scenario.council).toBe('westmorland-and-furness');
    // Its sources name the council's own inputs (people by age, house prices) and the region's.
    expect(manifest.dataSources).toContainEqual(
      expect.objectContaining({
        name: 'Council run: Westmorland and Furness (westmorland-and-furness, E06000064), its own people',
        source: expect.stringMatching(/mid-2023.*House Price Index.*North West’s/),
      }),
    );
    const replay = simulate(['--scenario', join(out, 'manifest.json'), '--workers', '1', '--json']);
    expect(replay.status).toBe(0);
    expect(replay.stderr).toContain('reproduced: results hash matches');
    expect(JSON.parse(replay.stdout).who.council).toBe('westmorland-and-furness');
  }, 180_000);

  it('prints the council and the weight on the screen summary, in £ millions', () => {
    const r = simulate(['--scenario', scenarioFile, '--council', 'cumberland', '--workers', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('people are counts for Cumberland');
    expect(r.stdout).toMatch(
      /2,000 synthetic people aged 65\+ stand for Cumberland's [\d,]+ \(each for/,
    );
    expect(r.stdout).toMatch(/council_net_spend\s+£\d+\.\dm/);
  }, 120_000);

  it('refuses an unknown slug naming --council and how to list the valid ones', () => {
    const r = simulate(['--scenario', scenarioFile, '--council', 'cumbria']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--council: found "cumbria"');
    expect(r.stderr).toContain('npm run simulate -- --list-councils');
  });

  it('--list-councils prints the 153 councils of 2023, one a line', () => {
    const r = simulate(['--list-councils']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(153);
    expect(lines.length).toBe(councils2023.length);
    expect(r.stdout).toMatch(
      /^cumberland\s+E06000063\s+Cumberland \(North West; [\d,]+ aged 65\+\)$/m,
    );
    expect(r.stdout).not.toMatch(/^cumbria /m);
  });
});
