// The speed limit of this design: the same people, the same random draws and the same care
// transitions as runTask, but no charging rules and no measures. `npm run bench` times it against
// runPeople on the same people, generated beforehand, so both loops are timed alone.
import { careerStream, nextCareState, partnerDies } from '../population/career.ts';
import { CareState } from '../population/states.ts';
import { Stream } from '../rng.ts';
import { scenarioSchema, type Scenario } from './scenario.ts';
import { replicateContext, type ReplicateContext } from './replicateContext.ts';
import { sliceBlocks, type PeopleBlock } from './runTask.ts';

/** Runs the skeleton of task (replicate, slice), generating its people as runTask does. */
export function runSkeleton(
  input: Scenario,
  replicate: number,
  slice: number,
): { personYears: number; checksum: number } {
  const s = scenarioSchema.parse(input);
  const ctx = replicateContext(s, replicate);
  return skeletonOf(ctx, sliceBlocks(ctx, slice));
}

/** The skeleton loop over people already generated: person-years from the start year and a checksum. */
export function skeletonOf(
  ctx: ReplicateContext,
  blocks: Iterable<PeopleBlock>,
): { personYears: number; checksum: number } {
  const s = ctx.scenario;
  const end = s.startYear + s.years;
  let personYears = 0;
  let checksum = 0;
  const reused = new Stream(0);
  for (const { pop, entryYear } of blocks) {
    for (let j = 0; j < pop.size; j++) {
      const stream = careerStream(pop, j, reused);
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
