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
 * Running sums are kept per year and arm in one contiguous block, so a year's writes go to
 * neighbouring slots at fixed offsets; `finish` moves them into the results. Each slot receives
 * the same additions in the same order as the measure it stands for, so the sums are the same to
 * the bit. The layouts are const enums so that the compiled code holds the offsets as numbers (a
 * module constant is loaded and checked at every use).
 *
 * A year and arm's block: the measures an arm's charged year writes (ARM_MEASURES) for all ages,
 * then for each age group, then the personal-budget users and their care.
 */
const enum ArmSlot {
  net,
  meansTested,
  afterCap,
  dlcSupport,
  admin,
  person,
  personDlc,
  selfFundersInCareHomes,
  councilFunded,
  reachingCap,
  atCap,
  gross,
  /** Slots for all ages or one age group. */
  measures,
  /** After the blocks of all ages and the two age groups. */
  pbUsers = measures * 3,
  pbCare,
  stride,
}
/** The measure of each ArmSlot, in order. */
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

/** The care measures (the same in every arm: careers do not depend on policy), in order. */
const enum CareSlot {
  inCare,
  inCareHomes,
  residents,
  measures,
}
const CARE_MEASURES = ['people_in_care', 'people_in_care_homes', 'care_home_residents'] as const;

/** A year's block of measures common to the arms: then the care measures by age as above. */
const enum CommonSlot {
  population65plus,
  deaths,
  care,
  stride = care + 3 * CareSlot.measures,
}

if (
  ARM_MEASURES.length !== ArmSlot.measures ||
  CARE_MEASURES.length !== CareSlot.measures ||
  AGE_GROUPS.length !== 2
)
  throw new Error("the recorder's layout does not match its measures");

