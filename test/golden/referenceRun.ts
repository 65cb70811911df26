// The golden reference run: a small scenario (four policy arms, three replicates, three slices
// each) whose results hash is pinned by goldenHash.test.ts and compared with Chromium's workers by
// test/browser/reproducible.test.ts. Its hash changes only when the engine's numbers change.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioSchema, type Scenario } from '../../src/model/simulate/scenario.ts';

export const REFERENCE_SCENARIO_FILE = fileURLToPath(
  new URL('./reference-scenario.json', import.meta.url),
);

/** The reference scenario, parsed (every default filled in). */
export const referenceScenario = (): Scenario =>
  scenarioSchema.parse(JSON.parse(readFileSync(REFERENCE_SCENARIO_FILE, 'utf8')));

/**
 * The pinned results hash of the reference scenario. Change it only in a commit that says why the
 * engine's numbers changed (a rule, a figure or a draw), never to make a test pass.
 */
export const REFERENCE_HASH =
  'sha256:b117bfb98e8c965bba0ab78cd2ce1d47139ab5ebd00557d7e0f072bb39ea0f3d';
