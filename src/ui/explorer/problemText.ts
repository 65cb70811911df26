// A problem with the scenario panel's entries in the panel's own words: "Name of Reform 1",
// "Reform 1: Lifetime cap", "Population", never a schema path such as `arms[1].name`.
import { policyParameterDocs } from '../../model/parameters/policyParameters.ts';
import {
  scenarioChoiceDocs,
  scenarioParameterDocs,
  uncertaintyParameterDocs,
} from '../../model/parameters/scenarioParameters.ts';
import type { Problem } from '../../model/validation/problems.ts';

/** "Baseline" for the first arm, "Reform 1", "Reform 2", … after it (as the panel's legends). */
export const armTitle = (i: number): string => (i === 0 ? 'Baseline' : `Reform ${i}`);

const labels: Record<string, { label: string }> = {
  ...scenarioParameterDocs,
  ...uncertaintyParameterDocs,
  ...scenarioChoiceDocs,
};
const policyLabels: Record<string, { label: string }> = policyParameterDocs;

/** The field a problem's path names, as its label in the panel. */
export function fieldName(path: string): string {
  if (path === 'arms') return 'Arm names';
  const name = /^arms\[(\d+)\]\.name$/.exec(path);
  if (name) return `Name of ${armTitle(Number(name[1]))}`;
  const policy = /^arms\[(\d+)\]\.policy(?:\.overrides)?\.?(.*)$/.exec(path);
  if (policy) {
    const key = policy[2] ?? '';
    const label =
      policyLabels[key]?.label ??
      (key.split('.')[0] ? policyLabels[key.split('.')[0]!]?.label : undefined);
    return `${armTitle(Number(policy[1]))}: ${label ?? 'policy'}`;
  }
  const own = labels[path] ?? labels[path.replace(/\.(low|central|high)$/, '')];
  return own?.label ?? path;
}

/** One line for a problem: the field's label, what it holds and what it may hold. */
export const problemText = (p: Problem): string =>
  `${fieldName(p.path)}: ${p.found === 'missing' ? 'missing' : `${p.found} is not allowed`}; it ${p.allowed}.`;
