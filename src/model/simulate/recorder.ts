// What a task records, kept apart from what happens (as Mesa keeps measurement apart from
// dynamics): the measures of every year and arm, each death's lifetime outcomes, and the
// microdata sample. The simulation loop tells it what happened; only this file writes results.
import type { ChargeTotals } from '../charging/index.ts';
import type { Population } from '../population/populationColumns.ts';
import { STATE_NAMES } from '../population/states.ts';
import { REGIONS } from '../data/regions.ts';
import type { ReplicateContext } from './replicateContext.ts';
import { vi, type PartialResult } from './result.ts';
import { AGE_GROUPS, EFFECTS, M, type MeasureName } from './measures.ts';
import { L, lifetimeBlock, newDeath, recordDeath } from './lifetimeOutcomes.ts';
import { personalBudgetExtraCost, personalBudgetMeasures } from './personalBudgetMeasures.ts';
import { decileOf, wealthDecileCuts } from './wealthDeciles.ts';
import {
  AT_CAP as AT_CAP_BIT,
  REACHED_CAP as REACHED_CAP_BIT,
  type ArmState,
} from './armCharging.ts';

const LIFETIME_SIZE = L.size;
const WEEKS_PER_YEAR = 52;

/** Age group of a person of `age`: 0 for 65+, 1 for 18–64 (the order of AGE_GROUPS). */
export const ageGroup = (age: number): number => (age >= 65 ? 0 : 1);

/**
 * The measures an arm's charged year writes, in the order of their slots in the recorder's
 * running sums (below). Each is written for all ages and for the person's age group.
 */
const ARM_MEASURES = [
  'council_net_spend',
  'council_spend_means_tested',
  'council_spend_after_cap',
  'council_spend_dlc_support',
  'council_spend_admin',
  'person_spend',
  'person_spend_dlc',
  'self_funders_in_care_homes',
  'people_council_funded',
  'people_reaching_cap',
  'people_at_cap',
  'council_spend_gross',
] as const;
// Slots as plain numbers (an array or object lookup on every write otherwise).
const NET = 0;
const MEANS_TESTED = 1;
const AFTER_CAP = 2;
const DLC_SUPPORT = 3;
const ADMIN = 4;
const PERSON = 5;
const PERSON_DLC = 6;
const SELF_FUNDERS_CH = 7;
const COUNCIL_FUNDED = 8;
const REACHING_CAP = 9;
const PEOPLE_AT_CAP = 10;
const GROSS = 11;
const ARM_COUNT = ARM_MEASURES.length;
/** The measures the same in every arm (careers do not depend on policy), slot by slot. */
const CARE_MEASURES = ['people_in_care', 'people_in_care_homes', 'care_home_residents'] as const;
const IN_CARE = 0;
const IN_CARE_HOMES = 1;
const RESIDENTS = 2;
const CARE_COUNT = CARE_MEASURES.length;

/**
 * Running sums are kept per year and arm in one contiguous block, so a year's writes go to
 * neighbouring slots at fixed offsets (no index arithmetic per write): the arm measures for all
 * ages, then for each age group, then the personal-budget users and their care. `finish` moves
 * them into the results. Each slot receives the same additions in the same order as the measure
 * it stands for, so the sums are the same to the bit.
 */
const GROUPS = AGE_GROUPS.length;
const PB_USERS = (GROUPS + 1) * ARM_COUNT;
const PB_CARE = PB_USERS + 1;
const ARM_STRIDE = PB_CARE + 1;
/** Per year: population 65+, deaths, then the care measures for all ages and each age group. */
const POP65 = 0;
const DEATHS = 1;
const CARE_AT = 2;
const COMMON_STRIDE = CARE_AT + (GROUPS + 1) * CARE_COUNT;

