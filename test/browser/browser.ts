// Shared browser-test helpers: launch the system Chromium with the flags this sandbox needs,
// open the app, and fail any test whose page requests a host other than localhost.
import { chromium, type Browser, type Page } from 'playwright-core';

export const baseUrl = process.env.BASE_URL ?? 'http://localhost:4173/';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a page at `path` (relative to the app) and records every request that leaves localhost. */
export async function openApp(
  browser: Browser,
  path = '',
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; offsite: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const offsite: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('data:'))
      offsite.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, baseUrl).href);
  return { page, offsite, errors };
}
