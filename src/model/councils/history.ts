// History mode: the personal-budget and council model from April 2008 to April 2016 under the
// targets of 2008–2013 (or a variant of them), summarised over replicates with the published
// figures beside it (MODEL.md §5, the seeds). Arms are variants of the targets, compared with the
// first arm replicate by replicate on the same councils (common random numbers, MODEL.md §6).
import type { SummaryPoint } from '../simulate/summarise.ts';
import { councils as allCouncils, type Council } from './councils.ts';
import { drawCouncil } from './councilDraws.ts';
import {
  defaultPersonalBudgetParams,
  personalBudgetParamDocs,
  sampleCostEffects,
  withoutCostEffects,
  type PersonalBudgetParams,
  type UptakeBasis,
} from './personalBudgetParams.ts';
import { quantileSorted, shareAtLeast, sortedCopy } from './quantiles.ts';
import { simulatePersonalBudgets, snapshotAt, START } from './simulatePersonalBudgets.ts';
import { decimalYear, historicalTargets, type UptakeTarget } from './uptakeTargets.ts';
import { streamFor } from '../rng.ts';
import { exp } from '../math/index.ts';

/** History runs from 1 April 2008 (the first year of Putting People First) to 1 April 2016. */
export const HISTORY_FIRST_YEAR = 2008;
export const HISTORY_LAST_YEAR = 2016;
/** A deadline (April of the year) must fall while the model runs forward: 2011 to 2016. */
export const HISTORY_DEADLINE_MIN = 2011;
export const HISTORY_DEADLINE_MAX = HISTORY_LAST_YEAR;

/**
 * The target sets of the period, as presets:
 * - `as-happened`: 30% by Apr 2011; 100% by Apr 2013 (Nov 2010), cut to 70% in Oct 2012;
 * - `stayed-100`: the same, but the 100% target is never cut;
 * - `ppf-30-2011`: only the 30% milestone for April 2011 (the Putting People First era);
 * - `none`: no target (councils move at their own speed).
 */
export const historyPresets = ['as-happened', 'stayed-100', 'ppf-30-2011', 'none'] as const;
export type HistoryPreset = (typeof historyPresets)[number];

export const historyPresetLabels: Record<HistoryPreset, string> = {
  'as-happened': 'As it happened: 30% by Apr 2011, 100% by Apr 2013 cut to 70% (Oct 2012)',
  'stayed-100': 'What if: 30% by Apr 2011, and 100% by Apr 2013 never cut',
  'ppf-30-2011': 'Putting People First milestone only: 30% by Apr 2011',
  none: 'No target',
};

/** One arm of a history run: a preset, optionally with its final target changed. */
export interface HistoryArm {
  name: string;
  preset: HistoryPreset;
  /** Level of the preset's final target (fraction on `basis`); absent: the preset's own. */
  level?: number;
  /** Deadline year of the final target (1 April of that year); absent: the preset's own. */
  deadline?: number;
  /** Denominator councils measure themselves against. */
  basis: UptakeBasis;
  /**
   * Share of NI130 users who would take a direct payment in March 2010 (the model's
   * `directPaymentShare2010`); absent: the calibrated 7.5%.
   */
  directPaymentShare?: number;
}

/** What costs are drawn: central values, drawn per replicate, or none (as the main scenario). */
export type HistoryCosts = 'central' | 'uncertain' | 'none';

/** The targets of an arm: the preset's, with its final target's level and deadline replaced. */
export function historyTargets(arm: HistoryArm): UptakeTarget[] {
  let list: UptakeTarget[];
  switch (arm.preset) {
    case 'as-happened':
      list = historicalTargets.map((t) => ({ ...t }));
      break;
    case 'stayed-100':
      list = historicalTargets
        .filter((t) => t.withdrawn === undefined || t.level === 1)
        .filter((t) => t.announced < decimalYear(2012, 11))
        .map(({ withdrawn: _withdrawn, ...rest }) => rest);
      break;
    case 'ppf-30-2011':
      list = [{ ...historicalTargets[0]! }];
      break;
    case 'none':
      return [];
  }
  const last = list[list.length - 1]!;
  if (arm.level !== undefined) last.level = arm.level;
  if (arm.deadline !== undefined) last.deadline = decimalYear(arm.deadline, 4);
  const pct = Math.round(last.level * 100);
  const month =
    last.deadline === decimalYear(2013, 4) ? 'Apr 2013' : `Apr ${Math.round(last.deadline - 0.25)}`;
  last.label = `${pct}% by ${month}`;
  return list;
}

