// chargeSpan.ts: charging a span of weeks at once gives exactly what chargeWeek, the reference,
// gives week by week, in every regime (the general step, steady care at home, capital spent down
// through tariff bands), and weeksHeld never lets a charge hold past a change.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presets, type PresetId } from '../../../src/model/policy/index.ts';
import {
  advance,
  applyCharge,
  chargeWeek,
  compileRules,
  emptyTotals,
  personalCap,
  toPence,
  weeksHeld,
  type ChargeTotals,
  type ChargingRules,
  type ChargingState,
  type WeekOfCare,
} from '../../../src/model/charging/index.ts';
import { episodeArb, personArb, presetArb, weekArb } from './arbitraries.ts';

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

describe('chargeSpan', () => {
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

  it('the same while capital is spent down through the tariff bands, band by band', () => {
    // Capital between the limits, care-home rates well above income: the contribution moves with
    // every band of tariff income, the regime chargeTariffBands charges.
    fc.assert(
      fc.property(
        presetArb,
        fc.option(fc.integer({ min: 0, max: 12_000_000 }), { nil: null }),
        fc.record({
          financial: fc.integer({ min: 1_400_000, max: 12_000_000 }),
          home: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40_000_000 })),
          careAccount: fc.integer({ min: 0, max: 10_000_000 }),
          weeksInCareHome: fc.integer({ min: 0, max: 30 }),
        }),
        fc
          .record({
            setting: fc.constantFrom('homeCare', 'residential', 'nursing'),
            councilRate: fc.integer({ min: 40_000, max: 150_000 }),
            premium: fc.integer({ min: 0, max: 60_000 }),
            weeklyIncome: fc.integer({ min: 0, max: 40_000 }),
            partnerAtHome: fc.boolean(),
            councilArranged: fc.boolean(),
          })
          .map(({ premium, ...w }) => ({ ...w, weeklyFee: w.councilRate + premium })),
        fc.integer({ min: 1, max: 104 }),
        spanEqualsWeeks,
      ),
      { numRuns: 3000 },
    );
  });

  it('weeksHeld: every week it covers is charged exactly as the first (but for tariff income)', () => {
    fc.assert(
      fc.property(
        presetArb,
        fc.option(fc.integer({ min: 0, max: 12_000_000 }), { nil: null }),
        fc.record({
          financial: fc.integer({ min: 0, max: 14_000_000 }),
          home: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40_000_000 })),
          careAccount: fc.integer({ min: 0, max: 10_000_000 }),
          weeksInCareHome: fc.integer({ min: 0, max: 30 }),
        }),
        weekArb,
        fc.integer({ min: 1, max: 60 }),
        (id, cap, start, care, max) => {
          const rules = compileRules(presets[id]);
          const state = { ...start };
          const first = chargeWeek(rules, cap, state, care);
          const n = weeksHeld(rules, cap, state, care, first, max);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(max);
          // Capital (and with it tariff income) may fall; nothing else the week charges may change.
          const charged = (c: ReturnType<typeof chargeWeek>) => ({
            ...c,
            tariffIncome: 0,
            assessedCapital: 0,
          });
          const same = charged({ ...first });
          for (let k = 0; k < n; k++) {
            const w = chargeWeek(rules, cap, state, care);
            expect(charged(w)).toEqual(same);
            applyCharge(state, w.capitalDrawn, w.countedTowardsCap, 1, care.setting !== 'homeCare');
          }
        },
      ),
      { numRuns: 3000 },
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
