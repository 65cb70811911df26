// Generators (fast-check) of people, care, policies and charging states for the charging
// property tests.
import fc from 'fast-check';
import type { CareEpisode } from '../../../src/model/calculator/index.ts';
import {
  resolvePolicy,
  type Policy,
  type PresetId,
  presets,
} from '../../../src/model/policy/index.ts';
import type { ChargingState, WeekOfCare } from '../../../src/model/charging/index.ts';

export const pounds = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((p) => p / 100);

export const personArb = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  capital: pounds(600_000),
  homeValue: fc.oneof(fc.constant(0), pounds(900_000)),
  partnerAtHome: fc.boolean(),
  weeklyIncome: pounds(900),
  councilArranged: fc.boolean(),
});

export const episodeArb: fc.Arbitrary<CareEpisode> = fc
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

export const careArb = fc.array(episodeArb, { minLength: 1, maxLength: 4 });
export const presetArb = fc.constantFrom(...(Object.keys(presets) as PresetId[]));
export const capArb = fc.integer({ min: 0, max: 200_000 });

export const withCap = (id: PresetId, cap: number | null): Policy =>
  resolvePolicy({ preset: id, overrides: { cap } });
export const uclArb = fc.integer({ min: 20_000, max: 300_000 });
/** A policy with its upper capital limit set to `ucl` (lower limit kept below it). */
export const withUcl = (id: PresetId, ucl: number): Policy =>
  resolvePolicy({
    preset: id,
    overrides: { upperCapitalLimit: ucl, lowerCapitalLimit: Math.min(ucl, 14_250) },
  });

export const stateArb: fc.Arbitrary<ChargingState> = fc.record({
  financial: fc.integer({ min: 0, max: 60_000_000 }),
  home: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90_000_000 })),
  careAccount: fc.integer({ min: 0, max: 25_000_000 }),
  weeksInCareHome: fc.integer({ min: 0, max: 30 }),
});
export const weekArb: fc.Arbitrary<WeekOfCare> = fc
  .record({
    setting: fc.constantFrom('homeCare', 'residential', 'nursing'),
    councilRate: fc.integer({ min: 0, max: 150_000 }),
    premium: fc.integer({ min: 0, max: 60_000 }),
    weeklyIncome: fc.integer({ min: 0, max: 90_000 }),
    partnerAtHome: fc.boolean(),
    councilArranged: fc.boolean(),
  })
  .map(({ premium, ...w }) => ({ ...w, weeklyFee: w.councilRate + premium }));
