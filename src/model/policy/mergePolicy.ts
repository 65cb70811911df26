// A policy reference made into a full policy without validating it: what the engine's workers use,
// so that they need no schema library (building the schemas took a fresh worker tens of
// milliseconds). Scenarios reach the engine already validated: every override is checked against
// the same ranges as the policy's fields when the scenario is parsed (policyRef.ts), and
// resolvePolicy checks the merged policy as well for the calculator and the forms.
import type { Policy } from './schema.ts';
import type { Overrides, PolicyRef } from './policyRef.ts';
import { presets } from './presets.ts';

/** The preset of `ref` with its overrides applied; named after them when there are any. */
export function mergePolicy(ref: PolicyRef): Policy {
  if (typeof ref === 'string') return presets[ref];
  return applyOverrides(presets[ref.preset], ref.overrides ?? {});
}

/** `base` with `o` applied (an upper capital limit given as one number applies to both). */
export function applyOverrides(base: Policy, o: Overrides): Policy {
  const { upperCapitalLimit, ...rest } = o;
  const ucl =
    upperCapitalLimit === undefined
      ? base.upperCapitalLimit
      : typeof upperCapitalLimit === 'number'
        ? { homeCounted: upperCapitalLimit, otherwise: upperCapitalLimit }
        : upperCapitalLimit;
  const overridden = Object.keys(o);
  return {
    ...base,
    ...rest,
    upperCapitalLimit: ucl,
    id: overridden.length ? `${base.id}+overrides` : base.id,
    name: overridden.length ? `${base.name} (with ${overridden.join(', ')} changed)` : base.name,
  };
}
