// meansTest.ts: the contribution from income above the allowance plus tariff income, capped at
// the council rate; which allowance applies; which fee is charged and at which rate.
import { describe, expect, it } from 'vitest';
import {
  allowanceFor,
  assessedContribution,
  disposableIncome,
  contributionWithTariff,
  eligibleRate,
  feeCharged,
  tariffForFullContribution,
  weeklyContribution,
} from '../../../src/model/charging/index.ts';
import { p, rulesFor } from './rulesFor.ts';

const current = rulesFor('current');

describe('allowanceFor', () => {
  it.each([
    ['homeCare', 232.81],
    ['residential', 30.65],
    ['nursing', 30.65],
  ] as const)('%s keeps £%d a week (MIG at home, PEA in a care home)', (setting, pounds) =>
    expect(allowanceFor(current, setting)).toBe(p(pounds)),
  );
});

describe('disposableIncome: what the person has to pay towards care, after the PEA or MIG', () => {
  it.each([
    ['care home, income £200', 'residential', 200, 169.35],
    ['at home, income £300', 'homeCare', 300, 67.19],
    ['at home, income below the MIG: nothing (living costs are not modelled)', 'homeCare', 200, 0],
  ] as const)('%s', (_, setting, income, want) =>
    expect(disposableIncome(current, setting, p(income))).toBe(p(want)),
  );
});

describe('assessedContribution (current rules)', () => {
  it.each([
    [
      'care home, income £250, capital under the lower limit',
      'residential',
      10_000,
      250,
      900,
      219.35,
    ],
    ['care home, tariff income of £36 (capital £23,250)', 'residential', 23_250, 250, 900, 255.35],
    ['care home, council rate below income less PEA', 'residential', 0, 250, 100, 100],
    ['at home, income below the MIG: nothing', 'homeCare', 0, 200, 300, 0],
    ['at home, income £300 less MIG £232.81', 'homeCare', 0, 300, 500, 67.19],
    ['at home, plus £20 of tariff income', 'homeCare', 19_250, 300, 500, 87.19],
  ] as const)('%s', (_, setting, capital, income, rate, pounds) =>
    expect(assessedContribution(current, setting, p(capital), p(income), p(rate))).toBe(p(pounds)),
  );

  it('contributionWithTariff is assessedContribution with the tariff given', () =>
    expect(contributionWithTariff(current, 'residential', p(36), p(250), p(900))).toBe(
      assessedContribution(current, 'residential', p(23_250), p(250), p(900)),
    ));
});

describe('tariffForFullContribution', () => {
  it.each([
    ['care home: £900 − £250 + £30.65 = £680.65, so £681', 'residential', 250, 900, 681],
    ['income above rate plus PEA: none needed', 'residential', 1_000, 900, 0],
    ['at home: £500 − £300 + £232.81 → £433', 'homeCare', 300, 500, 433],
  ] as const)('%s', (_, setting, income, rate, pounds) => {
    const t = tariffForFullContribution(current, setting, p(income), p(rate));
    expect(t).toBe(p(pounds));
    expect(contributionWithTariff(current, setting, t, p(income), p(rate))).toBe(p(rate));
    if (t > 0)
      expect(contributionWithTariff(current, setting, t - 100, p(income), p(rate))).toBeLessThan(
        p(rate),
      );
  });
});

describe('the fee and the rate of a week', () => {
  it.each([
    ['fee above the council rate', 1_000, 800, 800],
    ['fee below the council rate: the care costs no more than the fee', 600, 800, 600],
  ])('eligibleRate: %s', (_, fee, rate, want) =>
    expect(eligibleRate({ weeklyFee: p(fee), councilRate: p(rate) })).toBe(p(want)),
  );

  it.each([
    ['a self-funder pays the provider’s fee', true, false, 1_000],
    ['a self-funder who asks the council to arrange care pays its rate (s18(3))', true, true, 800],
    ['a means-tested person: the council’s rate', false, false, 800],
  ])('feeCharged: %s', (_, selfFunder, councilArranged, want) =>
    expect(feeCharged(selfFunder, { weeklyFee: p(1_000), councilArranged }, p(800))).toBe(p(want)),
  );

  it.each([
    ['a self-funder pays the whole council-rate cost', true, 800],
    ['a means-tested person pays the assessed contribution', false, 219.35],
  ])('weeklyContribution: %s', (_, selfFunder, want) =>
    expect(weeklyContribution(current, 'residential', selfFunder, 0, p(250), p(800))).toBe(p(want)),
  );
});
