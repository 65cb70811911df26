// `npm run bench:ab -- TREE_A TREE_B [TREE_C …]`: how fast the engine of several source trees (git
// worktrees of two commits, say) runs the same work, for a change that must not slow it or claims
// to speed it up. Each trial starts a fresh process per tree (V8 compiles a process's engine a
// little differently each time, and that luck stays with the process, so one process per tree
// says little), warms it, and takes the best CPU time of `--rounds` runs of `runPeople` (one
// replicate of 100,000 people, 20 years, the current means test and the 2021 reform), the trees'
// runs interleaved; the ratio of each tree to the first is then summarised across trials (paired
// median with quartiles, geometric mean). Options: --trials N (default 12), --rounds N (4).
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { quantile } from 'd3';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { trials: { type: 'string' }, rounds: { type: 'string' } },
});
const trees = positionals.map((p) => resolve(p));
const trials = Number(values.trials ?? 12);
const rounds = Number(values.rounds ?? 4);
if (trees.length < 2 || trees.some((t) => !existsSync(`${t}/src/model/simulate/runTask.ts`)))
  throw new Error(
    'bench:ab: give two or more source trees, each with src/model/simulate/runTask.ts',
  );
if (!(trials >= 1 && rounds >= 1))
  throw new Error('bench:ab: --trials and --rounds must be 1 or more');

const child = new URL('./lib/benchAbChild.ts', import.meta.url).pathname;
const best: number[][] = trees.map(() => []);
for (let k = 0; k < trials; k++) {
  const kids = trees.map((tree) => fork(child, [tree], { execArgv: ['--import', 'tsx'] }));
  await Promise.all(kids.map((kid) => new Promise((ok) => kid.once('message', ok))));
  const b = trees.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    const order = (r + k) % 2 ? [...trees.keys()].reverse() : [...trees.keys()];
    for (const i of order) {
      const cpu = await new Promise<number>((ok) => {
        kids[i]!.once('message', (m: { cpu: number }) => ok(m.cpu));
        kids[i]!.send('run');
      });
      b[i] = Math.min(b[i]!, cpu);
    }
  }
  for (const kid of kids) kid.kill();
  b.forEach((x, i) => best[i]!.push(x));
  console.log(`trial ${k + 1}: ${b.map((x) => `${x.toFixed(0)} ms`).join(', ')}`);
}
const geomean = (xs: number[]) => {
  // Logs only to summarise timings, never on a result path.
  let s = 0;
  for (const x of xs) s += Math.log(x);
  return Math.exp(s / xs.length);
};
for (let i = 1; i < trees.length; i++) {
  const ratios = best[i]!.map((x, k) => x / best[0]![k]!);
  const f = (p: number) => (quantile(ratios, p) ?? NaN).toFixed(3);
  console.log(
    `${trees[i]} / ${trees[0]}, CPU time (${trials} trials × ${rounds}): paired median ${f(0.5)} (quartiles ${f(0.25)}–${f(0.75)}), geomean ${geomean(ratios).toFixed(3)}`,
  );
}
