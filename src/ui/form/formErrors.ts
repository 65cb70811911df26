// Which fields of a form currently hold an invalid entry, shared by context so the page can say
// that the results on screen are for the last valid values.
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

const key = Symbol('form-errors');

/** Creates the set of invalid field ids for the components below the caller. */
export function createFormErrors(): SvelteSet<string> {
  return setContext(key, new SvelteSet<string>());
}

/** The nearest form-error set, if any. */
export const getFormErrors = (): SvelteSet<string> | undefined =>
  getContext<SvelteSet<string> | undefined>(key);