/** Measure index of each slot of a year and arm's block (-1: not a measure). */
const ARM_SLOT_MEASURE = Int32Array.from({ length: ArmSlot.stride }, (_, k) => {
  if (k >= ArmSlot.pbUsers) return -1;
  const name = ARM_MEASURES[k % ArmSlot.measures]!;
  const g = Math.floor(k / ArmSlot.measures) - 1;
  return g < 0 ? M[name] : M[`${name}${AGE_GROUPS[g]!.suffix}` as MeasureName];
});
/** Measure index of each slot of a year's common block. */
const COMMON_SLOT_MEASURE = Int32Array.from({ length: CommonSlot.stride }, (_, k) => {
  if (k === CommonSlot.population65plus) return M.population_65plus;
  if (k === CommonSlot.deaths) return M.deaths;
  const name = CARE_MEASURES[(k - CommonSlot.care) % CareSlot.measures]!;
  const g = Math.floor((k - CommonSlot.care) / CareSlot.measures) - 1;
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
  /** Running sums of the arms' measures: block (t × arms + a) × ArmSlot.stride. */
  private readonly armSums: Float64Array;
  /** Running sums of the measures common to the arms: block t × CommonSlot.stride. */
  private readonly commonSums: Float64Array;
  private personYears = 0;
  /**
   * The weight of the person being run (people), for the arms' years: a double kept here is not
   * boxed, as it was when passed through two calls for every charged year.
   */
  private weight = 0.5;

  constructor(
    private readonly ctx: ReplicateContext,
    private readonly out: PartialResult,
  ) {
    this.Y = out.years;
    this.arms = out.arms;
    this.cuts = wealthDecileCuts(ctx.scenario.startYear);
    this.armSums = new Float64Array(out.years * out.arms * ArmSlot.stride);
    this.commonSums = new Float64Array(out.years * CommonSlot.stride);
  }

  /** The person whose years follow: person `j` of `pop` (read here, so no double is passed). */
  person(pop: Population, j: number): void {
    this.weight = pop.weight[j]!;
  }

  /** The person (see `person`) alive at the start of year index `t`, whatever the policy. */
  personYear(
    t: number,
    age: number,
    dies: boolean,
    inCare: boolean,
    careHome: boolean,
    weeks: number,
  ): void {
    const v = this.commonSums;
    const w = this.weight;
    const o = t * CommonSlot.stride;
    if (age >= 65) v[o + CommonSlot.population65plus]! += w;
    if (dies) v[o + CommonSlot.deaths]! += w;
    if (inCare) {
      const all = o + CommonSlot.care;
      const group = all + (ageGroup(age) + 1) * CareSlot.measures;
      v[all + CareSlot.inCare]! += w;
      v[group + CareSlot.inCare]! += w;
      if (careHome) {
        const residentYears = (w * weeks) / 52;
        v[all + CareSlot.inCareHomes]! += w;
        v[group + CareSlot.inCareHomes]! += w;
        v[all + CareSlot.residents]! += residentYears;
        v[group + CareSlot.residents]! += residentYears;
      }
    }
    this.personYears++;
  }

  /**
   * One arm's charged year of care of the person (see `person`) at `age`: `tot` and `gross` (what
   * the council paid providers for care it arranged, before contributions) in pence, `admin` (£ a
   * person) the council's cost of a care account and assessment, `flags` chargeArmYear's cap
   * bits. Each measure is written for all ages and for the person's age group.
   */
  armYear(
    a: number,
    t: number,
    age: number,
    tot: ChargeTotals,
    gross: number,
    admin: number,
    careHome: boolean,
    flags: number,
  ): void {
    const v = this.armSums;
    const w = this.weight;
    const o = (t * this.arms + a) * ArmSlot.stride;
    const g = o + (ageGroup(age) + 1) * ArmSlot.measures;
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
    v[o + ArmSlot.gross]! += grossCost;
    v[g + ArmSlot.gross]! += grossCost;
    v[o + ArmSlot.net]! += net;
    v[g + ArmSlot.net]! += net;
    v[o + ArmSlot.meansTested]! += meansTested;
    v[g + ArmSlot.meansTested]! += meansTested;
    v[o + ArmSlot.afterCap]! += afterCap;
    v[g + ArmSlot.afterCap]! += afterCap;
    v[o + ArmSlot.dlcSupport]! += dlcSupport;
    v[g + ArmSlot.dlcSupport]! += dlcSupport;
    v[o + ArmSlot.admin]! += adminCost;
    v[g + ArmSlot.admin]! += adminCost;
    v[o + ArmSlot.person]! += person;
    v[g + ArmSlot.person]! += person;
    v[o + ArmSlot.personDlc]! += personDlc;
    v[g + ArmSlot.personDlc]! += personDlc;
    // Self-funders pay the full cost of their care: above the upper limit, or with the council
    // paying nothing (full-cost payers, as ONS counts them); resident-years, as at a point in time.
    if (careHome) {
      const selfFunded = (w * (tot.councilPays === 0 ? tot.weeks : tot.weeksSelfFunding)) / 52;
      v[o + ArmSlot.selfFundersInCareHomes]! += selfFunded;
      v[g + ArmSlot.selfFundersInCareHomes]! += selfFunded;
    }
    if (tot.councilPays > 0) {
      v[o + ArmSlot.councilFunded]! += w;
      v[g + ArmSlot.councilFunded]! += w;
      // Council-supported care at home: the people personal budgets are for (MODEL.md §5).
      if (!careHome) {
        v[o + ArmSlot.pbUsers]! += (w * tot.weeks) / WEEKS_PER_YEAR;
        v[o + ArmSlot.pbCare]! += tot.councilPays * pounds;
      }
    }
    if (flags & REACHED_CAP_BIT) {
      v[o + ArmSlot.reachingCap]! += w;
      v[g + ArmSlot.reachingCap]! += w;
    }
    if (flags & AT_CAP_BIT) {
      v[o + ArmSlot.atCap]! += w;
      v[g + ArmSlot.atCap]! += w;
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
      for (let k = 0; k < CommonSlot.stride; k++)
        v[vi(Y, 0, COMMON_SLOT_MEASURE[k]!, t)]! += this.commonSums[t * CommonSlot.stride + k]!;
      for (let a = 0; a < out.arms; a++) {
        const o = (t * out.arms + a) * ArmSlot.stride;
        for (let k = 0; k < ArmSlot.pbUsers; k++)
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
        const o = (t * out.arms + a) * ArmSlot.stride;
        users[t] = this.armSums[o + ArmSlot.pbUsers]!;
        care[t] = this.armSums[o + ArmSlot.pbCare]!;
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
