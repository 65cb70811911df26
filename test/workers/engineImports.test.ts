// The engine's workers build no schemas: their warm-up scenario is written out whole, policies with
// overrides are merged without validation, and nothing they import loads zod. These tests keep
// those shortcuts equal to what the schemas would give.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARM_UP } from '../../workers/api.ts';
import { scenarioSchema } from '../../src/model/simulate/scenario.ts';
import {
  mergePolicy,
  policySchema,
  presetIds,
  resolvePolicy,
  type PolicyRef,
} from '../../src/model/policy/index.ts';

describe('the workers’ warm-up scenario', () => {
  it('is exactly what scenarioSchema makes of it', () => {
    expect(scenarioSchema.parse(WARM_UP)).toStrictEqual(WARM_UP);
  });
});

describe('mergePolicy', () => {
  const refs: PolicyRef[] = [
    ...presetIds,
    ...presetIds.map((id) => ({ preset: id })),
    ...presetIds.map((id) => ({ preset: id, overrides: { cap: 0 } })),
    ...presetIds.map((id) => ({
      preset: id,
      overrides: {
        cap: 10_000_000,
        upperCapitalLimit: 2_000_000,
        lowerCapitalLimit: 0,
        dailyLivingCost: 5_000,
        personalExpensesAllowance: 1_000,
        minimumIncomeGuarantee: 2_000,
        councilContributionCounts: false,
        tariffBand: 1,
        propertyDisregardWeeks: 0,
      },
    })),
    {
      preset: 'current',
      overrides: { upperCapitalLimit: { homeCounted: 100_000, otherwise: 20 } },
    },
    { preset: 'reform-2021', overrides: { cap: null } },
  ];

  it.each(refs.map((r) => [JSON.stringify(r), r] as const))(
    'gives a valid policy equal to resolvePolicy for %s',
    (_, ref) => {
      const merged = mergePolicy(ref);
      expect(policySchema.parse(merged)).toEqual(merged);
      expect(merged).toEqual(resolvePolicy(ref));
    },
  );
});

/** Modules reached from `entry` through value imports (type-only imports are erased). */
function valueImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.ts')) return;
    const text = readFileSync(file, 'utf8');
    const re = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
    for (const m of text.matchAll(re)) {
      const spec = m[1]!;
      visit(spec.startsWith('.') ? resolve(dirname(file), spec) : `node_modules/${spec}`);
    }
  };
  visit(resolve(entry));
  return seen;
}

describe('the engine worker’s imports', () => {
  it('never reach zod (the page validates scenarios before they are sent)', () => {
    const files = [...valueImports('workers/engine.worker.ts')];
    expect(files.filter((f) => f.includes('node_modules/zod'))).toEqual([]);
    expect(files).toContain(resolve('src/model/simulate/runTask.ts'));
    expect(files).toContain('node_modules/comlink');
  });

  it('still reach zod from the page, so the check can see it', () => {
    const files = [...valueImports('src/model/simulate/scenario.ts')];
    expect(files).toContain('node_modules/zod');
  });
});
