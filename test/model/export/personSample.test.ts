// personSampleCsv: the microdata sample's columns, values read back exactly, and the cap on
// how many people a sample may hold.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import {
  MAX_SAMPLE_PEOPLE,
  personSampleCsv,
  type PersonSampleRow,
} from '../../../src/model/export/personSample.ts';

const row = (person: number, replicate = 0): PersonSampleRow => ({
  replicate,
  person,
  arm: 'reform 2021',
  year: 2027,
  age: 91,
  sex: 'male',
  region: 'Yorkshire and the Humber',
  careState: 'nursing',
  capital: 0.1 + 0.2,
  personPaid: 12_345.678,
  councilPaid: 54_321.5,
  careAccount: 86_000,
});

describe('personSampleCsv', () => {
  it('writes the columns replicate … care_account and reads back exactly', () => {
    const rows = csvParse(personSampleCsv([row(3), row(4)]));
    expect(rows.columns).toEqual([
      'replicate',
      'person_id',
      'arm',
      'year',
      'age',
      'sex',
      'region',
      'care_state',
      'capital',
      'person_paid',
      'council_paid',
      'care_account',
    ]);
    expect(rows[1]).toEqual({
      replicate: '0',
      person_id: '4',
      arm: 'reform 2021',
      year: '2027',
      age: '91',
      sex: 'male',
      region: 'Yorkshire and the Humber',
      care_state: 'nursing',
      capital: String(0.1 + 0.2),
      person_paid: '12345.678',
      council_paid: '54321.5',
      care_account: '86000',
    });
    expect(Number(rows[0]!.capital)).toBe(0.1 + 0.2);
  });

  it(`accepts ${MAX_SAMPLE_PEOPLE} people followed over several years`, () => {
    const rows = Array.from({ length: MAX_SAMPLE_PEOPLE * 2 }, (_, i) => ({
      ...row(i % MAX_SAMPLE_PEOPLE),
      year: 2026 + Math.floor(i / MAX_SAMPLE_PEOPLE),
    }));
    expect(personSampleCsv(rows).split('\n')).toHaveLength(MAX_SAMPLE_PEOPLE * 2 + 2);
  });

  it('refuses more than MAX_SAMPLE_PEOPLE people (the same id in two replicates is two)', () => {
    const rows = Array.from({ length: MAX_SAMPLE_PEOPLE }, (_, i) => row(i));
    expect(() => personSampleCsv([...rows, row(0, 1)])).toThrow(RangeError);
  });
});