/** Measure index of each slot of a year and arm's block (-1: not a measure). */
const ARM_SLOT_MEASURE = Int32Array.from({ length: ARM_STRIDE }, (_, k) => {
  if (k >= PB_USERS) return -1;
  const name = ARM_MEASURES[k % ARM_COUNT]!;
  const g = Math.floor(k / ARM_COUNT) - 1;
  return g < 0 ? M[name] : M[`${name}${AGE_GROUPS[g]!.suffix}` as MeasureName];
});
/** Measure index of each slot of a year's common block. */
const COMMON_SLOT_MEASURE = Int32Array.from({ length: COMMON_STRIDE }, (_, k) => {
  if (k === POP65) return M.population_65plus;
  if (k === DEATHS) return M.deaths;
  const name = CARE_MEASURES[(k - CARE_AT) % CARE_COUNT]!;
  const g = Math.floor((k - CARE_AT) / CARE_COUNT) - 1;
  return g < 0 ? M[name] : M[`${name}${AGE_GROUPS[g]!.suffix}` as MeasureName];
});

/** Measures the same in every arm (careers do not depend on policy): kept once, then copied. */
const COMMON = [...COMMON_SLOT_MEASURE];
/** [effect, measure] index pairs: reform_effect_X = X − the first arm's X. */
const EFFECT_PAIRS = EFFECTS.map((n) => [M[`reform_effect_${n}`], M[n]] as const);

/** Records one task's results into `out` (a PartialResult of the context's arms and years). */
export class Recorder {
  private readonly Y: number;
  private readonly arms: number;
  private readonly cuts: Float64Array;
  private readonly death = newDeath();
  /** Running sums of the arms' measures: block (t × arms + a) × ARM_STRIDE. */
  private readonly armSums: Float64Array;
  /** Running sums of the measures common to the arms: block t × COMMON_STRIDE. */
  private readonly commonSums: Float64Array;
  private personYears = 0;

  constructor(
    private readonly ctx: ReplicateContext,
    private readonly out: PartialResult,
  ) {
    this.Y = out.years;
    this.arms = out.arms;
    this.cuts = wealthDecileCuts(ctx.scenario.startYear);
    this.armSums = new Float64Array(out.years * out.arms * ARM_STRIDE);
    this.commonSums = new Float64Array(out.years * COMMON_STRIDE);
  }

  /** A person (weight `w` people) alive at the start of year index `t`, whatever the policy. */
  personYear(
    t: number,
    w: number,
    age: number,
    dies: boolean,
    inCare: boolean,
    careHome: boolean,
    weeks: number,
  ): void {
    const v = this.commonSums;
    const o = t * COMMON_STRIDE;
    if (age >= 65) v[o + POP65]! += w;
    if (dies) v[o + DEATHS]! += w;
    if (inCare) {
      const all = o + CARE_AT;
      const group = all + (ageGroup(age) + 1) * CARE_COUNT;
      v[all + IN_CARE]! += w;
      v[group + IN_CARE]! += w;
      if (careHome) {
        const residentYears = (w * weeks) / 52;
        v[all + IN_CARE_HOMES]! += w;
        v[group + IN_CARE_HOMES]! += w;
        v[all + RESIDENTS]! += residentYears;
        v[group + RESIDENTS]! += residentYears;
      }
    }
    this.personYears++;
  }

