// Input and output of the individual care-account calculator (issue: foundation). Field names
// are an interface that scripts depend on: keep them.
import { z } from 'zod';
import { money } from '../policy/field.ts';
import { policyRefSchema, settings } from '../policy/index.ts';

export const personSchema = z
  .object({
    age: money({ unit: 'years', min: 18, max: 120, meaning: 'Age when the care below begins' }),
    capital: money({
      unit: '£',
      min: 0,
      max: 100_000_000,
      meaning: 'Financial assets (savings, investments), not the home',
    }),
    homeValue: money({
      unit: '£',
      min: 0,
      max: 100_000_000,
      meaning: 'Value of the home the person owns (0 if none)',
    }).default(0),
    partnerAtHome: z
      .boolean()
      .default(false)
      .meta({ meaning: 'A partner (or relative 60+, or dependent child) still lives in the home' }),
    weeklyIncome: money({
      unit: '£/week',
      min: 0,
      max: 100_000,
      meaning: 'Assessable income: pensions and benefits',
    }),
    needsBeganAge: money({
      unit: 'years',
      min: 0,
      max: 120,
      meaning: 'Age at which eligible needs first began (young-onset rules); defaults to age',
    }).optional(),
    councilArranged: z.boolean().default(false).meta({
      meaning:
        'A self-funder who asks the council to arrange care (s18(3)) and so pays the council rate',
    }),
  })
  .strict();

export const careEpisodeSchema = z
  .object({
    setting: z.enum(settings, { error: `must be one of ${settings.join(', ')}` }),
    weeks: z
      .number()
      .int({ error: 'must be a whole number of weeks between 1 and 5,200' })
      .min(1, { error: 'must be between 1 and 5,200 (weeks)' })
      .max(5200, { error: 'must be between 1 and 5,200 (weeks)' }),
    weeklyFee: money({
      unit: '£/week',
      min: 0,
      max: 50_000,
      meaning: 'Fee the provider charges a self-funder',
    }),
    councilRate: money({
      unit: '£/week',
      min: 0,
      max: 50_000,
      meaning: 'What the council would pay to meet the same eligible need',
    }),
  })
  .strict();

export const calculatorInputSchema = z
  .object(
    {
      policy: policyRefSchema,
      person: personSchema,
      care: z
        .array(careEpisodeSchema, {
          error: 'must be a list of care episodes {setting, weeks, weeklyFee, councilRate}',
        })
        .min(1, { error: 'needs at least one care episode' })
        .max(100, { error: 'at most 100 care episodes' }),
      period: z
        .enum(['week', 'year'], { error: 'must be "week" or "year"' })
        .default('week')
        .meta({ meaning: 'Ledger rows per week or per 52-week year' }),
    },
    { error: 'must be a JSON object with "policy", "person" and "care"' },
  )
  .strict();

export type Person = z.infer<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;
export type CareEpisode = z.infer<typeof careEpisodeSchema>;
export type CalculatorInput = z.infer<typeof calculatorInputSchema>;

/** Who is paying the eligible care in a period. */
export const fundingStatuses = ['selfFunder', 'meansTested', 'afterCap'] as const;
export type FundingStatus = (typeof fundingStatuses)[number];

export const ledgerRowSchema = z.object({
  period: z.number().int(),
  startWeek: z.number().int().meta({ meaning: 'First week of the period, counted from 1' }),
  weeks: z.number().int(),
  setting: z.enum(settings),
  status: z.enum(fundingStatuses).meta({ meaning: 'Funding status at the start of the period' }),
  capitalStart: z
    .number()
    .meta({ unit: '£', meaning: 'Capital assessed at the start (incl. home if counted)' }),
  capital: z.number().meta({ unit: '£', meaning: 'Financial capital plus home value at the end' }),
  homeCounted: z.boolean(),
  tariffIncome: z.number().meta({ unit: '£', meaning: 'Tariff income assumed over the period' }),
  fee: z
    .number()
    .meta({ unit: '£', meaning: 'Actual fee paid over the period (person + council)' }),
  eligibleCost: z
    .number()
    .meta({ unit: '£', meaning: 'Cost of eligible care at the council rate' }),
  personPays: z.number().meta({ unit: '£' }),
  councilPays: z.number().meta({ unit: '£' }),
  dailyLivingCosts: z
    .number()
    .meta({ unit: '£', meaning: 'Part of personPays that is daily living costs' }),
  topUp: z.number().meta({ unit: '£', meaning: 'Part of personPays above the council rate' }),
  countedTowardsCap: z.number().meta({ unit: '£' }),
  careAccount: z.number().meta({ unit: '£', meaning: 'Care account at the end of the period' }),
  capReached: z.boolean().meta({ meaning: 'Cap reached by the end of the period' }),
});

export const summarySchema = z.object({
  weeksToCap: z
    .number()
    .int()
    .nullable()
    .meta({ meaning: 'Week in which the cap is reached, or null' }),
  capReached: z.boolean(),
  cap: z
    .number()
    .nullable()
    .meta({ unit: '£', meaning: "This person's cap after young-onset rules" }),
  weeks: z.number().int(),
  personPaid: z.number(),
  councilPaid: z.number(),
  countedTowardsCap: z.number(),
  dailyLivingCostsPaid: z.number(),
  topUpsPaid: z.number(),
  totalFees: z.number(),
  capitalLeft: z
    .number()
    .meta({ unit: '£', meaning: 'Financial capital plus home value at the end' }),
  personPaidToCap: z.number().nullable().meta({
    unit: '£',
    meaning: 'Everything the person paid up to and including the week the cap was reached',
  }),
});

export const calculatorOutputSchema = z.object({
  policy: z.object({ id: z.string(), name: z.string(), priceYear: z.string() }),
  summary: summarySchema,
  ledger: z.array(ledgerRowSchema),
});

export type LedgerRow = z.infer<typeof ledgerRowSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type CalculatorOutput = z.infer<typeof calculatorOutputSchema>;
