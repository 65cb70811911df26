// Schema of the personal-budget parameters, built from their documentation (personalBudgetParams.ts):
// each number within its allowed range, with unit, meaning and source attached as metadata.
// Kept out of the engine's imports: a worker that never validates parameters builds no schemas.
import { z } from 'zod';
import { money } from '../policy/field.ts';
import {
  personalBudgetParamDocs,
  uptakeBases,
  type ParamDoc,
  type PersonalBudgetParamName,
  type PersonalBudgetParams,
} from './personalBudgetParams.ts';

const field = (d: ParamDoc) => money(d).meta({ ...d });
const numericShape = Object.fromEntries(
  Object.entries(personalBudgetParamDocs).map(([k, d]) => [k, field(d)]),
) as { [K in PersonalBudgetParamName]: ReturnType<typeof field> };

/** Schema of the personal-budget parameters; money in 2010-11 prices. */
export const personalBudgetParamsSchema = z
  .object({
    ...numericShape,
    targetBasis: z.enum(uptakeBases).meta({
      meaning:
        'Denominator against which councils measure themselves against a target: NI130 (the government indicator) or ADASS eligible users',
      source: 'seeds 002, 004 (the disputed denominator)',
    }),
  })
  .strict();

// The hand-written type and the schema's must agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: Same<z.infer<typeof personalBudgetParamsSchema>, PersonalBudgetParams> = true;
void agree;
