// Who a run simulates: England or one council of 2023, and how many real people each synthetic
// person stands for (the weight), for the screen, the exports and the page.
import { council2023BySlug } from '../data/councils2023.ts';
import { older65For } from '../population/councilPopulation.ts';

export interface WhoIsSimulated {
  /** councils2023 slug, or null for England. */
  council: string | null;
  /** "England" or the council's name. */
  place: string;
  /** Synthetic people aged 65+ in the 2021 stock (the scenario's `population`). */
  synthetic65: number;
  /** Real people aged 65+ they stand for (2021 stock, model basis). */
  real65: number;
  /** Real people per synthetic person (the weight of each person 65+). */
  weight: number;
}

export function whoIsSimulated(s: { population: number; council?: string | null }): WhoIsSimulated {
  const council = s.council ?? null;
  const real65 = older65For(council);
  return {
    council,
    place: council ? (council2023BySlug(council)?.name ?? council) : 'England',
    synthetic65: s.population,
    real65,
    weight: real65 / s.population,
  };
}

/** "20,000 synthetic people aged 65+ stand for Cumberland's 63,512 (each for 3.2)". */
export function whoIsSimulatedText(w: WhoIsSimulated): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-GB');
  const weight = w.weight >= 10 ? n(w.weight) : w.weight.toFixed(2);
  return `${n(w.synthetic65)} synthetic people aged 65+ stand for ${w.place}'s ${n(w.real65)} (each for ${weight})`;
}
