// How scenarios, the calculator and the CLI name a policy: a preset id, or a preset with
// overrides (a reform as a small diff over a preset).
import { z } from 'zod';
import { money } from './field.ts';
import { policySchema, type Policy } from './schema.ts';
import { mergePolicy } from './mergePolicy.ts';
import { presets, presetIds, type PresetId } from './presets.ts';

const presetIdSchema = z.enum(presetIds as [PresetId, ...PresetId[]], {
  error: `must be one of ${presetIds.join(', ')}`,
});

const limit = money({ unit: '£', min: 0, max: 2_000_000, meaning: 'Upper capital limit' });

/** Override keys accepted over a preset; each maps to a field of the policy schema. */
export const overridesSchema = z
  .object({
    cap: money({ unit: '£', min: 0, max: 10_000_000, meaning: 'Lifetime cap' }).nullable(),
    upperCapitalLimit: z.union([
      limit,
      z.object({ homeCounted: limit, otherwise: limit }).strict(),
    ]),
    lowerCapitalLimit: limit,
    dailyLivingCost: money({ unit: '£/week', min: 0, max: 5_000, meaning: 'Daily living costs' }),
    personalExpensesAllowance: money({ unit: '£/week', min: 0, max: 1_000, meaning: 'PEA' }),
    minimumIncomeGuarantee: money({ unit: '£/week', min: 0, max: 2_000, meaning: 'MIG' }),
    councilContributionCounts: z.boolean(),
    tariffBand: money({ unit: '£', min: 1, max: 100_000, meaning: 'Tariff band' }),
    propertyDisregardWeeks: money({
      unit: 'weeks',
      min: 0,
      max: 520,
      meaning: 'Property disregard',
    }),
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
        overridesPriceYear: money({
          unit: 'year',
          min: 2000,
          max: 2100,
          meaning:
            'Calendar year whose prices the overrides are in (the financial year starting that April); default: the preset’s price year',
        })
          .int({ error: 'must be a whole number between 2000 and 2100' })
          .optional(),
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
