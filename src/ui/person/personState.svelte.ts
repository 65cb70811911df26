// State of the Person page, kept at module level so it survives switching between pages.
import type { Setting } from '../../model/policy/index.ts';
import { draftOf, type PolicyDraft } from './policyDraft.ts';

/** One care episode as entered: its length in years (weeks = round(years × 52)). */
export interface EpisodeDraft {
  /** Stable key for keyed lists. */
  key: number;
  setting: Setting;
  weeklyFee: number;
  councilRate: number;
  years: number;
}

export interface PersonDraft {
  age: number;
  capital: number;
  homeValue: number;
  partnerAtHome: boolean;
  weeklyIncome: number;
  councilArranged: boolean;
}

let nextKey = 0;

/** A new episode: a residential care home at the 2023-24 council rate, for 2.5 years. */
export function newEpisode(): EpisodeDraft {
  return { key: nextKey++, setting: 'residential', weeklyFee: 1_100, councilRate: 916, years: 2.5 };
}

export const personPage = $state<{
  person: PersonDraft;
  care: EpisodeDraft[];
  policies: [PolicyDraft, PolicyDraft];
}>({
  person: {
    age: 82,
    capital: 60_000,
    homeValue: 200_000,
    partnerAtHome: false,
    weeklyIncome: 250,
    councilArranged: false,
  },
  care: [{ ...newEpisode(), years: 5 }],
  policies: [draftOf('current'), draftOf('reform-2021')],
});