/** The parameters of an arm in one replicate (cost effects drawn once per replicate). */
function armParams(base: PersonalBudgetParams, arm: HistoryArm): PersonalBudgetParams {
  return {
    ...base,
    targetBasis: arm.basis,
    directPaymentShare2010: arm.directPaymentShare ?? base.directPaymentShare2010,
  };
}

/** Stream key separating the history's cost draws from the councils' (ASCII "PH"). */
const HISTORY_COST_STREAM = 0x5048;

/** Per-date measures of one arm, one value per replicate. */
interface ArmSamples {
  uptakeNi130: number[][];
  uptakeAdass: number[][];
  /** Council quantiles on the arm's basis. */
  councilP25: number[][];
  councilP50: number[][];
  councilP75: number[][];
  /** Share of councils at or above the arm's final target on its basis (0 with no target). */
  councilsOverTarget: number[][];
  budgets: number[][];
  directPayments: number[][];
  managedBudgets: number[][];
  /** Per financial year 2008-09…2015-16: spending under the targets and its difference, £. */
  spend: number[][];
  costDifference: number[][];
  directPaymentSpend: number[][];
  managedSpend: number[][];
}

const measureNames = [
  'uptakeNi130',
  'uptakeAdass',
  'councilP25',
  'councilP50',
  'councilP75',
  'councilsOverTarget',
  'budgets',
  'directPayments',
  'managedBudgets',
  'spend',
  'costDifference',
  'directPaymentSpend',
  'managedSpend',
] as const;
export type HistoryMeasure = (typeof measureNames)[number];

/**
 * A summarised arm: each measure by year. Positions (uptake, councils, budgets) are at 1 April of
 * `year` (the position at 31 March); spending is over the financial year starting April `year`,
 * £ a year at 2010-11 prices.
 */
export type HistoryArmSummary = Record<HistoryMeasure, SummaryPoint[]>;

export interface HistoryResult {
  arms: HistoryArm[];
  /** Targets of each arm, as simulated. */
  targets: UptakeTarget[][];
  replicates: number;
  summary: Record<string, HistoryArmSummary>;
  /** Arm − first arm, replicate by replicate, for every arm after the first. */
  differences: Record<string, HistoryArmSummary>;
}

/** Mean and 5th, 50th, 95th percentiles over replicates. */
function describe(values: readonly number[], year: number): SummaryPoint {
  const s = sortedCopy(values);
  return {
    year,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    p5: quantileSorted(s, 0.05),
    p50: quantileSorted(s, 0.5),
    p95: quantileSorted(s, 0.95),
  };
}

/** Dates of the positions: 1 April 2008, 2009, … 2016. */
export const historyYears: readonly number[] = Array.from(
  { length: HISTORY_LAST_YEAR - HISTORY_FIRST_YEAR + 1 },
  (_, i) => HISTORY_FIRST_YEAR + i,
);
/** Financial years of spending: 2008-09 … 2015-16 (labelled by their starting year). */
export const historySpendYears: readonly number[] = historyYears.slice(0, -1);

/**
 * Council positions before the model's start (31 March 2010): each council's uptake logit run
 * backwards at its own no-target speed, x(t) = x(2010) − speed × (2010.25 − t), with users held at
 * their 2010 number [M: the model is calibrated at March 2010; the fall in users is measured only
 * for 2010–2012, and the 30% milestone announced in late 2009 is left out before April 2010].
 * Returns uptake (ADASS basis) per council, and national budgets and direct payments.
 */
