// CLI for the individual care-account calculator.
//   npm run -s calc -- --input FILE.json   (- for stdin)   [--format json|table] [--period week|year]
// Prints only JSON on stdout (or a readable table); problems go to stderr with a non-zero exit.
import { calculateFromText, CALC_USAGE, parseCalcArgs } from '../src/cli/calcArgs.ts';
import { pounds, textTable } from '../src/cli/table.ts';
import { readLimited } from '../src/cli/readLimited.ts';
import { MAX_INPUT_BYTES } from '../src/model/calculator/index.ts';
import type { CalculatorOutput } from '../src/model/calculator/index.ts';

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

const parsed = parseCalcArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.message);
const args = parsed.args;
if (args.help) {
  process.stdout.write(`${CALC_USAGE}\n`);
  process.exit(0);
}

const read = readLimited('--input', args.input, MAX_INPUT_BYTES);
if (!read.ok) fail(read.message);
const result = calculateFromText(read.text, args.period);
if (!result.ok) fail(result.message);
process.stdout.write(
  args.format === 'table' ? `${table(result.output)}\n` : `${JSON.stringify(result.output)}\n`,
);
