import type { Page } from 'puppeteer-core';
import { openPortal, waitForFixture } from './portal';
import type { Session } from './session';

export { waitForAdapter, waitForFixture } from './portal';

/** Page object for the eBay messaging look-alikes (tests/fixtures/ebay, documented in its README). */

export interface EbayFixtureMessage {
  direction: 'in' | 'out';
  system: boolean;
  author: string;
  text: string;
  at: string;
  displayTime: string;
  mode: 'bubble' | 'email';
  subject: string | null;
  attachments: string[];
}
export interface EbayFixtureThread {
  conversationId: string;
  type: 'member' | 'ebay';
  username: string;
  buyer: string | null;
  itemId: string | null;
  itemTitle: string | null;
  orderId: string | null;
  subject: string;
  unread: boolean;
  mode: 'bubble' | 'email';
  messages: EbayFixtureMessage[];
}
export interface LegacyFixtureMessage {
  messageId: string;
  from: string;
  system: boolean;
  subject: string;
  receivedAt: string;
  displayTime: string;
  unread: boolean;
  itemId: string;
  orderId: string;
  text: string;
}

/**
 * The pages' wall clock, fixed for the whole run: every portal page is emulated in a zone where it is about noon
 * now (so "today" and a bare clock time mean the same day to the fixture and to the adapter, whenever the suite
 * runs), and the fixture clock is pinned to this minute (`now=`), so data times stay put across reloads even when
 * an hour boundary passes mid-run.
 */
const offsetHours = 12 - new Date().getUTCHours();
export const PORTAL_TIME_ZONE =
  offsetHours === 0 ? 'Etc/UTC' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
export const FIXTURE_NOW = new Date(Date.now() + offsetHours * 3_600_000).toISOString().slice(0, 16);

type Fixture = Record<string, (...args: unknown[]) => unknown>;

/** `https://<host>/cnt/ViewMessage?group_type=CORE&now=…&<extra>` */
export function messagesUrl(host: string, extra = ''): string {
  return `https://${host}/cnt/ViewMessage?group_type=CORE&now=${FIXTURE_NOW}${extra ? `&${extra}` : ''}`;
}

export function legacyUrl(path = '/mesgweb/ViewMessages/0'): string {
  return `https://mesg.ebay.com${path}`;
}

/** A new tab on an eBay page, in the run's time zone, once the fixture has rendered. */
export function openEbay(session: Session, url: string): Promise<Page> {
  return openPortal(session, url, PORTAL_TIME_ZONE);
}

export function fixtureThreads(page: Page): Promise<EbayFixtureThread[]> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { threads(): EbayFixtureThread[] } }).__fixture.threads(),
  );
}

export async function fixtureThread(page: Page, conversationId: string): Promise<EbayFixtureThread> {
  const found = (await fixtureThreads(page)).find((t) => t.conversationId === conversationId);
  if (!found) throw new Error(`the fixture has no conversation ${conversationId}`);
  return found;
}

export function openConversationId(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (
      window as unknown as { __fixture: { openConversationId(): string | null } }
    ).__fixture.openConversationId(),
  );
}

export function cardSelector(conversationId: string): string {
  return `button.message-button[data-conversation-id="${conversationId}"]`;
}

/** The conversation ids of the cards mounted right now (the list is virtualised). */
export function mountedCardIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="messages-inbox"] [data-conversation-id]', (cards) =>
    cards.map((card) => card.getAttribute('data-conversation-id') ?? ''),
  );
}

/** Click a conversation's card, as an agent would, and wait until its pane has rendered. */
export async function clickCard(page: Page, conversationId: string): Promise<void> {
  const card = await page.waitForSelector(cardSelector(conversationId), { timeout: 10_000 });
  await card!.click();
  await waitForPane(page, conversationId);
}

/** Open a conversation through the fixture's own SPA switch (the same code path as a card click). */
export async function openThread(page: Page, conversationId: string): Promise<void> {
  await page.evaluate(
    (id) => (window as unknown as { __fixture: Fixture }).__fixture.openThread!(id),
    conversationId,
  );
  await waitForPane(page, conversationId);
}

/** The conversation is open and shown: bubbles, or the e-mail frame's content, or eBay's own notice. */
async function waitForPane(page: Page, conversationId: string): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const fixture = (window as unknown as { __fixture: { openConversationId(): string | null } }).__fixture;
      if (fixture.openConversationId() !== id) return false;
      if (document.querySelector('.app-conversation--loading')) return false;
      if (document.querySelector('.msg-content-view .app-conversation__message-bubble')) return true;
      const frame = document.querySelector<HTMLIFrameElement>('iframe#app__email-iframe');
      if (!frame || frame.closest('[hidden]') || frame.getAttribute('aria-busy') === 'true') return false;
      return frame.contentDocument?.querySelector('.email-message') !== null;
    },
    { polling: 100, timeout: 10_000 },
    conversationId,
  );
}

/** A live message, into the open conversation unless another is named. */
export function addLiveMessage(
  page: Page,
  text: string,
  options: { direction?: 'in' | 'out'; conversationId?: string } = {},
): Promise<EbayFixtureMessage> {
  return page.evaluate(
    (t, o) =>
      (window as unknown as { __fixture: Fixture }).__fixture.addMessage!({
        text: t,
        direction: o.direction ?? 'in',
        conversationId: o.conversationId,
      }) as EbayFixtureMessage,
    text,
    options,
  );
}

export function composerState(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { composerState(): string | null } }).__fixture.composerState(),
  );
}

export function sentMessages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { sentMessages(): string[] } }).__fixture.sentMessages(),
  );
}

/**
 * Scroll the virtualised conversation list to a position (px), far enough that other rows mount, and wait until the
 * list has re-rendered (the scroll event arrives asynchronously): the first mounted card has changed.
 */
export async function scrollInbox(page: Page, top: number): Promise<void> {
  // Scroll events are dispatched with the rendering steps, which a background tab may skip (TESTING.md pitfall 5).
  await page.bringToFront();
  const firstBefore = (await mountedCardIds(page))[0];
  await page.$eval(
    '[data-testid="messages-inbox"]',
    (scroller, y) => {
      scroller.scrollTop = y as number;
    },
    top,
  );
  await page.waitForFunction(
    (before) =>
      document
        .querySelector('[data-testid="messages-inbox"] [data-conversation-id]')
        ?.getAttribute('data-conversation-id') !== before,
    { polling: 100, timeout: 10_000 },
    firstBefore,
  );
}

/** Legacy `mesg.ebay.com` pages: the messages of the current folder, newest first. */
export function legacyMessages(page: Page): Promise<LegacyFixtureMessage[]> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { messages(): LegacyFixtureMessage[] } }).__fixture.messages(),
  );
}

/** Follow a legacy row's subject link: a real page load. */
export async function openLegacyMessage(page: Page, messageId: string): Promise<void> {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
    page.click(`[id="${messageId}-sub"] a`),
  ]);
  await waitForFixture(page);
}

export function conversationThreadId(site: string, conversationId: string): string {
  return `ebay:${site}:${conversationId}`;
}
