// What browser tests do to the explorer: wait for a run, open a panel group, import a file and
// catch a download. Shared so every test waits for runs the same way.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';

/** Runs started so far, from the page's first run status. */
export const runsStarted = async (p: Page): Promise<number> =>
  Number(await p.getByTestId('run-status').first().getAttribute('data-runs'));

/** Waits until a run later than run number `after` has finished. */
export async function finished(p: Page, after: number, ms = 30_000): Promise<void> {
  await p.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="run-status"]');
      return (
        el && Number(el.getAttribute('data-runs')) > n && el.getAttribute('data-state') === 'done'
      );
    },
    after,
    { timeout: ms },
  );
}

/** Opens a scenario-panel group by its title, if closed. */
export async function openGroup(p: Page, title: string): Promise<void> {
  const details = p
    .locator('#scenario details.group', { has: p.locator(`summary:text-is("${title}")`) })
    .first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** Clicks `target` and returns the download it starts, with its bytes. */
export async function downloadFrom(
  p: Page,
  target: Locator,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([p.waitForEvent('download'), target.click()]);
  return { download, bytes: await readFile(await download.path()) };
}

/** Opens a file through the "Open scenario or manifest…" input. */
export async function importFile(p: Page, name: string, text: string): Promise<void> {
  await openGroup(p, 'Share and save');
  await p.getByLabel('Open scenario or manifest…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}
