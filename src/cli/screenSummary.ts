// The one-screen summary printed after a run: headline measures for the first, middle and last
// year, each arm and each difference from the first arm, mean with its 5th–95th interval.
import type { RunSummary } from '../model/simulate/summarise.ts';
import type { MeasureName } from '../model/simulate/measures.ts';
import { textTable } from './table.ts';
import { whoIsSimulatedText, type WhoIsSimulated } from '../model/simulate/councilRun.ts';

const HEADLINES: MeasureName[] = [
  'council_net_spend',
  'council_spend_after_cap',
  'person_spend',
  'people_in_care',
  'people_reaching_cap',
  'self_funders_in_care_homes',
  'pb_uptake_ni130',
  'pb_uptake_adass',
];

function fmt(measure: MeasureName, x: number, millions = false): string {
  if (measure.startsWith('pb_uptake')) return `${(x * 100).toFixed(1)}%`;
  if (measure.startsWith('council') || measure.startsWith('person_spend')) {
    // A council's pounds in millions: its spending is a few hundredths of a billion.
    return millions ? `£${(x / 1e6).toFixed(1)}m` : `£${(x / 1e9).toFixed(2)}bn`;
  }
  return `${(x / 1000).toFixed(1)}k`;
}

export function screenSummary(s: RunSummary, who?: WhoIsSimulated): string {
  const picks = [...new Set([0, Math.floor((s.years - 1) / 2), s.years - 1])];
  const millions = Boolean(who?.council);
  const head = ['arm', 'measure', ...picks.map((i) => String(s.startYear + i))];
  const rows: string[][] = [];
  const add = (label: string, series: RunSummary['arms'][string]) => {
    for (const m of HEADLINES) {
      const pts = series[m];
      rows.push([
        label,
        m,
        ...picks.map((i) => {
          const p = pts[i]!;
          return `${fmt(m, p.mean, millions)} [${fmt(m, p.p5, millions)}–${fmt(m, p.p95, millions)}]`;
        }),
      ]);
    }
  };
  for (const [name, series] of Object.entries(s.arms)) add(name, series);
  for (const [name, series] of Object.entries(s.differences)) add(`${name} − baseline`, series);
  const place = who?.council ? who.place : 'England';
  return [
    `${s.replicates} replicates; £ a year at ${s.startYear}-${String((s.startYear + 1) % 100).padStart(2, '0')} prices; people are counts for ${place}; mean [5th–95th percentile]`,
    ...(who?.council ? [whoIsSimulatedText(who)] : []),
    '',
    textTable(head, rows),
  ].join('\n');
}
