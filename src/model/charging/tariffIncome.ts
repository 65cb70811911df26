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

/** The most capital (pence) whose tariff income is at most `tariff` pence a week. */
export function capitalAtTariff(tariff: number, lowerCapitalLimit: number, band: number): number {
  return lowerCapitalLimit + (tariff / 100) * band;
}

/**
 * Tariff income summed over `weeks` weeks (pence) while capital falls by `drawn` pence a week
 * from `capital`: the sum of tariffIncome(capital − k·drawn) for k = 0 … weeks − 1, with the
 * band stepped down as capital falls rather than divided out every week.
 */
export function tariffIncomeOver(
  capital: number,
  lowerCapitalLimit: number,
  band: number,
  drawn: number,
  weeks: number,
): number {
  let bands = tariffIncome(capital, lowerCapitalLimit, band) / 100;
  let above = capital - lowerCapitalLimit;
  let sum = 0;
  // A band at a time, not a week at a time (a band can last many weeks when little is drawn).
  // Whole pence throughout, so the sum is exact whatever the order.
  for (let k = 0; k < weeks && bands > 0;) {
    // Weeks until capital is within the band below: the first j with above − j·drawn at or
    // below it (a week or two is the rule: no division for those).
    const room = above - (bands - 1) * band;
    let n = room <= drawn ? 1 : room <= 2 * drawn ? 2 : Math.ceil(room / drawn);
    if (n > weeks - k) n = weeks - k;
    sum += bands * n;
    above -= drawn * n;
    k += n;
    while (bands > 0 && above <= (bands - 1) * band) bands--;
  }
  return sum * 100;
}
