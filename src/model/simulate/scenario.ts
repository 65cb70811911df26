// A simulation scenario: who is simulated, for how long, under which policies (arms), with which
// personal-budget target and which uncertain parameters. Field names are an interface scripts
// depend on; `schemaVersion` lets saved files be migrated.
import { z } from 'zod';
import { money } from '../policy/field.ts';
import { policyRefSchema } from '../policy/index.ts';

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
    }).default(0.7),
    targetYear: int('Year by which the target must be met (April)', 'year', 2010, 2100).optional(),
    basis: z.enum(['ni130', 'adass']).default('ni130').meta({
      meaning: 'Denominator the target is measured against: NI130, or ADASS eligible users',
    }),
    enabled: z.boolean().default(true).meta({ meaning: 'Set a target at all (false: no target)' }),
  })
  .strict();

export const uncertaintySchema = z
  .object({
    feeGrowth: triangularSchema(
      'share a year',
      -0.05,
      0.1,
      'Real growth of care fees a year above CPI',
    ).default({ low: -0.005, central: 0.01, high: 0.025 }),
    needPrevalence: triangularSchema(
      'multiplier',
      0.5,
      2,
      'Multiplier on the rates at which care needs arise',
    ).default({ low: 0.9, central: 1, high: 1.1 }),
    selfFunderPremium: triangularSchema(
      'share',
      0,
      1,
      'Care-home fee paid by self-funders above the council rate (CMA 2017: 0.36)',
    ).default({ low: 0.3, central: 0.4, high: 0.5 }),
    councilArrangedShare: triangularSchema(
      'share',
      0,
      1,
      'Share of self-funders who ask the council to arrange their care at its rate under a cap (s18(3))',
    ).default({ low: 0.1, central: 0.25, high: 0.4 }),
    personalBudgetCosts: z.enum(['central', 'uncertain', 'none']).default('uncertain').meta({
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
    }).default(100),
    assessmentCost: money({
      unit: '£',
      min: 0,
      max: 10_000,
      meaning:
        'Council cost of a needs and financial assessment for a self-funder entering care (only under a cap) [M]',
    }).default(300),
  })
  .strict();

export const engineSchema = z
  .object({
    samplePeople: int(
      'Synthetic people (expected, over all replicates) whose careers and ledgers are exported as microdata; at most 1,000',
      'people',
      0,
      1_000,
    ).default(0),
    sliceSize: int(
      'Synthetic people per task (fixes how work is split, not results)',
      'people',
      1_000,
      1_000_000,
    ).default(25_000),
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
    personalBudgets: personalBudgetSettingsSchema.default({
      targetUptake: 0.7,
      basis: 'ni130',
      enabled: true,
    }),
    uncertainty: uncertaintySchema.default(uncertaintySchema.parse({})),
    costs: costsSchema.default(costsSchema.parse({})),
    engine: engineSchema.default(engineSchema.parse({})),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Arm = z.infer<typeof armSchema>;
