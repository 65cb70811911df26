// Interim self-funder test for calibration only (the full charging rules live in
// src/model/charging/ and will replace this): capital above the upper limit means paying in full.

/** Upper capital limit, £, frozen since 2010-11 [V: LAC(DHSC) circulars, MODEL.md §2]. */
export const UPPER_CAPITAL_LIMIT = 23_250;

/**
 * Capital assessed for the interim test, £: financial assets, plus the home's value when in a
 * care home and no partner lives there (MODEL.md §3.2; the 12-week disregard is ignored).
 */
export function assessableCapital(
  financialAssets: number,
  homeValue: number,
  inCareHome: boolean,
  partnerAtHome: boolean,
): number {
  return financialAssets + (inCareHome && !partnerAtHome ? homeValue : 0);
}

/** True if a person with this assessable capital (£) pays the full cost of their care. */
export function isSelfFunder(capital: number, upperLimit = UPPER_CAPITAL_LIMIT): boolean {
  return capital > upperLimit;
}

/**
 * Capital left after `years` of paying a weekly fee (£/wk) from income net of an allowance
 * (£/wk): the shortfall comes out of capital, never below zero.
 */
export function spendDown(
  capital: number,
  weeklyFee: number,
  weeklyIncome: number,
  allowance: number,
  years: number,
): number {
  const shortfall = Math.max(0, weeklyFee - Math.max(0, weeklyIncome - allowance));
  return Math.max(0, capital - shortfall * 52 * years);
}

/**
 * Weekly amounts a person keeps for living costs, £/wk, by calendar year: personal expenses
 * allowance in a care home and minimum income guarantee at home [V: MODEL.md §2 — PEA £22.60
 * (2011-12), £24.40 (2015–21), £25.65 (2022-23), £28.25 (2023-24), £30.65 (2025-26); MIG £189
 * (2016–21), CPI-uprated to £232.81 (2025-26); 2010-11 MIG £165.75 as in the dilnot-2011 preset].
 */
export function livingAllowance(careHome: boolean, year: number): number {
  if (careHome)
    return year <= 2011
      ? 22.6
      : year <= 2021
        ? 24.4
        : year === 2022
          ? 25.65
          : year <= 2024
            ? 28.25
            : 30.65;
  return year <= 2010
    ? 165.75
    : year <= 2021
      ? 189
      : year === 2022
        ? 194.86
        : year === 2023
          ? 215.9
          : year === 2024
            ? 228.94
            : 232.81;
}

/** Lower capital limit, £, frozen since 2010-11 [V: MODEL.md §2]. */
export const LOWER_CAPITAL_LIMIT = 14_250;

/** Tariff income, £/wk: £1 for each £250 or part of £250 of capital between the limits. */
export function tariffIncome(capital: number): number {
  if (capital <= LOWER_CAPITAL_LIMIT) return 0;
  return Math.ceil((Math.min(capital, UPPER_CAPITAL_LIMIT) - LOWER_CAPITAL_LIMIT) / 250);
}

/**
 * True if the means-tested contribution — income above the allowance plus tariff income, £/wk —
 * covers the whole weekly cost at the council rate: such full-cost payers are counted as
 * self-funders (as ONS does) and arrange their own care at the self-funder rate.
 */
export function paysFullCost(
  capital: number,
  weeklyIncome: number,
  allowance: number,
  weeklyCouncilCost: number,
): boolean {
  return Math.max(0, weeklyIncome - allowance) + tariffIncome(capital) >= weeklyCouncilCost;
}
