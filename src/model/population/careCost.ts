// A person's care costs against the average for their care state: needs differ, so packages of
// home care differ in hours and care-home places in fees. One standard normal level per person
// (drawn with the population) sets both, mean-preserving, so spending totals keep their
// calibration while the cap is reached over a spread of times.
import { CARE_HOME_FEE_LOG_SD, HOME_CARE_HOURS_LOG_SD } from '../data/careFees.ts';
import { exp } from '../math/index.ts';

/** exp(σz − σ²/2): a lognormal factor of mean 1 for a standard normal level z. */
const meanOne = (sigma: number, z: number): number => exp(sigma * z - (sigma * sigma) / 2);

/** Factor on the weekly cost of home care (its hours) for a person of care-cost level `z`. */
export const homeCareFactor = (z: number): number => meanOne(HOME_CARE_HOURS_LOG_SD, z);

/** Factor on the weekly fee of a care home for a person of care-cost level `z`. */
export const careHomeFactor = (z: number): number => meanOne(CARE_HOME_FEE_LOG_SD, z);
