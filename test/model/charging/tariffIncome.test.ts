// tariffIncome.ts: £1 a week for each £250 (or part) of capital above the lower limit.
import { describe, expect, it } from 'vitest';
import {
  capitalAtTariff,
  tariffIncome,
  tariffIncomeOver,
} from '../../../src/model/charging/index.ts';
import { p } from './rulesFor.ts';

const LCL = p(14_250);
const BAND = p(250);

describe('tariffIncome', () => {
  it.each([
    ['at the lower limit', 14_250, 0],
    ['below the lower limit', 10_000, 0],
    ['a penny above it (a part of £250 counts)', 14_250.01, 1],
    ['exactly one band above', 14_500, 1],
    ['one band and a penny', 14_500.01, 2],
    ['at the current upper limit (36 bands)', 23_250, 36],
    ['£50,000 above', 64_250, 200],
  ])('%s: £%d of capital gives £%d a week', (_, capital, pounds) =>
    expect(tariffIncome(p(capital), LCL, BAND)).toBe(p(pounds)),
  );
});

describe('capitalAtTariff', () => {
  it.each([
    [0, 14_250],
    [1, 14_500],
    [36, 23_250],
  ])('£%d a week of tariff income holds up to £%d of capital', (tariff, capital) => {
    expect(capitalAtTariff(p(tariff), LCL, BAND)).toBe(p(capital));
    expect(tariffIncome(p(capital), LCL, BAND)).toBe(p(tariff));
    expect(tariffIncome(p(capital) + 1, LCL, BAND)).toBe(p(tariff + 1));
  });
});

describe('tariffIncomeOver', () => {
  const weekByWeek = (capital: number, drawn: number, weeks: number) => {
    let sum = 0;
    for (let k = 0; k < weeks; k++) sum += tariffIncome(capital - k * drawn, LCL, BAND);
    return sum;
  };
  it.each([
    ['no capital drawn', 20_000, 0, 10],
    ['£100 a week, within a band or two', 20_000, 100, 5],
    ['£400 a week, more than a band a week', 23_250, 400, 30],
    ['down past the lower limit', 15_000, 300, 8],
    ['from below the lower limit', 12_000, 50, 4],
    ['£10 a week, a band lasting many weeks', 40_123, 10, 52],
    ['£249 a week, just under a band a week', 30_000, 249, 52],
  ])('%s equals the weekly sum', (_, capital, drawn, weeks) =>
    expect(tariffIncomeOver(p(capital), LCL, BAND, p(drawn), weeks)).toBe(
      weekByWeek(p(capital), p(drawn), weeks),
    ),
  );
});
