// An optional microdata sample: a few simulated people followed year by year in every arm, for
// checking the rules on individual careers. The engine produces the rows; this writes them.
import { csvRows, type CsvCell } from './csv.ts';
import type { STATE_NAMES } from '../population/states.ts';

/** Most distinct people (replicate, person id) a sample may hold. */
export const MAX_SAMPLE_PEOPLE = 1000;

/** One sampled person in one arm and year. Money in £ at the start year's prices. */
export interface PersonSampleRow {
  /** Engine replicate index, 0-based. */
  replicate: number;
  /** The person's id within the replicate (the same person in every arm). */
  person: number;
  /** Arm name. */
  arm: string;
  /** Calendar year the financial year starts in. */
  year: number;
  /** Age at the start of the year, years. */
  age: number;
  sex: 'male' | 'female';
  /** English region (ONS name). */
  region: string;
  /** Care state during the year (`dead` in the year of death and after). */
  careState: (typeof STATE_NAMES)[number];
  /** Assessable capital at the end of the year, £. */
  capital: number;
  /** Paid by the person towards care, daily living costs and top-ups in the year, £. */
  personPaid: number;
  /** Paid by the council towards the person's care in the year, £. */
  councilPaid: number;
  /** Care account (progress towards the cap) at the end of the year, £ (0 with no cap). */
  careAccount: number;
}

/** CSV columns, in order, and the row field each is read from. */
export const PERSON_SAMPLE_COLUMNS = [
  ['replicate', 'replicate'],
  ['person_id', 'person'],
  ['arm', 'arm'],
  ['year', 'year'],
  ['age', 'age'],
  ['sex', 'sex'],
  ['region', 'region'],
  ['care_state', 'careState'],
  ['capital', 'capital'],
  ['person_paid', 'personPaid'],
  ['council_paid', 'councilPaid'],
  ['care_account', 'careAccount'],
] as const satisfies readonly (readonly [string, keyof PersonSampleRow])[];

/**
 * The sample as CSV, rows in the order given, columns PERSON_SAMPLE_COLUMNS.
 *
 * @throws RangeError if the rows hold more than MAX_SAMPLE_PEOPLE distinct people.
 */
export function personSampleCsv(rows: readonly PersonSampleRow[]): string {
  const people = new Set(rows.map((r) => `${r.replicate}:${r.person}`));
  if (people.size > MAX_SAMPLE_PEOPLE)
    throw new RangeError(
      `person sample holds ${people.size} people; at most ${MAX_SAMPLE_PEOPLE} allowed`,
    );
  const out: CsvCell[][] = [PERSON_SAMPLE_COLUMNS.map(([c]) => c)];
  for (const r of rows) out.push(PERSON_SAMPLE_COLUMNS.map(([, k]) => r[k]));
  return csvRows(out) + '\n';
}
