// Command-line arguments and input of `npm run calc`, as pure functions (no files, no process):
// parse and check the flags, then turn the input's text into the calculator's result. Each
// refusal is one message naming the flag or the input's field.
import { parseArgs } from 'node:util';
import { runCalculator, type CalculatorOutput } from '../model/calculator/index.ts';
import { formatProblems } from '../model/validation/problems.ts';
import type { ArgsResult } from './simulateArgs.ts';

export const CALC_USAGE =
  'usage: npm run -s calc -- --input FILE.json|- [--format json|table] [--period week|year]';

export interface CalcArgs {
  help: boolean;
  /** Input file, or "-" for stdin. */
  input: string;
  format: 'json' | 'table';
  /** Overrides the input's `period` (checked with the input). */
  period?: string;
}

/** Parses `argv` (without node and the script); never throws. */
export function parseCalcArgs(argv: readonly string[]): ArgsResult<CalcArgs> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        input: { type: 'string', short: 'i' },
        format: { type: 'string', default: 'json' },
        period: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${CALC_USAGE}` };
  }
  if (values.help) return { ok: true, args: { help: true, input: '', format: 'json' } };
  if (!values.input) return { ok: false, message: `--input is required\n${CALC_USAGE}` };
  if (values.format !== 'json' && values.format !== 'table')
    return { ok: false, message: `--format: found "${values.format}"; allowed: json or table` };
  return {
    ok: true,
    args: {
      help: false,
      input: values.input,
      format: values.format,
      ...(values.period !== undefined ? { period: values.period } : {}),
    },
  };
}

/** Runs the calculator on the input's text (JSON), with `--period` applied; never throws. */
export function calculateFromText(
  text: string,
  period?: string,
): { ok: true; output: CalculatorOutput } | { ok: false; message: string } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `input is not valid JSON: ${(e as Error).message}` };
  }
  if (period !== undefined && input && typeof input === 'object' && !Array.isArray(input)) {
    input = { ...input, period };
  }
  const result = runCalculator(input);
  if (!result.ok)
    return { ok: false, message: `invalid input:\n${formatProblems(result.problems)}` };
  return result;
}
