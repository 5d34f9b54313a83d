import type { Page } from 'puppeteer-core';

export { openPortal, waitForAdapter } from './portal';

/** Page object for the Seller Central messaging look-alike (tests/fixtures/amazon). */

export interface FixtureMessage {
  direction: 'in' | 'out';
  system: boolean;
  author: string;
  text: string;
  at: string;
  displayTime: string;
  attachments: string[];
}
export interface FixtureThread {
  caseId: string;
  buyer: string;
  orderId: string;
  subject: string;
  marketplace: string;
  status: string;
  unread: boolean;
  messages: FixtureMessage[];
}

export function fixtureThreads(page: Page): Promise<FixtureThread[]> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { threads(): FixtureThread[] } }).__fixture.threads(),
  );
}

export function openCaseId(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { openCaseId(): string | null } }).__fixture.openCaseId(),
  );
}

/** Click the n-th inbox row, as an agent would. */
export async function clickRow(page: Page, index: number): Promise<string> {
  const rows = await page.$$('kat-table-row.case-list-row');
  if (!rows[index]) throw new Error(`no inbox row ${index}`);
  await rows[index]!.click();
  await page.waitForFunction(() => document.querySelector('#case-messages, .rd-timeline') !== null, {
    polling: 100,
    timeout: 10_000,
  });
  return (await openCaseId(page)) as string;
}

export function addLiveMessage(page: Page, text: string, direction: 'in' | 'out' = 'in') {
  return page.evaluate(
    (t, d) =>
      (window as unknown as { __fixture: { addMessage(m: object): unknown } }).__fixture.addMessage({
        text: t,
        direction: d,
      }),
    text,
    direction,
  );
}

export function composerState(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { composerState(): string | null } }).__fixture.composerState(),
  );
}

/** What the portal's own Send has sent (our extension must never add to it). */
export function sentMessages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { sentMessages(): string[] } }).__fixture.sentMessages(),
  );
}

export function caseThreadId(site: string, caseId: string): string {
  return `amazon:${site}:${caseId}`;
}
