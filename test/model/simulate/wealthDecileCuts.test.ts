// The table of wealth-decile cut points is a cache of the pilot sample's: every entry must be what
// the pilot gives now, bit for bit, for every start year a scenario allows.
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/simulate/scenario.ts';
import {
  DECILE_CUT_YEARS,
  DECILE_CUTS,
} from '../../../src/model/simulate/wealthDecileCuts.data.ts';
import { pilotDecileCuts, wealthDecileCuts } from '../../../src/model/simulate/wealthDeciles.ts';

const [first, last] = DECILE_CUT_YEARS;
const base = { seed: 's', arms: [{ name: 'b', policy: 'current' }] };

describe('the wealth-decile cut table', () => {
  it('covers exactly the start years a scenario allows', () => {
    expect(scenarioSchema.safeParse({ ...base, startYear: first }).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base, startYear: first - 1 }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, startYear: last }).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base, startYear: last + 1 }).success).toBe(false);
    expect(Object.keys(DECILE_CUTS).map(Number)).toEqual(
      Array.from({ length: last - first + 1 }, (_, k) => first + k),
    );
  });

  it('holds what the pilot sample gives for every year (else run `npm run decile-cuts`)', () => {
    for (let year = first; year <= last; year++) {
      expect([...pilotDecileCuts(year)], `start year ${year}`).toEqual(DECILE_CUTS[year]);
    }
  });

  it('is what wealthDecileCuts returns, and years outside it are computed', () => {
    expect([...wealthDecileCuts(2026)]).toEqual(DECILE_CUTS[2026]);
    expect([...wealthDecileCuts(2070)]).toEqual([...pilotDecileCuts(2070)]);
    expect(wealthDecileCuts(2070)).toBe(wealthDecileCuts(2070));
  });
});
