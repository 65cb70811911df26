// Tariff income: £1 a week for each £250 (or part of £250) of capital above the lower capital
// limit (Care and Support (Charging and Assessment of Resources) Regulations 2014, reg. 25).

/**
 * Weekly tariff income in pence for assessed capital in pence.
 * @param capital assessed capital (pence)
 * @param lowerCapitalLimit pence
 * @param band capital per £1/week of tariff income (pence, £250 by default)
 */
export function tariffIncome(capital: number, lowerCapitalLimit: number, band: number): number {
  if (capital <= lowerCapitalLimit) return 0;
  return Math.ceil((capital - lowerCapitalLimit) / band) * 100;
}
