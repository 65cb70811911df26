// A policy as edited on the Person page: a preset plus the key parameters a user may change,
// turned back into a PolicyRef (the preset with only the changed fields as overrides).
import {
  presets,
  resolvePolicy,
  type Overrides,
  type Policy,
  type PolicyRef,
  type PresetId,
} from '../../model/policy/index.ts';

export interface PolicyDraft {
  presetId: PresetId;
  noCap: boolean;
  /** Cap used when `noCap` is false, £ (kept while "no cap" is ticked). */
  capValue: number;
  upperHigher: number;
  upperOther: number;
  lowerCapitalLimit: number;
  dailyLivingCost: number;
  personalExpensesAllowance: number;
  minimumIncomeGuarantee: number;
  councilContributionCounts: boolean;
}

/** Cap offered when a preset without one gets a cap: the 2021 reform's £86,000. */
const fallbackCap = 86_000;

/** The draft that reproduces preset `id` exactly. */
export function draftOf(id: PresetId): PolicyDraft {
  const p: Policy = presets[id];
  return {
    presetId: id,
    noCap: p.cap === null,
    capValue: p.cap ?? fallbackCap,
    upperHigher: p.upperCapitalLimit.homeCounted,
    upperOther: p.upperCapitalLimit.otherwise,
    lowerCapitalLimit: p.lowerCapitalLimit,
    dailyLivingCost: p.dailyLivingCost,
    personalExpensesAllowance: p.personalExpensesAllowance,
    minimumIncomeGuarantee: p.minimumIncomeGuarantee,
    councilContributionCounts: p.councilContributionCounts,
  };
}

/** The preset id alone when nothing changed, otherwise the preset with the changed fields. */
export function refOf(d: PolicyDraft): PolicyRef {
  const base = presets[d.presetId];
  const o: Overrides = {};
  const cap = d.noCap ? null : d.capValue;
  if (cap !== base.cap) o.cap = cap;
  if (
    d.upperHigher !== base.upperCapitalLimit.homeCounted ||
    d.upperOther !== base.upperCapitalLimit.otherwise
  ) {
    o.upperCapitalLimit = { homeCounted: d.upperHigher, otherwise: d.upperOther };
  }
  if (d.lowerCapitalLimit !== base.lowerCapitalLimit) o.lowerCapitalLimit = d.lowerCapitalLimit;
  if (d.dailyLivingCost !== base.dailyLivingCost) o.dailyLivingCost = d.dailyLivingCost;
  if (d.personalExpensesAllowance !== base.personalExpensesAllowance) {
    o.personalExpensesAllowance = d.personalExpensesAllowance;
  }
  if (d.minimumIncomeGuarantee !== base.minimumIncomeGuarantee) {
    o.minimumIncomeGuarantee = d.minimumIncomeGuarantee;
  }
  if (d.councilContributionCounts !== base.councilContributionCounts) {
    o.councilContributionCounts = d.councilContributionCounts;
  }
  return Object.keys(o).length ? { preset: d.presetId, overrides: o } : d.presetId;
}

/** The full policy a draft stands for (throws if the combination is invalid). */
export const policyOf = (d: PolicyDraft): Policy => resolvePolicy(refOf(d));
