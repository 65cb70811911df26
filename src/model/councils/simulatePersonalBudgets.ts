// Personal-budget uptake across the 152 councils from 31 March 2010, under a set of targets, and
// what it costs against the same councils with no target (common random numbers, MODEL.md §6).
import { councils2010 as allCouncils, type Council } from './councils.ts';
import { drawCouncil, type CouncilDraw } from './councilDraws.ts';
import type { PersonalBudgetParams } from './personalBudgetParams.ts';
import { quantilesOfSorted, shareAtLeast, sortedCopy, type Quantiles } from './quantiles.ts';
import {
  addSpend,
  careByRoute,
  careLeavingProviders,
  spendRates,
  zeroSpend,
  type RouteSpend,
} from './spending.ts';
import { inForce, targetPressure, type UptakeTarget } from './uptakeTargets.ts';
import { exp, pow } from '../math/index.ts';

/** The model starts from the position at 31 March 2010 (decimal year 2010.25, 1 April 2010). */
export const START = 2010.25;

/** The national and council position at one date. Counts are persons; uptake is a fraction. */
export interface PersonalBudgetSnapshot {
  /** Decimal year: 2011.25 is 1 April 2011 (the position at 31 March 2011). */
  date: number;
  /** Users of ongoing community services counted by NI130, and by ADASS (truly eligible). */
  usersNi130: number;
  usersAdass: number;
  /** People holding a personal budget, as a direct payment, or managed by the council. */
  budgets: number;
  directPayments: number;
  managedBudgets: number;
  /** Budgets ÷ users on each basis. */
  uptakeNi130: number;
  uptakeAdass: number;
  /** Direct payments ÷ budgets. */
  directPaymentShare: number;
  /**
   * Each council's uptake on the ADASS basis (NI130 = × adassEligibleShare), in the order of the
   * councils simulated: indexed by council id for the default list of all councils.
   */
  councilUptakeAdass: Float64Array;
  /** Spread of council uptake on each basis (each council counts once). */
  distributionNi130: Quantiles;
  distributionAdass: Quantiles;
  /** Spending rates at this date, £/year (2010-11 prices); `setUp` is 0 here (a flow). */
  spendRate: RouteSpend;
}

/** A financial year (April–March): spending in £ over the year and the position at its end. */
export interface PersonalBudgetYear {
  /** E.g. "2010-11". */
  label: string;
  start: number;
  end: number;
  /** Spending over the year, £ (2010-11 prices), under the targets and with none. */
  spend: RouteSpend;
  baselineSpend: RouteSpend;
  /** spend.total − baselineSpend.total, £: the cost of the targets. */
  costDifference: number;
  endOfYear: PersonalBudgetSnapshot;
  baselineEndOfYear: PersonalBudgetSnapshot;
}

/** How a target fared at its deadline (only targets whose deadline falls in the run). */
export interface TargetOutcome {
  target: UptakeTarget;
  /** False when the target had been withdrawn before its deadline (reported for comparison). */
  inForceAtDeadline: boolean;
  /** National uptake at the deadline on `params.targetBasis`, fraction. */
  uptake: number;
  /** Share of councils at or above the target at its deadline, fraction. */
  shareOfCouncilsMeeting: number;
}

export interface PersonalBudgetRun {
  stepsPerYear: number;
  /** Positions at START + k / stepsPerYear, k = 0…years × stepsPerYear, under the targets. */
  snapshots: PersonalBudgetSnapshot[];
  /** The same dates with no targets: same councils, same draws. */
  baseline: PersonalBudgetSnapshot[];
  years: PersonalBudgetYear[];
  targets: TargetOutcome[];
}

export interface SimulateOptions {
  /** Time steps per year (default 12: monthly). */
  stepsPerYear?: number;
  /** Councils to simulate (default: all 152). */
  councils?: readonly Council[];
}

interface Arm {
  snapshots: PersonalBudgetSnapshot[];
  /** Spending over each step, £. */
  stepSpend: RouteSpend[];
}

const logistic = (x: number): number => 1 / (1 + exp(-x));

/** Per-council state of one arm, carried from step to step. */
interface ArmState {
  /** Uptake on the ADASS basis, as a logit. */
  x: Float64Array;
  /** Stranded block-contract and in-house cost, £/year. */
  stranded: Float64Array;
  /** Care that had left providers, and budgets held, at the previous step. */
  leftBefore: Float64Array;
  budgetsBefore: Float64Array;
}

/** National totals of one step (persons), and the spending rate (£/year) and set-up (£). */
interface StepTotals {
  usersNi130: number;
  budgets: number;
  directPayments: number;
  setUp: number;
  rate: RouteSpend;
}

