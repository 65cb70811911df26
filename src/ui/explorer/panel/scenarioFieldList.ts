// The scenario-wide fields of the panel as data: each group lists its parameters by their path in
// the scenario draft, and ScenarioFields.svelte renders them from their docs in a loop.
import type {
  scenarioChoiceDocs,
  ScenarioNumberPath,
  UncertaintyPath,
} from '../../../model/parameters/scenarioParameters.ts';
import type { ScenarioDraft } from '../scenarioDraft.ts';

type ChoicePath = {
  [K in keyof typeof scenarioChoiceDocs]: (typeof scenarioChoiceDocs)[K]['kind'] extends 'choice'
    ? K
    : never;
}[keyof typeof scenarioChoiceDocs];

/** One field of the panel. */
export type FieldSpec =
  | {
      kind: 'number';
      id: string;
      path: ScenarioNumberPath;
      /** A flag that must be on for the field to be editable. */
      enabledBy?: 'personalBudgets.enabled';
      /** Shown only while the (optional) value is set. */
      whenSet?: boolean;
    }
  | { kind: 'triangular'; id: string; path: UncertaintyPath }
  | { kind: 'choice'; id: string; path: ChoicePath }
  | { kind: 'flag'; id: string; path: 'personalBudgets.enabled' }
  | { kind: 'text'; id: string; path: 'seed' }
  /** England or one council of 2023, run with its own people. */
  | { kind: 'council'; id: string }
  | {
      /** A switch of the form, not a parameter: it sets or clears another field. */
      kind: 'toggle';
      id: string;
      label: string;
      meaning: string;
      enabledBy?: 'personalBudgets.enabled';
      get: (d: ScenarioDraft) => boolean;
      set: (d: ScenarioDraft, on: boolean) => void;
    };

export interface FieldGroup {
  /** Key of the group's open/closed memory. */
  key: string;
  title: string;
  fields: readonly FieldSpec[];
}

/** The groups of scenario-wide fields, in the panel's order. */
export const scenarioFieldGroups: readonly FieldGroup[] = [
  {
    key: 'personal-budgets',
    title: 'Personal budgets',
    fields: [
      { kind: 'flag', id: 'pb-enabled', path: 'personalBudgets.enabled' },
      {
        kind: 'number',
        id: 'pb-targetUptake',
        path: 'personalBudgets.targetUptake',
        enabledBy: 'personalBudgets.enabled',
      },
      {
        kind: 'toggle',
        id: 'pb-hasYear',
        label: 'Target has a deadline year',
        meaning: 'Otherwise the deadline is three years after the start year',
        enabledBy: 'personalBudgets.enabled',
        get: (d) => d.personalBudgets.targetYear !== undefined,
        set: (d, on) => (d.personalBudgets.targetYear = on ? d.startYear + 3 : undefined),
      },
      {
        kind: 'number',
        id: 'pb-targetYear',
        path: 'personalBudgets.targetYear',
        enabledBy: 'personalBudgets.enabled',
        whenSet: true,
      },
      { kind: 'choice', id: 'pb-basis', path: 'personalBudgets.basis' },
      {
        kind: 'toggle',
        id: 'pb-hasDpTarget',
        label: 'Set a direct-payment target',
        meaning: 'A share of council-supported people at home on a direct payment by the deadline',
        enabledBy: 'personalBudgets.enabled',
        get: (d) => d.personalBudgets.directPaymentTarget !== undefined,
        set: (d, on) => (d.personalBudgets.directPaymentTarget = on ? 0.4 : undefined),
      },
      {
        kind: 'number',
        id: 'pb-directPaymentTarget',
        path: 'personalBudgets.directPaymentTarget',
        enabledBy: 'personalBudgets.enabled',
        whenSet: true,
      },
    ],
  },
  {
    key: 'costs-uncertainty',
    title: 'Costs and uncertainty',
    fields: [
      { kind: 'number', id: 'costs-admin', path: 'costs.careAccountAdminPerYear' },
      { kind: 'number', id: 'costs-assessment', path: 'costs.assessmentCost' },
      { kind: 'number', id: 'costs-comingForwardYears', path: 'costs.comingForwardYears' },
      {
        kind: 'triangular',
        id: 'u-comingForwardShare',
        path: 'uncertainty.comingForwardShare',
      },
      { kind: 'triangular', id: 'u-feeGrowth', path: 'uncertainty.feeGrowth' },
      {
        kind: 'triangular',
        id: 'u-realEarningsGrowth',
        path: 'uncertainty.realEarningsGrowth',
      },
      { kind: 'triangular', id: 'u-needPrevalence', path: 'uncertainty.needPrevalence' },
      { kind: 'triangular', id: 'u-selfFunderPremium', path: 'uncertainty.selfFunderPremium' },
      {
        kind: 'triangular',
        id: 'u-councilArrangedShare',
        path: 'uncertainty.councilArrangedShare',
      },
      { kind: 'choice', id: 'u-pbCosts', path: 'uncertainty.personalBudgetCosts' },
    ],
  },
  {
    key: 'simulation',
    title: 'Simulation',
    fields: [
      { kind: 'council', id: 'sim-council' },
      { kind: 'text', id: 'sim-seed', path: 'seed' },
      { kind: 'number', id: 'sim-startYear', path: 'startYear' },
      { kind: 'number', id: 'sim-years', path: 'years' },
      { kind: 'number', id: 'sim-population', path: 'population' },
      { kind: 'number', id: 'sim-replicates', path: 'replicates' },
      { kind: 'number', id: 'sim-sliceSize', path: 'engine.sliceSize' },
    ],
  },
];

/** The value at a dotted path ("costs.assessmentCost") of a scenario or its draft. */
export function getPath(root: object, path: string): unknown {
  let v: unknown = root;
  for (const k of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
  return v;
}

/** Sets the value at a dotted path; the objects on the way must exist. */
export function setPath(root: object, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let o = root as Record<string, unknown>;
  for (const k of keys) o = o[k] as Record<string, unknown>;
  o[last] = value;
}
