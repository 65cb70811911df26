// The care-career model compiled into flat tables: yearly transition probabilities by risk group,
// sex, age and state, with the no-care death rate solved so that everyone's mortality is the
// Gompertz–Makeham curve; plus the prevalence and spell lengths of care at each age (for the stock).
import { CARE_PARAMS, type AgeHazard, type CareParams } from '../data/care.ts';
import { MORTALITY } from '../data/mortalityFit.ts';
import { PARTNER_AGE_GAP } from '../data/populationFigures.ts';
import { AGE_COUNT, CareState, inCareHome, inHomeCare, MAX_AGE, STATE_COUNT } from './states.ts';
import { exp } from '../math/index.ts';

/** Risk groups: 0 = owns their home, 1 = does not (higher care needs at the same age). */
export const GROUP_COUNT = 2;
/** Age from which the older-people transitions (and the mortality fit) apply, years. */
export const OLD_AGE = 65;
/** Longest spell length tracked for the starting stock, years (longer spells are capped). */
export const MAX_SPELL_YEARS = 30;
const LIVE = STATE_COUNT - 1;
const SPELLS = MAX_SPELL_YEARS + 1;

/** Scenario inputs to the care model, drawn per Monte Carlo replicate. */
export interface CareScenario {
  /** Multiplier on the hazards of entering and progressing in care (1 = calibrated), ratio. */
  needMultiplier: number;
}

/** Default scenario: the calibrated central values. */
export const CENTRAL_CARE_SCENARIO: CareScenario = { needMultiplier: 1 };

/** Compiled tables; build once per replicate with `buildCareModel`, then read-only. */
export interface CareModel {
  readonly params: CareParams;
  readonly scenario: CareScenario;
  /** Cumulative transition probabilities, index `cell(g, sex, age) * 36 + from * 6 + to`. */
  readonly cumulative: Float64Array;
  /** Cumulative prevalence of the five live states among the living at each age ≥ 65 (`cell * 5`). */
  readonly prevalence: Float64Array;
  /** Cumulative spell-length distribution given state, `(cell * 5 + state) * 31 + years`. */
  readonly spell: Float64Array;
  /** Probability that the partner of a person of this sex and age dies in the year, `sex * 111 + age`. */
  readonly partnerDeath: Float64Array;
}

// Module-level copies: imported bindings can be slower to read in hot loops.
const AGES: number = AGE_COUNT;
const TOP_AGE: number = MAX_AGE;

/** Flat index of a (risk group, sex, age) cell in the tables. */
export function cell(group: number, sex: number, age: number): number {
  return (group * 2 + sex) * AGES + (age > TOP_AGE ? TOP_AGE : age);
}

const ageHazard = (h: AgeHazard, age: number): number => h.at65 * exp(h.perYear * (age - 65));

/** Gompertz–Makeham hazard averaged over [age, age + 1), per year. */
function yearHazard(sex: number, age: number): number {
  const p = sex === 0 ? MORTALITY.male : MORTALITY.female;
  return p.A + (p.B / p.c) * (exp(p.c * (age + 1 - 65)) - exp(p.c * (age - 65)));
}

/**
 * Yearly hazards out of `from` into each state. Death is `noCareDeath` plus the state's excess
 * mortality times `excessScale` (1 unless the life table forces it lower, see buildCareModel).
 */
