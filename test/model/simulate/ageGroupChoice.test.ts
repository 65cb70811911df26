// A view's age group picks the measure written for that group alone; measures without an age
// have none, so nothing else can be shown under the group's label.
import { describe, expect, it } from 'vitest';
import { measureForAgeGroup } from '../../../src/model/simulate/measures.ts';

describe('measureForAgeGroup', () => {
  it.each([
    ['council_net_spend', '', 'council_net_spend'],
    ['council_net_spend', '_65plus', 'council_net_spend_65plus'],
    ['council_spend_after_cap', '_18_64', 'council_spend_after_cap_18_64'],
    ['people_reaching_cap', '_65plus', 'people_reaching_cap_65plus'],
    ['council_spend_personal_budgets', '', 'council_spend_personal_budgets'],
    ['council_spend_personal_budgets', '_65plus', null],
    ['pb_uptake_ni130', '_18_64', null],
  ] as const)('%s for "%s" is %s', (name, group, expected) => {
    expect(measureForAgeGroup(name, group)).toBe(expected);
  });
});
