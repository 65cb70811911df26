import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import { DEFAULTS_V1 } from '../../../src/ui/state/defaults.ts';
import { defaultScenario, encodeScenario } from '../../../src/ui/state/scenarioLink.ts';

describe('defaultScenario', () => {
  it('is the validated defaults, a new copy each call', () => {
    const a = defaultScenario();
    expect(a).toEqual(scenarioSchema.parse(DEFAULTS_V1));
    a.arms[0]!.name = 'changed';
    a.uncertainty.feeGrowth.high = 0.5;
    const b = defaultScenario();
    expect(b).not.toBe(a);
    expect(b.arms[0]!.name).toBe('Baseline');
    expect(b.uncertainty.feeGrowth.high).toBe(0.025);
    expect(encodeScenario(b)).toBe('');
  });
});
