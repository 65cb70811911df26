// What a task records, kept apart from what happens (as Mesa keeps measurement apart from
// dynamics): the measures of every year and arm, each death's lifetime outcomes, and the
// microdata sample. The simulation loop tells it what happened; only this file writes results.
import type { ChargeTotals } from '../charging/index.ts';
import type { Population } from '../population/populationColumns.ts';
import { STATE_NAMES } from '../population/states.ts';
import { REGIONS } from '../data/regions.ts';
import type { ReplicateContext } from './replicateContext.ts';
import { vi, type PartialResult } from './result.ts';
import { AGE_GROUPS, EFFECTS, M, MEASURE_COUNT, type MeasureName } from './measures.ts';
import { L, lifetimeBlock, newDeath, recordDeath } from './lifetimeOutcomes.ts';
import { personalBudgetExtraCost, personalBudgetMeasures } from './personalBudgetMeasures.ts';
import { decileOf, wealthDecileCuts } from './wealthDeciles.ts';
import { AT_CAP, REACHED_CAP, type ArmState } from './armCharging.ts';

// Measure offsets as plain numbers (imported objects cost a lookup on every read in hot loops).
const MC = MEASURE_COUNT;
const POP65 = M.population_65plus;
const DEATHS = M.deaths;
const IN_CARE = M.people_in_care;
const IN_CARE_HOMES = M.people_in_care_homes;
const RESIDENTS = M.care_home_residents;
const NET = M.council_net_spend;
const MEANS_TESTED = M.council_spend_means_tested;
const AFTER_CAP = M.council_spend_after_cap;
const DLC_SUPPORT = M.council_spend_dlc_support;
const ADMIN = M.council_spend_admin;
const GROSS = M.council_spend_gross;
const PERSON = M.person_spend;
const PERSON_DLC = M.person_spend_dlc;
const SELF_FUNDERS_CH = M.self_funders_in_care_homes;
const COUNCIL_FUNDED = M.people_council_funded;
const REACHING_CAP = M.people_reaching_cap;
const PEOPLE_AT_CAP = M.people_at_cap;
const LIFETIME_SIZE = L.size;
const WEEKS_PER_YEAR = 52;

/** Age group of a person of `age`: 0 for 65+, 1 for 18–64 (the order of AGE_GROUPS). */
export const ageGroup = (age: number): number => (age >= 65 ? 0 : 1);

/** Index of the age-group variant of each measure an arm's year writes, group by group. */
const variants = (names: readonly string[]) =>
  AGE_GROUPS.map((g) => Int32Array.from(names, (n) => M[`${n}${g.suffix}` as MeasureName]));
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
];
const ARM_BY_AGE = variants(ARM_MEASURES);
const CARE_BY_AGE = variants(['people_in_care', 'people_in_care_homes', 'care_home_residents']);

/** Measures the same in every arm (careers do not depend on policy): kept once, then copied. */
const COMMON = [
  M.population_65plus,
  M.deaths,
  M.people_in_care,
  M.people_in_care_homes,
  M.care_home_residents,
  ...CARE_BY_AGE.flatMap((g) => [...g]),
];
/** [effect, measure] index pairs: reform_effect_X = X − the first arm's X. */
const EFFECT_PAIRS = EFFECTS.map((n) => [M[`reform_effect_${n}`], M[n]] as const);

/** Records one task's results into `out` (a PartialResult of the context's arms and years). */
export class Recorder {
  private readonly v: Float64Array;
  private readonly Y: number;
  private readonly cuts: Float64Array;
  private readonly death = newDeath();
  /**
   * Per arm and year: person-years of council-supported community care (the personal-budget
   * users) and the council's spending on them (£); index a × Y + t.
   */
  private readonly pbUsers: Float64Array;
  private readonly pbCare: Float64Array;

