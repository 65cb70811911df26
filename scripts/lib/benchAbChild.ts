// One source tree's engine for `npm run bench:ab`: makes one replicate's people, warms the engine
// on them, then times `runPeople` (this process's CPU time) each time it is asked.
import { benchScenarioInput } from './benchScenario.ts';

const tree = process.argv[2]!;
const { runPeople, runTask, sliceBlocks } = await import(`${tree}/src/model/simulate/runTask.ts`);
const { replicateContext } = await import(`${tree}/src/model/simulate/replicateContext.ts`);
const { scenarioSchema } = await import(`${tree}/src/model/simulate/scenario.ts`);
const scenario = scenarioSchema.parse(benchScenarioInput(100_000));
runTask(scenarioSchema.parse(benchScenarioInput(5000)), 0, 0);
const ctx = replicateContext(scenario, 0);
const people = [...sliceBlocks(ctx, 0)];
runPeople(ctx, 0, people);
runPeople(ctx, 0, people);
process.on('message', () => {
  const before = process.cpuUsage();
  runPeople(ctx, 0, people);
  const d = process.cpuUsage(before);
  process.send!({ cpu: (d.user + d.system) / 1000 });
});
process.send!('ready');
