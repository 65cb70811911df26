// One arm of a scenario as edited in the panel: a preset plus overrides of any of its
// parameters. An override equal to the preset's value is dropped, so an unedited arm is just
// the preset id (and a shared link stays short).
import { priceFactor, priceYearStart } from '../../model/data/consumerPrices.ts';
import { repriceOverrides, repricePolicy, toPenny } from '../../model/policy/reprice.ts';
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
  /** Overrides, money at `priceYear`'s prices. */
  overrides: Overrides;
  /**
   * Calendar year whose prices the overrides are in: the preset's own for an arm read from an
   * older link, the start year's once edited in the panel (which shows every amount at the start
   * year's prices, the results' price base).
   */
  priceYear: number;
  /** Cap to restore when "No cap" is unticked, £ at `priceYear`'s prices. */
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

/** Cap offered when a preset without one gets a cap: the 2021 reform's (£86,000 at 2021-22). */
const fallbackCap = (year: number): number => presetAt('reform-2021', year).cap!;

const cache = new Map<string, Policy>();

/** Preset `id` with every amount at `year`'s prices (by CPI, as a run reprices it). */
export function presetAt(id: PresetId, year: number): Policy {
  const key = `${id}|${year}`;
  let p = cache.get(key);
  if (!p) {
    p = repricePolicy(presets[id], year);
    cache.set(key, p);
  }
  return p;
}

/** The calendar year a preset's money is at. */
export const presetYear = (id: PresetId): number => priceYearStart(presets[id].priceYear);

export function armFromRef(name: string, ref: PolicyRef): ArmDraft {
  const presetId = typeof ref === 'string' ? ref : ref.preset;
  const overrides = typeof ref === 'string' ? {} : structuredClone(ref.overrides ?? {});
  const priceYear =
    typeof ref === 'string'
      ? presetYear(presetId)
      : (ref.overridesPriceYear ?? presetYear(presetId));
  const cap = overrides.cap === undefined ? presetAt(presetId, priceYear).cap : overrides.cap;
  return {
    key: nextKey++,
    name,
    presetId,
    overrides,
    priceYear,
    capMemory: cap ?? fallbackCap(priceYear),
  };
}

/**
 * The preset id alone when nothing differs from it, otherwise the preset with its overrides and
 * the year of their prices (left out when it is the preset's own).
 */
export function refOfArm(arm: ArmDraft): PolicyRef {
  const base = presetAt(arm.presetId, arm.priceYear);
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
  if (!Object.keys(o).length) return arm.presetId;
  return arm.priceYear === presetYear(arm.presetId)
    ? { preset: arm.presetId, overrides: o }
    : { preset: arm.presetId, overrides: o, overridesPriceYear: arm.priceYear };
}

/** The full policy an arm stands for (at its preset's price year), or null if it cannot be. */
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
  arm.capMemory = presetAt(id, arm.priceYear).cap ?? fallbackCap(arm.priceYear);
}

/** The arm's overrides at `year`'s prices. */
const overridesAt = (arm: ArmDraft, year: number): Overrides =>
  repriceOverrides(arm.overrides, arm.priceYear, year);

/** Moves the arm's overrides (and remembered cap) to `year`'s prices before an edit there. */
function rebase(arm: ArmDraft, year: number): void {
  if (arm.priceYear === year) return;
  arm.overrides = overridesAt(arm, year);
  arm.capMemory = capMemoryAt(arm, year);
  arm.priceYear = year;
}

/** The value of a scalar field in effect (override or preset), at `year`'s prices. */
export function scalarOf(arm: ArmDraft, k: ScalarKey, year: number): number {
  return overridesAt(arm, year)[k] ?? presetAt(arm.presetId, year)[k];
}

export function setScalar(arm: ArmDraft, k: ScalarKey, v: number, year: number): void {
  rebase(arm, year);
  if (v === presetAt(arm.presetId, year)[k]) delete arm.overrides[k];
  else arm.overrides[k] = v;
}

/** The cap in effect at `year`'s prices (null: none). */
export function capOf(arm: ArmDraft, year: number): number | null {
  const o = overridesAt(arm, year);
  return o.cap === undefined ? presetAt(arm.presetId, year).cap : o.cap;
}

/** The cap to offer when "No cap" is unticked, at `year`'s prices. */
export const capMemoryAt = (arm: ArmDraft, year: number): number =>
  toPenny(arm.capMemory * priceFactor(arm.priceYear, year));

/** Sets the cap (null: no cap) at `year`'s prices, remembering the last cap for later. */
export function setCap(arm: ArmDraft, cap: number | null, year: number): void {
  rebase(arm, year);
  if (cap !== null) arm.capMemory = cap;
  if (cap === presetAt(arm.presetId, year).cap) delete arm.overrides.cap;
  else arm.overrides.cap = cap;
}

export function uclOf(arm: ArmDraft, year: number): Policy['upperCapitalLimit'] {
  const u = overridesAt(arm, year).upperCapitalLimit;
  if (u === undefined) return presetAt(arm.presetId, year).upperCapitalLimit;
  return typeof u === 'number' ? { homeCounted: u, otherwise: u } : u;
}

export function setUcl(
  arm: ArmDraft,
  which: 'homeCounted' | 'otherwise',
  v: number,
  year: number,
): void {
  const next = { ...uclOf(arm, year), [which]: v };
  rebase(arm, year);
  const base = presetAt(arm.presetId, year).upperCapitalLimit;
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
