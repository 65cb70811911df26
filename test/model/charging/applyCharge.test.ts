// applyCharge.ts: capital drawn from savings first and then the home, the care account and the
// weeks in a care home.
import { describe, expect, it } from 'vitest';
import { applyCharge, capitalDrawn } from '../../../src/model/charging/index.ts';

describe('capitalDrawn', () => {
  it.each([
    [50_000, 20_000, 30_000],
    [20_000, 50_000, 0],
    [20_000, 0, 20_000],
  ])('paying %d with %d of income to spend draws %d', (pays, disposable, want) =>
    expect(capitalDrawn(pays, disposable)).toBe(want),
  );
});

describe('applyCharge', () => {
  const state = () => ({ financial: 1_000, home: 5_000, careAccount: 200, weeksInCareHome: 3 });
  it.each([
    [
      'from savings alone',
      100,
      0,
      4,
      true,
      { financial: 600, home: 5_000, careAccount: 200, weeksInCareHome: 7 },
    ],
    [
      'savings run out, then the home',
      400,
      50,
      4,
      true,
      { financial: 0, home: 4_400, careAccount: 400, weeksInCareHome: 7 },
    ],
    [
      'everything: the home never below zero',
      5_000,
      0,
      2,
      true,
      { financial: 0, home: 0, careAccount: 200, weeksInCareHome: 5 },
    ],
    [
      'care at home resets the weeks in a care home',
      0,
      10,
      3,
      false,
      { financial: 1_000, home: 5_000, careAccount: 230, weeksInCareHome: 0 },
    ],
  ])('%s', (_, drawn, counted, weeks, inCareHome, want) => {
    const s = state();
    applyCharge(s, drawn, counted, weeks, inCareHome);
    expect(s).toEqual(want);
  });
});
