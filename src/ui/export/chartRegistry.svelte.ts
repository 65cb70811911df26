// The chart figures on screen, each registered by its export buttons, so the research bundle
// can include every chart of the current view as an SVG.
import { untrack } from 'svelte';

/** A chart that can be exported: a file name (no extension) and its figure element. */
export interface ChartEntry {
  name: string;
  figure: () => Element | null;
}

let entries = $state.raw<readonly ChartEntry[]>([]);

/** Adds a chart; call the returned function when it leaves the page. Safe to call in effects. */
export function registerChart(entry: ChartEntry): () => void {
  // Registering from an effect must not make that effect depend on the list it changes.
  untrack(() => (entries = [...entries, entry]));
  return () => untrack(() => (entries = entries.filter((e) => e !== entry)));
}

/** The charts on the page in document order, with their figures and file names made unique. */
export function chartsOnPage(): { name: string; figure: Element }[] {
  const found = entries
    .map((e) => ({ name: e.name, figure: e.figure() }))
    .filter((e): e is { name: string; figure: Element } => e.figure?.isConnected === true)
    .sort((a, b) =>
      a.figure.compareDocumentPosition(b.figure) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  const seen: Record<string, number> = {};
  return found.map((e) => {
    const n = (seen[e.name] ?? 0) + 1;
    seen[e.name] = n;
    return n === 1 ? e : { ...e, name: `${e.name}-${n}` };
  });
}

/** How many charts are registered (reactive), for labels such as "and its 3 charts". */
export const chartCount = (): number => entries.length;