function backProjection(
  p: PersonalBudgetParams,
  list: readonly Council[],
  seed: string,
  replicate: number,
  t: number,
): { uptakeAdass: Float64Array; budgets: number; directPayments: number; usersNi130: number } {
  const a = new Float64Array(list.length);
  let budgets = 0;
  let directPayments = 0;
  let usersNi130 = 0;
  for (let c = 0; c < list.length; c++) {
    const council = list[c]!;
    const d = drawCouncil(p, seed, replicate, council);
    const x = d.initialLogit - d.speed * (START - t);
    const u = 1 / (1 + exp(-x));
    a[c] = u;
    const users = council.eligibleUsers2010;
    const held = u * p.adassEligibleShare * users;
    const dpShare = Math.max(0, d.directPaymentShare2010 + p.directPaymentGrowth * (t - START));
    budgets += held;
    directPayments += Math.min(held, dpShare * users);
    usersNi130 += users;
  }
  return { uptakeAdass: a, budgets, directPayments, usersNi130 };
}

function emptySamples(): ArmSamples {
  return Object.fromEntries(
    measureNames.map((m) => [m, [] as number[][]]),
  ) as unknown as ArmSamples;
}

function push(rows: number[][], i: number, v: number): void {
  (rows[i] ??= []).push(v);
}

/**
 * Runs the history for every arm and replicate: seed and replicate fix the councils' draws and the
 * cost draws, shared by every arm. `costs` as the scenario's `uncertainty.personalBudgetCosts`.
 */
export function runHistory(
  arms: readonly HistoryArm[],
  seed: string,
  replicates: number,
  costs: HistoryCosts = 'uncertain',
  councilList: readonly Council[] = allCouncils,
): HistoryResult {
  const samples = arms.map(() => emptySamples());
  const targetsOf = arms.map(historyTargets);
  const forwardYears = HISTORY_LAST_YEAR - Math.floor(START);
  for (let r = 0; r < replicates; r++) {
    let base = defaultPersonalBudgetParams;
    if (costs === 'none') base = withoutCostEffects(base);
    else if (costs === 'uncertain')
      base = sampleCostEffects(base, streamFor(seed, HISTORY_COST_STREAM, r));
    arms.forEach((arm, ai) => {
      const p = armParams(base, arm);
      const targets = targetsOf[ai]!;
      const s = samples[ai]!;
      const basisFactor = arm.basis === 'adass' ? 1 : p.adassEligibleShare;
      const final = targets[targets.length - 1];
      const level = final ? final.level - 1e-12 : Infinity;
      const run = simulatePersonalBudgets(p, targets, seed, r, forwardYears, {
        councils: councilList,
      });
      historyYears.forEach((year, i) => {
        const t = year + 0.25;
        let uptakeAdass: Float64Array;
        let budgets: number;
        let dp: number;
        let ni: number;
        let adass: number;
        if (t < START) {
          const b = backProjection(p, councilList, seed, r, t);
          uptakeAdass = b.uptakeAdass;
          budgets = b.budgets;
          dp = b.directPayments;
          ni = b.budgets / b.usersNi130;
          adass = ni / p.adassEligibleShare;
        } else {
          const snap = snapshotAt(run, t);
          uptakeAdass = snap.councilUptakeAdass;
          budgets = snap.budgets;
          dp = snap.directPayments;
          ni = snap.uptakeNi130;
          adass = snap.uptakeAdass;
        }
        const onBasis = Array.from(uptakeAdass, (u) => u * basisFactor);
        const sorted = sortedCopy(onBasis);
        push(s.uptakeNi130, i, ni);
        push(s.uptakeAdass, i, adass);
        push(s.councilP25, i, quantileSorted(sorted, 0.25));
        push(s.councilP50, i, quantileSorted(sorted, 0.5));
        push(s.councilP75, i, quantileSorted(sorted, 0.75));
        push(s.councilsOverTarget, i, final ? shareAtLeast(onBasis, level) : 0);
        push(s.budgets, i, budgets);
        push(s.directPayments, i, dp);
        push(s.managedBudgets, i, budgets - dp);
      });
      historySpendYears.forEach((year, i) => {
        const y = run.years.find((v) => Math.round(v.start - 0.25) === year);
        // Before April 2010 no target acts in the back-projection: no spending difference, and
        // the spending itself is not modelled (left at 0 and said so in the view).
        push(s.spend, i, y ? y.spend.total : 0);
        push(s.costDifference, i, y ? y.costDifference : 0);
        push(s.directPaymentSpend, i, y ? y.spend.directPayments : 0);
        push(s.managedSpend, i, y ? y.spend.managedBudgets : 0);
      });
    });
  }
  const summarise = (s: ArmSamples): HistoryArmSummary =>
    Object.fromEntries(
      measureNames.map((m) => {
        const years =
          m.endsWith('pend') || m === 'costDifference' ? historySpendYears : historyYears;
        return [m, years.map((year, i) => describe(s[m][i] ?? [], year))];
      }),
    ) as unknown as HistoryArmSummary;
  const summary: Record<string, HistoryArmSummary> = {};
  const differences: Record<string, HistoryArmSummary> = {};
  arms.forEach((arm, ai) => {
    summary[arm.name] = summarise(samples[ai]!);
    if (ai === 0) return;
    const diff = emptySamples();
    for (const m of measureNames) {
      diff[m] = samples[ai]![m].map((row, i) => row.map((v, k) => v - samples[0]![m][i]![k]!));
    }
    differences[arm.name] = summarise(diff);
  });
  return { arms: [...arms], targets: targetsOf, replicates, summary, differences };
}

