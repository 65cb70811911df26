// Compiled rules of a preset for the rule-file tests (pence throughout).
import { compileRules, type ChargingRules } from '../../../src/model/charging/index.ts';
import { presets, type PresetId } from '../../../src/model/policy/index.ts';

export const rulesFor = (id: PresetId): ChargingRules => compileRules(presets[id]);

/** £ to pence, for readable tables. */
export const p = (pounds: number): number => Math.round(pounds * 100);
