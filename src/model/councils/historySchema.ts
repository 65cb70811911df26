// Documentation and schema of the history mode's settings (`personalBudgets.history` in a
// scenario): the arms of a 2008–2016 run of the personal-budget and council model (history.ts).
// Kept out of the engine's imports, like personalBudgetParamsSchema.ts.
import { z } from 'zod';
import { choiceSchema } from '../parameters/choiceSchema.ts';
import { numberSchema } from '../parameters/numberSchema.ts';
import type { ChoiceDoc, ParameterDoc } from '../parameters/parameterDoc.ts';
import {
  HISTORY_DEADLINE_MAX,
  HISTORY_DEADLINE_MIN,
  historyPresetLabels,
  historyPresets,
  type HistoryPreset,
} from './history.ts';
import { personalBudgetParamDocs, targetBasisDoc } from './personalBudgetParams.ts';

const dp = personalBudgetParamDocs.directPaymentShare2010;

/** The history arm's numeric fields, by path inside `personalBudgets.history.arms[]`. */
export const historyParameterDocs = {
  level: {
    label: 'Final target level',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    percent: true,
    meaning:
      'Level of the preset’s last target (the April 2013 target, or the 30% milestone alone), on the arm’s basis',
    source:
      'none set: the preset’s own (100% by Apr 2013 from Nov 2010, cut to 70% on 29 Oct 2012: seeds 000, 001; MODEL.md §5)',
  },
  deadline: {
    label: 'Final target deadline',
    unit: 'year',
    min: HISTORY_DEADLINE_MIN,
    max: HISTORY_DEADLINE_MAX,
    integer: true,
    step: 1,
    meaning:
      'April of the year by which the preset’s last target must be met; the model runs forward from April 2010, so 2011 to 2016',
    source: 'none set: the preset’s own (April 2011 or April 2013, MODEL.md §5)',
  },
  directPaymentShare: {
    label: 'Direct-payment share, March 2010',
    unit: 'share',
    min: dp.min,
    max: dp.max,
    step: 0.005,
    percent: true,
    meaning: `${dp.meaning} (a share of NI130 users)`,
    source: `none set: the calibrated ${dp.central * 100}% (${dp.source})`,
  },
} as const satisfies Record<string, ParameterDoc>;

export const historyPresetDoc = {
  kind: 'choice',
  label: 'Targets',
  options: historyPresets.map((value) => ({ value, label: historyPresetLabels[value] })),
  default: 'as-happened',
  meaning: 'The set of targets councils were set from 2009 to 2013, or a variant of it',
  source: 'MODEL.md §5; seeds 000–004',
} as const satisfies ChoiceDoc<HistoryPreset>;

/** One arm of a history run. Names as the scenario's arms. */
export const historyArmSchema = z
  .object({
    name: z.string().regex(/^[\p{L}\p{N}£(][\p{L}\p{N} _.\-£/(),:+%]{0,39}$/u, {
      error:
        'must be 1–40 letters, digits, spaces or _ . - £ / ( ) , : + %, starting with a letter, digit, £ or (',
    }),
    preset: choiceSchema(historyPresetDoc).default('as-happened'),
    level: numberSchema(historyParameterDocs.level).optional(),
    deadline: numberSchema(historyParameterDocs.deadline).optional(),
    basis: choiceSchema(targetBasisDoc).default('ni130'),
    directPaymentShare: numberSchema(historyParameterDocs.directPaymentShare).optional(),
  })
  .strict();

/** `personalBudgets.history`: run the personal-budget model from April 2008 to April 2016. */
export const historySettingsSchema = z
  .object({
    arms: z
      .array(historyArmSchema)
      .min(1, { error: 'needs at least one arm' })
      .max(4, { error: 'at most 4 arms' })
      .refine((arms) => new Set(arms.map((a) => a.name)).size === arms.length, {
        error: 'arm names must be different',
      }),
  })
  .strict();

export type HistorySettings = z.infer<typeof historySettingsSchema>;
