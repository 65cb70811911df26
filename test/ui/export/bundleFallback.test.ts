// Without a Web Worker (here: Node, where none exists) the research bundle is built on the page's
// thread, loading the zip code only then.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../src/ui/export/researchExport.ts';
import { runTask } from '../../../src/model/simulate/runTask.ts';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';

describe('bundleOf without a worker', () => {
  it('builds the zip on this thread, with the manifest and the charts', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const scenario = scenarioSchema.parse({
      seed: 'fallback',
      years: 2,
      population: 200,
      replicates: 2,
      arms: [{ name: 'Baseline', policy: 'current' }],
    });
    const replicates = [runTask(scenario, 0, 0), runTask(scenario, 1, 0)];
    const run = { scenario, replicates, summary: summarise(replicates, ['Baseline'], 2026) };
    const { zip, manifest } = await bundleOf(run, [{ name: 'spend', svg: '<svg></svg>' }]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toContain('manifest.json');
    expect(strFromU8(files['charts/spend.svg']!)).toBe('<svg></svg>');
    expect(JSON.parse(strFromU8(files['manifest.json']!)).resultsHash).toBe(manifest.resultsHash);
  });

  it('adds the personal-budget history when the scenario has personalBudgets.history', async () => {
    const scenario = scenarioSchema.parse({
      seed: 'fallback',
      years: 1,
      population: 200,
      replicates: 2,
      arms: [{ name: 'Baseline', policy: 'current' }],
      personalBudgets: {
        history: {
          arms: [
            { name: 'As it happened', preset: 'as-happened' },
            { name: 'ADASS basis', preset: 'as-happened', basis: 'adass' },
          ],
        },
      },
    });
    const replicates = [runTask(scenario, 0, 0), runTask(scenario, 1, 0)];
    const run = { scenario, replicates, summary: summarise(replicates, ['Baseline'], 2026) };
    const files = unzipSync((await bundleOf(run, [])).zip);
    const csv = strFromU8(files['personal_budget_history.csv']!).split('\n');
    expect(csv[0]).toBe('arm,kind,measure,unit,year,mean,p5,p50,p95,replicates');
    expect(csv.some((l) => l.startsWith('ADASS basis,difference from first arm,'))).toBe(true);
    const json = JSON.parse(strFromU8(files['personal_budget_history.json']!));
    expect(json.arms.map((a: { name: string }) => a.name)).toEqual([
      'As it happened',
      'ADASS basis',
    ]);
    // The manifest's scenario carries the history settings, so a replay runs them again.
    expect(JSON.parse(strFromU8(files['manifest.json']!)).scenario.personalBudgets.history).toEqual(
      scenario.personalBudgets.history,
    );
  });
});
