// Wealth deciles of England's 65+ (savings plus the home), used to bin lifetime outcomes. The cut
// points come from a fixed pilot sample of the population generator, independent of any
// scenario's seed, so deciles mean the same thing in every run.
import { quantileSorted } from 'd3';
import { buildCareModel } from '../population/careModel.ts';
import { generateStock } from '../population/generate.ts';
import { sampleFractionFor } from './cohorts.ts';
import { DECILE_CUTS } from './wealthDecileCuts.data.ts';

// Enough for stable cut points (each decile holds 500 people) while costing ~30 ms per worker.
const PILOT_PEOPLE = 5_000;
const cache = new Map<number, Float64Array>();

/**
 * The nine cut points (£ at `priceYear` prices) between wealth deciles: from the table of
 * wealthDecileCuts.data.ts for the scenarios' start years (a test recomputes every entry), or
 * computed from the pilot sample. Each fresh worker needs them before its first task, and the pilot
 * took it about 80 ms of a two-core machine's start in Chromium.
 */
export function wealthDecileCuts(priceYear: number): Float64Array {
  let cuts = cache.get(priceYear);
  if (!cuts) {
    const known = DECILE_CUTS[priceYear];
    cuts = known ? Float64Array.from(known) : pilotDecileCuts(priceYear);
    cache.set(priceYear, cuts);
  }
  return cuts;
}

/** The cut points computed from the pilot sample of PILOT_PEOPLE people at `priceYear` prices. */
export function pilotDecileCuts(priceYear: number): Float64Array {
  const pop = generateStock(
    {
      seed: 'wealth-deciles',
      replicate: 0,
      sampleFraction: sampleFractionFor(PILOT_PEOPLE),
      priceYear,
    },
    buildCareModel(),
    0,
    PILOT_PEOPLE,
  );
  const wealth = Array.from(
    { length: pop.size },
    (_, j) => pop.financialAssets[j]! + (pop.ownsHome[j] ? pop.propertyValue[j]! : 0),
  ).sort((a, b) => a - b);
  return Float64Array.from({ length: 9 }, (_, k) => quantileSorted(wealth, (k + 1) / 10) ?? 0);
}

/** Decile (0 = poorest … 9) of an initial wealth at `priceYear` prices. */
export function wealthDecile(priceYear: number, wealth: number): number {
  return decileOf(wealthDecileCuts(priceYear), wealth);
}

/** Decile (0 = poorest … 9) of a wealth given the nine cut points of `wealthDecileCuts`. */
export function decileOf(cuts: Float64Array, wealth: number): number {
  let k = 0;
  while (k < 9 && wealth > cuts[k]!) k++;
  return k;
}
