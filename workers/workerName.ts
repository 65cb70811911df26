// The name an engine worker is started with. A worker started early is told in its name which
// start year to prepare for, because a message posted while the page is busy loading waits until
// the page's thread is free (see webWorker.ts and engine.worker.ts).

/** Name prefix of an engine worker told to prepare for a start year as soon as it loads. */
export const PREPARE_NAME = 'care-cap-engine prepare ';

/** The name of an engine worker, preparing for `startYear` if given. */
export const workerName = (startYear?: number): string =>
  startYear === undefined ? 'care-cap-engine' : `${PREPARE_NAME}${startYear}`;

/** The start year a worker's name asks it to prepare for, or null. */
export function startYearToPrepare(name: string): number | null {
  if (!name.startsWith(PREPARE_NAME)) return null;
  const year = Number(name.slice(PREPARE_NAME.length));
  return Number.isInteger(year) ? year : null;
}
