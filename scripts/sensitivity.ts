// Sobol sensitivity analysis of a scenario's outcome with respect to its uncertain inputs
// (README "Sensitivity"; src/model/sensitivity/):
//   npm run sensitivity -- --scenario FILE.json --method sobol --n N [--measure NAME]
//                          [--year Y | --average] [--out DIR] [--shard i/n|auto]
//   npm run sensitivity -- --merge DIR --merge DIR … [--out DIR]
// Saltelli's design runs N(k + 2) scenarios, each with the inputs fixed, on common random numbers.
import { parseSensitivityArgs, SENSITIVITY_USAGE } from '../src/cli/sensitivityArgs.ts';
import { mergeSensitivity, runSensitivity, sobolTable } from '../src/cli/sensitivityRun.ts';
import { Refusal } from '../src/cli/refusal.ts';

const parsed = parseSensitivityArgs(process.argv.slice(2), process.env);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
const args = parsed.args;
if (args.help) {
  process.stdout.write(`${SENSITIVITY_USAGE}\n`);
  process.exit(0);
}
try {
  const d = args.merge ? await mergeSensitivity(args) : await runSensitivity(args);
  if (args.json) process.stdout.write(`${JSON.stringify(d)}\n`);
  else if (d.format === 'care-cap-sobol') process.stdout.write(`${sobolTable(d)}\n`);
  else
    process.stdout.write(
      `shard ${d.shard.index}/${d.shard.count}: ${d.values.length} (run, replicate) outcomes\n`,
    );
} catch (e) {
  if (e instanceof Refusal) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`the analysis failed: ${(e as Error).message}\n`);
  process.exit(1);
}
