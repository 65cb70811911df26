// Worked examples computed by hand (arithmetic in each test's comment) and the public examples
// of MODEL.md §3. Money in £ at each preset's price year.
import { describe, expect, it } from 'vitest';
import { calculateCareAccount } from '../../../src/model/calculator/index.ts';
import { resolvePolicy, type PolicyRef } from '../../../src/model/policy/index.ts';
import type { CareEpisode, PersonInput } from '../../../src/model/calculator/index.ts';

const run = (
  policy: PolicyRef,
  person: PersonInput,
  care: CareEpisode[],
  period: 'week' | 'year' = 'week',
) => calculateCareAccount(resolvePolicy(policy), person, care, { period });
const residential = (weeks: number, weeklyFee: number, councilRate = weeklyFee): CareEpisode => ({
  setting: 'residential',
  weeks,
  weeklyFee,
  councilRate,
});

describe('means test (current rules, 2025-26: UCL £23,250, LCL £14,250, PEA £30.65, MIG £232.81)', () => {
  it('a person above the upper limit pays the whole fee and draws capital beyond income less PEA', () => {
    // £100,000 > £23,250: pays the £800 fee for 10 weeks = £8,000; council £0.
    // They live on the £30.65 PEA, so £200 − £30.65 = £169.35 of income pays towards care and
    // capital falls by £800 − £169.35 = £630.65 a week: £100,000 − £6,306.50 = £93,693.50.
    const r = run('current', { age: 80, capital: 100_000, weeklyIncome: 200 }, [
      residential(10, 800, 700),
    ]);
    expect(r.summary.personPaid).toBe(8000);
    expect(r.summary.councilPaid).toBe(0);
    expect(r.summary.capitalLeft).toBe(93_693.5);
    expect(r.ledger[0]!.status).toBe('selfFunder');
  });

  it('between the limits the person contributes income less PEA plus tariff income', () => {
    // Tariff: (£20,000 − £14,250) / £250 = 23 bands → £23/wk.
    // Contribution: £150 − £30.65 + £23 = £142.35; council pays £700 − £142.35 = £557.65.
    // The £23 of tariff income is paid from capital (income less PEA is £119.35): £19,977.
    const r = run('current', { age: 80, capital: 20_000, weeklyIncome: 150 }, [
      residential(1, 700),
    ]);
    expect(r.ledger[0]!.tariffIncome).toBe(23);
    expect(r.summary.personPaid).toBe(142.35);
    expect(r.summary.councilPaid).toBe(557.65);
    expect(r.summary.capitalLeft).toBe(19_977);
  });

  it('tariff income counts a part-band as a whole £1', () => {
    // (£14,251 − £14,250) = £1 above LCL → one part band → £1/wk. Contribution £100 − £30.65 + £1.
    const r = run('current', { age: 80, capital: 14_251, weeklyIncome: 100 }, [
      residential(1, 700),
    ]);
    expect(r.ledger[0]!.tariffIncome).toBe(1);
    expect(r.summary.personPaid).toBe(70.35);
  });

  it('below the lower limit at home the person keeps the minimum income guarantee', () => {
    // £10,000 < LCL: no tariff. £200 − £232.81 MIG < 0 → contributes £0; council pays £300 × 4.
    const r = run('current', { age: 80, capital: 10_000, weeklyIncome: 200 }, [
      { setting: 'homeCare', weeks: 4, weeklyFee: 300, councilRate: 300 },
    ]);
    expect(r.summary.personPaid).toBe(0);
    expect(r.summary.councilPaid).toBe(1200);
  });

  it('a home owner with no partner at home: home disregarded 12 weeks, then counted', () => {
    // Weeks 1–12: assessed £10,000 (< LCL): council rate £700, pays £200 − £30.65 = £169.35,
    //   council £530.65 → 12 × £169.35 = £2,032.20 and 12 × £530.65 = £6,367.80.
    //   (all from income less PEA: no capital drawn).
    // Weeks 13–20: assessed £210,000 > UCL: self-funder at the £800 fee: 8 × £800 = £6,400,
    //   drawing £800 − £169.35 = £630.65 a week from savings: £10,000 − £5,045.20 = £4,954.80,
    //   plus the £200,000 home.
    const r = run('current', { age: 82, capital: 10_000, homeValue: 200_000, weeklyIncome: 200 }, [
      residential(20, 800, 700),
    ]);
    expect(r.summary.personPaid).toBeCloseTo(8432.2, 2);
    expect(r.summary.councilPaid).toBeCloseTo(6367.8, 2);
    expect(r.summary.capitalLeft).toBeCloseTo(204_954.8, 2);
    expect(r.ledger[11]!.homeCounted).toBe(false);
    expect(r.ledger[12]!.homeCounted).toBe(true);
  });

  it('a home owner with a partner at home: the home is never counted', () => {
    // 20 weeks means-tested at £169.35 = £3,387; council 20 × £530.65 = £10,613; home kept.
    const r = run(
      'current',
      { age: 82, capital: 10_000, homeValue: 200_000, partnerAtHome: true, weeklyIncome: 200 },
      [residential(20, 800, 700)],
    );
    expect(r.summary.personPaid).toBeCloseTo(3387, 2);
    expect(r.summary.councilPaid).toBeCloseTo(10_613, 2);
    expect(r.summary.capitalLeft).toBe(210_000);
  });

  it('home care: the property is disregarded whatever its value', () => {
    // Assessed £5,000 (home £300,000 ignored): £250 − £232.81 = £17.19/wk; 10 weeks → £171.90;
    // council 10 × (£350 − £17.19) = £3,328.10.
    const r = run('current', { age: 78, capital: 5000, homeValue: 300_000, weeklyIncome: 250 }, [
      { setting: 'homeCare', weeks: 10, weeklyFee: 350, councilRate: 350 },
    ]);
    expect(r.summary.personPaid).toBeCloseTo(171.9, 2);
    expect(r.summary.councilPaid).toBeCloseTo(3328.1, 2);
    expect(r.ledger.every((w) => !w.homeCounted)).toBe(true);
  });
});

