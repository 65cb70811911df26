// The scenario as edited in the panel: the Scenario with its arms as drafts. Converting back
// validates with the scenario schema, so cross-field rules (low ≤ central ≤ high, distinct arm
// names) are checked in one place.
import { scenarioSchema, type Scenario } from '../../model/simulate/scenario.ts';
import { validate, type Problem } from '../../model/validation/problems.ts';
import { armFromRef, refOfArm, type ArmDraft } from './armDraft.ts';

export type ScenarioDraft = Omit<Scenario, 'arms'> & { arms: ArmDraft[] };

/** Most arms the explorer offers: a baseline and four reforms (five readable colours). */
export const MAX_ARMS = 5;

export function draftOfScenario(s: Scenario): ScenarioDraft {
  const copy = structuredClone(s);
  return { ...copy, arms: copy.arms.map((a) => armFromRef(a.name, a.policy)) };
}

/** The scenario a draft stands for, or the problems that stop it being valid. */
export function scenarioOfDraft(
  d: ScenarioDraft,
): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] } {
  const { arms, ...rest } = d;
  const input = { ...rest, arms: arms.map((a) => ({ name: a.name, policy: refOfArm(a) })) };
  const r = validate(scenarioSchema, input);
  return r.ok ? { ok: true, scenario: r.value } : { ok: false, problems: r.problems };
}

/** A name for a new reform arm that no arm has yet: "Reform 2", "Reform 3", … */
export function newArmName(arms: readonly { name: string }[]): string {
  const used = new Set(arms.map((a) => a.name));
  for (let i = 2; ; i++) if (!used.has(`Reform ${i}`)) return `Reform ${i}`;
}