function hazards(
  p: CareParams,
  s: CareScenario,
  g: number,
  sex: number,
  age: number,
  from: number,
  noCareDeath: number,
  excessScale: number,
  out: Float64Array,
): void {
  out.fill(0);
  const S = CareState;
  if (age < OLD_AGE) {
    const w = p.workingAge;
    if (from === S.homeCareLow) {
      out[S.homeCareHigh] = w.lowToHigh;
      out[S.residential] = w.lowToResidential;
    } else if (from === S.homeCareHigh) out[S.residential] = w.highToResidential;
    else if (from === S.residential) out[S.nursing] = w.residentialToNursing;
    const x = [
      0,
      w.excessMortality.low,
      w.excessMortality.high,
      w.excessMortality.residential,
      w.excessMortality.nursing,
    ];
    out[S.dead] = noCareDeath + (x[from] ?? 0);
    return;
  }
  const m =
    s.needMultiplier * (sex === 1 ? p.femaleNeedRatio : 1) * (g === 1 ? p.renterNeedRatio : 1);
  const e = p.excessMortality;
  if (from === S.none) {
    out[S.homeCareLow] = m * ageHazard(p.onset.low, age);
    out[S.homeCareHigh] = m * ageHazard(p.onset.high, age);
    out[S.residential] = m * ageHazard(p.onset.residential, age);
    out[S.nursing] = m * ageHazard(p.onset.nursing, age);
    out[S.dead] = noCareDeath;
  } else if (from === S.homeCareLow) {
    out[S.none] = p.fromLow.recover;
    out[S.homeCareHigh] = m * ageHazard(p.fromLow.toHigh, age);
    out[S.residential] = m * ageHazard(p.fromLow.toResidential, age);
    out[S.nursing] = m * ageHazard(p.fromLow.toNursing, age);
    out[S.dead] = noCareDeath + excessScale * ageHazard(e.low, age);
  } else if (from === S.homeCareHigh) {
    out[S.homeCareLow] = p.fromHigh.toLow;
    out[S.residential] = m * ageHazard(p.fromHigh.toResidential, age);
    out[S.nursing] = m * ageHazard(p.fromHigh.toNursing, age);
    out[S.dead] = noCareDeath + excessScale * ageHazard(e.high, age);
  } else if (from === S.residential) {
    out[S.nursing] = p.residentialToNursing;
    out[S.dead] = noCareDeath + excessScale * ageHazard(e.residential, age);
  } else if (from === S.nursing)
    out[S.dead] = noCareDeath + excessScale * ageHazard(e.nursing, age);
}

/** Competing risks over one year: probabilities of each destination (staying put included). */
function probabilities(h: Float64Array, from: number, out: Float64Array): void {
  let total = 0;
  for (let k = 0; k < STATE_COUNT; k++) total += h[k] ?? 0;
  const leave = 1 - exp(-total);
  for (let k = 0; k < STATE_COUNT; k++) out[k] = total > 0 ? ((h[k] ?? 0) / total) * leave : 0;
  out[from] = 1 - leave;
}

/**
 * The cumulative transition table under construction, with the scratch rows used to fill it. A
 * class rather than closures inside buildCareModel: each replicate builds a model, and closures
 * made afresh each time are new call targets, which made V8 discard and recompile the whole
 * builder for the next replicates (about 50 ms of compiling each time in a cold worker).
 */
class TableBuilder {
  readonly cumulative: Float64Array;
  /** One year's transition probabilities out of each live state, `from * 6 + to`. */
  readonly probs = new Float64Array(LIVE * STATE_COUNT);
  /** Prevalence of each live state among the living at the cell being solved. */
  readonly prev = new Float64Array(LIVE);
  private readonly h = new Float64Array(STATE_COUNT);
  private readonly row = new Float64Array(STATE_COUNT);
  private g = 0;
  private sex = 0;
  private age = 0;
  /** The life table's death probability at the cell being solved. */
  target = 0;

  constructor(
    private readonly params: CareParams,
    private readonly scenario: CareScenario,
  ) {
    this.cumulative = new Float64Array(GROUP_COUNT * 2 * AGE_COUNT * STATE_COUNT * STATE_COUNT);
  }

