// Gompertz–Makeham mortality: the force of mortality μ(x) = A + B·exp(c·(x − 65)), its yearly
// death probabilities and the life expectancy it implies, in the model's yearly time step.
import type { GompertzMakeham } from '../data/mortalityFit.ts';
import { exp } from '../math/index.ts';

/** Force of mortality at exact age `x` (years), per year. */
export function forceOfMortality(p: GompertzMakeham, x: number): number {
  return p.A + p.B * exp(p.c * (x - 65));
}

/** Probability of dying between exact ages x and x + 1: 1 − exp(−∫μ), integrated exactly. */
export function deathProbability(p: GompertzMakeham, x: number): number {
  const cumulative = p.A + (p.B / p.c) * (exp(p.c * (x + 1 - 65)) - exp(p.c * (x - 65)));
  return 1 - exp(-cumulative);
}

/**
 * Life expectancy at integer age `x` in years, with deaths on average half-way through the year
 * (the convention the simulation uses, see `DEATH_YEAR_FRACTION`); ages above `maxAge` are closed.
 */
export function lifeExpectancy(p: GompertzMakeham, x: number, maxAge = 120): number {
  let alive = 1;
  let years = 0;
  for (let a = x; a < maxAge; a++) {
    const next = alive * (1 - deathProbability(p, a));
    years += (alive + next) / 2;
    alive = next;
  }
  return years;
}

/** Probability of surviving from integer age `from` to integer age `to`. */
export function survival(p: GompertzMakeham, from: number, to: number): number {
  let s = 1;
  for (let a = from; a < to; a++) s *= 1 - deathProbability(p, a);
  return s;
}