describe('the cap', () => {
  it('Will Planning (2015): £600 fee, £230 DLC, £72,000 cap → £370/wk counts, cap in week 195', () => {
    // 72,000 / 370 = 194.6 → reached in week 195. By then DLC 195 × £230 = £44,850.
    // Week 195 is split: £220 still counted (72,000 − 194 × 370), so the person pays
    // 220/370 × £600 + 150/370 × £230 = £450 that week: 194 × £600 + £450 = £116,850
    // (the published £117,000 rounds week 195 up to a full week of £600).
    const r = run('care-act-2014', { age: 85, capital: 300_000, weeklyIncome: 0 }, [
      residential(195, 600),
    ]);
    expect(r.ledger[0]!.countedTowardsCap).toBe(370);
    expect(r.summary.weeksToCap).toBe(195);
    expect(r.summary.dailyLivingCostsPaid).toBe(44_850);
    expect(r.summary.countedTowardsCap).toBe(72_000);
    expect(r.summary.personPaidToCap).toBe(116_850);
  });

  it('a person reaching the cap mid-year: the yearly ledger splits the crossing exactly', () => {
    // Years 1–3: 3 × 52 × £370 = £57,720 counted; year 4 counts the remaining £14,280
    // and the cap is reached in week 195 (year 4, week 39).
    const r = run(
      'care-act-2014',
      { age: 85, capital: 300_000, weeklyIncome: 0 },
      [residential(260, 600)],
      'year',
    );
    expect(r.ledger.map((y) => y.countedTowardsCap)).toEqual([19_240, 19_240, 19_240, 14_280, 0]);
    expect(r.ledger[3]!.capReached).toBe(true);
    expect(r.ledger[2]!.capReached).toBe(false);
    expect(r.summary.weeksToCap).toBe(195);
  });

  it('care continues after the cap: the person still pays daily living costs', () => {
    // Weeks 196–260 (65 weeks): person pays £230 DLC, council £370.
    // Person: £116,850 + 65 × £230 = £131,800. Council: £150 (week 195) + 65 × £370 = £24,200.
    // DLC over all 260 weeks: 260 × £230 = £59,800.
    const r = run('care-act-2014', { age: 85, capital: 300_000, weeklyIncome: 0 }, [
      residential(260, 600),
    ]);
    expect(r.summary.personPaid).toBe(131_800);
    expect(r.summary.councilPaid).toBe(24_200);
    expect(r.summary.dailyLivingCostsPaid).toBe(59_800);
    expect(r.ledger[259]!.status).toBe('afterCap');
    expect(r.ledger[259]!.personPays).toBe(230);
  });

  it('Radio Times (2021): £780 fee, £275 DLC, £86,000 cap, everything counts → about 3 years 4 months', () => {
    // 86,000 / 505 = 170.3 → week 171 (3.3 years); 170 × £780 + week 171 split ≈ £133,000.
    const r = run(
      {
        preset: 'reform-2021',
        overrides: { dailyLivingCost: 275, councilContributionCounts: true },
      },
      { age: 80, capital: 500_000, weeklyIncome: 0 },
      [residential(200, 780)],
    );
    expect(r.summary.weeksToCap).toBe(171);
    expect(r.summary.personPaidToCap).toBeGreaterThan(132_000);
    expect(r.summary.personPaidToCap).toBeLessThan(134_000);
  });

  it('Mogers Drewett: £800 fee, £250 DLC, council rate £600 → £350/wk counts', () => {
    const r = run(
      { preset: 'reform-2021', overrides: { dailyLivingCost: 250 } },
      { age: 80, capital: 500_000, weeklyIncome: 0 },
      [residential(1, 800, 600)],
    );
    expect(r.summary.countedTowardsCap).toBe(350);
    expect(r.summary.topUpsPaid).toBe(200);
  });

  it('IFS/Health Foundation (2022): £700 home, £200 DLC, council contributions counted → 172 weeks for everyone', () => {
    // 86,000 / (700 − 200) = 172 exactly, for a self-funder and a means-tested person alike.
    const counted = {
      preset: 'reform-2021',
      overrides: { councilContributionCounts: true },
    } as const;
    const rich = run(counted, { age: 80, capital: 400_000, weeklyIncome: 300 }, [
      residential(300, 700),
    ]);
    const poor = run(counted, { age: 80, capital: 0, weeklyIncome: 200 }, [residential(300, 700)]);
    expect(rich.summary.weeksToCap).toBe(172);
    expect(poor.summary.weeksToCap).toBe(172);
  });

  it('the Nov 2021 amendment: council contributions do not count', () => {
    // reform-2021: capital £25,000, income £100. Tariff (25,000 − 20,000)/250 = £20.
    // Contribution £100 − £24.40 + £20 = £95.60 < £200 DLC → nothing counts towards the cap.
    // The tariff is paid from capital, so it falls band by band: £20 in weeks 1–13 (capital
    // £25,000 → £24,740), £19 in 14–26, £18 in 27–40, £17 in 41–52. Person 13 × £95.60 +
    // 13 × £94.60 + 14 × £93.60 + 12 × £92.60 = £4,894.20; council 52 × £700 − that = £31,505.80.
    // Before the amendment the same person would have £500/wk counted: £26,000 in a year.
    const amended = run('reform-2021', { age: 80, capital: 25_000, weeklyIncome: 100 }, [
      residential(52, 700),
    ]);
    expect(amended.summary.countedTowardsCap).toBe(0);
    expect(amended.summary.personPaid).toBeCloseTo(4894.2, 2);
    expect(amended.summary.councilPaid).toBeCloseTo(31_505.8, 2);
    expect(amended.summary.capitalLeft).toBeCloseTo(24_037, 2);
    const before = run(
      { preset: 'reform-2021', overrides: { councilContributionCounts: true } },
      { age: 80, capital: 25_000, weeklyIncome: 100 },
      [residential(52, 700)],
    );
    expect(before.summary.countedTowardsCap).toBe(26_000);
  });

  it('the amendment counts the person’s own contribution less DLC', () => {
    // £50,000, income £200: tariff (50,000 − 20,000)/250 = £120; contribution
    // £200 − £24.40 + £120 = £295.60; £95.60 counts; week 1 draws the £120 of tariff income
    // from capital (income less PEA is £175.60). Week 2: capital £49,880 → tariff still £120
    // (119.52 bands → 120): the same again.
    const r = run('reform-2021', { age: 80, capital: 50_000, weeklyIncome: 200 }, [
      residential(2, 700),
    ]);
    expect(r.summary.countedTowardsCap).toBeCloseTo(191.2, 2);
    expect(r.summary.personPaid).toBeCloseTo(591.2, 2);
    expect(r.summary.capitalLeft).toBeCloseTo(49_760, 2);
  });

  it('a self-funder above the council rate: the account grows only at the council rate', () => {
    // £1,000 fee, council rate £700, DLC £200: £500/wk counts (not £800); 86,000/500 = 172 weeks.
    // After the cap the person pays £200 DLC + £300 premium; council £500.
    const r = run('reform-2021', { age: 80, capital: 500_000, weeklyIncome: 0 }, [
      residential(180, 1000, 700),
    ]);
    expect(r.summary.weeksToCap).toBe(172);
    expect(r.ledger[0]!.countedTowardsCap).toBe(500);
    expect(r.ledger[179]!.personPays).toBe(500);
    expect(r.ledger[179]!.councilPays).toBe(500);
  });

  it('between the limits at home under the 2021 reform everything the person pays counts', () => {
    // £60,000, income £250: tariff (60,000 − 20,000)/250 = £160; £250 − £189 MIG + £160 = £221,
    // the £160 of tariff from capital. Week 2: £59,840 → 159.36 bands → still £160, £221 again.
    // Week 3: £59,680 → 158.72 → £159: £220. No DLC at home: £662 counts; council £1,200 − £662
    // = £538; capital £60,000 − £160 − £160 − £159 = £59,521.
    const r = run('reform-2021', { age: 75, capital: 60_000, weeklyIncome: 250 }, [
      { setting: 'homeCare', weeks: 3, weeklyFee: 400, councilRate: 400 },
    ]);
    expect(r.summary.countedTowardsCap).toBe(662);
    expect(r.summary.councilPaid).toBe(538);
    expect(r.summary.capitalLeft).toBe(59_521);
  });

  it('no cap: nothing counts and the person pays until the means test protects them', () => {
    const r = run('current', { age: 80, capital: 500_000, weeklyIncome: 0 }, [
      residential(100, 900),
    ]);
    expect(r.summary.countedTowardsCap).toBe(0);
    expect(r.summary.weeksToCap).toBeNull();
    expect(r.summary.personPaid).toBe(90_000);
  });
});

