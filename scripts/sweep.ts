// Parameter sweeps on the command line (docs/cluster.md, README "Sweeps"):
//   npm run sweep -- --grid FILE.json --out DIR [--workers N] [--shard i/n|auto] [--format parquet]
//   npm run sweep -- --merge DIR --merge DIR … [--merge-glob 'PATTERN'] --out DIR
// The grid's points run one after another on one pool of worker threads; each gets its own
// directory with manifest.json and results.json, and the sweep one tidy table and sweep.json.
// Outputs are written to a staging directory beside --out and renamed into place at the end.
import { parseSweepArgs, SWEEP_USAGE } from '../src/cli/sweepArgs.ts';
import { mergeSweep, pointsTable, Refusal, runSweep } from '../src/cli/sweepRun.ts';

const parsed = parseSweepArgs(process.argv.slice(2), process.env);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
const args = parsed.args;
if (args.help) {
  process.stdout.write(`${SWEEP_USAGE}\n`);
  process.exit(0);
}
try {
  const d = args.merge ? await mergeSweep(args) : await runSweep(args);
  process.stdout.write(args.json ? `${JSON.stringify(d)}\n` : `${pointsTable(d)}\n`);
} catch (e) {
  if (e instanceof Refusal) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`the sweep failed: ${(e as Error).message}\n`);
  process.exit(1);
}
