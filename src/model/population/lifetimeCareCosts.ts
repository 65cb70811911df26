// Follows a cohort of 65-year-olds from entry to death and totals each person's care costs at
// the rates paid (self-funders at the self-funder rate), with the interim self-funder test.
import { NHS_CHC_SHARE_OF_NURSING } from '../data/careFees.ts';
import { careerStream, nextCareState, partnerDies } from './career.ts';
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

/** Per-person results of a cohort followed to death. */
export interface LifetimeResult {
  /** Total care cost from entry to death, £ at the fee table's prices. */
  cost: Float64Array;
  /** Years lived from entry (deaths count half the final year). */
  lifeYears: Float64Array;
  /** Years lived from 85, NaN if the person died before 85. */
  lifeYearsFrom85: Float64Array;
  /** Years spent in a care home (0 if never admitted). */
  careHomeYears: Float64Array;
}

/**
 * Runs each person of `cohort` to death with fees fixed at `fees` (constant prices) and the
 * interim means test: capital above the upper limit pays the self-funder rate and is spent down;
 * a partner's death passes their half of the savings to the survivor. NHS continuing healthcare
 * (nursing, `chcRank` below the share) costs nothing here.
 */
export function runLifetimes(cohort: Population, model: CareModel, fees: FeeTable): LifetimeResult {
  const n = cohort.size;
  const out: LifetimeResult = {
    cost: new Float64Array(n),
    lifeYears: new Float64Array(n),
    lifeYearsFrom85: new Float64Array(n).fill(NaN),
    careHomeYears: new Float64Array(n),
  };
  const allowHome = livingAllowance(false, fees.year);
  const allowCareHome = livingAllowance(true, fees.year);
  for (let j = 0; j < n; j++) {
    const st = careerStream(cohort, j);
    const sex = cohort.sex[j] ?? 0;
    const group = cohort.riskGroup[j] ?? 0;
    const region = cohort.region[j] ?? 0;
    const income = cohort.income[j] ?? 0;
    const chc = (cohort.chcRank[j] ?? 1) < NHS_CHC_SHARE_OF_NURSING;
    let savings = cohort.financialAssets[j] ?? 0;
    let home = cohort.propertyValue[j] ?? 0;
    let partner = cohort.couple[j] === 1;
    let state: number = cohort.careState[j] ?? 0;
    let age = cohort.age[j] ?? 65;
    let cost = 0;
    let life = 0;
    let from85 = 0;
    let careHome = 0;
    while (state !== CareState.dead) {
      const next = nextCareState(state, age, sex, group, st, model);
      const partnerDied = partnerDies(age, sex, st, model);
      const part = next === CareState.dead ? DEATH_YEAR_FRACTION : 1;
      life += part;
      if (age >= 85) from85 += part;
      if (inCareHome(state)) careHome += part;
      if (state !== CareState.none && !(state === CareState.nursing && chc)) {
        const ch = inCareHome(state);
        if (ch && !partner && home > 0) {
          savings += home; // the home now counts: sold, or a deferred payment against it
          home = 0;
        }
        const k = region * STATE_COUNT + state;
        const capital = assessableCapital(savings, home, ch, partner);
        const allowance = ch ? allowCareHome : allowHome;
        if (
          isSelfFunder(capital) ||
          paysFullCost(capital, income, allowance, fees.council[k] ?? 0)
        ) {
          const fee = fees.selfFunder[k] ?? 0;
          cost += fee * 52 * part;
          savings = spendDown(savings, fee, income, allowance, part);
        } else cost += (fees.council[k] ?? 0) * 52 * part;
      }
      if (partner && partnerDied) {
        partner = false;
        savings *= 2; // inherits the partner's half of joint savings
      }
      state = next;
      age++;
    }
    out.cost[j] = cost;
    out.lifeYears[j] = life;
    out.careHomeYears[j] = careHome;
    if (age > 85) out.lifeYearsFrom85[j] = from85;
  }
  return out;
}
