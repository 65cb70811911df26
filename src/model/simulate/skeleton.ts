// The speed limit of this design: the same people, the same random draws and the same care
// transitions as runTask, but no charging rules and no measures. `npm run bench` compares the two.
import { careerStream, nextCareState, partnerDies } from '../population/career.ts';
import { CareState } from '../population/states.ts';
import { scenarioSchema, type Scenario } from './scenario.ts';
import { replicateContext } from './replicateContext.ts';
import { peopleIn, totalPeople } from './cohorts.ts';

/** Runs the skeleton of task (replicate, slice); returns person-years from the start year and a checksum. */
export function runSkeleton(
  input: Scenario,
  replicate: number,
  slice: number,
): { personYears: number; checksum: number } {
  const s = scenarioSchema.parse(input);
  const ctx = replicateContext(s, replicate);
  const from = slice * s.engine.sliceSize;
  const to = Math.min(from + s.engine.sliceSize, totalPeople(ctx.cohorts));
  const end = s.startYear + s.years;
  let personYears = 0;
  let checksum = 0;
  for (const { pop, entryYear } of peopleIn(ctx.spec, ctx.model, ctx.cohorts, from, to)) {
    for (let j = 0; j < pop.size; j++) {
      const stream = careerStream(pop, j);
      let state: number = pop.careState[j]!;
      let age = pop.age[j]!;
      const sex = pop.sex[j]!;
      const group = pop.riskGroup[j]!;
      for (let year = entryYear; year < end; year++) {
        const next = nextCareState(state, age, sex, group, stream, ctx.model);
        if (partnerDies(age, sex, stream, ctx.model)) checksum++;
        if (year >= s.startYear) personYears++;
        if (next === CareState.dead) break;
        checksum += next;
        state = next;
        age++;
      }
    }
  }
  return { personYears, checksum };
}
