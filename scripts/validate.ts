// npm run validate: the engine against published costings it was never calibrated to (Dilnot
// 2011, the Care Act 2014, the 2021 reform and its November 2021 amendment). Runs one scenario
// with every policy as an arm (common random numbers) and prints the table of docs/validation.md:
// each published figure, its source, and what the model gives, with the model's 90% interval.
// Nothing here is tuned to these figures.
import { scenarioSchema } from '../src/model/simulate/scenario.ts';
import { createInProcessPool } from '../workers/inProcess.ts';
import { vi } from '../src/model/simulate/result.ts';
import { M, type MeasureName } from '../src/model/simulate/measures.ts';
import { cpi } from '../src/model/data/consumerPrices.ts';
import { quantileSorted } from 'd3';

const population = Number(process.env.VALIDATE_POPULATION ?? 100_000);
const replicates = Number(process.env.VALIDATE_REPLICATES ?? 12);
const arms = [
  { name: 'current', policy: 'current' },
  { name: 'reform-2021', policy: 'reform-2021' },
  {
    name: 'reform-2021 before the amendment',
    policy: { preset: 'reform-2021', overrides: { councilContributionCounts: true } },
  },
  { name: 'care-act-2014', policy: 'care-act-2014' },
  { name: 'dilnot-2011', policy: 'dilnot-2011' },
];
const scenario = scenarioSchema.parse({
  name: 'Validation against published costings',
  seed: 'validation',
  population,
  replicates,
  arms,
});
const start = scenario.startYear;
const reps = await createInProcessPool(2).run(scenario);
const Y = scenario.years;

/** Mean and 5th–95th percentiles over replicates of f(replicate). */
function stat(f: (v: Float64Array) => number): { mean: number; p5: number; p95: number } {
  const xs = reps.map((r) => f(r.values)).sort((a, b) => a - b);
  return {
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    p5: quantileSorted(xs, 0.05)!,
    p95: quantileSorted(xs, 0.95)!,
  };
}
const at = (v: Float64Array, arm: number, m: MeasureName, t: number) => v[vi(Y, arm, M[m], t)]!;
const effect = (arm: number, t: number) => (v: Float64Array) =>
  at(v, arm, 'council_net_spend', t) - at(v, 0, 'council_net_spend', t);
const sumOver =
  (f: (t: number) => (v: Float64Array) => number, ts: number[]) => (v: Float64Array) =>
    ts.reduce((s, t) => s + f(t)(v), 0);
const bn = (x: number) => `£${(x / 1e9).toFixed(2)} bn`;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const fmt = (s: { mean: number; p5: number; p95: number }, f: (x: number) => string) =>
  `${f(s.mean)} (${f(s.p5)} to ${f(s.p95)})`;
const deflate = (toYear: number) => cpi(toYear) / cpi(start);

const rows: string[][] = [];
// Dilnot 2011: £35,000 cap, about £1.7 bn a year to the state (2010-11 prices).
const dilnotYears = [0, 1, 2, 3, 4];
rows.push([
  'Dilnot 2011: extra cost to the state of its proposals (£35,000 cap, £100,000 limit)',
  'about £1.7 bn a year, 2010-11 prices',
  '[V] Commission on Funding of Care and Support, Fairer Care Funding (July 2011), DH archive',
  fmt(
    stat((v) => sumOver((t) => effect(4, t), dilnotYears)(v) / dilnotYears.length),
    (x) => bn(x * deflate(2010)),
  ) + ` a year, ${start}–${start + 4}, at 2010-11 prices (CPI)`,
]);
// Care Act 2014: about £6 bn over its first five years.
rows.push([
  'Care Act 2014 (£72,000 cap, £118,000 limit): cost over the first five years',
  'about £6 bn',
  '[V2] reported when the cap was delayed in July 2015 (e.g. Lodders solicitors, "Care Act 2014: an update")',
  fmt(stat(sumOver((t) => effect(3, t), dilnotYears)), bn) +
    `, ${start}–${start + 4}, ${start}-27 prices`,
]);
// 2021 reform: £3.7 bn in 2027-28 (the reform's 5th year, costs stabilised).
rows.push([
  '2021 reform: extra cost once stabilised (2027-28, the fifth year from October 2023)',
  '£3.7 bn (incl. Barnett consequentials)',
  '[V] DHSC, Adult social care charging reform: analysis (2021)',
  `${fmt(stat(effect(1, 4)), bn)} in ${start + 4}, the fifth year of the run, ${start}-27 prices`,
]);
rows.push([
  '2021 reform: the Nov 2021 amendment (only the person’s own contributions count)',
  'saves about £0.9 bn a year by 2027-28',
  '[V2] House of Commons Library, "Cap on care costs: the Government’s proposed amendment" (2022)',
  fmt(
    stat((v) => effect(2, 4)(v) - effect(1, 4)(v)),
    bn,
  ) + ` a year in ${start + 4}`,
]);
// First people reach the cap about 2 years after implementation.
const firstYear = (arm: number) => (v: Float64Array) => {
  for (let t = 0; t < Y; t++) if (at(v, arm, 'people_reaching_cap_65plus', t) > 0) return t;
  return Y;
};
rows.push([
  '2021 reform: when the first people reach the cap',
  'roughly 2 years after implementation',
  '[V] DHSC, Adult social care charging reform: analysis (2021)',
  fmt(stat(firstYear(1)), (x) => `year ${(x + 1).toFixed(1)}`) +
    ' of the run (people aged 65+; year 1 is the first)',
]);
// Older people in care with some state support: about half now, about two-thirds under the reform.
const supported = (arm: number, t: number) => (v: Float64Array) =>
  at(v, arm, 'people_council_funded_65plus', t) / at(v, arm, 'people_in_care_65plus', t);
rows.push([
  'Older adults in care receiving some state support, current system',
  'around half',
  '[V] DHSC, Adult social care charging reform: analysis (2021)',
  `${fmt(stat(supported(0, 0)), pct)} in ${start}`,
]);
rows.push([
  'Older adults in care receiving some state support, 2021 reform',
  'roughly two-thirds',
  '[V] DHSC, Adult social care charging reform: analysis (2021)',
  `${fmt(stat(supported(1, 4)), pct)} in ${start + 4}`,
]);

const out = [
  `Model: ${population.toLocaleString('en-GB')} people × ${replicates} replicates, ${start}–${start + Y - 1}, seed "validation"; mean (90% interval over replicates).`,
  '',
  '| Published costing | Published figure | Source | Model |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(out);
// --write: the table between the markers of docs/validation.md.
if (process.argv.includes('--write')) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const doc = readFileSync('docs/validation.md', 'utf8');
  const begin = '<!-- validate:begin -->';
  const end = '<!-- validate:end -->';
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error('docs/validation.md has no validate markers');
  writeFileSync('docs/validation.md', `${doc.slice(0, i + begin.length)}\n${out}\n${doc.slice(j)}`);
}
