// The work `npm run bench` and `npm run bench:ab` time: one seed, 20 years, the current means test
// against the 2021 reform, one replicate in one slice (a plain scenario input, so bench:ab's
// children parse it with the schema of the tree they time).
export const benchScenarioInput = (population: number) => ({
  seed: 'bench',
  years: 20,
  population,
  replicates: 1,
  arms: [
    { name: 'baseline', policy: 'current' },
    { name: 'reform', policy: 'reform-2021' },
  ],
  engine: { sliceSize: 1_000_000 },
});
