// careAccount.ts: the person's own cap after young-onset rules, and what a week adds to the account.
import { describe, expect, it } from 'vitest';
import { personalCap, towardsCap } from '../../../src/model/charging/index.ts';
import { p, rulesFor } from './rulesFor.ts';

describe('personalCap', () => {
  it.each([
    ['current', 80, null],
    ['reform-2021', 25, 86_000],
    ['reform-2021', 80, 86_000],
    ['care-act-2014', 17, 0],
    ['care-act-2014', 18, 72_000],
    ['dilnot-2011', 39, 0],
    ['dilnot-2011', 40, 10_000],
    ['dilnot-2011', 49, 10_000],
    ['dilnot-2011', 50, 20_000],
    ['dilnot-2011', 64, 30_000],
    ['dilnot-2011', 65, 35_000],
    ['dilnot-2011', 66, 35_000],
    ['dilnot-2011', 70, 35_000],
  ] as const)('%s, needs from age %d: cap £%s', (id, age, pounds) =>
    expect(personalCap(rulesFor(id), age)).toBe(pounds === null ? null : p(pounds)),
  );
});

describe('towardsCap', () => {
  const dilnot = rulesFor('dilnot-2011');
  const reform = rulesFor('reform-2021');
  it.each([
    ['Will Planning 2015: £600 care, £230 DLC', dilnot, 600, 230, 600, 370],
    ['Mogers Drewett: council rate £600, DLC £250', dilnot, 600, 250, 800, 350],
    ['all eligible care counts, whoever pays (Dilnot)', dilnot, 700, 200, 0, 500],
    ['only the person’s own contribution (Nov 2021 amendment)', reform, 700, 200, 300, 100],
    ['own contribution below DLC: nothing counts', reform, 700, 200, 150, 0],
    ['a self-funder’s premium never counts', reform, 700, 200, 900, 500],
  ])('%s', (_, rules, eligible, dlc, own, want) =>
    expect(towardsCap(rules, p(eligible), p(dlc), p(own))).toBe(p(want)),
  );
});