  /** Fills the cumulative transition rows of one cell (and `probs`). */
  fillRows(g: number, sex: number, age: number, noCareDeath: number, scale: number): void {
    const { h, row, probs, cumulative } = this;
    const base = cell(g, sex, age) * STATE_COUNT * STATE_COUNT;
    for (let from = 0; from < LIVE; from++) {
      hazards(this.params, this.scenario, g, sex, age, from, noCareDeath, scale, h);
      probabilities(h, from, row);
      let acc = 0;
      for (let to = 0; to < STATE_COUNT; to++) {
        probs[from * STATE_COUNT + to] = row[to] ?? 0;
        acc += row[to] ?? 0;
        cumulative[base + from * STATE_COUNT + to] = to === STATE_COUNT - 1 ? 1 : Math.min(acc, 1);
      }
    }
    for (let to = 0; to < STATE_COUNT; to++)
      cumulative[base + LIVE * STATE_COUNT + to] = to === LIVE ? 1 : 0;
  }

  /** Sets the cell being solved and the life table's death probability there. */
  at(g: number, sex: number, age: number, target: number): void {
    this.g = g;
    this.sex = sex;
    this.age = age;
    this.target = target;
  }

  /** Probability of dying within the year at the current cell, given `prev`. */
  deathGiven(noCareDeath: number, scale: number): number {
    const { h, row, prev } = this;
    let q = 0;
    for (let from = 0; from < LIVE; from++) {
      hazards(this.params, this.scenario, this.g, this.sex, this.age, from, noCareDeath, scale, h);
      probabilities(h, from, row);
      q += (prev[from] ?? 0) * (row[CareState.dead] ?? 0);
    }
    return q;
  }

  /** deathGiven − target, as a function of the excess scale (`ofScale`) or no-care hazard. */
  excess(x: number, ofScale: boolean): number {
    return (ofScale ? this.deathGiven(0, x) : this.deathGiven(x, 1)) - this.target;
  }
}

/**
 * The root of `t.excess(·, ofScale)`, increasing on [lo, hi] (≤ 0 at lo, ≥ 0 at hi), by the
 * Illinois variant of regula falsi: bracketed like bisection, but about ten evaluations instead
 * of sixty for the smooth death-probability curves here. Stops when the bracket is within 1e-13
 * of its size.
 */
function solveIncreasing(lo: number, hi: number, t: TableBuilder, ofScale: boolean): number {
  let flo = t.excess(lo, ofScale);
  let fhi = t.excess(hi, ofScale);
  if (flo >= 0) return lo;
  if (fhi <= 0) return hi;
  let side = 0;
  for (let it = 0; it < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(hi)); it++) {
    const x = (lo * fhi - hi * flo) / (fhi - flo);
    const fx = t.excess(x, ofScale);
    if (fx === 0) return x;
    if (fx < 0) {
      lo = x;
      flo = fx;
      if (side === -1) fhi /= 2;
      side = -1;
    } else {
      hi = x;
      fhi = fx;
      if (side === 1) flo /= 2;
      side = 1;
    }
  }
  return (lo + hi) / 2;
}

/** Same spell: home care to home care, or care home to care home. */
function sameSpell(a: number, b: number): boolean {
  return (inHomeCare(a) && inHomeCare(b)) || (inCareHome(a) && inCareHome(b));
}

/**
 * Records the cohort `dist` (mass by live state and spell length) at cell `c`: the prevalence of
 * each state among the living into `prev` and, cumulated, into `prevalence`; the cumulative
 * spell-length distribution of each state into `spell`.
 */
function recordCohort(
  dist: Float64Array,
  c: number,
  prev: Float64Array,
  prevalence: Float64Array,
  spell: Float64Array,
): void {
  let alive = 0;
  for (let k = 0; k < dist.length; k++) alive += dist[k] ?? 0;
  let acc = 0;
  for (let s = 0; s < LIVE; s++) {
    let inState = 0;
    for (let d = 0; d < SPELLS; d++) inState += dist[s * SPELLS + d] ?? 0;
    prev[s] = inState / alive;
    acc += prev[s] ?? 0;
    prevalence[c * LIVE + s] = s === LIVE - 1 ? 1 : acc;
    let dAcc = 0;
    for (let d = 0; d < SPELLS; d++) {
      dAcc += inState > 0 ? (dist[s * SPELLS + d] ?? 0) / inState : d === 0 ? 1 : 0;
      spell[(c * LIVE + s) * SPELLS + d] = d === SPELLS - 1 ? 1 : dAcc;
    }
  }
}

