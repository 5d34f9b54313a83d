import type { Page } from 'puppeteer-core';
import type { Session } from './session';

/** What every portal page object shares: opening a fixture page and waiting for our content script. */

/** Wait until the fixture page has rendered the state its URL asks for (`window.__fixture.ready`). */
export async function waitForFixture(page: Page): Promise<void> {
  // Boolean(): waitForFunction would await the promise, which resolves to undefined.
  await page.waitForFunction('Boolean(window.__fixture && window.__fixture.ready)', { polling: 100 });
  await page.evaluate('window.__fixture.ready');
}

/** A new tab on a portal fixture page, optionally in a given time zone, once the page has rendered. */
export async function openPortal(session: Session, url: string, timeZone?: string): Promise<Page> {
  const page = await session.browser.newPage();
  if (timeZone) await page.emulateTimezone(timeZone);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForFixture(page);
  return page;
}

/** Wait until our content script has recognised the page (it writes data-hw-page on <html>); returns the kind. */
export async function waitForAdapter(page: Page, kind?: string): Promise<string> {
  const handle = await page.waitForFunction(
    (expected) => {
      const value = document.documentElement.dataset.hwPage;
      return value && (!expected || value === expected) ? value : null;
    },
    { polling: 100, timeout: 15_000 },
    kind,
  );
  return (await handle.jsonValue()) as string;
}
