// The scenario schema's default values, as plain data: the schema (scenario.ts) fills them in, and
// the engine's workers, which build no schemas, take their warm-up scenario from them.
import type { Triangular } from './scenario.ts';

export const PERSONAL_BUDGET_DEFAULTS = {
  targetUptake: 0.7,
  basis: 'ni130',
  enabled: true,
} as const;

export const UNCERTAINTY_DEFAULTS = {
  feeGrowth: { low: -0.005, central: 0.01, high: 0.025 } satisfies Triangular,
  needPrevalence: { low: 0.9, central: 1, high: 1.1 } satisfies Triangular,
  selfFunderPremium: { low: 0.3, central: 0.4, high: 0.5 } satisfies Triangular,
  councilArrangedShare: { low: 0.1, central: 0.25, high: 0.4 } satisfies Triangular,
  personalBudgetCosts: 'uncertain',
} as const;

export const COSTS_DEFAULTS = { careAccountAdminPerYear: 100, assessmentCost: 300 } as const;

export const ENGINE_DEFAULTS = { samplePeople: 0, sliceSize: 25_000 } as const;
