// What makes each council different in the personal-budget model: its starting uptake, its speed
// of adoption and its taste for direct payments, drawn from the council's own random stream.
import { streamFor } from '../rng.ts';
import type { Council } from './councils.ts';
import type { PersonalBudgetParams } from './personalBudgetParams.ts';
import { exp, log } from '../math/index.ts';

/** Stream key that separates personal-budget draws from other modules' (ASCII "PB"). */
export const PERSONAL_BUDGET_STREAM = 0x5042;

/** One council's random characteristics for one replicate. */
export interface CouncilDraw {
  /** Log-odds of uptake (ADASS basis) at 31 March 2010. */
  initialLogit: number;
  /** Adoption speed with no target pressure, log-odds per year. */
  speed: number;
  /** Share of NI130 users who would take a direct payment in March 2010, fraction. */
  directPaymentShare2010: number;
}

const logit = (p: number): number => log(p / (1 - p));

/**
 * Draws a council's characteristics from streamFor(seed, PERSONAL_BUDGET_STREAM, replicate,
 * council.id), always three normals in the same order, so results depend only on those keys.
 */
export function drawCouncil(
  params: PersonalBudgetParams,
  seed: string,
  replicate: number,
  council: Council,
): CouncilDraw {
  const s = streamFor(seed, PERSONAL_BUDGET_STREAM, replicate, council.id);
  const zInitial = s.normal();
  const zSpeed = s.normal();
  const zDirect = s.normal();
  const sdD = params.directPaymentLogSd;
  return {
    initialLogit: logit(params.initialMedianUptake) + params.initialLogitSd * zInitial,
    speed: params.baseSpeed * exp(params.speedLogSd * zSpeed),
    // Mean-preserving log-normal spread around the national share.
    directPaymentShare2010: params.directPaymentShare2010 * exp(sdD * zDirect - (sdD * sdD) / 2),
  };
}
