// capitalLimits.ts: when the home counts as capital, and which upper capital limit applies.
import { describe, expect, it } from 'vitest';
import { homeCounts, upperCapitalLimit } from '../../../src/model/charging/index.ts';
import { p, rulesFor } from './rulesFor.ts';

const current = rulesFor('current');

describe('homeCounts', () => {
  it.each([
    ['care at home: never', 'homeCare', false, 100, 200_000, false],
    ['care home, first 12 weeks: disregarded', 'residential', false, 11, 200_000, false],
    ['care home, from week 13', 'residential', false, 12, 200_000, true],
    ['nursing home, from week 13', 'nursing', false, 40, 200_000, true],
    ['a partner lives there: never', 'residential', true, 40, 200_000, false],
    ['no home', 'residential', false, 40, 0, false],
  ] as const)('%s', (_, setting, partner, weeks, home, want) =>
    expect(homeCounts(current, setting, partner, weeks, p(home))).toBe(want),
  );
});

describe('upperCapitalLimit', () => {
  it.each([
    ['current: £23,250 everywhere', 'current', 'residential', true, 23_250],
    [
      'Care Act 2014: £118,000 when the home is counted',
      'care-act-2014',
      'residential',
      true,
      118_000,
    ],
    ['Care Act 2014: £27,000 otherwise', 'care-act-2014', 'residential', false, 27_000],
    ['Dilnot 2011: £100,000 for any care-home resident', 'dilnot-2011', 'nursing', false, 100_000],
    ['Dilnot 2011: £23,250 at home', 'dilnot-2011', 'homeCare', false, 23_250],
    ['2021 reform: £100,000 in any setting', 'reform-2021', 'homeCare', false, 100_000],
  ] as const)('%s', (_, id, setting, homeCounted, pounds) =>
    expect(upperCapitalLimit(rulesFor(id), setting, homeCounted)).toBe(p(pounds)),
  );
});
