// Routes in the location hash (#/spending?v=1&s=…), readable before the app's code loads: the
// entry script uses them to start the engine early on pages that show the explorer's main run.

/** The route and the query of a location hash. */
export function splitHash(hash: string): { route: string; query: string } {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  return q < 0 ? { route: body, query: '' } : { route: body.slice(0, q), query: body.slice(q + 1) };
}

/**
 * Pages that do not show the explorer's main run: the person calculator, Trade-offs (which runs
 * its own sweeps) and Compare councils (a run per council). Any other route, unknown ones
 * included, opens an explorer page.
 */
export const ROUTES_WITHOUT_MAIN_RUN: readonly string[] = ['person', 'trade-offs', 'councils'];

/** Whether the page of this location hash shows the explorer's main run. */
export const showsMainRun = (hash: string): boolean =>
  !ROUTES_WITHOUT_MAIN_RUN.includes(splitHash(hash).route);
