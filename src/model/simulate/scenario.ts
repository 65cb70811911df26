// A simulation scenario: who is simulated, for how long, under which policies (arms), with which
// personal-budget target and which uncertain parameters. Field names are an interface scripts
// depend on; `schemaVersion` lets saved files be migrated.
import { z } from 'zod';
import { money } from '../policy/field.ts';
import { policyRefSchema } from '../policy/index.ts';
import {
  COSTS_DEFAULTS,
  ENGINE_DEFAULTS,
  PERSONAL_BUDGET_DEFAULTS,
  UNCERTAINTY_DEFAULTS,
} from './scenarioDefaults.ts';

export const SCENARIO_SCHEMA_VERSION = 1;

const int = (meaning: string, unit: string, min: number, max: number) =>
  money({ unit, min, max, meaning }).int({
    error: `must be a whole number between ${min} and ${max}`,
  });

/** A triangular distribution (low ≤ central ≤ high); low = high fixes the value. */
export const triangularSchema = (unit: string, min: number, max: number, meaning: string) =>
  z
    .object({
      low: money({ unit, min, max, meaning: `${meaning}: lowest plausible` }),
      central: money({ unit, min, max, meaning: `${meaning}: central` }),
      high: money({ unit, min, max, meaning: `${meaning}: highest plausible` }),
    })
    .strict()
    .refine((d) => d.low <= d.central && d.central <= d.high, {
      error: 'needs low ≤ central ≤ high',
    })
    .meta({ unit, meaning });

export type Triangular = { low: number; central: number; high: number };

export const armSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/, {
      error: 'must be 1–40 letters, digits, spaces, _ . or -, starting with a letter or digit',
    }),
    policy: policyRefSchema,
  })
  .strict();

export const personalBudgetSettingsSchema = z
  .object({
    targetUptake: money({
      unit: 'share',
      min: 0,
      max: 1,
      meaning: 'Share of eligible users councils are asked to put on a personal budget',
    }).default(PERSONAL_BUDGET_DEFAULTS.targetUptake),
    targetYear: int('Year by which the target must be met (April)', 'year', 2010, 2100).optional(),
    basis: z.enum(['ni130', 'adass']).default(PERSONAL_BUDGET_DEFAULTS.basis).meta({
      meaning: 'Denominator the target is measured against: NI130, or ADASS eligible users',
    }),
    enabled: z
      .boolean()
      .default(PERSONAL_BUDGET_DEFAULTS.enabled)
      .meta({ meaning: 'Set a target at all (false: no target)' }),
  })
  .strict();

export const uncertaintySchema = z
  .object({
    feeGrowth: triangularSchema(
      'share a year',
      -0.05,
      0.1,
      'Real growth of care fees a year above CPI',
    ).default(UNCERTAINTY_DEFAULTS.feeGrowth),
    needPrevalence: triangularSchema(
      'multiplier',
      0.5,
      2,
      'Multiplier on the rates at which care needs arise',
    ).default(UNCERTAINTY_DEFAULTS.needPrevalence),
    selfFunderPremium: triangularSchema(
      'share',
      0,
      1,
      'Care-home fee paid by self-funders above the council rate (CMA 2017: 0.36)',
    ).default(UNCERTAINTY_DEFAULTS.selfFunderPremium),
    councilArrangedShare: triangularSchema(
      'share',
      0,
      1,
      'Share of self-funders who ask the council to arrange their care at its rate under a cap (s18(3))',
    ).default(UNCERTAINTY_DEFAULTS.councilArrangedShare),
    personalBudgetCosts: z
      .enum(['central', 'uncertain', 'none'])
      .default(UNCERTAINTY_DEFAULTS.personalBudgetCosts)
      .meta({
        meaning: 'Personal-budget cost effects: central values, drawn per replicate, or none',
      }),
  })
  .strict();

export const costsSchema = z
  .object({
    careAccountAdminPerYear: money({
      unit: '£ a year',
      min: 0,
      max: 5_000,
      meaning:
        'Council cost of keeping one self-funder’s care account for a year (only under a cap) [M]',
    }).default(COSTS_DEFAULTS.careAccountAdminPerYear),
    assessmentCost: money({
      unit: '£',
      min: 0,
      max: 10_000,
      meaning:
        'Council cost of a needs and financial assessment for a self-funder entering care (only under a cap) [M]',
    }).default(COSTS_DEFAULTS.assessmentCost),
  })
  .strict();

export const engineSchema = z
  .object({
    samplePeople: int(
      'Synthetic people (expected, over all replicates) whose careers and ledgers are exported as microdata; at most 1,000',
      'people',
      0,
      1_000,
    ).default(ENGINE_DEFAULTS.samplePeople),
    sliceSize: int(
      'Synthetic people per task (fixes how work is split, not results)',
      'people',
      1_000,
      1_000_000,
    ).default(ENGINE_DEFAULTS.sliceSize),
  })
  .strict();

export const scenarioSchema = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION).default(SCENARIO_SCHEMA_VERSION),
    name: z.string().max(200).optional(),
    seed: z
      .string()
      .min(1, { error: 'must be 1–200 characters' })
      .max(200, { error: 'must be 1–200 characters' }),
    startYear: int(
      'First simulated year (April); the population starts from the 2021 Census',
      'year',
      2021,
      2060,
    ).default(2026),
    years: int('Years simulated', 'years', 1, 50).default(20),
    population: int(
      'Synthetic people aged 65+ at the start (England ≈ 10.9 million)',
      'people',
      100,
      20_000_000,
    ).default(100_000),
    replicates: int('Monte Carlo replicates', 'replicates', 1, 1_000).default(50),
    arms: z
      .array(armSchema)
      .min(1, { error: 'needs at least one arm (the baseline)' })
      .max(8, { error: 'at most 8 arms' })
      .refine((arms) => new Set(arms.map((a) => a.name)).size === arms.length, {
        error: 'arm names must be different',
      }),
    personalBudgets: personalBudgetSettingsSchema.default(PERSONAL_BUDGET_DEFAULTS),
    uncertainty: uncertaintySchema.default(uncertaintySchema.parse({})),
    costs: costsSchema.default(costsSchema.parse({})),
    engine: engineSchema.default(engineSchema.parse({})),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Arm = z.infer<typeof armSchema>;
