// Trade-off sweeps: one run whose arms are a reference (the baseline by default) and one policy
// at several settings of a parameter (the cap, or the upper capital limit), so every setting
// meets the same people (common random numbers). Settings are £ at the start year's prices, the prices the results are
// in; the overrides say so (overridesPriceYear), so they are used as they are.
import { presets, repriceOverrides, type Overrides, type PolicyRef } from '../policy/index.ts';
import { priceYearStart } from '../data/consumerPrices.ts';
import type { PartialResult } from './result.ts';
import type { Scenario } from './scenario.ts';
import type { SummaryPoint } from './summarise.ts';
import { catastrophicShare, differenceOf, yearMean } from './replicateFigures.ts';

/** Caps swept, £ at start-year prices. */
export const CAP_STEPS = [0, 25_000, 50_000, 75_000, 100_000, 125_000, 150_000] as const;
/** Upper capital limits swept, £ at start-year prices (the cap is held at the reform's). */
export const UCL_STEPS = [23_250, 50_000, 75_000, 100_000, 150_000, 200_000, 300_000] as const;
/** Sweeps stay quick: at most this many people and replicates per run. */
export const SWEEP_POPULATION = 10_000;
export const SWEEP_REPLICATES = 10;

/** Cap × upper capital limit grid, £ at start-year prices: 5 × 4 settings in one run. [M] The
 * caps span no cap (£0, everyone's costs met) to £160k, past the 2021 reform's £86k repriced to
 * the 2020s; the limits span today's £23,250 (kept at £25k) to £250k, past the reform's £100k.
 * Few points so the 21-arm run stays quick; the cap sweep above gives the finer cap line. */
export const GRID_CAPS = [0, 40_000, 80_000, 120_000, 160_000] as const;
export const GRID_UCLS = [25_000, 100_000, 175_000, 250_000] as const;
/** The grid run: at most this many replicates (the heat map refines as they arrive). [M] */
export const GRID_REPLICATES = 5;

export type SweepKind = 'cap' | 'ucl';

/** The arm swept: `arm` if the scenario has it, else the first reform (or the baseline). */
export function sweptArmIndex(s: Scenario, arm = 1): number {
  return s.arms[arm] ? arm : s.arms[1] ? 1 : 0;
}

function sweptRef(s: Scenario, arm: number): PolicyRef {
  return s.arms[sweptArmIndex(s, arm)]!.policy;
}

/**
 * The swept policy at one setting: the arm's own overrides and the setting, all at `year`'s
 * prices (the arm's overrides repriced there once if they were stated at another year's).
 */
function sweptPolicy(ref: PolicyRef, setting: Overrides, year: number): PolicyRef {
  if (typeof ref === 'string') return { preset: ref, overrides: setting, overridesPriceYear: year };
  const from = ref.overridesPriceYear ?? priceYearStart(presets[ref.preset].priceYear);
  const own = repriceOverrides(ref.overrides ?? {}, from, year);
  return { preset: ref.preset, overrides: { ...own, ...setting }, overridesPriceYear: year };
}

/** The arm the settings are compared against: `against` if the scenario has it, else the baseline. */
function referenceArm(s: Scenario, against: number): Scenario['arms'][number] {
  return { ...(s.arms[against] ?? s.arms[0]!), name: 'reference' };
}

/**
 * The sweep run for scenario `s`: a reference arm (arm `against`, the baseline by default) plus
 * one arm per setting of arm `arm`'s policy.
 */
export function sweepScenario(s: Scenario, kind: SweepKind, arm = 1, against = 0): Scenario {
  const ref = sweptRef(s, arm);
  const steps = kind === 'cap' ? CAP_STEPS : UCL_STEPS;
  const arms = steps.map((x) => {
    const setting: Overrides =
      kind === 'cap' ? { cap: x } : { upperCapitalLimit: { homeCounted: x, otherwise: x } };
    return { name: `${kind} ${x}`, policy: sweptPolicy(ref, setting, s.startYear) };
  });
  return {
    ...s,
    population: Math.min(s.population, SWEEP_POPULATION),
    replicates: Math.min(s.replicates, SWEEP_REPLICATES),
    arms: [referenceArm(s, against), ...arms],
  };
}

export interface SweepPoint {
  /** The setting, £ at start-year prices. */
  value: number;
  /** Extra council spending a year against the reference arm, mean over the years, £. */
  cost: SummaryPoint;
  /** Fall in the share of people who died who lost over half their wealth (fraction). */
  protectedShare: SummaryPoint;
}

/** One point per setting from the sweep's replicates, intervals computed replicate by replicate. */
export function sweepPoints(reps: readonly PartialResult[], kind: SweepKind): SweepPoint[] {
  const steps = kind === 'cap' ? CAP_STEPS : UCL_STEPS;
  if (!reps.length) return [];
  return steps.map((value, i) => ({
    value,
    cost: differenceOf(reps, i + 1, (r, a) => yearMean(r, a, 'council_net_spend')),
    protectedShare: differenceOf(reps, i + 1, (r, a) => -catastrophicShare(r, a)),
  }));
}

/**
 * The cap × upper capital limit grid run for arm `arm` of scenario `s`: the reference arm (arm
 * `against`, the baseline by default) plus one arm per (cap, limit) pair, caps varying
 * fastest. More arms than a scenario file may have (the engine has no such limit; the file's
 * limit keeps the panel usable), so it is built here only.
 */
export function gridScenario(s: Scenario, arm = 1, against = 0): Scenario {
  const ref = sweptRef(s, arm);
  const arms = GRID_UCLS.flatMap((ucl) =>
    GRID_CAPS.map((cap) => ({
      name: `cap ${cap} ucl ${ucl}`,
      policy: sweptPolicy(
        ref,
        { cap, upperCapitalLimit: { homeCounted: ucl, otherwise: ucl } },
        s.startYear,
      ),
    })),
  );
  return {
    ...s,
    population: Math.min(s.population, SWEEP_POPULATION),
    replicates: Math.min(s.replicates, GRID_REPLICATES),
    arms: [referenceArm(s, against), ...arms],
  };
}

export interface GridPoint {
  /** The setting, £ at start-year prices. */
  cap: number;
  ucl: number;
  cost: SummaryPoint;
  protectedShare: SummaryPoint;
}

/** One point per grid cell from the grid run's replicates (same order as gridScenario's arms). */
export function gridPoints(reps: readonly PartialResult[]): GridPoint[] {
  if (!reps.length) return [];
  return GRID_UCLS.flatMap((ucl, j) =>
    GRID_CAPS.map((cap, i) => {
      const a = 1 + j * GRID_CAPS.length + i;
      return {
        cap,
        ucl,
        cost: differenceOf(reps, a, (r, k) => yearMean(r, k, 'council_net_spend')),
        protectedShare: differenceOf(reps, a, (r, k) => -catastrophicShare(r, k)),
      };
    }),
  );
}
