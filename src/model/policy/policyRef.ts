// How scenarios, the calculator and the CLI name a policy: a preset id, or a preset with
// overrides (a reform as a small diff over a preset).
import { z } from 'zod';
import { choiceSchema } from '../parameters/choiceSchema.ts';
import { numberSchema } from '../parameters/numberSchema.ts';
import { policyChoiceDocs, policyParameterDocs as d } from '../parameters/policyParameters.ts';
import { policySchema, type Policy } from './schema.ts';
import { mergePolicy } from './mergePolicy.ts';
import { presets, presetIds, type PresetId } from './presets.ts';

const presetIdSchema = z.enum(presetIds as [PresetId, ...PresetId[]], {
  error: `must be one of ${presetIds.join(', ')}`,
});

/** Override keys accepted over a preset; each maps to a field of the policy schema, same doc. */
export const overridesSchema = z
  .object({
    cap: numberSchema(d.cap).nullable(),
    upperCapitalLimit: z.union([
      numberSchema(d['upperCapitalLimit.homeCounted']),
      z
        .object({
          homeCounted: numberSchema(d['upperCapitalLimit.homeCounted']),
          otherwise: numberSchema(d['upperCapitalLimit.otherwise']),
        })
        .strict(),
    ]),
    lowerCapitalLimit: numberSchema(d.lowerCapitalLimit),
    dailyLivingCost: numberSchema(d.dailyLivingCost),
    personalExpensesAllowance: numberSchema(d.personalExpensesAllowance),
    minimumIncomeGuarantee: numberSchema(d.minimumIncomeGuarantee),
    minimumIncomeGuarantee25ToPensionAge: numberSchema(d.minimumIncomeGuarantee25ToPensionAge),
    minimumIncomeGuarantee18To24: numberSchema(d.minimumIncomeGuarantee18To24),
    councilContributionCounts: z.boolean().meta({ ...policyChoiceDocs.councilContributionCounts }),
    tariffBand: numberSchema(d.tariffBand),
    propertyDisregardWeeks: numberSchema(d.propertyDisregardWeeks),
    thresholdUprating: choiceSchema(policyChoiceDocs.thresholdUprating),
  })
  .partial()
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

export const policyRefSchema = z.union(
  [
    presetIdSchema,
    z
      .object({
        preset: presetIdSchema,
        overrides: overridesSchema.optional(),
        overridesPriceYear: numberSchema(d.overridesPriceYear).optional(),
      })
      .strict(),
  ],
  { error: `must be a preset id (${presetIds.join(', ')}) or {"preset": id, "overrides": {...}}` },
);

export type PolicyRef = z.infer<typeof policyRefSchema>;

/** Resolves a preset id or preset-with-overrides into a full, validated policy. */
export function resolvePolicy(ref: PolicyRef): Policy {
  return typeof ref === 'string' ? presets[ref] : policySchema.parse(mergePolicy(ref));
}