/** The cohort a year on, given one year's transition probabilities `probs` (`from * 6 + to`). */
function ageCohort(dist: Float64Array, probs: Float64Array): Float64Array {
  const next = new Float64Array(LIVE * SPELLS);
  for (let s = 0; s < LIVE; s++) {
    for (let d = 0; d < SPELLS; d++) {
      const mass = dist[s * SPELLS + d] ?? 0;
      if (mass === 0) continue;
      for (let s2 = 0; s2 < LIVE; s2++) {
        const d2 = sameSpell(s, s2) ? Math.min(d + 1, SPELLS - 1) : 0;
        next[s2 * SPELLS + d2] =
          (next[s2 * SPELLS + d2] ?? 0) + mass * (probs[s * STATE_COUNT + s2] ?? 0);
      }
    }
  }
  return next;
}

/**
 * Compiles the transition tables for one scenario. For ages 65+ it follows a cohort of
 * 65-year-olds without care and, at each age, solves the no-care death hazard so that the
 * cohort's overall death probability equals the Gompertz–Makeham one: care states carry
 * excess mortality, and everyone's mortality stays on the fitted life table. The loops sit in
 * small functions (recordCohort, ageCohort, TableBuilder's methods): V8 compiled the builder
 * written as one function three times over in a cold worker, at about 40 ms each.
 */
export function buildCareModel(
  scenario: CareScenario = CENTRAL_CARE_SCENARIO,
  params: CareParams = CARE_PARAMS,
): CareModel {
  const cells = GROUP_COUNT * 2 * AGE_COUNT;
  const t = new TableBuilder(params, scenario);
  const prevalence = new Float64Array(cells * LIVE);
  const spell = new Float64Array(cells * LIVE * SPELLS);

  for (let g = 0; g < GROUP_COUNT; g++) {
    for (let sex = 0; sex < 2; sex++) {
      for (let age = 0; age < OLD_AGE; age++) t.fillRows(g, sex, age, yearHazard(sex, age), 1);
      let dist: Float64Array = new Float64Array(LIVE * SPELLS);
      dist[0] = 1;
      for (let age = OLD_AGE; age <= MAX_AGE; age++) {
        recordCohort(dist, cell(g, sex, age), t.prev, prevalence, spell);
        // Solve for the no-care death hazard that reproduces the life table at this age; if
        // care's excess mortality alone would exceed it, scale the excess down instead.
        t.at(g, sex, age, 1 - exp(-yearHazard(sex, age)));
        let noCare = 0;
        let scale = 1;
        if (t.deathGiven(0, 1) < t.target) {
          let hi = 1;
          while (t.deathGiven(hi, 1) < t.target && hi < 1e6) hi *= 2;
          noCare = solveIncreasing(0, hi, t, false);
        } else scale = solveIncreasing(0, 1, t, true);
        t.fillRows(g, sex, age, noCare, scale);
        dist = ageCohort(dist, t.probs);
      }
    }
  }

  const partnerDeath = new Float64Array(2 * AGE_COUNT);
  for (let sex = 0; sex < 2; sex++) {
    for (let age = 0; age < AGE_COUNT; age++) {
      const partnerAge = Math.max(
        0,
        Math.min(MAX_AGE, age + (sex === 0 ? -PARTNER_AGE_GAP : PARTNER_AGE_GAP)),
      );
      partnerDeath[sex * AGE_COUNT + age] = 1 - exp(-yearHazard(1 - sex, partnerAge));
    }
  }
  return { params, scenario, cumulative: t.cumulative, prevalence, spell, partnerDeath };
}
