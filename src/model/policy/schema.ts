// The charging policy: every rule of the means test and the cap as data (OpenFisca style).
// Money is in pounds at the policy's price year; weekly amounts are £/week. Each field's unit,
// range, meaning and source are in its doc (src/model/parameters/policyParameters.ts).
import { z } from 'zod';
import { choiceSchema } from '../parameters/choiceSchema.ts';
import { numberSchema } from '../parameters/numberSchema.ts';
import { policyChoiceDocs, policyParameterDocs as d } from '../parameters/policyParameters.ts';

export const settings = ['homeCare', 'residential', 'nursing'] as const;
export type Setting = (typeof settings)[number];
export const isCareHome = (s: Setting): boolean => s !== 'homeCare';

const { higherLimitAppliesTo, councilContributionCounts, thresholdUprating } = policyChoiceDocs;

export const capitalLimitSchema = z
  .object({
    homeCounted: numberSchema(d['upperCapitalLimit.homeCounted']),
    otherwise: numberSchema(d['upperCapitalLimit.otherwise']),
  })
  .strict();

export const youngOnsetSchema = z
  .object({
    freeBeforeAge: numberSchema(d['youngOnset.freeBeforeAge']),
    stepPerDecade: numberSchema(d['youngOnset.stepPerDecade']),
  })
  .strict();

export const policySchema = z
  .object({
    id: z.string().min(1).max(80),
    // Room for a preset's name with every override listed (mergePolicy.ts): about 350 characters.
    name: z.string().min(1).max(500),
    priceYear: z.string().regex(/^\d{4}-\d{2}$/, { error: 'must look like 2025-26' }),
    source: z.string().max(2000),
    cap: numberSchema(d.cap).nullable(),
    upperCapitalLimit: capitalLimitSchema,
    higherLimitAppliesTo: choiceSchema(higherLimitAppliesTo),
    lowerCapitalLimit: numberSchema(d.lowerCapitalLimit),
    tariffBand: numberSchema(d.tariffBand),
    dailyLivingCost: numberSchema(d.dailyLivingCost),
    personalExpensesAllowance: numberSchema(d.personalExpensesAllowance),
    minimumIncomeGuarantee: numberSchema(d.minimumIncomeGuarantee),
    minimumIncomeGuarantee25ToPensionAge: numberSchema(d.minimumIncomeGuarantee25ToPensionAge),
    minimumIncomeGuarantee18To24: numberSchema(d.minimumIncomeGuarantee18To24),
    councilContributionCounts: z.boolean().meta({ ...councilContributionCounts }),
    propertyDisregardWeeks: numberSchema(d.propertyDisregardWeeks),
    youngOnset: youngOnsetSchema.nullable(),
    thresholdUprating: choiceSchema(thresholdUprating),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type ThresholdUprating = Policy['thresholdUprating'];
export type CapitalLimits = z.infer<typeof capitalLimitSchema>;