  /**
   * One arm's charged year of care of a person of `age`: `tot` and `gross` (what the council
   * paid providers for care it arranged, before contributions) in pence, `admin` (£ a person)
   * the council's cost of a care account and assessment, `flags` chargeArmYear's cap bits. Each
   * measure is written for all ages and for the person's age group.
   */
  armYear(
    a: number,
    t: number,
    w: number,
    age: number,
    tot: ChargeTotals,
    gross: number,
    admin: number,
    careHome: boolean,
    flags: number,
  ): void {
    const v = this.armSums;
    const o = (t * this.arms + a) * ARM_STRIDE;
    const g = o + (ageGroup(age) + 1) * ARM_COUNT;
    const pounds = w / 100;
    const net = tot.councilPays * pounds + admin * w;
    const meansTested =
      Math.max(0, tot.councilPays - tot.councilAfterCap - tot.councilDlcSupport) * pounds;
    const afterCap = tot.councilAfterCap * pounds;
    const dlcSupport = tot.councilDlcSupport * pounds;
    const adminCost = admin * w;
    const person = tot.personPays * pounds;
    const personDlc = tot.dailyLivingCosts * pounds;
    const grossCost = gross * pounds;
    v[o + GROSS]! += grossCost;
    v[g + GROSS]! += grossCost;
    v[o + NET]! += net;
    v[g + NET]! += net;
    v[o + MEANS_TESTED]! += meansTested;
    v[g + MEANS_TESTED]! += meansTested;
    v[o + AFTER_CAP]! += afterCap;
    v[g + AFTER_CAP]! += afterCap;
    v[o + DLC_SUPPORT]! += dlcSupport;
    v[g + DLC_SUPPORT]! += dlcSupport;
    v[o + ADMIN]! += adminCost;
    v[g + ADMIN]! += adminCost;
    v[o + PERSON]! += person;
    v[g + PERSON]! += person;
    v[o + PERSON_DLC]! += personDlc;
    v[g + PERSON_DLC]! += personDlc;
    // Self-funders pay the full cost of their care: above the upper limit, or with the council
    // paying nothing (full-cost payers, as ONS counts them); resident-years, as at a point in time.
    if (careHome) {
      const selfFunded = (w * (tot.councilPays === 0 ? tot.weeks : tot.weeksSelfFunding)) / 52;
      v[o + SELF_FUNDERS_CH]! += selfFunded;
      v[g + SELF_FUNDERS_CH]! += selfFunded;
    }
    if (tot.councilPays > 0) {
      v[o + COUNCIL_FUNDED]! += w;
      v[g + COUNCIL_FUNDED]! += w;
      // Council-supported care at home: the people personal budgets are for (MODEL.md §5).
      if (!careHome) {
        v[o + PB_USERS]! += (w * tot.weeks) / WEEKS_PER_YEAR;
        v[o + PB_CARE]! += tot.councilPays * pounds;
      }
    }
    if (flags & REACHED_CAP_BIT) {
      v[o + REACHING_CAP]! += w;
      v[g + REACHING_CAP]! += w;
    }
    if (flags & AT_CAP_BIT) {
      v[o + PEOPLE_AT_CAP]! += w;
      v[g + PEOPLE_AT_CAP]! += w;
    }
  }

  /**
   * A death at `age`: each arm's lifetime outcomes by the person's wealth decile (£), for all ages
   * and for the person's age group. `charged` false: the person never needed care, so paid nothing
   * (the arms still hold the last person's money).
   */
  deathOf(
    pop: Population,
    j: number,
    arms: readonly ArmState[],
    charged: boolean,
    age: number,
  ): void {
    const death = this.death;
    const initialWealth = pop.financialAssets[j]! + (pop.ownsHome[j] ? pop.propertyValue[j]! : 0);
    death.decile = decileOf(this.cuts, initialWealth);
    death.weight = pop.weight[j]!;
    death.initialWealth = initialWealth;
    for (let a = 0; a < arms.length; a++) {
      const st = arms[a]!;
      death.personPaid = charged ? st.paid / 100 : 0;
      death.councilPaid = charged ? st.councilPaid / 100 : 0;
      death.capitalSpent = charged ? st.capitalDrawn / 100 : 0;
      death.yearsToCap = charged && st.weeksToCap >= 0 ? st.weeksToCap / WEEKS_PER_YEAR : -1;
      const block = lifetimeBlock(arms.length, a, ageGroup(age));
      recordDeath(this.out.lifetime, a * LIFETIME_SIZE, death, block * LIFETIME_SIZE);
    }
  }

  // The sampled person whose year is being recorded (set by samplePerson).
  private samplePop: Population | null = null;
  private sampleJ = 0;
  private sampleYear = 0;
  private sampleAge = 0;
  private sampleState = 0;

  /** The microdata sample's person for the rows that follow (one year of theirs). */
  samplePerson(pop: Population, j: number, year: number, age: number, state: number): void {
    this.samplePop = pop;
    this.sampleJ = j;
    this.sampleYear = year;
    this.sampleAge = age;
    this.sampleState = state;
  }

