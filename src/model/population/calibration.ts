// Calibration of the population and care-career model: runs replicates with different seeds and
// compares each measure with its published target (src/model/data/calibrationTargets.ts).
import { calibrationRow, type CalibrationRow } from '../calibration/row.ts';
import { presets } from '../policy/presets.ts';
import { REGION_INDEX } from '../data/regions.ts';
import { TARGETS, type TargetId } from '../data/calibrationTargets.ts';
import { populationGrowth65 } from './ageStructure.ts';
import { buildCareModel, type CareModel } from './careModel.ts';
import { buildFeeTable, homeCareHourlyRate } from './feeTable.ts';
import { generateEntrants, generateStock } from './generate.ts';
import { runLifetimes } from './lifetimeCareCosts.ts';
import { measureStock } from './snapshot.ts';
import { measureWealth } from './wealthMeasures.ts';

/** Size and seeds of a calibration run. */
export interface CalibrationOptions {
  /** Seed text (default "calibration"). */
  seed?: string;
  /** Number of replicates, each with its own population (default 10). */
  replicates?: number;
  /** Share of England's stock simulated (default 0.02, about 214,000 people). */
  sampleFraction?: number;
  /** 65-year-olds followed to death per replicate (default 40,000). */
  cohortSize?: number;
}

/**
 * Year the lifetime-cost cohort turns 65: the Dilnot figures are lifetime costs of people turning
 * 65 in 2010-11, at 2010-11 prices. Their wealth is 2010-11's; each year of their care is charged
 * at that year's fees (the history, then its projection) and brought back to 2010-11 prices.
 */
export const LIFETIME_FEE_YEAR = 2010;

/** Simulated value of every target for one replicate, in the target's unit. */
export type Measures = Record<TargetId, number>;

const mean = (xs: ArrayLike<number>, keep: (k: number) => boolean = () => true): number => {
  let s = 0;
  let n = 0;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k] ?? NaN;
    if (keep(k) && !Number.isNaN(x)) {
      s += x;
      n++;
    }
  }
  return s / n;
};
const shareOf = (xs: Float64Array, test: (x: number) => boolean): number =>
  mean(Array.from(xs, (x) => (test(x) ? 1 : 0)));

/** Measures every target on replicate `replicate` (model built once and passed in). */
export function measureReplicate(
  options: CalibrationOptions,
  replicate: number,
  model: CareModel,
): Measures {
  const seed = options.seed ?? 'calibration';
  const sampleFraction = options.sampleFraction ?? 0.02;
  const stock = generateStock({ seed, replicate, sampleFraction, priceYear: 2022 }, model);
  const fees2023 = buildFeeTable(2023);
  const snap = measureStock(stock, model, buildFeeTable(2022), [fees2023, buildFeeTable(2020)]);
  const wealth = measureWealth(stock);
  // Lifetime costs: 65-year-olds with 2010-11 wealth, fees and means test, charged by the engine.
  const cohortSpec = { seed, replicate, sampleFraction: 1, priceYear: LIFETIME_FEE_YEAR };
  const cohort = generateEntrants(
    cohortSpec,
    model,
    LIFETIME_FEE_YEAR,
    0,
    options.cohortSize ?? 40_000,
  );
  // England's means test in money of the day: limits frozen since 2010-11 (as written in the
  // current preset); the allowances are 2025-26's throughout (MODEL.md §2 lists earlier ones).
  const life = runLifetimes(cohort, model, LIFETIME_FEE_YEAR, presets.current);
  const cost = life.cost;
  const men = (k: number) => cohort.sex[k] === 0;
  const women = (k: number) => cohort.sex[k] === 1;
  const regionShare = (name: string) => {
    const r = REGION_INDEX[name] ?? 0;
    return (snap.selfFundersByRegion[r] ?? 0) / (snap.careHomeByRegion[r] ?? 1);
  };
  const bn = 1e9;
  // The stock is 2021's; counts and spend for other years are scaled by the model's own 65+ growth.
  const g2023 = populationGrowth65(2023);
  const g2020 = populationGrowth65(2020);
  return {
    costUnder1k: shareOf(cost, (c) => c < 1_000),
    costUpTo20k: shareOf(cost, (c) => c <= 20_000),
    costUpTo35k: shareOf(cost, (c) => c <= 35_000),
    costOver100k: shareOf(cost, (c) => c > 100_000),
    careHomeRisk: shareOf(life.careHomeYears, (y) => y > 0),
    careHomeStay: mean(life.careHomeYears, (k) => (life.careHomeYears[k] ?? 0) > 0),
    population65: snap.population65,
    population85: snap.population85,
    lifeExpectancy65Men: mean(life.lifeYears, men),
    lifeExpectancy65Women: mean(life.lifeYears, women),
    lifeExpectancy85Men: mean(life.lifeYearsFrom85, men),
    lifeExpectancy85Women: mean(life.lifeYearsFrom85, women),
    careHomeShare: snap.careHome65 / snap.population65,
    selfFunderAll: snap.careHomeSelfFundersAll / snap.careHomeAll,
    selfFunderOlder: snap.careHomeSelfFunders65 / snap.careHome65,
    selfFunderSouthEast: regionShare('South East'),
    selfFunderNorthEast: regionShare('North East'),
    councilFunded65: snap.councilFunded65 * g2023,
    olderSpend2020: (g2020 * ((snap.spendCareHomes[1] ?? 0) + (snap.spendCommunity[1] ?? 0))) / bn,
    olderSpend2020CareHomes: (g2020 * (snap.spendCareHomes[1] ?? 0)) / bn,
    olderSpend2020Community: (g2020 * (snap.spendCommunity[1] ?? 0)) / bn,
    wealthOver500k: wealth.over500k,
    wealthUnder50k: wealth.under50k,
    wealthQuintile2Low: wealth.p20,
    wealthQuintile2High: wealth.p40,
    homeOwnership: wealth.ownership,
    feeResidential: snap.feeSum.residential / snap.feeWeight.residential,
    feeNursing: snap.feeSum.nursing / snap.feeWeight.nursing,
    homeCareRate2024: homeCareHourlyRate(2024),
    homeCareRate2025: homeCareHourlyRate(2025),
  };
}

/** Linear-interpolated quantile of a sample. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const frac = pos - lo;
  return (s[lo] ?? NaN) * (1 - frac) + (s[Math.min(lo + 1, s.length - 1)] ?? NaN) * frac;
}

/**
 * Calibration table rows for the population and care model: mean over replicates with the 5th
 * and 95th percentiles. Shares are reported in percent.
 */
export function populationCalibrationRows(options: CalibrationOptions = {}): CalibrationRow[] {
  const model = buildCareModel();
  const runs: Measures[] = [];
  for (let r = 0; r < (options.replicates ?? 10); r++)
    runs.push(measureReplicate(options, r, model));
  return (Object.keys(TARGETS) as TargetId[]).map((id) => {
    const t = TARGETS[id];
    const scale = t.unit === 'share' ? 100 : 1;
    const xs = runs.map((m) => m[id] * scale);
    return calibrationRow({
      target: t.label,
      published: t.published,
      source: t.source,
      simulated: mean(xs),
      lo: quantile(xs, 0.05),
      hi: quantile(xs, 0.95),
      unit: t.unit === 'share' ? '%' : t.unit,
      tolerance: { min: t.min * scale, max: t.max * scale },
    });
  });
}
