// Fees by setting, region and year; the interim self-funder test.
import { describe, expect, it } from 'vitest';
import { HOME_CARE_HOURS } from '../../../src/model/data/careFees.ts';
import { REGIONS } from '../../../src/model/data/regions.ts';
import {
  buildFeeTable,
  careHomeCouncilRate,
  homeCareHourlyRate,
  REGION_FEE_RATIO,
} from '../../../src/model/population/feeTable.ts';
import {
  assessableCapital,
  isSelfFunder,
  paysFullCost,
  spendDown,
  tariffIncome,
} from '../../../src/model/population/selfFunder.ts';
import { CareState } from '../../../src/model/population/states.ts';

describe('fees', () => {
  it('careHomeCouncilRate(2023) is the ASC-FR £916 / £1,026 a week', () => {
    expect(careHomeCouncilRate('residential', 2023)).toBeCloseTo(916, 6);
    expect(careHomeCouncilRate('nursing', 2023)).toBeCloseTo(1026, 6);
  });

  it('homeCareHourlyRate is £23.26 in 2024-25 and £24.10 in 2025-26, then grows at feeGrowth', () => {
    expect(homeCareHourlyRate(2024)).toBe(23.26);
    expect(homeCareHourlyRate(2025)).toBe(24.1);
    expect(homeCareHourlyRate(2027, { feeGrowth: 0.05 })).toBeCloseTo(24.1 * 1.05 ** 2, 10);
  });

  it('regional fee ratios average 1 over the 65+ population', () => {
    const mean =
      REGIONS.reduce((s, r, k) => s + r.share65 * (REGION_FEE_RATIO[k] ?? 0), 0) /
      REGIONS.reduce((s, r) => s + r.share65, 0);
    expect(mean).toBeCloseTo(1, 12);
  });

  it('buildFeeTable charges self-funders 40% more in care homes and costs home care as hours × rate', () => {
    const t = buildFeeTable(2025);
    const se = 7 * 6;
    expect(t.selfFunder[se + CareState.residential]).toBeCloseTo(
      1.4 * (t.council[se + CareState.residential] ?? 0),
      10,
    );
    expect(t.council[se + CareState.homeCareHigh]).toBeCloseTo(HOME_CARE_HOURS.high * 24.1, 10);
    expect(t.council[se + CareState.none]).toBe(0);
  });
});

describe('interim self-funder test', () => {
  it('assessableCapital counts the home only in a care home with no partner there', () => {
    expect(assessableCapital(10_000, 200_000, true, false)).toBe(210_000);
    expect(assessableCapital(10_000, 200_000, true, true)).toBe(10_000);
    expect(assessableCapital(10_000, 200_000, false, false)).toBe(10_000);
  });

  it('isSelfFunder is true only above £23,250', () => {
    expect(isSelfFunder(23_250)).toBe(false);
    expect(isSelfFunder(23_250.01)).toBe(true);
  });

  it.each([
    [14_250, 0],
    [14_250.01, 1],
    [14_500, 1],
    [14_500.01, 2],
    [23_250, 36],
    [100_000, 36],
  ])('tariffIncome(£%d) is £%d a week', (capital, tariff) => {
    expect(tariffIncome(capital)).toBe(tariff);
  });

  it('paysFullCost when income above the allowance plus tariff covers the weekly cost', () => {
    expect(paysFullCost(0, 350, 215, 135)).toBe(true);
    expect(paysFullCost(0, 350, 215, 136)).toBe(false);
    expect(paysFullCost(23_250, 350, 215, 171)).toBe(true);
  });

  it('spendDown takes 52 weeks of the fee less net income, never below zero', () => {
    expect(spendDown(100_000, 1_000, 230, 30, 1)).toBe(100_000 - 800 * 52);
    expect(spendDown(10_000, 1_000, 0, 30, 1)).toBe(0);
  });
});
