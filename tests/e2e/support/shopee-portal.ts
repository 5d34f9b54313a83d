import type { Page } from 'puppeteer-core';
import type { MessageRecord, ThreadRecord } from '../../../core/model';
import { eventually, readStore, type Session, storedMessages } from './session';

export { openPortal as openShopee, waitForAdapter } from './portal';
export { storedMessages, storedThread } from './session';

import { fold } from './text';

export { fold };

/**
 * Page object for the Shopee Seller Centre chat look-alike (tests/fixtures/shopee, README.md there): the
 * full-page webchat, the newest chat-management page, CNSC and the floating chat window on other pages.
 * Everything the page knows is asked through its `window.__fixture` hooks; clicks go through the real DOM.
 */

export interface ShopeeFixtureMessage {
  messageId: string;
  direction: 'in' | 'out' | 'system';
  type: 'text' | 'sticker' | 'image' | 'product' | 'order';
  text: string;
  at: string;
  displayTime: string;
  product?: { name: string; price: string; url: string };
  order?: { sn: string; status: string; total: string; url: string };
}

export interface ShopeeConversation {
  conversationId: string;
  buyer: string;
  buyerId: string;
  shop: string;
  shopId: string;
  region: string;
  orderSns: string[];
  expired: boolean;
  unread: number;
  messages: ShopeeFixtureMessage[];
}

/** The marketplace of each region code (PORTALS.md 4.1). */
export const REGION_SITE: Record<string, string> = {
  ID: 'shopee.co.id',
  MY: 'shopee.com.my',
  PH: 'shopee.ph',
  SG: 'shopee.sg',
  TH: 'shopee.co.th',
  VN: 'shopee.vn',
  TW: 'shopee.tw',
  BR: 'shopee.com.br',
};

type Fixture = {
  ready: Promise<void>;
  threads(): ShopeeConversation[];
  openConversation(id: string): Promise<void>;
  openConversationId(): string | null;
  addMessage(m: object): ShopeeFixtureMessage;
  composerState(): string | null;
  sentMessages(): string[];
  modal(): { kind: string; text: string } | null;
  scrollMessagesTo(where: 'top' | 'bottom' | number): {
    scrollTop: number;
    scrollHeight: number;
    clientHeight: number;
  };
  openChatWindow(): Promise<void>;
  chatWindowOpen(): boolean;
};

const CELL = '[data-cy="webchat-conversation-cell-container"]';
const MESSAGE_LIST = '#message-virtualized-list';

export function conversations(page: Page): Promise<ShopeeConversation[]> {
  return page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.threads());
}

export async function conversation(page: Page, conversationId: string): Promise<ShopeeConversation> {
  const found = (await conversations(page)).find((c) => c.conversationId === conversationId);
  if (!found) throw new Error(`no conversation ${conversationId}`);
  return found;
}

/** Wait until the conversation's messages are rendered (the list replaces a spinner after the page's latency). */
async function waitForMessages(page: Page, conversationId: string): Promise<void> {
  await page.waitForFunction(
    (id, list) =>
      (window as unknown as { __fixture: Fixture }).__fixture.openConversationId() === id &&
      document.querySelector(`${list} [role="row"]`) !== null,
    { polling: 100, timeout: 10_000 },
    conversationId,
    MESSAGE_LIST,
  );
}

/** Click the conversation's row in the list, as an agent would. */
export async function clickConversation(page: Page, buyer: string): Promise<ShopeeConversation> {
  await page.bringToFront();
  const cells = await page.$$(CELL);
  for (const cell of cells) {
    const title = await cell.$eval('[title]', (el) => el.getAttribute('title')).catch(() => null);
    if (title !== buyer) continue;
    await cell.click();
    const id = await page.waitForFunction(
      () => (window as unknown as { __fixture: Fixture }).__fixture.openConversationId(),
      { polling: 100, timeout: 10_000 },
    );
    const conversationId = (await id.jsonValue()) as string;
    await waitForMessages(page, conversationId);
    return conversation(page, conversationId);
  }
  throw new Error(`no conversation row for ${buyer}`);
}

/** Open a conversation through the page's own SPA switch (the same code path as a click). */
export async function openConversation(page: Page, conversationId: string): Promise<ShopeeConversation> {
  await page.evaluate(
    (id) => (window as unknown as { __fixture: Fixture }).__fixture.openConversation(id),
    conversationId,
  );
  await waitForMessages(page, conversationId);
  return conversation(page, conversationId);
}

export function addMessage(page: Page, message: object): Promise<ShopeeFixtureMessage> {
  return page.evaluate((m) => (window as unknown as { __fixture: Fixture }).__fixture.addMessage(m), message);
}

export function composerState(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.composerState());
}

export function sentMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.sentMessages());
}

export function modal(page: Page): Promise<{ kind: string; text: string } | null> {
  return page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.modal());
}

export function scrollMessagesTo(page: Page, where: 'top' | 'bottom' | number) {
  return page.evaluate(
    (w) => (window as unknown as { __fixture: Fixture }).__fixture.scrollMessagesTo(w),
    where,
  );
}

/**
 * What the extension should store for each message row mounted right now (the virtualised list shows only a
 * window of them), from the look-alike's markup as its README describes it: `<pre>` texts, system notices, and
 * placeholders for stickers (`/packs/`), order cards (the sn), product cards (the name) and images. Date
 * separators show none of those and are left out. This is the test's oracle, independent of the adapter's code.
 */
