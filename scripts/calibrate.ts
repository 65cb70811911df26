// `npm run calibrate`: simulates England's population and care careers over several seeded
// replicates and prints every calibration target with its simulated value, 5th–95th percentile
// interval and pass/fail; then the 153 councils run one by one, summed into regions and England. Flags: --json, --markdown, --replicates N, --fraction F, --cohort N, --seed S.
import { max } from 'd3';
import type { CalibrationRow } from '../src/model/calibration/row.ts';
import { MORTALITY } from '../src/model/data/mortalityFit.ts';
import { personalBudgetCalibrationRows } from '../src/model/councils/backtest.ts';
import { engineCalibrationRows } from '../src/model/calibration/engineRows.ts';
import { regionalCalibrationRows } from '../src/model/calibration/regionalRows.ts';
import {
  populationCalibrationRows,
  type CalibrationOptions,
} from '../src/model/population/calibration.ts';

function option(name: string): string | undefined {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

const options: Required<CalibrationOptions> = {
  seed: option('seed') ?? 'calibration',
  replicates: Number(option('replicates') ?? 10),
  sampleFraction: Number(option('fraction') ?? 0.02),
  cohortSize: Number(option('cohort') ?? 40_000),
};

// Population and care careers (MODEL.md §4), the council runs summed by region, then the
// personal-budget back-test 2010–2013 (§5).
const enginePopulation = Math.round(options.sampleFraction * 10_400_000);
const rows: CalibrationRow[] = [
  ...populationCalibrationRows(options),
  ...engineCalibrationRows({
    seed: options.seed,
    replicates: options.replicates,
    population: enginePopulation,
  }),
  ...regionalCalibrationRows({
    seed: options.seed,
    replicates: options.replicates,
    population: enginePopulation,
  }),
  ...personalBudgetCalibrationRows(),
];

/** Formats a value for its unit: percent to 1 dp, £bn to 2 dp, persons in thousands or millions. */
function format(x: number, unit: string): string {
  if (!Number.isFinite(x)) return String(x);
  switch (unit) {
    case '%':
      return x.toFixed(1);
    case 'persons':
      return x >= 1e6 ? `${(x / 1e6).toFixed(2)} m` : Math.round(x).toLocaleString('en-GB');
    case '£':
    case '£/wk':
      return Math.round(x).toLocaleString('en-GB');
    default:
      return x.toFixed(2);
  }
}

const cells = (r: CalibrationRow): string[] => [
  r.target,
  r.published,
  format(r.simulated, r.unit),
  `${format(r.lo, r.unit)} – ${format(r.hi, r.unit)}`,
  `${format(r.tolerance.min, r.unit)} – ${format(r.tolerance.max, r.unit)}`,
  r.unit,
  r.pass ? 'pass' : 'FAIL',
  r.source,
];
const NOTES = `## How the simulated values are measured

- **Lifetime care cost at 65**: a cohort turning 65 in 2010-11 (wealth at 2010-11 prices) is
  followed to death; each year of care is charged by the engine's own rules
  (\`src/model/charging\`: England's means test, limits frozen since 2010-11) at that year's fees
  (the fee history to 2025-26, then its growth) and each person's care-cost level, at the rate
  paid (self-funders at the self-funder rate: +40% in care homes, +15% for home care; NHS
  continuing healthcare costs nothing here); each year's cost is brought back to 2010-11 prices
  with the CPI (MODEL.md §7). A year in which someone dies counts half.
- **Life expectancy** comes from the simulated cohort; mortality is Gompertz–Makeham,
  μ(x) = A + B·exp(c·(x − 65)), fitted to e65 and e85 by sex: men A = ${MORTALITY.male.A}, B =
  ${MORTALITY.male.B}, c = ${MORTALITY.male.c}; women A = ${MORTALITY.female.A}, B =
  ${MORTALITY.female.B}, c = ${MORTALITY.female.c} (src/model/data/mortalityFit.ts).
- **Care-home risk and stay**: share of the cohort ever admitted; mean years from admission to
  death among those admitted.
- **Engine measures** (council-funded 18–64s, gross council spend) come from a simulation of the
  current means test starting in 2022-23 from the 2021 stock (people already in care having paid
  for their care so far), read through the measures the explorer reports: gross spend is what
  councils pay providers for care they arrange, before contributions. Working-age adults' care
  costs 1.5 times older people's in the same setting, set by the 18–64 spend row.
- **Stock measures** use the 2021 stock (65+ by the survival curve within the Census bands, and
  the working-age cohort in care), money at 2022 prices. A care user is a *self-funder* if their
  capital (savings, plus the home in a care home with no partner living there) is above £23,250
  after spending down for the years already spent in the setting, or if their income above the
  allowance plus tariff income covers the council rate (a full-cost payer). Nursing residents
  with NHS continuing healthcare (15% [M]) are state-funded. "All ages" includes the working-age
  cohort; regional shares are over all ages.
- **Council-funded 65+** are people aged 65+ in a care state who are not self-funders or NHS
  funded; **spend** is their council rate × 52 weeks (half for those who die in the year) at
  2020-21 and 2023-24 rates; counts and spend are scaled from the 2021 stock by the model's own
  65+ growth (people turning 65 less deaths, ≈1.5% a year).
- **Wealth**: ONS shares use household total wealth (home + savings + private pension wealth,
  valued as an annuity at 2.5% real, + physical wealth) moved to 2009 prices by house prices and
  CPI; the IFS quintile uses (home + savings) per adult at 2022 prices.
- **Council runs summed** (the rows ending "council runs summed"): each of the 153 councils of
  April 2023 is run on its own with its own people (src/model/population/councilPopulation.ts;
  docs/councils.md), from 2022-23 with the current means test, its own seed and synthetic people
  in proportion to its people aged 65+ (${enginePopulation.toLocaleString('en-GB')} in all, at least
  100 each); each replicate's council figures are summed into regions and England before the mean
  and percentiles are taken. A region's people aged 65+ are its councils'
  \`population_65plus\` at the start of 2023-24 against the ONS mid-2023 estimates of its councils
  (±5%, as England's row). The regional self-funder shares are the engine's (self-funders among
  care-home residents of all ages, averaged over 2022-23, as the row "… (the run)" for England)
  and so differ in definition from the stock rows above, which measure the 2021 stock at a point
  before a year and a half of spending down; the engine's regional gradient is flatter than
  ONS's (the North East matches; the South East is just under its tolerance).
- **People entering a care home keep a partner at home** as often as the stock's residents (40%
  of those in a couple, from Census 2021: ≈18% of 65+ residents married against ≈45% of all at
  the same ages). Before this rule the residents whose home is disregarded for a partner grew
  from 12% to 26% of residents 65+ in three years and the engine's self-funder share of residents
  65+ fell from 43% to 39%; with it the share is 44% in 2022-23 and about 49% by 2027 (ONS
  2022-23: 48.9% in homes for older people).
- The stock measures' interim means test (\`src/model/population/selfFunder.ts\`) remains for
  the self-funder shares of the 2021 stock (a point-in-time survey), the council-funded 65+ count
  and the 2020-21 spend, which the engine's measures do not give that way.`;

const header = [
  'Target',
  'Published',
  'Simulated',
  '5th–95th',
  'Tolerance',
  'Unit',
  'Result',
  'Source',
];
const failed = rows.filter((r) => !r.pass);

const runLine = `${options.replicates} replicates (seed "${options.seed}"), stock sample ${options.sampleFraction * 100}% of England, ${options.cohortSize.toLocaleString('en-GB')} 65-year-olds followed to death per replicate.`;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ options, rows }, null, 2));
} else if (process.argv.includes('--markdown')) {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  console.log('# Calibration: synthetic population and care careers\n');
  console.log(
    'Generated by `npm run -s calibrate -- --markdown > docs/calibration.md`; do not edit by hand.\n',
  );
  console.log(
    `${runLine} Simulated = mean over replicates; a row passes when it lies in the tolerance.\n`,
  );
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, k) => (k >= 2 && k <= 4 ? '---:' : '---')).join('|')}|`);
  for (const r of rows) console.log(`| ${cells(r).map(esc).join(' | ')} |`);
  console.log(`\n${rows.length - failed.length} of ${rows.length} targets pass.\n`);
  console.log(NOTES);
} else {
  const table = [header, ...rows.map(cells)];
  const widths = header.map((_, k) => max(table, (row) => (row[k] ?? '').length) ?? 0);
  const line = (row: string[]) =>
    row
      .map((c, k) => (k >= 2 && k <= 4 ? c.padStart(widths[k] ?? 0) : c.padEnd(widths[k] ?? 0)))
      .join('  ');
  console.log(runLine);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  console.log(`\n${rows.length - failed.length} of ${rows.length} targets pass.`);
}
if (failed.length > 0) process.exitCode = 1;
