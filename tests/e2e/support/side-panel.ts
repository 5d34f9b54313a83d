import type { Page } from 'puppeteer-core';
import type { Session } from './session';

/** Page object for the side panel inbox, opened as a tab (TESTING.md 3: same page, same live queries). */
export async function openSidePanelTab(session: Session): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 400, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await page.waitForSelector('[data-testid="inbox"], [data-testid="empty-inbox"]', { timeout: 15_000 });
  return page;
}

export function rowSelector(threadId: string): string {
  return `[data-testid="inbox-row"][data-thread-id="${threadId.replace(/["\\]/g, '\\$&')}"]`;
}

export async function openThreadInPanel(panel: Page, threadId: string): Promise<void> {
  await panel.bringToFront();
  await panel.waitForSelector(rowSelector(threadId), { timeout: 10_000 });
  await panel.click(rowSelector(threadId));
  await panel.waitForSelector('[data-testid="thread-view"] [data-testid="timeline-message"]', {
    timeout: 10_000,
  });
}

export function rowText(panel: Page, threadId: string): Promise<string> {
  return panel.$eval(rowSelector(threadId), (el) => el.textContent ?? '');
}
