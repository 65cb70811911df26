// The explorer's scenario, kept at module level so it survives switching pages: the draft being
// edited, the last valid scenario, and its two-way link with the URL hash.
import type { Scenario } from '../../model/simulate/scenario.ts';
import type { Problem } from '../../model/validation/problems.ts';
import { decodeScenario, defaultScenario, encodeScenario } from '../state/scenarioLink.ts';
import { splitHash } from '../routes.ts';
import { draftOfScenario, scenarioOfDraft, type ScenarioDraft } from './scenarioDraft.ts';

/** Why a link (or a saved scenario) could not be opened as it was. */
export interface LoadNotice {
  kind: 'problem' | 'info';
  title: string;
  problems: Problem[];
}

class ExplorerStore {
  draft = $state<ScenarioDraft>(draftOfScenario(defaultScenario()));
  notice = $state<LoadNotice | null>(null);
  #lastValid: Scenario = defaultScenario();

  /** The draft checked against the scenario schema. */
  readonly checked = $derived(scenarioOfDraft($state.snapshot(this.draft) as ScenarioDraft));
  /** Problems with the current entries (then the runs use the last valid scenario). */
  readonly problems: Problem[] = $derived(this.checked.ok ? [] : this.checked.problems);
  /** The scenario runs use: the draft when valid, otherwise the last valid one. */
  readonly scenario: Scenario = $derived.by(() => {
    if (this.checked.ok) this.#lastValid = this.checked.scenario;
    return this.#lastValid;
  });
  /** Hash query holding the scenario ("" for the defaults). */
  readonly query: string = $derived(encodeScenario(this.scenario));

  /** Replaces the whole scenario (a link, a saved scenario, Reset). */
  load(s: Scenario): void {
    this.#lastValid = s;
    this.draft = draftOfScenario(s);
  }

  /** Opens the scenario of a hash query, with a notice if it could not be used as it was. */
  loadQuery(query: string): void {
    const d = decodeScenario(query);
    this.load(d.scenario);
    if (d.problems.length)
      this.notice = {
        kind: 'problem',
        title:
          'The scenario in this link could not be used, so the default scenario is shown instead.',
        problems: d.problems,
      };
    else if (d.dropped)
      this.notice = {
        kind: 'problem',
        title:
          'The council in this link is not one of today’s councils, so the scenario is shown for England; the rest of it is as linked. Choose a council under Area (Simulation) to run one.',
        problems: d.dropped,
      };
    else if (d.migratedFrom !== undefined)
      this.notice = {
        kind: 'info',
        title: `This link was made by an older version (v=${d.migratedFrom}); it has been updated.`,
        problems: [],
      };
    else this.notice = null;
  }
}

export const explorer = new ExplorerStore();

let written = '';
let started = false;

/** The location hash for `route` with the current scenario. */
export const hashFor = (route: string, query = explorer.query): string =>
  `#/${route}${query ? `?${query}` : ''}`;

/**
 * Reads the scenario from the location hash and keeps the two in step from then on: edits
 * rewrite the hash (replaceState: no history entry per keystroke), and a hash changed from
 * outside (a pasted link, Back) is loaded. Call once, from the app shell.
 */
export function startExplorerSync(): void {
  if (started) return;
  started = true;
  written = splitHash(window.location.hash).query;
  explorer.loadQuery(written);
  $effect.root(() => {
    $effect(() => {
      const q = explorer.query;
      const { route, query } = splitHash(window.location.hash);
      if (q === query) return;
      written = q;
      history.replaceState(history.state, '', hashFor(route, q));
    });
  });
  window.addEventListener('hashchange', () => {
    const { query } = splitHash(window.location.hash);
    if (query !== written && query !== explorer.query) {
      written = query;
      explorer.loadQuery(query);
    }
  });
}
