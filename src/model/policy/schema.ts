// The charging policy: every rule of the means test and the cap as data (OpenFisca style).
// Money is in pounds at the policy's price year; weekly amounts are £/week.
import { z } from 'zod';
import { money } from './field.ts';

export const settings = ['homeCare', 'residential', 'nursing'] as const;
export type Setting = (typeof settings)[number];
export const isCareHome = (s: Setting): boolean => s !== 'homeCare';

export const capitalLimitSchema = z
  .object({
    homeCounted: money({
      unit: '£',
      min: 0,
      max: 2_000_000,
      meaning:
        'Upper capital limit that applies when the higher limit applies (see higherLimitAppliesTo)',
    }),
    otherwise: money({
      unit: '£',
      min: 0,
      max: 2_000_000,
      meaning: 'Upper capital limit in every other case',
    }),
  })
  .strict();

export const youngOnsetSchema = z
  .object({
    freeBeforeAge: money({
      unit: 'years',
      min: 0,
      max: 120,
      meaning: 'Care is free (cap £0) when eligible needs began before this age',
    }),
    stepPerDecade: money({
      unit: '£ per decade of age',
      min: 0,
      max: 1_000_000,
      meaning:
        'From freeBeforeAge the cap is this amount for each started decade of age, up to the full cap; 0 means the full cap applies at once',
    }),
  })
  .strict();

export const policySchema = z
  .object({
    id: z.string().min(1).max(80),
    // Room for a preset's name with every override listed (mergePolicy.ts): about 350 characters.
    name: z.string().min(1).max(500),
    priceYear: z.string().regex(/^\d{4}-\d{2}$/, { error: 'must look like 2025-26' }),
    source: z.string().max(2000),
    cap: money({
      unit: '£',
      min: 0,
      max: 10_000_000,
      meaning: 'Lifetime limit on what counts towards the care account; null for no cap',
    }).nullable(),
    upperCapitalLimit: capitalLimitSchema,
    higherLimitAppliesTo: z.enum(['homeCounted', 'careHome']).meta({
      meaning:
        'Whether the homeCounted limit applies when the home is counted in the means test (Care Act 2014) or to any care-home resident (Dilnot 2011)',
    }),
    lowerCapitalLimit: money({
      unit: '£',
      min: 0,
      max: 2_000_000,
      meaning: 'Capital below which no tariff income is assumed',
    }),
    tariffBand: money({
      unit: '£',
      min: 1,
      max: 100_000,
      meaning:
        'Tariff income is £1/week for each band (or part of a band) of capital above the lower limit',
    }),
    dailyLivingCost: money({
      unit: '£/week',
      min: 0,
      max: 5_000,
      meaning: 'Daily living costs in a care home: outside the cap, payable for life',
    }),
    personalExpensesAllowance: money({
      unit: '£/week',
      min: 0,
      max: 1_000,
      meaning: 'Income a care-home resident keeps (PEA)',
    }),
    minimumIncomeGuarantee: money({
      unit: '£/week',
      min: 0,
      max: 2_000,
      meaning: 'Income a person receiving care at home keeps (MIG), pension-credit age single',
    }),
    councilContributionCounts: z.boolean().meta({
      meaning:
        "Whether the council's contribution to eligible care counts towards the cap (false: only the person's own, the Nov 2021 amendment)",
    }),
    propertyDisregardWeeks: money({
      unit: 'weeks',
      min: 0,
      max: 520,
      meaning: 'The home is not counted in the first weeks of a permanent care-home stay',
    }),
    youngOnset: youngOnsetSchema.nullable(),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type CapitalLimits = z.infer<typeof capitalLimitSchema>;
