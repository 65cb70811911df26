// dailyLivingCosts.ts: what the person pays for living costs in a care home under a cap.
import { describe, expect, it } from 'vitest';
import {
  councilDlcSupport,
  dailyLivingCost,
  dailyLivingCostsPaid,
} from '../../../src/model/charging/index.ts';
import { p, rulesFor } from './rulesFor.ts';

const reform = rulesFor('reform-2021');

describe('dailyLivingCost', () => {
  it.each([
    ['care home under a cap: £200', 'residential', p(86_000), 900, 200],
    ['no cap: nothing is metered', 'residential', null, 900, 0],
    ['care at home: none', 'homeCare', p(86_000), 900, 0],
    ['never above the council rate', 'nursing', p(86_000), 150, 150],
  ] as const)('%s', (_, setting, cap, rate, pounds) =>
    expect(dailyLivingCost(reform, cap, setting, p(rate))).toBe(p(pounds)),
  );
});

describe('who pays daily living costs', () => {
  it.each([
    ['a contribution above DLC pays them all', 300, 200, 200],
    ['a contribution below DLC pays what it can', 120, 200, 120],
  ])('dailyLivingCostsPaid: %s', (_, contribution, dlc, want) =>
    expect(dailyLivingCostsPaid(p(contribution), p(dlc))).toBe(p(want)),
  );

  it.each([
    ['the council meets the rest of DLC', 780, 200, 120, 80],
    ['no more than the council pays', 50, 200, 120, 50],
    ['nothing when the person pays all of DLC', 600, 200, 200, 0],
  ])('councilDlcSupport: %s', (_, council, dlc, paid, want) =>
    expect(councilDlcSupport(p(council), p(dlc), p(paid))).toBe(p(want)),
  );
});
