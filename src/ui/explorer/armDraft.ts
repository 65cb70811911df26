// One arm of a scenario as edited in the panel: a preset plus overrides of any of its
// parameters. An override equal to the preset's value is dropped, so an unedited arm is just
// the preset id (and a shared link stays short).
import {
  presets,
  resolvePolicy,
  type Overrides,
  type Policy,
  type PolicyRef,
  type PresetId,
} from '../../model/policy/index.ts';

export interface ArmDraft {
  /** Stable key for keyed lists. */
  key: number;
  name: string;
  presetId: PresetId;
  overrides: Overrides;
  /** Cap to restore when "No cap" is unticked, £ at the preset's price year. */
  capMemory: number;
}

/** Money fields of a policy that a single number overrides. */
export type ScalarKey =
  | 'lowerCapitalLimit'
  | 'dailyLivingCost'
  | 'personalExpensesAllowance'
  | 'minimumIncomeGuarantee'
  | 'tariffBand'
  | 'propertyDisregardWeeks';

let nextKey = 0;

/** Cap offered when a preset without one gets a cap: the 2021 reform's £86,000. */
const FALLBACK_CAP = 86_000;

export function armFromRef(name: string, ref: PolicyRef): ArmDraft {
  const presetId = typeof ref === 'string' ? ref : ref.preset;
  const overrides = typeof ref === 'string' ? {} : structuredClone(ref.overrides ?? {});
  const cap = overrides.cap === undefined ? presets[presetId].cap : overrides.cap;
  return { key: nextKey++, name, presetId, overrides, capMemory: cap ?? FALLBACK_CAP };
}

/** The preset id alone when nothing differs from it, otherwise the preset with its overrides. */
export function refOfArm(arm: ArmDraft): PolicyRef {
  const base = presets[arm.presetId];
  const o: Overrides = {};
  for (const [k, v] of Object.entries(arm.overrides) as [keyof Overrides, unknown][]) {
    if (v === undefined) continue;
    if (k === 'upperCapitalLimit') {
      const u =
        typeof v === 'number'
          ? { homeCounted: v, otherwise: v }
          : (v as Policy['upperCapitalLimit']);
      if (
        u.homeCounted !== base.upperCapitalLimit.homeCounted ||
        u.otherwise !== base.upperCapitalLimit.otherwise
      )
        o.upperCapitalLimit = { ...u };
    } else if (v !== base[k]) {
      (o as Record<string, unknown>)[k] = v;
    }
  }
  return Object.keys(o).length ? { preset: arm.presetId, overrides: o } : arm.presetId;
}

/** The full policy an arm stands for, or null if its values cannot be combined. */
export function policyOfArm(arm: ArmDraft): Policy | null {
  try {
    return resolvePolicy(refOfArm(arm));
  } catch {
    return null;
  }
}

/** Switches an arm to another preset, dropping its overrides. */
export function choosePreset(arm: ArmDraft, id: PresetId): void {
  arm.presetId = id;
  arm.overrides = {};
  arm.capMemory = presets[id].cap ?? FALLBACK_CAP;
}

/** The value of a scalar field in effect (override or preset). */
export function scalarOf(arm: ArmDraft, k: ScalarKey): number {
  return arm.overrides[k] ?? presets[arm.presetId][k];
}

export function setScalar(arm: ArmDraft, k: ScalarKey, v: number): void {
  if (v === presets[arm.presetId][k]) delete arm.overrides[k];
  else arm.overrides[k] = v;
}

export function capOf(arm: ArmDraft): number | null {
  return arm.overrides.cap === undefined ? presets[arm.presetId].cap : arm.overrides.cap;
}

/** Sets the cap (null: no cap), remembering the last cap for when one is set again. */
export function setCap(arm: ArmDraft, cap: number | null): void {
  if (cap !== null) arm.capMemory = cap;
  if (cap === presets[arm.presetId].cap) delete arm.overrides.cap;
  else arm.overrides.cap = cap;
}

export function uclOf(arm: ArmDraft): Policy['upperCapitalLimit'] {
  const u = arm.overrides.upperCapitalLimit;
  if (u === undefined) return presets[arm.presetId].upperCapitalLimit;
  return typeof u === 'number' ? { homeCounted: u, otherwise: u } : u;
}

export function setUcl(arm: ArmDraft, which: 'homeCounted' | 'otherwise', v: number): void {
  const next = { ...uclOf(arm), [which]: v };
  const base = presets[arm.presetId].upperCapitalLimit;
  if (next.homeCounted === base.homeCounted && next.otherwise === base.otherwise)
    delete arm.overrides.upperCapitalLimit;
  else arm.overrides.upperCapitalLimit = next;
}

export function councilCountsOf(arm: ArmDraft): boolean {
  return arm.overrides.councilContributionCounts ?? presets[arm.presetId].councilContributionCounts;
}

export function setCouncilCounts(arm: ArmDraft, v: boolean): void {
  if (v === presets[arm.presetId].councilContributionCounts)
    delete arm.overrides.councilContributionCounts;
  else arm.overrides.councilContributionCounts = v;
}

export function upratingOf(arm: ArmDraft): Policy['thresholdUprating'] {
  return arm.overrides.thresholdUprating ?? presets[arm.presetId].thresholdUprating;
}

export function setUprating(arm: ArmDraft, v: Policy['thresholdUprating']): void {
  if (v === presets[arm.presetId].thresholdUprating) delete arm.overrides.thresholdUprating;
  else arm.overrides.thresholdUprating = v;
}
