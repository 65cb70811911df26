// Validates a calculator request (policy by preset or overrides, a person, their care) and runs it.
import { resolvePolicy } from '../policy/index.ts';
import { validate, type Problem } from '../validation/problems.ts';
import { calculateCareAccount } from './calculateCareAccount.ts';
import { calculatorInputSchema, type CalculatorOutput } from './schema.ts';

/**
 * Largest calculator input read (bytes of JSON): 100 episodes with every field at its longest
 * take well under 100 KB, so 1 MB leaves room for formatting and comments' worth of spaces.
 */
export const MAX_INPUT_BYTES = 1 << 20;

/** Runs the calculator on untrusted input: the output, or every problem found in the input. */
export function runCalculator(
  input: unknown,
): { ok: true; output: CalculatorOutput } | { ok: false; problems: Problem[] } {
  const v = validate(calculatorInputSchema, input);
  if (!v.ok) return v;
  const { policy, person, care, period } = v.value;
  return {
    ok: true,
    output: calculateCareAccount(resolvePolicy(policy), person, care, { period }),
  };
}
