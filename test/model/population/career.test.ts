// Care careers: valid transition tables, a fixed number of draws a year from the person's own
// stream, and careers that no policy can change (common random numbers).
import { describe, expect, it } from 'vitest';
import { MORTALITY } from '../../../src/model/data/mortalityFit.ts';
import { WEALTH } from '../../../src/model/data/wealth.ts';
import { current, reform2021, type Policy } from '../../../src/model/policy/index.ts';
import { Stream } from '../../../src/model/rng.ts';
import {
  advanceYear,
  careerOf,
  careerStream,
  keepsPartnerAtHome,
  nextCareState,
  type YearStep,
} from '../../../src/model/population/career.ts';
import { buildCareModel, cell } from '../../../src/model/population/careModel.ts';
import { generateStock } from '../../../src/model/population/generate.ts';
import { deathProbability } from '../../../src/model/population/gompertzMakeham.ts';
import { CareState, STATE_COUNT } from '../../../src/model/population/states.ts';

const model = buildCareModel();
const stock = generateStock({ seed: 'career-test', replicate: 0, sampleFraction: 0.0002 }, model);

describe('buildCareModel', () => {
  it('gives cumulative transition rows that rise to exactly 1', () => {
    const c = model.cumulative;
    for (let row = 0; row < c.length / STATE_COUNT; row++) {
      for (let k = 1; k < STATE_COUNT; k++)
        expect(c[row * STATE_COUNT + k]).toBeGreaterThanOrEqual(c[row * STATE_COUNT + k - 1] ?? 0);
      expect(c[row * STATE_COUNT + STATE_COUNT - 1]).toBe(1);
    }
  });

  it('keeps a cohort’s mortality on the Gompertz–Makeham curve at every age 65–100', () => {
    // Follow the model's own prevalence: the share dying at each age must equal q(x).
    for (const [group, sex] of [
      [0, 0],
      [1, 1],
    ] as const) {
      for (let age = 65; age <= 100; age++) {
        const c = cell(group, sex, age);
        let q = 0;
        let prev = 0;
        for (let s = 0; s < 5; s++) {
          const p = (model.prevalence[c * 5 + s] ?? 0) - prev;
          prev = model.prevalence[c * 5 + s] ?? 0;
          const base = (c * STATE_COUNT + s) * STATE_COUNT;
          q += p * (1 - (model.cumulative[base + CareState.nursing] ?? 0));
        }
        expect(q).toBeCloseTo(
          deathProbability(sex === 0 ? MORTALITY.male : MORTALITY.female, age),
          6,
        );
      }
    }
  });

  it('scales care entry with needMultiplier', () => {
    const more = buildCareModel({ needMultiplier: 1.5 });
    const c = cell(0, 1, 85) * 5;
    expect(1 - (more.prevalence[c] ?? 0)).toBeGreaterThan(1 - (model.prevalence[c] ?? 0));
  });
});

describe('nextCareState', () => {
  it('takes exactly one draw, also for the dead', () => {
    for (const state of [CareState.none, CareState.nursing, CareState.dead]) {
      const a = new Stream(42);
      const b = new Stream(42);
      nextCareState(state, 80, 1, 0, a, model);
      b.next();
      expect(a.next()).toBe(b.next());
    }
  });

  it('keeps the dead dead', () => {
    const st = new Stream(7);
    for (let k = 0; k < 100; k++)
      expect(nextCareState(CareState.dead, 90, 0, 1, st, model)).toBe(CareState.dead);
  });
});

describe('careerOf', () => {
  it('runs each person from the start year to death', () => {
    for (let j = 0; j < stock.size; j++) {
      const c = careerOf(stock, j, model);
      expect(c.states[0]).toBe(stock.careState[j]);
      expect(c.states[c.states.length - 1]).toBe(CareState.dead);
      expect(c.states.slice(0, -1).every((s) => s !== CareState.dead)).toBe(true);
    }
  });

  it('gives each person the same career whatever policy is applied alongside it', () => {
    // A toy charging loop that reads the policy between career steps: careers take no policy
    // input, so the states must match draw for draw under the two regimes.
    const run = (policy: Policy) =>
      Array.from({ length: stock.size }, (_, j) => {
        const st = careerStream(stock, j);
        let step: YearStep = {
          state: (stock.careState[j] ?? 0) as CareState,
          partner: stock.couple[j] === 1,
        };
        let capital = (stock.financialAssets[j] ?? 0) + (stock.propertyValue[j] ?? 0);
        const states: number[] = [];
        for (let t = 0; t < 30 && step.state !== CareState.dead; t++) {
          states.push(step.state);
          if (step.state !== CareState.none && capital > policy.upperCapitalLimit.homeCounted)
            capital -= 40_000;
          step = advanceYear(
            step,
            (stock.age[j] ?? 65) + t,
            stock.sex[j] ?? 0,
            stock.riskGroup[j] ?? 0,
            st,
            model,
          );
        }
        return states;
      });
    expect(current.upperCapitalLimit.homeCounted).not.toBe(
      reform2021.upperCapitalLimit.homeCounted,
    );
    expect(run(reform2021)).toEqual(run(current));
  });

  it('matches careerOf, which takes no policy at all', () => {
    const j = 5;
    const c = careerOf(stock, j, model);
    const st = careerStream(stock, j);
    let step: YearStep = {
      state: (stock.careState[j] ?? 0) as CareState,
      partner: stock.couple[j] === 1,
    };
    for (let t = 1; t < c.states.length; t++) {
      step = advanceYear(
        step,
        (stock.age[j] ?? 65) + t - 1,
        stock.sex[j] ?? 0,
        stock.riskGroup[j] ?? 0,
        st,
        model,
      );
      expect(step.state).toBe(c.states[t]);
    }
  });
});

describe('keepsPartnerAtHome', () => {
  it('keeps a partner at home for the stock residents’ share of people entering a care home, the same for the same person', () => {
    let kept = 0;
    const n = 200_000;
    for (let key = 1; key <= n; key++) {
      const k = (key * 2654435761) | 0;
      const once = keepsPartnerAtHome(k);
      expect(keepsPartnerAtHome(k)).toBe(once);
      if (once) kept++;
    }
    // WEALTH.partnerKeptInCareHome = 0.4 (Census 2021: ≈18% of 65+ residents married vs ≈45%).
    expect(kept / n).toBeCloseTo(WEALTH.partnerKeptInCareHome, 2);
  });
});
