// Property tests (fast-check) of the charging rules' invariants over generated people, care
// and policies: the cap bounds the care account, higher caps and limits move payments the right
// way, money adds up every period, and jumping over weeks equals stepping through them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateCareAccount, type CareEpisode } from '../../../src/model/calculator/index.ts';
import {
  presets,
  resolvePolicy,
  type Policy,
  type PresetId,
} from '../../../src/model/policy/index.ts';
import {
  advance,
  chargeWeek,
  compileRules,
  emptyTotals,
  personalCap,
  toPence,
  type ChargeTotals,
  type ChargingRules,
  type ChargingState,
  type WeekOfCare,
} from '../../../src/model/charging/index.ts';

const pounds = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((p) => p / 100);

const personArb = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  capital: pounds(600_000),
  homeValue: fc.oneof(fc.constant(0), pounds(900_000)),
  partnerAtHome: fc.boolean(),
  weeklyIncome: pounds(900),
  councilArranged: fc.boolean(),
});

const episodeArb: fc.Arbitrary<CareEpisode> = fc
  .record({
    setting: fc.constantFrom('homeCare', 'residential', 'nursing'),
    weeks: fc.integer({ min: 1, max: 300 }),
    councilRate: pounds(1500),
    premium: pounds(600),
  })
  .map(({ premium, ...e }) => ({
    ...e,
    weeklyFee: Math.round((e.councilRate + premium) * 100) / 100,
  }));

const careArb = fc.array(episodeArb, { minLength: 1, maxLength: 4 });
const presetArb = fc.constantFrom(...(Object.keys(presets) as PresetId[]));
const capArb = fc.integer({ min: 0, max: 200_000 });

const withCap = (id: PresetId, cap: number | null): Policy =>
  resolvePolicy({ preset: id, overrides: { cap } });
const uclArb = fc.integer({ min: 20_000, max: 300_000 });
/** A policy with its upper capital limit set to `ucl` (lower limit kept below it). */
const withUcl = (id: PresetId, ucl: number): Policy =>
  resolvePolicy({
    preset: id,
    overrides: { upperCapitalLimit: ucl, lowerCapitalLimit: Math.min(ucl, 14_250) },
  });

const stateArb: fc.Arbitrary<ChargingState> = fc.record({
  financial: fc.integer({ min: 0, max: 60_000_000 }),
  home: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90_000_000 })),
  careAccount: fc.integer({ min: 0, max: 25_000_000 }),
  weeksInCareHome: fc.integer({ min: 0, max: 30 }),
});
const weekArb: fc.Arbitrary<WeekOfCare> = fc
  .record({
    setting: fc.constantFrom('homeCare', 'residential', 'nursing'),
    councilRate: fc.integer({ min: 0, max: 150_000 }),
    premium: fc.integer({ min: 0, max: 60_000 }),
    weeklyIncome: fc.integer({ min: 0, max: 90_000 }),
    partnerAtHome: fc.boolean(),
    councilArranged: fc.boolean(),
  })
  .map(({ premium, ...w }) => ({ ...w, weeklyFee: w.councilRate + premium }));

/** 'rich': capital above every limit for the whole career; 'poor': below the lower limit. */
const noFeedbackArb = fc.constantFrom('rich', 'poor');
function personWithoutFeedback(kind: string, care: CareEpisode[]) {
  const fees = care.reduce((t, e) => t + e.weeks * e.weeklyFee, 0);
  return kind === 'rich'
    ? { age: 70, capital: 300_000 + fees, weeklyIncome: 150 }
    : { age: 70, capital: 10_000, homeValue: 0, weeklyIncome: 180 };
}