// The step is split into functions (councils' position, their uptake update, the snapshot) so that
// V8 compiles the two loops over councils on their own: compiled as one function, the arm cost a
// cold worker about 50 ms of compiling, several times over, for a model that runs in a few ms.

/** Positions and spending of every council at step `k` (time `years` since START), given `a`. */
function councilsAt(
  p: PersonalBudgetParams,
  list: readonly Council[],
  draws: readonly CouncilDraw[],
  st: ArmState,
  a: Float64Array,
  k: number,
  years: number,
  h: number,
  decay: number,
): StepTotals {
  const { stranded, leftBefore, budgetsBefore } = st;
  const rate = zeroSpend();
  let usersNi130 = 0;
  let budgets = 0;
  let directPayments = 0;
  let setUp = 0;
  for (let c = 0; c < list.length; c++) {
    const council = list[c] as Council;
    const draw = draws[c] as CouncilDraw;
    const users = council.eligibleUsers2010 * pow(1 - p.userDeclinePerYear, years);
    const held = (a[c] as number) * p.adassEligibleShare * users;
    const dpShare = draw.directPaymentShare2010 + p.directPaymentGrowth * years;
    const dp = Math.min(held, Math.max(0, dpShare) * users);
    const care = careByRoute(p, users, dp, held - dp);
    const left = careLeavingProviders(p, care);
    if (k > 0) {
      const moved = Math.max(0, left - (leftBefore[c] as number));
      stranded[c] =
        (stranded[c] as number) * decay + moved * p.blockAndInHouseShare * p.strandedFraction;
      const before = budgetsBefore[c] as number;
      setUp += p.setupCostPerBudget * (Math.max(0, held - before) + p.annualTurnover * before * h);
    }
    leftBefore[c] = left;
    budgetsBefore[c] = held;
    addSpend(rate, spendRates(p, care, dp, held - dp, stranded[c] as number));
    usersNi130 += users;
    budgets += held;
    directPayments += dp;
  }
  return { usersNi130, budgets, directPayments, setUp, rate };
}

/** Moves every council's uptake logit on by one step of length `h` from time `t`. */
function updateUptake(
  p: PersonalBudgetParams,
  targets: readonly UptakeTarget[],
  draws: readonly CouncilDraw[],
  x: Float64Array,
  t: number,
  h: number,
  basisFactor: number,
): void {
  for (let c = 0; c < x.length; c++) {
    // Sub-steps keep each update increasing in the current uptake, so a higher target can never
    // leave a council lower (comparison principle for the explicit Euler scheme).
    const r = (draws[c] as CouncilDraw).speed;
    const sub = Math.max(1, Math.ceil((h * r * p.targetPressure) / 2));
    const hs = h / sub;
    let xc = x[c] as number;
    for (let j = 0; j < sub; j++) {
      const m = basisFactor * logistic(xc);
      const push = targetPressure(
        targets,
        t + j * hs,
        m,
        p.targetHorizon,
        p.unmonitoredTargetWeight,
      );
      xc += hs * r * (1 + p.targetPressure * push);
    }
    x[c] = xc;
  }
}

/** The national position at time `t` from a step's totals and the councils' uptake `a`. */
function snapshotOf(
  p: PersonalBudgetParams,
  t: number,
  totals: StepTotals,
  a: Float64Array,
): PersonalBudgetSnapshot {
  const { usersNi130, budgets, directPayments } = totals;
  const usersAdass = usersNi130 * p.adassEligibleShare;
  // The spread across councils is worked out when first read: the engine's replicates read only
  // the national uptake, and sorting the councils at every step was a tenth of the model's time.
  let sorted: number[] | null = null;
  let ni130: Quantiles | null = null;
  let adass: Quantiles | null = null;
  return {
    date: t,
    usersNi130,
    usersAdass,
    budgets,
    directPayments,
    managedBudgets: budgets - directPayments,
    uptakeNi130: budgets / usersNi130,
    uptakeAdass: budgets / usersAdass,
    directPaymentShare: budgets > 0 ? directPayments / budgets : 0,
    councilUptakeAdass: a,
    get distributionNi130() {
      return (ni130 ??= quantilesOfSorted((sorted ??= sortedCopy(a)), p.adassEligibleShare));
    },
    get distributionAdass() {
      return (adass ??= quantilesOfSorted((sorted ??= sortedCopy(a))));
    },
    spendRate: totals.rate,
  };
}

