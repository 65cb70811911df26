// Builds src/model/data/councils2023.data.ts from the source extracts in data/councils2023/ (see
// docs/councils.md): the 153 councils with adult social care responsibilities at April 2023
// boundaries, their people by single year of age 65+ (ONS mid-2023 estimates), people 55–64 and
// 18–64, and UK HPI average house prices (HM Land Registry, March 2021).
// Run: npx tsx scripts/build-councils2023.ts && npx prettier --write src/model/data/councils2023.data.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { councils2010, regions } from '../src/model/councils/councils.ts';

const dir = new URL('../data/councils2023/', import.meta.url);

/** Minimal CSV reader: quoted fields may hold commas. */
function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(name, dir), 'utf8').trim();
  const rows = text.split(/\r?\n/).map((line) => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  });
  const head = rows[0]!;
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const ages = readCsv('lad-age-mid2023.csv');
const county = new Map(readCsv('lad-to-county-2023.csv').map((r) => [r.LAD23CD!, r]));
const hpi = new Map(
  readCsv('uk-hpi-england-la-2021-03.csv').map((r) => [
    r['Local authorities']!.trim(),
    Number(r['March 2021']),
  ]),
);

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/,? city of$/, '')
    .replace(/,? county of$/, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const displayName = (name: string) =>
  name.replace(/^(.*), City of$/, '$1').replace(/^(.*), County of$/, '$1');

/** 2010 predecessors of councils created 2019–2023 (structural changes orders). */
const NEW_COUNCILS: Record<string, { predecessors: string[]; districts?: string[] }> = {
  'bournemouth-christchurch-and-poole': { predecessors: ['bournemouth', 'poole', 'dorset'] },
  dorset: { predecessors: ['dorset'] },
  buckinghamshire: { predecessors: ['buckinghamshire'] },
  'north-northamptonshire': {
    predecessors: ['northamptonshire'],
    districts: ['Corby', 'East Northamptonshire', 'Kettering', 'Wellingborough'],
  },
  'west-northamptonshire': {
    predecessors: ['northamptonshire'],
    districts: ['Daventry', 'Northampton', 'South Northamptonshire'],
  },
  cumberland: { predecessors: ['cumbria'], districts: ['Allerdale', 'Carlisle', 'Copeland'] },
  'westmorland-and-furness': {
    predecessors: ['cumbria'],
    districts: ['Barrow-in-Furness', 'Eden', 'South Lakeland'],
  },
  'north-yorkshire': { predecessors: ['north-yorkshire'] },
  somerset: { predecessors: ['somerset'] },
};
/** Names the UK HPI file spells differently. */
const HPI_NAME: Record<string, string> = {
  bristol: 'City of Bristol',
  derby: 'City of Derby',
  'kingston-upon-hull': 'City of Kingston upon Hull',
  nottingham: 'City of Nottingham',
  peterborough: 'City of Peterborough',
  plymouth: 'City of Plymouth',
  westminster: 'City of Westminster',
  herefordshire: 'Herefordshire',
  'bournemouth-christchurch-and-poole': 'Bournemouth Christchurch and Poole',
  'st-helens': 'St Helens',
};

interface Acc {
  slug: string;
  name: string;
  code: string;
  type: string;
  ages: number[]; // 0 … 89, 90+
}
const byCouncil = new Map<string, Acc>();
for (const r of ages) {
  const lad = r.code!;
  const cty = county.get(lad);
  const code = cty ? cty.CTY23CD! : lad;
  const rawName = cty ? cty.CTY23NM! : r.name!;
  let acc = byCouncil.get(code);
  if (!acc) {
    const type = code.startsWith('E10')
      ? 'county'
      : code === 'E06000053' || code === 'E09000001'
        ? 'sui generis'
        : code.startsWith('E06')
          ? 'unitary'
          : code.startsWith('E08')
            ? 'metropolitan'
            : 'londonBorough';
    acc = {
      slug: slugOf(rawName),
      name: displayName(rawName),
      code,
      type,
      ages: Array.from({ length: 91 }, () => 0),
    };
    byCouncil.set(code, acc);
  }
  for (let a = 0; a < 91; a++) acc.ages[a]! += Number(r[a < 90 ? String(a) : '90+']);
}

const old = new Map(councils2010.map((c) => [c.slug, c]));
const rows = [...byCouncil.values()].map((c) => {
  const fresh = NEW_COUNCILS[c.slug];
  const predecessors = fresh?.predecessors ?? [c.slug];
  for (const p of predecessors) if (!old.has(p)) throw new Error(`${c.name}: no 2010 council ${p}`);
  const region = old.get(predecessors[0]!)!.region;
  let price: number | null = null;
  let basis: 'council' | 'districts' | 'regional' = 'regional';
  if (fresh?.districts) {
    const xs = fresh.districts.map((d) => hpi.get(d));
    if (xs.some((x) => x === undefined)) throw new Error(`${c.name}: district price missing`);
    price = Math.round(xs.reduce((s, x) => s! + x!, 0)! / xs.length);
    basis = 'districts';
  } else {
    const p = hpi.get(HPI_NAME[c.slug] ?? c.name);
    if (p !== undefined) {
      price = p;
      basis = 'council';
    }
  }
  const sum = (from: number, to: number) => c.ages.slice(from, to + 1).reduce((s, x) => s + x, 0);
  return {
    ...c,
    region,
    predecessors,
    ages65: c.ages.slice(65),
    aged55to64: sum(55, 64),
    aged18to64: sum(18, 64),
    price,
    basis,
  };
});

// Regions in ONS order, then councils by name.
const regionIndex = (name: string) => (regions as readonly string[]).indexOf(name);
rows.sort((a, b) => regionIndex(a.region) - regionIndex(b.region) || a.name.localeCompare(b.name));
if (rows.length !== 153) throw new Error(`expected 153 councils, got ${rows.length}`);
const mapped = new Set(rows.flatMap((r) => r.predecessors));
for (const c of councils2010)
  if (!mapped.has(c.slug)) throw new Error(`2010 council ${c.slug} unmapped`);

const out = `// GENERATED by scripts/build-councils2023.ts from data/councils2023/ — do not edit by hand.
// Sources (docs/councils.md): people by single year of age, mid-2023 [V: ONS mid-year population
// estimates, Nomis "pestsyoala", LAD April 2023 boundaries]; districts summed into counties [V: ONS
// LAD to County (April 2023) lookup]; average house price March 2021 [V: HM Land Registry UK House
// Price Index, "England annual price change by local authority"].
import type { Council2023Row } from './councils2023.ts';

/** [slug, name, ONS code, region, type, 2010 predecessors, people aged 65 … 89 and 90+ (mid-2023), aged 55–64, aged 18–64, UK HPI average price March 2021 (£) or null, its basis]. */
export const COUNCIL_2023_ROWS: readonly Council2023Row[] = ${JSON.stringify(
  rows.map((r) => [
    r.slug,
    r.name,
    r.code,
    r.region,
    r.type,
    r.predecessors,
    r.ages65,
    r.aged55to64,
    r.aged18to64,
    r.price,
    r.basis,
  ]),
)};
`;
writeFileSync(new URL('../src/model/data/councils2023.data.ts', import.meta.url), out);
console.log(
  `${rows.length} councils; price basis:`,
  Object.entries(
    rows.reduce<Record<string, number>>((m, r) => ((m[r.basis] = (m[r.basis] ?? 0) + 1), m), {}),
  ),
  'no price:',
  rows.filter((r) => r.price === null).map((r) => r.name),
);
