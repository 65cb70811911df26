// Care careers: one person, one year at a time. Each simulated year takes exactly two draws from
// the person's own career stream, in this order: (1) the care transition, (2) whether the
// partner dies. No policy input exists here, so careers are common to every policy arm.
import { keyBelow, Stream } from '../rng.ts';
import { WEALTH } from '../data/wealth.ts';
import { cell, type CareModel } from './careModel.ts';
import type { Population } from './populationColumns.ts';
import { CareState, MAX_AGE, STATE_COUNT } from './states.ts';

// Module-level copies: imported bindings can be slower to read in hot loops.
const DEAD: number = CareState.dead;
const STATES: number = STATE_COUNT;
const TOP_AGE: number = MAX_AGE;
const cellOf = cell;

/**
 * The person's career stream: start a fresh one per person, then call `advanceYear` yearly.
 * Given `into`, that stream is reseeded and returned instead of a new one (for hot loops).
 */
export function careerStream(p: Population, j: number, into?: Stream): Stream {
  const key = p.careerKey[j] ?? 0;
  return into ? into.reseed(key) : new Stream(key);
}

/**
 * Next year's care state for someone in `state` aged `age` (years) of `sex` (0 male, 1 female)
 * and risk `group` (0 owner, 1 not), using one uniform draw from `stream` (also when dead).
 */
export function nextCareState(
  state: number,
  age: number,
  sex: number,
  group: number,
  stream: Stream,
  model: CareModel,
): CareState {
  const u = stream.next();
  if (state === DEAD) return DEAD as CareState;
  const base = (cellOf(group, sex, age) * STATES + state) * STATES;
  const cum = model.cumulative;
  // Staying put, the likeliest move, checked first: the row is nondecreasing, so u in
  // [cum[state − 1], cum[state]) is the same first `to` with u < cum[to] the scan would find.
  if (u < cum[base + state]! && (state === 0 || u >= cum[base + state - 1]!))
    return state as CareState;
  for (let to = 0; to < STATES - 1; to++) if (u < (cum[base + to] ?? 1)) return to as CareState;
  return DEAD as CareState;
}

/** Whether the partner of a person of this `sex` and `age` dies during the year: one draw. */
export function partnerDies(age: number, sex: number, stream: Stream, model: CareModel): boolean {
  const u = stream.next();
  return u < (model.partnerDeath[sex * (TOP_AGE + 1) + (age > TOP_AGE ? TOP_AGE : age)] ?? 1);
}

/** Stream tag of the draw of whether a partner is still at home on entering a care home. */
const PARTNER_KEPT_TAG = 0x9a27;

/**
 * Whether a person of 65+ in a couple (career key `key`) still has a partner at home when they
 * enter a care home: as often as the starting stock's residents do (WEALTH.partnerKeptInCareHome,
 * from Census 2021). The careers' risk of entering a care home does not depend on having a
 * partner; without this the residents with a partner at home (whose home is disregarded) grow
 * from about a tenth of 65+ residents at the start to a quarter within three years. One keyed
 * draw per person, outside the career stream.
 */
export function keepsPartnerAtHome(key: number): boolean {
  return keyBelow(key, PARTNER_KEPT_TAG, WEALTH.partnerKeptInCareHome);
}

/** A person's state during one year and whether a partner is still alive at its start. */
export interface YearStep {
  state: CareState;
  partner: boolean;
}

/**
 * Advances a person one year: the state for next year and whether the partner is still alive
 * then. Always takes two draws; `partner` false stays false.
 */
export function advanceYear(
  step: YearStep,
  age: number,
  sex: number,
  group: number,
  stream: Stream,
  model: CareModel,
): YearStep {
  const state = nextCareState(step.state, age, sex, group, stream, model);
  const dies = partnerDies(age, sex, stream, model);
  return { state, partner: step.partner && !dies && state !== CareState.dead };
}

/** A whole career, year by year, from the start year until death (or `maxYears`). */
export interface Career {
  /** Care state in each year from the start; the last entry is `dead` if death came in time. */
  states: Uint8Array;
  /** 1 while the partner is alive (at the start of each year). */
  partner: Uint8Array;
}

/** The year-by-year career of person `j` of `p` (for tests and reports; engines use `advanceYear`). */
export function careerOf(
  p: Population,
  j: number,
  model: CareModel,
  maxYears = MAX_AGE + 1,
): Career {
  const stream = careerStream(p, j);
  const states: number[] = [];
  const partner: number[] = [];
  let step: YearStep = { state: (p.careState[j] ?? 0) as CareState, partner: p.couple[j] === 1 };
  const age0 = p.age[j] ?? 65;
  for (let t = 0; t < maxYears; t++) {
    states.push(step.state);
    partner.push(step.partner ? 1 : 0);
    if (step.state === CareState.dead) break;
    step = advanceYear(step, age0 + t, p.sex[j] ?? 0, p.riskGroup[j] ?? 0, stream, model);
  }
  return { states: Uint8Array.from(states), partner: Uint8Array.from(partner) };
}
