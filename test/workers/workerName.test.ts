// The name an early engine worker carries: the start year it prepares for on loading.
import { describe, expect, it } from 'vitest';
import { startYearToPrepare, workerName } from '../../workers/workerName.ts';

describe('workerName', () => {
  it('round-trips the start year to prepare for', () => {
    expect(startYearToPrepare(workerName(2026))).toBe(2026);
    expect(startYearToPrepare(workerName(2031))).toBe(2031);
  });

  it('a worker named without a year, or with anything else, prepares nothing', () => {
    expect(startYearToPrepare(workerName())).toBeNull();
    expect(startYearToPrepare('')).toBeNull();
    expect(startYearToPrepare(`${workerName(2026)}x`)).toBeNull();
    expect(startYearToPrepare('care-cap-engine prepare 20.5')).toBeNull();
  });
});
