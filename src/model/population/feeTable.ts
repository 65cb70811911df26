// Weekly cost of each care state at the council rate and at the self-funder rate, by region and
// financial year, compiled into a small table the simulation reads per person-year.
import {
  CARE_HOME_COUNCIL_RATE_2023,
  CARE_HOME_FEE_INDEX,
  CARE_HOME_SELF_FUNDER_PREMIUM,
  DEFAULT_FEE_GROWTH,
  FEE_INDEX_FIRST_YEAR,
  HOME_CARE_HOURLY_RATE,
  HOME_CARE_HOURS,
  HOME_CARE_SELF_FUNDER_PREMIUM,
} from '../data/careFees.ts';
import { REGIONS } from '../data/regions.ts';
import { indexAt } from './uprating.ts';
import { CareState, STATE_COUNT } from './states.ts';

/** Price inputs drawn per Monte Carlo replicate. */
export interface FeeScenario {
  /** Nominal yearly growth of care prices after 2025-26, e.g. 0.04. */
  feeGrowth: number;
}
/** Default price scenario: DEFAULT_FEE_GROWTH a year after 2025-26. */
export const CENTRAL_FEE_SCENARIO: FeeScenario = { feeGrowth: DEFAULT_FEE_GROWTH };

/** Regional care-home fee ratios normalised so the 65+-weighted England mean is 1. */
export const REGION_FEE_RATIO: readonly number[] = (() => {
  const mean =
    REGIONS.reduce((s, r) => s + r.share65 * r.feeRatio, 0) /
    REGIONS.reduce((s, r) => s + r.share65, 0);
  return REGIONS.map((r) => r.feeRatio / mean);
})();

/** Council home-care rate, £/hour, in financial year `year` (2025 = 2025-26). */
export function homeCareHourlyRate(year: number, fees: FeeScenario = CENTRAL_FEE_SCENARIO): number {
  return indexAt(HOME_CARE_HOURLY_RATE, FEE_INDEX_FIRST_YEAR, year, fees.feeGrowth);
}

/** Council care-home rate for people 65+, £/week, England average, in financial year `year`. */
export function careHomeCouncilRate(
  setting: 'residential' | 'nursing',
  year: number,
  fees: FeeScenario = CENTRAL_FEE_SCENARIO,
): number {
  return (
    CARE_HOME_COUNCIL_RATE_2023[setting] *
    indexAt(CARE_HOME_FEE_INDEX, FEE_INDEX_FIRST_YEAR, year, fees.feeGrowth)
  );
}

/**
 * Weekly costs for one financial year: `council[region * 6 + state]` and `selfFunder[…]`, £/week.
 * Care homes vary by region; home care is hours × the national hourly rate. None/dead cost 0.
 */
export interface FeeTable {
  year: number;
  council: Float64Array;
  selfFunder: Float64Array;
}

/** Builds the fee table for financial year `year` (2023 = 2023-24). */
export function buildFeeTable(year: number, fees: FeeScenario = CENTRAL_FEE_SCENARIO): FeeTable {
  const council = new Float64Array(REGIONS.length * STATE_COUNT);
  const selfFunder = new Float64Array(REGIONS.length * STATE_COUNT);
  const hourly = homeCareHourlyRate(year, fees);
  const residential = careHomeCouncilRate('residential', year, fees);
  const nursing = careHomeCouncilRate('nursing', year, fees);
  for (let r = 0; r < REGIONS.length; r++) {
    const ratio = REGION_FEE_RATIO[r] ?? 1;
    const b = r * STATE_COUNT;
    council[b + CareState.homeCareLow] = HOME_CARE_HOURS.low * hourly;
    council[b + CareState.homeCareHigh] = HOME_CARE_HOURS.high * hourly;
    council[b + CareState.residential] = residential * ratio;
    council[b + CareState.nursing] = nursing * ratio;
    for (const s of [CareState.homeCareLow, CareState.homeCareHigh])
      selfFunder[b + s] = (council[b + s] ?? 0) * (1 + HOME_CARE_SELF_FUNDER_PREMIUM);
    for (const s of [CareState.residential, CareState.nursing])
      selfFunder[b + s] = (council[b + s] ?? 0) * (1 + CARE_HOME_SELF_FUNDER_PREMIUM);
  }
  return { year, council, selfFunder };
}
