// A simulation scenario: who is simulated, for how long, under which policies (arms), with which
// personal-budget target and which uncertain parameters. Field names are an interface scripts
// depend on; `schemaVersion` lets saved files be migrated.
import { z } from 'zod';
import { choiceSchema } from '../parameters/choiceSchema.ts';
import { numberSchema } from '../parameters/numberSchema.ts';
import {
  triangularPartDoc,
  triangularParts,
  type TriangularDoc,
} from '../parameters/parameterDoc.ts';
import {
  scenarioChoiceDocs as c,
  scenarioParameterDocs as d,
  uncertaintyParameterDocs as u,
} from '../parameters/scenarioParameters.ts';
import { policyRefSchema } from '../policy/index.ts';
import { historySettingsSchema } from '../councils/historySchema.ts';
import { council2023BySlug, councilAllowedText } from '../data/councils2023.ts';
import {
  COSTS_DEFAULTS,
  ENGINE_DEFAULTS,
  PERSONAL_BUDGET_DEFAULTS,
  UNCERTAINTY_DEFAULTS,
} from './scenarioDefaults.ts';

export const SCENARIO_SCHEMA_VERSION = 1;

/** A triangular distribution (low ≤ central ≤ high); low = high fixes the value. */
export const triangularSchema = (doc: TriangularDoc) =>
  z
    .object(
      Object.fromEntries(
        triangularParts.map((part) => [part, numberSchema(triangularPartDoc(doc, part))]),
      ) as Record<(typeof triangularParts)[number], ReturnType<typeof numberSchema>>,
    )
    .strict()
    .refine((t) => t.low <= t.central && t.central <= t.high, {
      error: 'needs low ≤ central ≤ high',
    })
    .meta({ ...doc });

export type Triangular = { low: number; central: number; high: number };

export const armSchema = z
  .object({
    // Analysts name arms like "Cap £60k / UCL £150k (2025: +5%)": every place a name goes
    // (legends, CSV, file names) escapes it.
    name: z.string().regex(/^[\p{L}\p{N}£(][\p{L}\p{N} _.\-£/(),:+%]{0,39}$/u, {
      error:
        'must be 1–40 letters, digits, spaces or _ . - £ / ( ) , : + %, starting with a letter, digit, £ or (',
    }),
    policy: policyRefSchema,
  })
  .strict();

export const personalBudgetSettingsSchema = z
  .object({
    targetUptake: numberSchema(d['personalBudgets.targetUptake']).default(
      PERSONAL_BUDGET_DEFAULTS.targetUptake,
    ),
    targetYear: numberSchema(d['personalBudgets.targetYear']).optional(),
    directPaymentTarget: numberSchema(d['personalBudgets.directPaymentTarget']).optional(),
    basis: choiceSchema(c['personalBudgets.basis']).default(PERSONAL_BUDGET_DEFAULTS.basis),
    enabled: z
      .boolean()
      .meta({ ...c['personalBudgets.enabled'] })
      .default(PERSONAL_BUDGET_DEFAULTS.enabled),
    history: historySettingsSchema.optional(),
  })
  .strict();

export const uncertaintySchema = z
  .object({
    feeGrowth: triangularSchema(u['uncertainty.feeGrowth']).default(UNCERTAINTY_DEFAULTS.feeGrowth),
    needPrevalence: triangularSchema(u['uncertainty.needPrevalence']).default(
      UNCERTAINTY_DEFAULTS.needPrevalence,
    ),
    selfFunderPremium: triangularSchema(u['uncertainty.selfFunderPremium']).default(
      UNCERTAINTY_DEFAULTS.selfFunderPremium,
    ),
    councilArrangedShare: triangularSchema(u['uncertainty.councilArrangedShare']).default(
      UNCERTAINTY_DEFAULTS.councilArrangedShare,
    ),
    comingForwardShare: triangularSchema(u['uncertainty.comingForwardShare']).default(
      UNCERTAINTY_DEFAULTS.comingForwardShare,
    ),
    realEarningsGrowth: triangularSchema(u['uncertainty.realEarningsGrowth']).default(
      UNCERTAINTY_DEFAULTS.realEarningsGrowth,
    ),
    personalBudgetCosts: choiceSchema(c['uncertainty.personalBudgetCosts']).default(
      UNCERTAINTY_DEFAULTS.personalBudgetCosts,
    ),
    personalBudgetCostQuantile: numberSchema(
      d['uncertainty.personalBudgetCostQuantile'],
    ).optional(),
  })
  .strict()
  .refine(
    (u) => !(u.personalBudgetCostQuantile !== undefined && u.personalBudgetCosts === 'none'),
    {
      error:
        'personalBudgetCostQuantile: not allowed with personalBudgetCosts "none" (no cost effects to fix)',
      path: ['personalBudgetCostQuantile'],
    },
  );

export const costsSchema = z
  .object({
    careAccountAdminPerYear: numberSchema(d['costs.careAccountAdminPerYear']).default(
      COSTS_DEFAULTS.careAccountAdminPerYear,
    ),
    assessmentCost: numberSchema(d['costs.assessmentCost']).default(COSTS_DEFAULTS.assessmentCost),
    comingForwardYears: numberSchema(d['costs.comingForwardYears']).default(
      COSTS_DEFAULTS.comingForwardYears,
    ),
  })
  .strict();

export const engineSchema = z
  .object({
    samplePeople: numberSchema(d['engine.samplePeople']).default(ENGINE_DEFAULTS.samplePeople),
    sliceSize: numberSchema(d['engine.sliceSize']).default(ENGINE_DEFAULTS.sliceSize),
  })
  .strict();

/** A council of 2023 for a council run (its own people), or null for England. */
export const councilSchema = z
  .string({ error: (issue) => councilAllowedText(issue.input) })
  .refine((slug) => council2023BySlug(slug) !== undefined, {
    error: (issue) => councilAllowedText(issue.input),
  })
  .nullable()
  .default(null)
  .meta({
    description:
      'Council of 2023 to simulate with its own people (slug), or null for England; `population` synthetic people then stand for its people aged 65+',
  });

const seedLength = `must be ${c.seed.minLength}–${c.seed.maxLength} characters`;

export const scenarioSchema = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION).default(SCENARIO_SCHEMA_VERSION),
    name: z.string().max(200).optional(),
    seed: z
      .string()
      .min(c.seed.minLength, { error: seedLength })
      .max(c.seed.maxLength, { error: seedLength })
      .meta({ ...c.seed }),
    startYear: numberSchema(d.startYear).default(d.startYear.default),
    years: numberSchema(d.years).default(d.years.default),
    population: numberSchema(d.population).default(d.population.default),
    council: councilSchema,
    replicates: numberSchema(d.replicates).default(d.replicates.default),
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
  .strict()
  .superRefine((s, ctx) => {
    // A deadline before the start year would press on councils from the first day without
    // saying so: refused, naming the field and the range the start year allows.
    const y = s.personalBudgets.targetYear;
    const max = d['personalBudgets.targetYear'].max;
    if (y !== undefined && y < s.startYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['personalBudgets', 'targetYear'],
        message: `between ${s.startYear} (the start year) and ${max} (year): the deadline cannot lie before the start`,
      });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Arm = z.infer<typeof armSchema>;