  constructor(
    private readonly ctx: ReplicateContext,
    private readonly out: PartialResult,
  ) {
    this.v = out.values;
    this.Y = out.years;
    this.cuts = wealthDecileCuts(ctx.scenario.startYear);
    this.pbUsers = new Float64Array(out.arms * out.years);
    this.pbCare = new Float64Array(out.arms * out.years);
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
    const v = this.v;
    const Y = this.Y;
    if (age >= 65) v[POP65 * Y + t]! += w;
    if (dies) v[DEATHS * Y + t]! += w;
    if (inCare) {
      const byAge = CARE_BY_AGE[ageGroup(age)]!;
      v[IN_CARE * Y + t]! += w;
      v[byAge[0]! * Y + t]! += w;
      if (careHome) {
        const residentYears = (w * weeks) / 52;
        v[IN_CARE_HOMES * Y + t]! += w;
        v[byAge[1]! * Y + t]! += w;
        v[RESIDENTS * Y + t]! += residentYears;
        v[byAge[2]! * Y + t]! += residentYears;
      }
    }
    this.out.personYears++;
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
    const v = this.v;
    const Y = this.Y;
    const b = a * MC * Y + t;
    const g = ARM_BY_AGE[ageGroup(age)]!;
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
    v[b + GROSS * Y]! += grossCost;
    v[b + g[11]! * Y]! += grossCost;
    v[b + NET * Y]! += net;
    v[b + g[0]! * Y]! += net;
    v[b + MEANS_TESTED * Y]! += meansTested;
    v[b + g[1]! * Y]! += meansTested;
    v[b + AFTER_CAP * Y]! += afterCap;
    v[b + g[2]! * Y]! += afterCap;
    v[b + DLC_SUPPORT * Y]! += dlcSupport;
    v[b + g[3]! * Y]! += dlcSupport;
    v[b + ADMIN * Y]! += adminCost;
    v[b + g[4]! * Y]! += adminCost;
    v[b + PERSON * Y]! += person;
    v[b + g[5]! * Y]! += person;
    v[b + PERSON_DLC * Y]! += personDlc;
    v[b + g[6]! * Y]! += personDlc;
    // Self-funders pay the full cost of their care: above the upper limit, or with the council
    // paying nothing (full-cost payers, as ONS counts them); resident-years, as at a point in time.
    if (careHome) {
      const selfFunded = (w * (tot.councilPays === 0 ? tot.weeks : tot.weeksSelfFunding)) / 52;
      v[b + SELF_FUNDERS_CH * Y]! += selfFunded;
      v[b + g[7]! * Y]! += selfFunded;
    }
    if (tot.councilPays > 0) {
      v[b + COUNCIL_FUNDED * Y]! += w;
      v[b + g[8]! * Y]! += w;
      // Council-supported care at home: the people personal budgets are for (MODEL.md §5).
      if (!careHome) {
        this.pbUsers[a * Y + t]! += (w * tot.weeks) / WEEKS_PER_YEAR;
        this.pbCare[a * Y + t]! += tot.councilPays * pounds;
      }
    }
    if (flags & REACHED_CAP) {
      v[b + REACHING_CAP * Y]! += w;
      v[b + g[9]! * Y]! += w;
    }
    if (flags & AT_CAP) {
      v[b + PEOPLE_AT_CAP * Y]! += w;
      v[b + g[10]! * Y]! += w;
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
      recordDeath(this.out.lifetime, a * LIFETIME_SIZE, death);
      const block = lifetimeBlock(arms.length, a, ageGroup(age));
      recordDeath(this.out.lifetime, block * LIFETIME_SIZE, death);
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

  private addPersonalBudgets(uptake: boolean): void {
    const out = this.out;
    const Y = this.Y;
    const pb = uptake ? personalBudgetMeasures(this.ctx) : null;
    for (let a = 0; a < out.arms; a++) {
      const extra = personalBudgetExtraCost(
        this.ctx,
        this.pbUsers.subarray(a * Y, (a + 1) * Y),
        this.pbCare.subarray(a * Y, (a + 1) * Y),
      );
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
