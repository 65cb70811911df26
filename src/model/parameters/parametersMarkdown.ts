// docs/parameters.md, written from the parameters' docs: one table per group (policy, scenario,
// personal-budget model, calculator inputs) and the dated series. `npm run docs:parameters`
// writes it; a test fails when the file is out of date.
import { councils2023 } from '../data/councils2023.ts';
import {
  defaultPersonalBudgetParams,
  personalBudgetParamDocs,
  targetBasisDoc,
} from '../councils/personalBudgetParams.ts';
import { overridesSchema } from '../policy/policyRef.ts';
import { presetIds, presets } from '../policy/presets.ts';
import type { Policy } from '../policy/schema.ts';
import { datedSeries, type DatedSeries } from './datedValues.ts';
import {
  isNumberDoc,
  type AnyParameterDoc,
  type OtherParameterDoc,
  type ParameterDoc,
} from './parameterDoc.ts';
import { episodeYearsDoc, personChoiceDocs, personParameterDocs } from './personParameters.ts';
import { policyChoiceDocs, policyParameterDocs } from './policyParameters.ts';
import {
  scenarioChoiceDocs,
  scenarioParameterDocs,
  uncertaintyParameterDocs,
} from './scenarioParameters.ts';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
const pence = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6, useGrouping: false });