  /** The sampled person's year in arm `arm` (£); `tot` null for a year without charged care. */
  sampleArm(arm: number, st: ArmState, tot: ChargeTotals | null): void {
    const pop = this.samplePop!;
    const j = this.sampleJ;
    (this.out.sample ??= []).push({
      replicate: this.ctx.replicate,
      person: pop.cohort * 100_000_000 + pop.start + j,
      arm: this.ctx.arms[arm]!.name,
      year: this.sampleYear,
      age: this.sampleAge,
      sex: pop.sex[j] === 0 ? 'male' : 'female',
      region: REGIONS[pop.region[j]!]?.name ?? 'unknown',
      careState: STATE_NAMES[this.sampleState] ?? 'none',
      capital: (st.financial + st.home) / 100,
      personPaid: (tot?.personPays ?? 0) / 100,
      councilPaid: (tot?.councilPays ?? 0) / 100,
      careAccount: st.careAccount / 100,
    });
  }

  /**
   * Completes the task's results: the common measures in every arm; personal budgets once; the
   * reform's effects (each arm minus the first), which add up across slices like the rest.
   */
  finish(slice: number): void {
    const out = this.out;
    const Y = this.Y;
    this.moveSums();
    for (let a = 1; a < out.arms; a++) {
      for (const m of COMMON) {
        out.values.copyWithin(vi(Y, a, m, 0), vi(Y, 0, m, 0), vi(Y, 0, m, 0) + Y);
      }
    }
    // Uptake is one path per replicate (written by its first slice); the targets' cost comes from
    // each slice's own council-supported people, so it adds up across slices like the rest.
    this.addPersonalBudgets(slice === 0);
    const v = out.values;
    for (let a = 1; a < out.arms; a++)
      for (const [effect, m] of EFFECT_PAIRS)
        for (let t = 0; t < Y; t++)
          v[vi(Y, a, effect, t)] = v[vi(Y, a, m, t)]! - v[vi(Y, 0, m, t)]!;
  }

  /** Adds the running sums to their measures (the common ones into arm 0's). */
  private moveSums(): void {
    const out = this.out;
    const v = out.values;
    const Y = this.Y;
    for (let t = 0; t < Y; t++) {
      for (let k = 0; k < COMMON_STRIDE; k++)
        v[vi(Y, 0, COMMON_SLOT_MEASURE[k]!, t)]! += this.commonSums[t * COMMON_STRIDE + k]!;
      for (let a = 0; a < out.arms; a++) {
        const o = (t * out.arms + a) * ARM_STRIDE;
        for (let k = 0; k < PB_USERS; k++)
          v[vi(Y, a, ARM_SLOT_MEASURE[k]!, t)]! += this.armSums[o + k]!;
      }
    }
    out.personYears += this.personYears;
  }

  private addPersonalBudgets(uptake: boolean): void {
    const out = this.out;
    const Y = this.Y;
    const pb = uptake ? personalBudgetMeasures(this.ctx) : null;
    for (let a = 0; a < out.arms; a++) {
      const users = new Float64Array(Y);
      const care = new Float64Array(Y);
      for (let t = 0; t < Y; t++) {
        const o = (t * out.arms + a) * ARM_STRIDE;
        users[t] = this.armSums[o + PB_USERS]!;
        care[t] = this.armSums[o + PB_CARE]!;
      }
      const extra = personalBudgetExtraCost(this.ctx, users, care);
      for (let t = 0; t < Y; t++) {
        if (pb) {
          out.values[vi(Y, a, M.pb_uptake_ni130, t)] = pb.uptakeNi130[t]!;
          out.values[vi(Y, a, M.pb_uptake_adass, t)] = pb.uptakeAdass[t]!;
          out.values[vi(Y, a, M.pb_uptake_direct_payments, t)] = pb.directPayments[t]!;
        }
        out.values[vi(Y, a, M.council_spend_personal_budgets, t)]! += extra[t]!;
        out.values[vi(Y, a, M.council_net_spend, t)]! += extra[t]!;
      }
    }
  }
}
