// What browser tests do to the explorer: wait for a run, open a panel group, import a file and
// catch a download. Shared so every test waits for runs the same way.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { decodeScenario } from '../../src/ui/state/scenarioLink.ts';
import type { Scenario } from '../../src/model/simulate/scenario.ts';

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

/** The hash query of a scenario given as a diff from the defaults ("v=1&s=…"), as links carry it. */
export const linkQuery = (diff: object): string =>
  `v=1&s=${Buffer.from(JSON.stringify(diff)).toString('base64url')}`;

/** The scenario the page's link holds now. */
export async function scenarioOnPage(p: Page): Promise<Scenario> {
  return decodeScenario(await p.evaluate(() => location.hash.split('?')[1] ?? '')).scenario;
}

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The focus ring of each button or summary reached in `presses` Tabs from the focused element. */
export async function focusRingsByTab(
  p: Page,
  presses: number,
): Promise<{ what: string; color: string; width: string }[]> {
  const rings: { what: string; color: string; width: string }[] = [];
  for (let i = 0; i < presses; i++) {
    await p.keyboard.press('Tab');
    const f = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !['BUTTON', 'SUMMARY'].includes(el.tagName)) return null;
      const st = getComputedStyle(el);
      return {
        what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
        color: st.outlineColor,
        width: st.outlineWidth,
      };
    });
    if (f) rings.push(f);
  }
  return rings;
}