/** A figure published at the time, to draw beside the simulated band. */
export interface PublishedPoint {
  /** Decimal year of the figure's reference date. */
  date: number;
  when: string;
  /** The measure it is read against. */
  measure: 'uptakeNi130' | 'uptakeAdass' | 'councilP50' | 'budgets' | 'directPaymentShare';
  value: number;
  /** As published. */
  text: string;
  source: string;
}

/**
 * The published figures of MODEL.md §5 as points on the charts (the same figures as the back-test,
 * backtest.ts, where their tolerances are). "Half of councils under 10%" is drawn at 10% as an upper
 * bound on the median council; the 43% of Oct 2012 is read on NI130 (backtest.ts says why).
 */
export const publishedPoints: readonly PublishedPoint[] = [
  {
    date: decimalYear(2010, 4),
    when: 'Mar 2010',
    measure: 'budgets',
    value: 168_000,
    text: '168,000 people on a personal budget (of ≈1 m on ongoing services)',
    source:
      'ADASS/LGA survey, March 2010, as cited by ADASS (press release, 27 Oct 2010) and in reports of the Audit Commission’s Financial management of personal budgets (Oct 2010)',
  },
  {
    date: decimalYear(2010, 4),
    when: '2009-10',
    measure: 'uptakeNi130',
    value: 0.13,
    text: '13% of users on the NI130 basis',
    source: 'NHS Information Centre, Aug 2010, as reported by Community Care (Nov 2010)',
  },
  {
    date: decimalYear(2010, 4),
    when: '2009-10',
    measure: 'councilP50',
    value: 0.1,
    text: 'half of councils under 10% (NI130 basis)',
    source: 'NHS Information Centre, Aug 2010, as reported by Community Care (Nov 2010)',
  },
  {
    date: decimalYear(2010, 10),
    when: 'Sep 2010',
    measure: 'budgets',
    value: 250_000,
    text: '250,000 of 1 m users; half as direct payments',
    source:
      'ADASS survey, announced Nov 2010 (Community Care, “Quarter of social care users now have personal budgets”)',
  },
  {
    date: decimalYear(2011, 4),
    when: 'Mar 2011',
    measure: 'budgets',
    value: 338_000,
    text: '338,000, about a third of eligible users',
    source: '[V] ADASS personal budgets survey 2011 (MODEL.md §5)',
  },
  {
    date: decimalYear(2012, 4),
    when: 'Mar 2012',
    measure: 'uptakeAdass',
    value: 0.528,
    text: '432,349 = 52.8% of eligible users (ADASS basis)',
    source: '[V] ADASS 2012 (MODEL.md §5)',
  },
  {
    date: decimalYear(2012, 4),
    when: 'Mar 2012',
    measure: 'budgets',
    value: 432_349,
    text: '432,349 people on a personal budget',
    source: '[V] ADASS 2012 (MODEL.md §5)',
  },
  {
    date: decimalYear(2012, 11),
    when: 'Oct 2012',
    measure: 'uptakeNi130',
    value: 0.43,
    text: '43% of eligible users, most council-managed',
    source: 'Support Solutions, 29 Oct 2012, on the target cut to 70%',
  },
];

/** Range of the history's direct-payment lever (the model parameter's own documented range). */
export const historyDirectPaymentDoc = personalBudgetParamDocs.directPaymentShare2010;