describe('upper capital limits by setting', () => {
  it('Dilnot’s £100,000 applies in care homes even when the home is not counted; the Care Act’s only when it is', () => {
    // Partner at home, savings £60,000. Dilnot: 60,000 ≤ 100,000 → means-tested.
    //   Tariff (60,000 − 14,250)/250 = 183 bands → £183; £200 − £22.60 + £183 = £360.40.
    // Care Act 2014: home not counted → UCL £27,000 → self-funder at £700.
    const person = {
      age: 80,
      capital: 60_000,
      homeValue: 300_000,
      partnerAtHome: true,
      weeklyIncome: 200,
    };
    const dilnot = run('dilnot-2011', person, [residential(1, 700)]);
    const careAct = run('care-act-2014', person, [residential(1, 700)]);
    expect(dilnot.summary.personPaid).toBeCloseTo(360.4, 2);
    expect(careAct.summary.personPaid).toBe(700);
  });
});

describe('young-onset rules', () => {
  it('Dilnot: needs before 40 → cap £0: the council pays eligible care, the person only DLC', () => {
    // £200,000 > £100,000 (care home) so a self-funder, but the cap is £0:
    // person pays DLC £192.31/wk, council £700 − £192.31 = £507.69. 10 weeks: £1,923.10 / £5,076.90.
    const r = run('dilnot-2011', { age: 35, capital: 200_000, weeklyIncome: 0 }, [
      residential(10, 700),
    ]);
    expect(r.summary.cap).toBe(0);
    expect(r.summary.weeksToCap).toBe(0);
    expect(r.summary.personPaid).toBeCloseTo(1923.1, 2);
    expect(r.summary.councilPaid).toBeCloseTo(5076.9, 2);
  });

  it('Dilnot: needs beginning at 45 → a £10,000 cap, reached in week 20', () => {
    // £507.69/wk counts: 10,000 / 507.69 = 19.7 → week 20.
    const r = run('dilnot-2011', { age: 45, capital: 200_000, weeklyIncome: 0 }, [
      residential(30, 700),
    ]);
    expect(r.summary.cap).toBe(10_000);
    expect(r.summary.weeksToCap).toBe(20);
  });

  it('Care Act 2014: needs before 18 → free care, even at 30', () => {
    const r = run(
      'care-act-2014',
      { age: 30, capital: 50_000, weeklyIncome: 100, needsBeganAge: 16 },
      [{ setting: 'homeCare', weeks: 10, weeklyFee: 300, councilRate: 300 }],
    );
    expect(r.summary.cap).toBe(0);
    expect(r.summary.personPaid).toBe(0);
    expect(r.summary.councilPaid).toBe(3000);
  });
});

describe('ledger periods', () => {
  it('a year-by-year ledger sums to exactly the same totals as the week-by-week one', () => {
    const person = { age: 82, capital: 40_000, homeValue: 180_000, weeklyIncome: 220 };
    const care: CareEpisode[] = [
      { setting: 'homeCare', weeks: 70, weeklyFee: 400, councilRate: 380 },
      residential(150, 950, 800),
      { setting: 'nursing', weeks: 90, weeklyFee: 1200, councilRate: 1000 },
    ];
    for (const p of ['current', 'dilnot-2011', 'care-act-2014', 'reform-2021'] as const) {
      const w = run(p, person, care, 'week').summary;
      const y = run(p, person, care, 'year').summary;
      expect(y).toEqual(w);
    }
  });
});
