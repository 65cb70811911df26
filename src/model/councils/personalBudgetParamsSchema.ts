// Schema of the personal-budget parameters, built from their documentation (personalBudgetParams.ts):
// each number within its allowed range, with unit, meaning and source attached as metadata.
// Kept out of the engine's imports: a worker that never validates parameters builds no schemas.
import { z } from 'zod';
import { choiceSchema } from '../parameters/choiceSchema.ts';
import { numberSchema } from '../parameters/numberSchema.ts';
import {
  personalBudgetParamDocs,
  targetBasisDoc,
  type PersonalBudgetParamName,
  type PersonalBudgetParams,
} from './personalBudgetParams.ts';

const numericShape = Object.fromEntries(
  Object.entries(personalBudgetParamDocs).map(([k, d]) => [k, numberSchema(d)]),
) as { [K in PersonalBudgetParamName]: ReturnType<typeof numberSchema> };

/** Schema of the personal-budget parameters; money in 2010-11 prices. */
export const personalBudgetParamsSchema = z
  .object({
    ...numericShape,
    targetBasis: choiceSchema(targetBasisDoc),
  })
  .strict();

// The hand-written type and the schema's must agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: Same<z.infer<typeof personalBudgetParamsSchema>, PersonalBudgetParams> = true;
void agree;