describe('charging invariants', () => {
  it('the amount counted towards the cap never exceeds the cap', () => {
    fc.assert(
      fc.property(presetArb, capArb, personArb, careArb, (id, cap, person, care) => {
        const r = calculateCareAccount(withCap(id, cap), person, care);
        const own = r.summary.cap ?? 0;
        expect(r.summary.countedTowardsCap).toBeLessThanOrEqual(own + 1e-9);
        expect(own).toBeLessThanOrEqual(cap);
        for (const row of r.ledger) expect(row.careAccount).toBeLessThanOrEqual(own + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('the money adds up every period: fee = person + council, neither negative', () => {
    fc.assert(
      fc.property(presetArb, personArb, careArb, (id, person, care) => {
        const r = calculateCareAccount(presets[id], person, care);
        for (const row of r.ledger) {
          expect(toPence(row.personPays) + toPence(row.councilPays)).toBe(toPence(row.fee));
          expect(row.personPays).toBeGreaterThanOrEqual(0);
          expect(row.councilPays).toBeGreaterThanOrEqual(0);
          expect(row.capital).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  // The rules themselves are monotone: for any state and any week of care, a higher cap never
  // lowers and a higher upper capital limit never raises that week's charge.
  it('chargeWeek: a higher cap never lowers what the person pays that week', () => {
    fc.assert(
      fc.property(presetArb, capArb, capArb, stateArb, weekArb, (id, a, b, state, week) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const pay = (cap: number | null) =>
          chargeWeek(
            compileRules(withCap(id, cap)),
            cap === null ? null : toPence(cap),
            state,
            week,
          ).personPays;
        expect(pay(hi)).toBeGreaterThanOrEqual(pay(lo));
        expect(pay(null)).toBeGreaterThanOrEqual(pay(hi));
      }),
      { numRuns: 2000 },
    );
  });

  it('chargeWeek: a higher upper capital limit never raises what the person pays that week', () => {
    fc.assert(
      fc.property(presetArb, uclArb, uclArb, stateArb, weekArb, (id, a, b, state, week) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const pay = (ucl: number) => {
          const policy = withUcl(id, ucl);
          const rules = compileRules(policy);
          return chargeWeek(rules, rules.cap, state, week).personPays;
        };
        expect(pay(hi)).toBeLessThanOrEqual(pay(lo));
      }),
      { numRuns: 2000 },
    );
  });

  // Over a whole care career the same holds wherever capital does not feed back into the charge:
  // self-funders who stay above every limit, and people below the lower limit.
  it('over a career: a higher cap never lowers what a person pays', () => {
    fc.assert(
      fc.property(presetArb, capArb, capArb, noFeedbackArb, careArb, (id, a, b, kind, care) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const person = personWithoutFeedback(kind, care);
        const paid = (cap: number | null) =>
          calculateCareAccount(withCap(id, cap), person, care).summary.personPaid;
        expect(paid(hi)).toBeGreaterThanOrEqual(paid(lo));
        expect(paid(null)).toBeGreaterThanOrEqual(paid(hi));
      }),
      { numRuns: 300 },
    );
  });

  it('over a career: a higher upper capital limit never raises what a person pays', () => {
    fc.assert(
      fc.property(presetArb, uclArb, uclArb, noFeedbackArb, careArb, (id, a, b, kind, care) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const person = personWithoutFeedback(kind, care);
        const paid = (ucl: number) =>
          calculateCareAccount(withUcl(id, ucl), person, care).summary.personPaid;
        expect(paid(hi)).toBeLessThanOrEqual(paid(lo));
      }),
      { numRuns: 300 },
    );
  });

  it('over a career the cliffs of the rules can reverse that: paying more can mean paying less later', () => {
    // Documented, not a defect: with no cap this person pays the £197.22 fee in week 1, falls to
    // the upper limit (£23,250.00) and becomes council-funded at the council rate. A £0 cap keeps
    // their capital a penny above the limit, so they keep paying the self-funder premium.
    const person = { age: 70, capital: 23_349.7, weeklyIncome: 97.52 };
    const care: CareEpisode[] = [
      { setting: 'homeCare', weeks: 2, weeklyFee: 197.22, councilRate: 0.01 },
    ];
    const paid = (cap: number | null) =>
      calculateCareAccount(withCap('current', cap), person, care).summary.personPaid;
    expect(paid(0)).toBeGreaterThan(paid(null));
  });

  /** Every total of `weeks` weeks charged one by one with chargeWeek, and the state after them. */
  function weekByWeek(
    rules: ChargingRules,
    cap: number | null,
    start: ChargingState,
    care: WeekOfCare,
    weeks: number,
  ): { state: ChargingState; totals: ChargeTotals } {
    const state = { ...start };
    const t = emptyTotals();
    for (let k = 1; k <= weeks; k++) {
      const w = chargeWeek(rules, cap, state, care);
      t.weeks++;
      t.fee += w.fee;
      t.eligibleCost += w.eligibleCost;
      t.personPays += w.personPays;
      t.councilPays += w.councilPays;
      t.dailyLivingCosts += w.dailyLivingCosts;
      t.topUp += w.topUp;
      t.countedTowardsCap += w.countedTowardsCap;
      t.councilAfterCap += w.councilAfterCap;
      t.councilDlcSupport += w.councilDlcSupport;
      t.tariffIncome += w.tariffIncome;
      t.capitalDrawn += w.capitalDrawn;
      if (w.status === 'afterCap') t.weeksAfterCap++;
      else if (w.status === 'selfFunder') t.weeksSelfFunding++;
      const fromFinancial = Math.min(w.capitalDrawn, state.financial);
      state.financial -= fromFinancial;
      state.home = Math.max(0, state.home - (w.capitalDrawn - fromFinancial));
      state.careAccount += w.countedTowardsCap;
      state.weeksInCareHome = care.setting === 'homeCare' ? 0 : state.weeksInCareHome + 1;
      if (t.capReachedInWeek === null && cap !== null && w.countedTowardsCap > 0) {
        if (state.careAccount >= cap) {
          t.capReachedInWeek = k;
          t.personPaysAtCap = t.personPays;
        }
      }
    }
    return { state, totals: t };
  }

  const spanEqualsWeeks = (
    id: PresetId,
    cap: number | null,
    start: ChargingState,
    care: WeekOfCare,
    weeks: number,
  ) => {
    const rules = compileRules(presets[id]);
    const spanned = { ...start };
    const t = advance(rules, cap, spanned, care, weeks);
    const ref = weekByWeek(rules, cap, start, care, weeks);
    expect(spanned).toEqual(ref.state);
    expect(t).toEqual(ref.totals);
  };

  it('advance over a span equals chargeWeek, the reference, applied week by week: every total', () => {
    // Capital around the limits and tariff bands, care-home fees high enough to hold the
    // contribution at the council rate: the regimes where advance's chunks are shortest.
    const spanStateArb = fc.record({
      financial: fc.integer({ min: 0, max: 14_000_000 }),
      home: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40_000_000 })),
      careAccount: fc.integer({ min: 0, max: 10_000_000 }),
      weeksInCareHome: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(
        presetArb,
        fc.option(fc.integer({ min: 0, max: 12_000_000 }), { nil: null }),
        spanStateArb,
        weekArb,
        fc.integer({ min: 1, max: 60 }),
        spanEqualsWeeks,
      ),
      { numRuns: 3000 },
    );
  });

  it('the same for care at home below the lower limit or above the upper (its shortcut)', () => {
    // Three calls in five in a default run take this shortcut; capital just above the upper limit
    // and caps near the care account make it hand over to the general loop.
    fc.assert(
      fc.property(
        presetArb,
        fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
        fc.record({
          financial: fc.oneof(
            fc.integer({ min: 0, max: 2_500_000 }),
            fc.integer({ min: 1_800_000, max: 12_000_000 }),
          ),
          home: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40_000_000 })),
          careAccount: fc.integer({ min: 0, max: 3_000_000 }),
          weeksInCareHome: fc.integer({ min: 0, max: 30 }),
        }),
        weekArb.map((w) => ({ ...w, setting: 'homeCare' as const })),
        fc.integer({ min: 1, max: 60 }),
        spanEqualsWeeks,
      ),
      { numRuns: 2000 },
    );
  });

  it('advance over many weeks equals charging the weeks one by one, exactly', () => {
    fc.assert(
      fc.property(presetArb, personArb, episodeArb, (id, person, e) => {
        const rules = compileRules(presets[id]);
        const cap = personalCap(rules, person.age);
        const care = {
          setting: e.setting,
          weeklyFee: toPence(e.weeklyFee),
          councilRate: toPence(e.councilRate),
          weeklyIncome: toPence(person.weeklyIncome),
          partnerAtHome: person.partnerAtHome,
          councilArranged: person.councilArranged,
        };
        const start = (): ChargingState => ({
          financial: toPence(person.capital),
          home: toPence(person.homeValue),
          careAccount: 0,
          weeksInCareHome: 0,
        });
        const jumped = start();
        const tJ = advance(rules, cap, jumped, care, e.weeks);
        const stepped = start();
        const tS = advance(rules, cap, stepped, care, 0);
        for (let i = 0; i < e.weeks; i++) advance(rules, cap, stepped, care, 1, tS);
        expect(jumped).toEqual(stepped);
        expect({ ...tJ, capReachedInWeek: null, personPaysAtCap: null }).toEqual({
          ...tS,
          capReachedInWeek: null,
          personPaysAtCap: null,
        });
      }),
      { numRuns: 500 },
    );
  });
});
