// What take-up of care accounts does (issue 19): under a cap, self-funders' care counts towards it
// only from their assessment, and not all come forward (uncertainty.comingForwardShare, reached
// over costs.comingForwardYears). The scenario run three times on the same seed (common random
// numbers), with the share fixed at its low, central and high value and everything else as the
// scenario says, gives what that take-up changes for self-funders (people reaching the cap, what
// those who died paid) and for councils (assessments and care accounts, care after the cap, the
// reform's net cost), each with its interval across replicates. Pure.
import type { Scenario } from '../simulate/scenario.ts';
import type { PartialResult } from '../simulate/result.ts';
import type { SummaryPoint } from '../simulate/summarise.ts';
import {
  acrossReplicates,
  lifetimeTotal,
  yearMean,
  yearSum,
} from '../simulate/replicateFigures.ts';
import { fixInputs } from './inputs.ts';

export const TAKE_UP_LEVELS = ['low', 'central', 'high'] as const;
export type TakeUpLevel = (typeof TAKE_UP_LEVELS)[number];

export interface TakeUpStep {
  level: TakeUpLevel;
  /** Share of self-funders who come forward, fixed for this run. */
  share: number;
  scenario: Scenario;
}

/** The three runs: the scenario with comingForwardShare fixed at its low, central and high. */
export function takeUpPlan(s: Scenario): TakeUpStep[] {
  const d = s.uncertainty.comingForwardShare;
  return TAKE_UP_LEVELS.map((level) => ({
    level,
    share: d[level],
    scenario: fixInputs(s, { comingForwardShare: d[level] }),
  }));
}

/** One take-up level's figures for one arm, each described across replicates. */
export interface TakeUpFigures {
  level: TakeUpLevel;
  share: number;
  /** People reaching the cap over the run. */
  peopleReachingCap: SummaryPoint;
  /** Mean lifetime amount paid by people who died during the run, £ a person. */
  meanPaidAtDeath: SummaryPoint;
  /** Council spending on assessments and care accounts, £ a year (mean over the run). */
  assessmentsAndAccounts: SummaryPoint;
  /** Council spending on care after the cap, £ a year (mean over the run). */
  careAfterCap: SummaryPoint;
  /** This arm's council net spending minus the baseline's (arm 0), £ a year (mean over the run). */
  netCostAgainstBaseline: SummaryPoint;
}

/** The figures of arm `arm` at each level, from each step's whole replicates (in plan order). */
export function takeUpFigures(
  plan: readonly TakeUpStep[],
  results: readonly (readonly PartialResult[])[],
  arm: number,
): TakeUpFigures[] {
  return plan.map((step, i) => {
    const reps = results[i]!;
    return {
      level: step.level,
      share: step.share,
      peopleReachingCap: acrossReplicates(reps, (r) => yearSum(r, arm, 'people_reaching_cap')),
      meanPaidAtDeath: acrossReplicates(reps, (r) => {
        const deaths = lifetimeTotal(r, arm, 'deaths');
        return deaths > 0 ? lifetimeTotal(r, arm, 'personPaidSum') / deaths : 0;
      }),
      assessmentsAndAccounts: acrossReplicates(reps, (r) =>
        yearMean(r, arm, 'council_spend_admin'),
      ),
      careAfterCap: acrossReplicates(reps, (r) => yearMean(r, arm, 'council_spend_after_cap')),
      netCostAgainstBaseline: acrossReplicates(
        reps,
        (r) => yearMean(r, arm, 'council_net_spend') - yearMean(r, 0, 'council_net_spend'),
      ),
    };
  });
}
