// Cross-section of the starting stock for calibration: who is in care, who self-funds (interim
// test), how many people councils support during a year and what that costs them.
import { NHS_CHC_SHARE_OF_NURSING } from '../data/careFees.ts';
import { REGIONS } from '../data/regions.ts';
import { careerStream, nextCareState } from './career.ts';
import type { CareModel } from './careModel.ts';
import type { FeeTable } from './feeTable.ts';
import type { Population } from './populationColumns.ts';
import {
  assessableCapital,
  isSelfFunder,
  livingAllowance,
  paysFullCost,
  spendDown,
} from './selfFunder.ts';
import { CareState, DEATH_YEAR_FRACTION, inCareHome, STATE_COUNT } from './states.ts';

/** Weighted totals over the stock (persons, £ a year). */
export interface Snapshot {
  population65: number;
  population85: number;
  careHome65: number;
  careHomeSelfFunders65: number;
  careHomeAll: number;
  careHomeSelfFundersAll: number;
  /** Care-home residents and self-funders among them, by region (all ages). */
  careHomeByRegion: Float64Array;
  selfFundersByRegion: Float64Array;
  /**
   * Council-funded people 65+ receiving long-term support in the year: in a care state during it.
   * The yearly model starts every spell at a year boundary, so this also counts those who die or
   * leave care during the year; people whose care starts during it are counted from next year.
   */
  councilFunded65: number;
  /** Gross council spend on 65+ in care homes and in the community, £/year, per fee table. */
  spendCareHomes: number[];
  spendCommunity: number[];
  /** Sum of council weekly rates × weight over council-funded 65+ residents, and the weights. */
  feeSum: { residential: number; nursing: number };
  feeWeight: { residential: number; nursing: number };
}

/**
 * Measures the stock: self-funder status uses the interim test after `spellYears` of spending
 * down at `statusFees` (the years already spent in the current setting); council spend is
 * costed with each of `spendFees`, for half a year if the person dies during it.
 */
export function measureStock(
  stock: Population,
  model: CareModel,
  statusFees: FeeTable,
  spendFees: readonly FeeTable[],
): Snapshot {
  const s: Snapshot = {
    population65: 0,
    population85: 0,
    careHome65: 0,
    careHomeSelfFunders65: 0,
    careHomeAll: 0,
    careHomeSelfFundersAll: 0,
    careHomeByRegion: new Float64Array(REGIONS.length),
    selfFundersByRegion: new Float64Array(REGIONS.length),
    councilFunded65: 0,
    spendCareHomes: spendFees.map(() => 0),
    spendCommunity: spendFees.map(() => 0),
    feeSum: { residential: 0, nursing: 0 },
    feeWeight: { residential: 0, nursing: 0 },
  };
  const allowHome = livingAllowance(false, statusFees.year);
  const allowCareHome = livingAllowance(true, statusFees.year);
  for (let j = 0; j < stock.size; j++) {
    const w = stock.weight[j] ?? 0;
    const age = stock.age[j] ?? 0;
    const state = stock.careState[j] ?? 0;
    const region = stock.region[j] ?? 0;
    const older = age >= 65;
    const partner = stock.couple[j] === 1;
    if (older) s.population65 += w;
    if (age >= 85) s.population85 += w;
    if (state === CareState.none || state === CareState.dead) continue;
    // One career step tells whether the person dies during the year (half a year of care).
    const next = nextCareState(
      state,
      age,
      stock.sex[j] ?? 0,
      stock.riskGroup[j] ?? 0,
      careerStream(stock, j),
      model,
    );
    const chc = (stock.chcRank[j] ?? 1) < NHS_CHC_SHARE_OF_NURSING;
    const setting = state;
    const ch = inCareHome(setting);
    const k = region * STATE_COUNT + setting;
    let capital = assessableCapital(
      stock.financialAssets[j] ?? 0,
      stock.propertyValue[j] ?? 0,
      ch,
      partner,
    );
    if (isSelfFunder(capital)) {
      const fee = statusFees.selfFunder[k] ?? 0;
      capital = spendDown(
        capital,
        fee,
        stock.income[j] ?? 0,
        ch ? allowCareHome : allowHome,
        stock.spellYears[j] ?? 0,
      );
    }
    const nhs = setting === CareState.nursing && chc;
    const allowance = ch ? allowCareHome : allowHome;
    const fullCost = paysFullCost(
      capital,
      stock.income[j] ?? 0,
      allowance,
      statusFees.council[k] ?? 0,
    );
    const selfFunder = !nhs && (isSelfFunder(capital) || fullCost);
    if (ch) {
      s.careHomeAll += w;
      s.careHomeByRegion[region] = (s.careHomeByRegion[region] ?? 0) + w;
      if (selfFunder) {
        s.careHomeSelfFundersAll += w;
        s.selfFundersByRegion[region] = (s.selfFundersByRegion[region] ?? 0) + w;
      }
      if (older) {
        s.careHome65 += w;
        if (selfFunder) s.careHomeSelfFunders65 += w;
      }
    }
    if (!older || selfFunder || nhs) continue;
    s.councilFunded65 += w;
    const part = next === CareState.dead ? DEATH_YEAR_FRACTION : 1;
    spendFees.forEach((f, i) => {
      const yearly = (f.council[k] ?? 0) * 52 * part * w;
      if (ch) s.spendCareHomes[i] = (s.spendCareHomes[i] ?? 0) + yearly;
      else s.spendCommunity[i] = (s.spendCommunity[i] ?? 0) + yearly;
    });
    if (state === CareState.residential || state === CareState.nursing) {
      const key = state === CareState.residential ? 'residential' : 'nursing';
      const first = spendFees[0];
      s.feeSum[key] += (first?.council[k] ?? 0) * w;
      s.feeWeight[key] += w;
    }
  }
  return s;
}