/** A number as a file holds it: thousands separators except for years, pence for £ a week. */
function num(n: number, unit = ''): string {
  const inPence = unit === '£/week' || (unit.startsWith('£') && !Number.isInteger(n));
  const f = unit === 'year' ? plain : inPence ? pence : grouped;
  return f.format(n).replace('-', '−');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const code = (path: string): string => `\`${path}\``;

function rangeOf(d: AnyParameterDoc): string {
  if (isNumberDoc(d)) {
    const unit = d.unit === 'year' ? 'year' : '';
    return `${num(d.min, unit)} – ${num(d.max, unit)}${d.integer ? ', whole' : ''}`;
  }
  return otherRange(d);
}

function otherRange(d: OtherParameterDoc): string {
  if (d.kind === 'choice') return d.options.map((o) => code(o.value)).join(', ');
  if (d.kind === 'flag') return '`true`, `false`';
  return `${d.minLength}–${d.maxLength} characters`;
}

const unitOf = (d: AnyParameterDoc): string => (isNumberDoc(d) ? d.unit : '');

function defaultOf(d: AnyParameterDoc): string {
  if ('low' in d && typeof d.low === 'number') {
    const t = d as ParameterDoc & { low: number; central: number; high: number };
    return `${num(t.low)} / ${num(t.central)} / ${num(t.high)}`;
  }
  if (d.default === undefined) return '—';
  return typeof d.default === 'number' ? num(d.default, unitOf(d)) : code(String(d.default));
}

/** A policy field's value in a preset, by path. */
function presetValue(p: Policy, path: string, unit: string): string {
  let v: unknown = p;
  for (const k of path.split('.')) v = v === null ? null : (v as Record<string, unknown>)[k];
  if (v === null) return path === 'cap' ? 'none' : '—';
  if (v === undefined) return '—';
  return typeof v === 'number' ? num(v, unit) : code(String(v));
}

function policySection(): string {
  const docs: [string, AnyParameterDoc][] = [
    ...Object.entries(policyParameterDocs).filter(([k]) => k !== 'overridesPriceYear'),
    ...Object.entries(policyChoiceDocs),
  ];
  const rows = docs.map(([path, d]) => [
    code(path),
    d.label,
    unitOf(d),
    rangeOf(d),
    ...presetIds.map((id) => presetValue(presets[id], path, unitOf(d))),
    d.meaning,
    d.source,
  ]);
  const head = ['parameter', 'label', 'unit', 'range', ...presetIds.map(code), 'meaning', 'source'];
  const price = policyParameterDocs.overridesPriceYear;
  return [
    '## Policy',
    '',
    'Every field of a policy (`src/model/policy/schema.ts`), with each preset’s value at its own price year (' +
      presetIds.map((id) => `${code(id)} ${presets[id].priceYear}`).join(', ') +
      '). A scenario’s arm or the calculator names a preset and may override ' +
      Object.keys(overridesSchema.shape).map(code).join(', ') +
      ' (`upperCapitalLimit` as one number for both limits, or both).',
    '',
    table(head, rows),
    '',
    `${code('overridesPriceYear')} (${price.unit}, ${rangeOf(price)}): ${price.meaning}.`,
  ].join('\n');
}

function scenarioSection(): string {
  const docs: [string, AnyParameterDoc][] = [
    ['seed', scenarioChoiceDocs.seed],
    ...Object.entries(scenarioParameterDocs),
    ...Object.entries(scenarioChoiceDocs).filter(([k]) => k !== 'seed'),
    ...Object.entries(uncertaintyParameterDocs),
  ];
  const rows = docs.map(([path, d]) => [
    code(path),
    d.label,
    unitOf(d),
    rangeOf(d),
    defaultOf(d),
    d.meaning,
    d.source,
  ]);
  // The council is a choice of 153 slugs, not a documented number or choice: its row by hand.
  rows.splice(rows.findIndex((r) => r[0] === code('population')) + 1, 0, [
    code('council'),
    'Area',
    '',
    `\`null\` (England) or one of the ${councils2023.length} councils of April 2023 by slug (\`npm run simulate -- --list-councils\`)`,
    code('null'),
    'England, or one council run with its own people (its ages, region and house prices); `population` then stands for the council’s people aged 65+',
    '[V] ONS mid-2023 population estimates and HM Land Registry UK HPI per council; fees, home ownership and savings its region’s [M] (docs/councils.md)',
  ]);
  return [
    '## Scenario',
    '',
    'Every parameter of a scenario file (`src/model/simulate/scenario.ts`) but its arms, with the default a file gets when it leaves the field out (`uncertainty.*`: the triangular’s low / central / high). The explorer starts from its own default scenario (`src/ui/state/defaults.ts`), and its help texts state those defaults.',
    '',
    table(['parameter', 'label', 'unit', 'range', 'default', 'meaning', 'source'], rows),
  ].join('\n');
}

function personalBudgetSection(): string {
  const rows = Object.entries(personalBudgetParamDocs).map(([path, d]) => [
    code(path),
    d.label,
    d.unit,
    rangeOf(d),
    `${num(d.low)} / ${num(d.central)} / ${num(d.high)}`,
    d.costEffect ? 'yes' : 'no',
    d.meaning,
    d.source,
  ]);
  rows.push([
    code('targetBasis'),
    targetBasisDoc.label,
    '',
    rangeOf(targetBasisDoc),
    code(defaultPersonalBudgetParams.targetBasis),
    'no',
    targetBasisDoc.meaning,
    targetBasisDoc.source,
  ]);
  return [
    '## Personal-budget model',
    '',
    'The councils’ personal-budget model (MODEL.md §5; `src/model/councils/personalBudgetParams.ts`). The default is the central value; cost effects are drawn per replicate from triangular(low, central, high) when a scenario’s `uncertainty.personalBudgetCosts` is `uncertain`.',
    '',
    table(
      [
        'parameter',
        'label',
        'unit',
        'range',
        'low / central / high',
        'cost effect',
        'meaning',
        'source',
      ],
      rows,
    ),
  ].join('\n');
}

function calculatorSection(): string {
  const docs: [string, AnyParameterDoc][] = [
    ...Object.entries(personParameterDocs),
    ...Object.entries(personChoiceDocs),
  ];
  const rows = docs.map(([path, d]) => [
    code(path),
    d.label,
    unitOf(d),
    rangeOf(d),
    defaultOf(d),
    d.meaning,
    d.source,
  ]);
  return [
    '## Calculator inputs',
    '',
    'The individual calculator’s person and care (`src/model/calculator/schema.ts`). The Person page takes an episode’s length in years: ' +
      `${episodeYearsDoc.label} (${episodeYearsDoc.unit}, ${rangeOf(episodeYearsDoc)}): ${episodeYearsDoc.meaning}.`,
    '',
    table(['parameter', 'label', 'unit', 'range', 'default', 'meaning', 'source'], rows),
  ].join('\n');
}

function seriesTable(s: DatedSeries): string {
  return [
    `### ${s.label} (${s.unit})`,
    '',
    `${s.meaning}.`,
    '',
    table(
      ['from', 'value', 'source'],
      s.values.map((v) => [
        v.from,
        v.value === null ? 'not recorded' : num(v.value, s.unit),
        v.source,
      ]),
    ),
  ].join('\n');
}

function datedSection(): string {
  return [
    '## Dated values',
    '',
    'Parameters that change over time, as dated series (OpenFisca style; `src/model/parameters/datedValues.ts`): each value holds from its date until the next. The `current` preset reads its limits, PEA and MIG from them at 1 April 2025; the other presets read the PEA and MIG of their years.',
    '',
    datedSeries.map(seriesTable).join('\n\n'),
  ].join('\n');
}

/** The whole of docs/parameters.md. */
export function parametersMarkdown(): string {
  return `${[
    '# Parameters',
    '',
    '<!-- Generated by `npm run docs:parameters` (scripts/parameters-doc.ts) from the parameters’ docs; do not edit by hand. -->',
    '',
    'Every parameter of the simulator, declared once with its label, unit, allowed range, meaning and source; the schemas, the form fields and their help texts are derived from the same docs (`src/model/parameters/`). Sources carry the tags of the domain brief (MODEL.md): [V] seen in a published source, [V2] seen in a secondary source quoting it, [M] a modelling choice or a figure not checked against the original, with its reason; “derived” values are worked out from published ones, “calibrated” ones fitted to the targets of MODEL.md §4–5.',
    '',
    policySection(),
    '',
    scenarioSection(),
    '',
    personalBudgetSection(),
    '',
    calculatorSection(),
    '',
    datedSection(),
  ].join('\n')}\n`;
}
