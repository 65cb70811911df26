// Input and output of the individual care-account calculator (issue: foundation). Field names
// are an interface that scripts depend on: keep them.
import { z } from 'zod';
import { choiceSchema } from '../parameters/choiceSchema.ts';
import { numberSchema } from '../parameters/numberSchema.ts';
import { rangeText } from '../parameters/parameterDoc.ts';
import { personChoiceDocs as c, personParameterDocs as d } from '../parameters/personParameters.ts';
import { policyRefSchema, settings } from '../policy/index.ts';

export const personSchema = z
  .object({
    age: numberSchema(d['person.age']),
    capital: numberSchema(d['person.capital']),
    homeValue: numberSchema(d['person.homeValue']).default(d['person.homeValue'].default),
    partnerAtHome: z
      .boolean()
      .meta({ ...c['person.partnerAtHome'] })
      .default(c['person.partnerAtHome'].default),
    weeklyIncome: numberSchema(d['person.weeklyIncome']),
    needsBeganAge: numberSchema(d['person.needsBeganAge']).optional(),
    councilArranged: z
      .boolean()
      .meta({ ...c['person.councilArranged'] })
      .default(c['person.councilArranged'].default),
  })
  .strict();

// Weeks keep their own messages (whole number first, then the range), as scripts have seen them.
const weeks = d['care[].weeks'];
const weeksRange = rangeText(weeks); // "between 1 and 5,200 (weeks)"
const weeksSchema = z
  .number()
  .int({ error: `must be a whole number of weeks ${weeksRange.replace(/ \(weeks\)$/, '')}` })
  .min(weeks.min, { error: `must be ${weeksRange}` })
  .max(weeks.max, { error: `must be ${weeksRange}` })
  .meta({ ...weeks });

export const careEpisodeSchema = z
  .object({
    setting: choiceSchema(c['care[].setting'], `must be one of ${settings.join(', ')}`),
    weeks: weeksSchema,
    weeklyFee: numberSchema(d['care[].weeklyFee']),
    councilRate: numberSchema(d['care[].councilRate']),
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
      period: choiceSchema(c.period, 'must be "week" or "year"').default(c.period.default),
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