function runArm(
  p: PersonalBudgetParams,
  targets: readonly UptakeTarget[],
  list: readonly Council[],
  draws: readonly CouncilDraw[],
  steps: number,
  h: number,
): Arm {
  const n = list.length;
  const st: ArmState = {
    x: Float64Array.from(draws, (d) => d.initialLogit),
    stranded: new Float64Array(n),
    leftBefore: new Float64Array(n),
    budgetsBefore: new Float64Array(n),
  };
  const basisFactor = p.targetBasis === 'adass' ? 1 : p.adassEligibleShare;
  const decay = pow(0.5, h / p.strandedHalfLife);
  const snapshots: PersonalBudgetSnapshot[] = [];
  const stepSpend: RouteSpend[] = [];

  for (let k = 0; k <= steps; k++) {
    const t = START + k * h;
    const a = new Float64Array(n);
    for (let c = 0; c < n; c++) a[c] = logistic(st.x[c] as number);
    const totals = councilsAt(p, list, draws, st, a, k, t - START, h, decay);
    if (k > 0) {
      const prev = snapshots[k - 1] as PersonalBudgetSnapshot;
      const spent = addSpend(zeroSpend(), prev.spendRate, h);
      spent.setUp = totals.setUp;
      spent.total += totals.setUp;
      stepSpend.push(spent);
    }
    snapshots.push(snapshotOf(p, t, totals, a));
    if (k === steps) break;
    updateUptake(p, targets, draws, st.x, t, h, basisFactor);
  }
  return { snapshots, stepSpend };
}

/**
 * Simulates personal-budget uptake and council spending from 31 March 2010 for `years` whole
 * years, under `targets` and, with the same random draws, under no target. Each council's
 * characteristics come from its own stream keyed by (seed, replicate, council id). Pure and
 * deterministic; about 152 councils × 12 steps × years × 2 arms.
 *
 * @param params  model parameters (see personalBudgetParams.ts); money in 2010-11 prices
 * @param targets uptake targets in force over the period (e.g. `historicalTargets`)
 * @param seed    scenario seed text
 * @param replicate Monte Carlo replicate number (integer ≥ 0)
 * @param years   whole years to simulate from 1 April 2010 (e.g. 3 for 2010-11 to 2012-13)
 */
export function simulatePersonalBudgets(
  params: PersonalBudgetParams,
  targets: readonly UptakeTarget[],
  seed: string,
  replicate: number,
  years: number,
  options: SimulateOptions = {},
): PersonalBudgetRun {
  const stepsPerYear = options.stepsPerYear ?? 12;
  const list = options.councils ?? allCouncils;
  const wholeYears = Math.max(0, Math.floor(years));
  const steps = wholeYears * stepsPerYear;
  const h = 1 / stepsPerYear;
  const draws = list.map((c) => drawCouncil(params, seed, replicate, c));
  const arm = runArm(params, targets, list, draws, steps, h);
  const base = runArm(params, [], list, draws, steps, h);

  const yearResults: PersonalBudgetYear[] = [];
  for (let y = 0; y < wholeYears; y++) {
    const spend = zeroSpend();
    const baselineSpend = zeroSpend();
    for (let s = y * stepsPerYear; s < (y + 1) * stepsPerYear; s++) {
      addSpend(spend, arm.stepSpend[s] as RouteSpend);
      addSpend(baselineSpend, base.stepSpend[s] as RouteSpend);
    }
    const startYear = Math.floor(START) + y;
    const endIndex = (y + 1) * stepsPerYear;
    yearResults.push({
      label: `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`,
      start: START + y,
      end: START + y + 1,
      spend,
      baselineSpend,
      costDifference: spend.total - baselineSpend.total,
      endOfYear: arm.snapshots[endIndex] as PersonalBudgetSnapshot,
      baselineEndOfYear: base.snapshots[endIndex] as PersonalBudgetSnapshot,
    });
  }

  const basisFactor = params.targetBasis === 'adass' ? 1 : params.adassEligibleShare;
  const outcomes: TargetOutcome[] = [];
  for (const target of targets) {
    const k = Math.round((target.deadline - START) * stepsPerYear);
    const snap = arm.snapshots[k];
    if (k < 0 || !snap) continue;
    outcomes.push({
      target,
      inForceAtDeadline: inForce(target, target.deadline - 1e-9),
      uptake: basisFactor * snap.uptakeAdass,
      shareOfCouncilsMeeting: shareAtLeast(
        snap.councilUptakeAdass.map((u) => basisFactor * u),
        target.level - 1e-12,
      ),
    });
  }
  return {
    stepsPerYear,
    snapshots: arm.snapshots,
    baseline: base.snapshots,
    years: yearResults,
    targets: outcomes,
  };
}

/** The snapshot nearest to decimal year `date` (clamped to the run), with or without targets. */
export function snapshotAt(
  run: PersonalBudgetRun,
  date: number,
  arm: 'targets' | 'baseline' = 'targets',
): PersonalBudgetSnapshot {
  const list = arm === 'targets' ? run.snapshots : run.baseline;
  const k = Math.round((date - START) * run.stepsPerYear);
  return list[Math.min(list.length - 1, Math.max(0, k))] as PersonalBudgetSnapshot;
}
