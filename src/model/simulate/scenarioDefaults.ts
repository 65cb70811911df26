// The scenario schema's default values, as plain data taken from the parameters' docs
// (src/model/parameters/scenarioParameters.ts): the schema (scenario.ts) fills them in, and the
// engine's workers, which build no schemas, take their warm-up scenario from them.
import {
  scenarioChoiceDocs as c,
  scenarioParameterDocs as d,
  uncertaintyParameterDocs as u,
} from '../parameters/scenarioParameters.ts';
import type { Triangular } from './scenario.ts';

const triangular = (doc: Triangular): Triangular => ({
  low: doc.low,
  central: doc.central,
  high: doc.high,
});

export const PERSONAL_BUDGET_DEFAULTS = {
  targetUptake: d['personalBudgets.targetUptake'].default,
  basis: c['personalBudgets.basis'].default,
  enabled: c['personalBudgets.enabled'].default,
} as const;

export const UNCERTAINTY_DEFAULTS = {
  feeGrowth: triangular(u['uncertainty.feeGrowth']),
  needPrevalence: triangular(u['uncertainty.needPrevalence']),
  selfFunderPremium: triangular(u['uncertainty.selfFunderPremium']),
  councilArrangedShare: triangular(u['uncertainty.councilArrangedShare']),
  comingForwardShare: triangular(u['uncertainty.comingForwardShare']),
  realEarningsGrowth: triangular(u['uncertainty.realEarningsGrowth']),
  personalBudgetCosts: c['uncertainty.personalBudgetCosts'].default,
} as const;

export const COSTS_DEFAULTS = {
  careAccountAdminPerYear: d['costs.careAccountAdminPerYear'].default,
  assessmentCost: d['costs.assessmentCost'].default,
  comingForwardYears: d['costs.comingForwardYears'].default,
} as const;

export const ENGINE_DEFAULTS = {
  samplePeople: d['engine.samplePeople'].default,
  sliceSize: d['engine.sliceSize'].default,
} as const;
