// buildBundle: a zip that unzips (fflate unzipSync) to the CSVs, manifest, optional sample and
// extra files, byte-identical for equal inputs.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildBundle, BUNDLE_FILES } from '../../../src/model/export/bundle.ts';
import { buildManifest } from '../../../src/model/export/manifest.ts';
import { tidyCsv } from '../../../src/model/export/tidyCsv.ts';
import { summaryCsv } from '../../../src/model/export/summaryCsv.ts';
import { personSampleCsv, type PersonSampleRow } from '../../../src/model/export/personSample.ts';
import { summarise } from '../../../src/model/simulate/summarise.ts';
import { armNames, results, scenario } from './fixtures.ts';

const manifest = await buildManifest({
  app: { version: '0.1.0', commit: 'abc1234' },
  scenario,
  results: results(),
  createdAt: new Date('2026-04-01T12:00:00.000Z'),
});
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>£ spend</title></svg>';
const png = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
const sample: PersonSampleRow[] = [
  {
    replicate: 0,
    person: 17,
    arm: 'baseline',
    year: 2026,
    age: 84,
    sex: 'female',
    region: 'South East',
    careState: 'residential',
    capital: 123_456.78,
    personPaid: 40_000,
    councilPaid: 0,
    careAccount: 0,
  },
];

describe('buildBundle', () => {
  const zip = buildBundle({
    manifest,
    results: results(),
    personSample: sample,
    extraFiles: [
      { path: 'charts/council-spend.svg', data: svg },
      { path: 'charts/raw.bin', data: png },
    ],
  });
  const files = unzipSync(zip);

  it('unzips to the manifest, readme, CSVs, sample and extra files', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'charts/council-spend.svg',
        'charts/raw.bin',
        'manifest.json',
        'person_sample.csv',
        'results_tidy.csv',
        'summary.csv',
      ].sort(),
    );
  });

  it('holds the same text as the CSV writers and the manifest', () => {
    const text = (p: string) => strFromU8(files[p]!);
    expect(text(BUNDLE_FILES.tidy)).toBe(tidyCsv(scenario, armNames, results()));
    expect(text(BUNDLE_FILES.summary)).toBe(
      summaryCsv(scenario, summarise(results(), armNames, scenario.startYear)),
    );
    expect(JSON.parse(text(BUNDLE_FILES.manifest))).toEqual(manifest);
    expect(text(BUNDLE_FILES.personSample)).toBe(personSampleCsv(sample));
    expect(text(BUNDLE_FILES.readme)).toContain(manifest.resultsHash);
    expect(text('charts/council-spend.svg')).toBe(svg);
    expect(files['charts/raw.bin']).toEqual(png);
  });

  it('CSVs start with the UTF-8 byte-order mark (spreadsheets then read £ as UTF-8); others do not', () => {
    const bom = [0xef, 0xbb, 0xbf];
    for (const f of [BUNDLE_FILES.tidy, BUNDLE_FILES.summary, BUNDLE_FILES.personSample])
      expect([...files[f]!.slice(0, 3)], f).toEqual(bom);
    for (const f of [BUNDLE_FILES.manifest, BUNDLE_FILES.readme])
      expect([...files[f]!.slice(0, 3)], f).not.toEqual(bom);
    // The text after the mark is the CSV writers' (TextDecoder drops the mark, as readers do).
    expect(strFromU8(files[BUNDLE_FILES.tidy]!.slice(3))).toBe(
      tidyCsv(scenario, armNames, results()),
    );
  });

  it('the README states the price base as the app does ("2026-27 prices") and names the scenario', () => {
    const readme = strFromU8(files[BUNDLE_FILES.readme]!);
    const y = manifest.scenario.startYear;
    const base = `${y}-${String((y + 1) % 100).padStart(2, '0')} prices`;
    expect(readme).toContain(`Money is in £ a year at ${base} (CPI)`);
    expect(readme).not.toMatch(new RegExp(`at ${y} prices`));
    expect(readme).not.toContain('unnamed');
  });

  it('gives byte-identical zips for equal inputs', () => {
    const again = buildBundle({
      manifest,
      results: results(),
      personSample: sample,
      extraFiles: [
        { path: 'charts/council-spend.svg', data: svg },
        { path: 'charts/raw.bin', data: png },
      ],
    });
    expect(again).toEqual(zip);
  });

  it('leaves out the person sample when none is given', () => {
    const plain = unzipSync(buildBundle({ manifest, results: results() }));
    expect(Object.keys(plain)).not.toContain(BUNDLE_FILES.personSample);
  });

  it.each(['../escape.svg', '/abs.svg', 'a//b.svg', 'a\\b.svg', '', 'manifest.json'])(
    'refuses the extra file path %j',
    (path) => {
      expect(() =>
        buildBundle({ manifest, results: results(), extraFiles: [{ path, data: 'x' }] }),
      ).toThrow(/bundle/);
    },
  );

  it('says in its README whose people a council run stands for; an England run’s says nothing of it', async () => {
    const readme = (z: Uint8Array) => strFromU8(unzipSync(z)[BUNDLE_FILES.readme]!);
    expect(readme(zip)).not.toMatch(/Council run/);
    const council = await buildManifest({
      app: { version: '0.1.0', commit: 'abc1234' },
      scenario: { ...scenario, council: 'rutland' },
      results: results(),
      createdAt: new Date('2026-04-01T12:00:00.000Z'),
    });
    expect(readme(buildBundle({ manifest: council, results: results() }))).toMatch(
      new RegExp(
        `^Council run: ${scenario.population.toLocaleString('en-GB')} synthetic people aged 65\\+ stand for Rutland's [\\d,]+ \\(each for [\\d.,]+\\); every figure is the council's own\\.$`,
        'm',
      ),
    );
  });
});