export function mountedMessages(page: Page): Promise<string[]> {
  return page.$$eval(`${MESSAGE_LIST} [role="row"]`, (rows) => {
    const fold = (text: string) => text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
    const top = (row: Element) => Number.parseFloat((row as HTMLElement).style.top) || 0;
    const out: string[] = [];
    for (const row of [...rows].sort((a, b) => top(a) - top(b))) {
      const pre = row.querySelector('pre');
      const system = row.querySelector('[data-cy="webchat-message-system"] span');
      const sn = [...row.querySelectorAll('span')].find((el) =>
        /^\d{6}[A-Z0-9]{8}$/.test(el.textContent ?? ''),
      );
      const product = row.querySelector('a[href*="/product/"]');
      if (pre) out.push(fold(pre.textContent ?? ''));
      else if (system) out.push(fold(system.textContent ?? ''));
      else if (row.querySelector('img[src*="/packs/"]')) out.push('[sticker]');
      else if (sn) out.push(`[order] ${sn.textContent}`);
      else if (product)
        out.push(`[product] ${fold(product.querySelector(':scope > div > div')?.textContent ?? '')}`);
      else if (row.querySelector('img')) out.push('[image]');
    }
    return out;
  });
}

/** Type into the page's reply box and press Enter, as a user sending a message would. */
export async function sendAsUser(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.click('textarea');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Count Enter keydowns that reach the page from now on (the content script must never dispatch one). */
export async function countEnterKeys(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __enterKeys: number };
    w.__enterKeys = 0;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') w.__enterKeys++;
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __enterKeys: number }).__enterKeys);
}

// -----------------------------------------------------------------------------------------------------------
// What the extension stored

/** How a thread's id is formed: the buyer's username per site, prefixed by the shop on CNSC. */
export function shopeeThreadId(site: string, buyer: string, shop?: string): string {
  const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `shopee:${site}:${shop ? `${key(shop)}/` : ''}${key(buyer)}`;
}

/** The stored text the fixture's message should become: text as text, the rest as readable placeholders. */
export function expectedText(m: ShopeeFixtureMessage): string {
  switch (m.type) {
    case 'sticker':
      return '[sticker]';
    case 'image':
      return '[image]';
    case 'product':
      return `[product] ${m.product!.name}`;
    case 'order':
      return `[order] ${m.order!.sn}`;
    default:
      return fold(m.text);
  }
}

export async function storedThreads(session: Session): Promise<ThreadRecord[]> {
  return (await readStore<ThreadRecord>(session, 'threads')).filter((t) => t.platform === 'shopee');
}

/**
 * Scroll the virtualised message list through, from top to bottom or back, one viewport at a time (the rows
 * mounted around the viewport overlap from one step to the next). At each step, wait until every message row
 * mounted there is stored, so the content script has read that window before the next one replaces it. When
 * those rows are stored already (a second pass), `confirmRead` also waits until the tab reports a read of as many
 * messages as are mounted, so the windows are read again rather than skipped.
 */
export async function scrollThrough(
  session: Session,
  page: Page,
  threadId: string,
  direction: 'down' | 'up' = 'down',
  { confirmRead = false } = {},
): Promise<void> {
  const { scrollHeight, clientHeight } = await scrollMessagesTo(
    page,
    direction === 'down' ? 'top' : 'bottom',
  );
  const step = Math.max(100, clientHeight);
  const positions: number[] = [];
  for (let y = 0; y < scrollHeight; y += step) positions.push(y);
  positions.push(scrollHeight);
  if (direction === 'up') positions.reverse();
  for (const y of positions) {
    await scrollMessagesTo(page, y);
    const mounted = await mountedMessages(page);
    await eventually(async () => {
      const stored = new Map<string, number>();
      for (const m of await storedMessages(session, threadId)) {
        stored.set(fold(m.text), (stored.get(fold(m.text)) ?? 0) + 1);
      }
      return mounted.every((text) => (stored.get(text) ?? 0) >= mounted.filter((t) => t === text).length);
    }, `the rows mounted at ${y}px to be stored`);
    if (confirmRead) {
      await eventually(
        async () => (await tabStatus(session, page))?.messagesRead === mounted.length,
        `a read of the ${mounted.length} rows mounted at ${y}px`,
      );
    }
  }
}

/**
 * Scroll the conversation through and wait until exactly its messages are stored; returns them oldest first.
 * `expected` is the number of messages the thread must end up with.
 */
export async function captureAll(
  session: Session,
  page: Page,
  threadId: string,
  expected: number,
): Promise<MessageRecord[]> {
  await scrollThrough(session, page, threadId);
  return eventually(async () => {
    const messages = await storedMessages(session, threadId);
    return messages.length === expected ? messages : null;
  }, `${expected} messages stored for ${threadId}`);
}

interface TabStatus {
  url: string;
  page: string;
  openThreadId?: string;
  threadsRead: number;
  messagesRead: number;
  pendingSnapshots: number;
}

/** What the tab's content script last reported to the background (session storage, keyed by tab). */
export async function tabStatus(session: Session, page: Page): Promise<TabStatus | null> {
  return session.dbPage.evaluate(async (href) => {
    const { adapterStatus } = (await chrome.storage.session.get('adapterStatus')) as {
      adapterStatus?: Record<string, TabStatus>;
    };
    return Object.values(adapterStatus ?? {}).find((s) => s.url === href) ?? null;
  }, page.url());
}

/**
 * Wait until the tab's content script has had a read of `threadId` acknowledged by the background since the
 * page loaded (its status counts stored threads and pending snapshots), then return the status.
 */
export async function waitForAcknowledgedRead(session: Session, page: Page, threadId: string) {
  return eventually(async () => {
    const status = await tabStatus(session, page);
    return status?.openThreadId === threadId && status.threadsRead > 0 && status.pendingSnapshots === 0
      ? status
      : null;
  }, `an acknowledged read of ${threadId} from ${page.url()}`);
}
