// CLI for the individual care-account calculator.
//   npm run -s calc -- --input FILE.json   (- for stdin)   [--format json|table] [--period week|year]
// Prints only JSON on stdout (or a readable table); problems go to stderr with a non-zero exit.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCalculator } from '../src/model/calculator/index.ts';
import { formatProblems } from '../src/model/validation/problems.ts';
import { pounds, textTable } from '../src/cli/table.ts';
import type { CalculatorOutput } from '../src/model/calculator/index.ts';

const usage =
  'usage: npm run -s calc -- --input FILE.json|- [--format json|table] [--period week|year]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function table(out: CalculatorOutput): string {
  const s = out.summary;
  const rows = out.ledger.map((r) => [
    String(r.period),
    r.setting,
    r.status,
    pounds(r.capitalStart),
    pounds(r.tariffIncome),
    pounds(r.fee),
    pounds(r.personPays),
    pounds(r.councilPays),
    pounds(r.dailyLivingCosts),
    pounds(r.careAccount),
    pounds(r.capital),
  ]);
  const head = [
    'period',
    'setting',
    'status',
    'capital',
    'tariff',
    'fee',
    'person',
    'council',
    'DLC',
    'account',
    'capital end',
  ];
  return [
    `${out.policy.name} — £ at ${out.policy.priceYear} prices`,
    '',
    textTable(head, rows),
    '',
    `cap: ${s.cap === null ? 'none' : pounds(s.cap)}; ${
      s.weeksToCap === null ? 'cap not reached' : `cap reached in week ${s.weeksToCap}`
    }`,
    `person paid ${pounds(s.personPaid)} (daily living costs ${pounds(s.dailyLivingCostsPaid)}, top-ups ${pounds(s.topUpsPaid)}); council paid ${pounds(s.councilPaid)}`,
    `counted towards the cap ${pounds(s.countedTowardsCap)}; capital left ${pounds(s.capitalLeft)}`,
  ].join('\n');
}

let args;
try {
  args = parseArgs({
    options: {
      input: { type: 'string', short: 'i' },
      format: { type: 'string', default: 'json' },
      period: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${usage}`);
}
if (args.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (!args.input) fail(`--input is required\n${usage}`);
if (args.format !== 'json' && args.format !== 'table') {
  fail(`--format: found "${args.format}"; allowed: json or table`);
}

let text: string;
try {
  text = readFileSync(args.input === '-' ? 0 : args.input, 'utf8');
} catch (e) {
  fail(`--input: cannot read ${args.input}: ${(e as Error).message}`);
}
let input: unknown;
try {
  input = JSON.parse(text);
} catch (e) {
  fail(`input is not valid JSON: ${(e as Error).message}`);
}
if (args.period !== undefined && input && typeof input === 'object' && !Array.isArray(input)) {
  input = { ...input, period: args.period };
}

const result = runCalculator(input);
if (!result.ok) fail(`invalid input:\n${formatProblems(result.problems)}`);
process.stdout.write(
  args.format === 'table' ? `${table(result.output)}\n` : `${JSON.stringify(result.output)}\n`,
);
