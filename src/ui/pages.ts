// The pages of the app, in nav order. Adding a page is one entry here.
import type { Component } from 'svelte';
import PersonPage from './person/PersonPage.svelte';

export interface Page {
  /** Used in the URL hash: #/person. */
  id: string;
  /** Tab label. */
  label: string;
  component: Component;
}

export const pages: readonly Page[] = [{ id: 'person', label: 'Person', component: PersonPage }];

/** The page named by a location hash (#/person), or the first page. */
export function pageFromHash(hash: string): Page {
  const id = hash.replace(/^#\/?/, '');
  return pages.find((p) => p.id === id) ?? pages[0]!;
}
