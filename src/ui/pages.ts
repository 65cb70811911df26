// The pages of the app, in nav order. Adding a page is one entry here. The location hash holds
// the page and, after "?", the explorer's scenario: #/spending?v=1&s=….
import type { Component } from 'svelte';
import PersonPage from './person/PersonPage.svelte';
import OverviewPage from './explorer/views/OverviewPage.svelte';
import SpendingPage from './explorer/views/SpendingPage.svelte';
import SelfFundersPage from './explorer/views/SelfFundersPage.svelte';
import PersonalBudgetsPage from './explorer/views/PersonalBudgetsPage.svelte';
import TradeOffsPage from './explorer/views/TradeOffsPage.svelte';
import CouncilsPage from './explorer/views/CouncilsPage.svelte';
import { splitHash } from './routes.ts';

export interface Page {
  /** Used in the URL hash: #/person. */
  id: string;
  /** Tab label. */
  label: string;
  component: Component;
}

export const pages: readonly Page[] = [
  { id: 'overview', label: 'Overview', component: OverviewPage },
  { id: 'spending', label: 'Council spending', component: SpendingPage },
  { id: 'self-funders', label: 'Self-funders', component: SelfFundersPage },
  // Not "Personal budgets": a tab whose name contains "Person" would clash with the Person tab
  // for anyone finding tabs by name (screen-reader find, tests).
  { id: 'personal-budgets', label: 'Personal budgets', component: PersonalBudgetsPage },
  { id: 'trade-offs', label: 'Trade-offs', component: TradeOffsPage },
  { id: 'councils', label: 'Compare councils', component: CouncilsPage },
  { id: 'person', label: 'Person', component: PersonPage },
];

/** The page named by a location hash (#/person or #/person?…), or the first page. */
export function pageFromHash(hash: string): Page {
  const id = splitHash(hash).route;
  return pages.find((p) => p.id === id) ?? pages[0]!;
}
