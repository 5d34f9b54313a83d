import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord, ThreadRecord } from '../../core/model';
import { eventually, readStore, type Session, startSession, stopServiceWorker } from './support/session';
import {
  addMessage,
  captureAll,
  clickConversation,
  composerState,
  conversations,
  countEnterKeys,
  expectedText,
  fold,
  modal,
  openShopee,
  REGION_SITE,
  type ShopeeConversation,
  scrollThrough,
  sendAsUser,
  sentMessages,
  shopeeThreadId,
  storedMessages,
  storedThread,
  storedThreads,
  tabStatus,
  waitForAcknowledgedRead,
  waitForAdapter,
} from './support/shopee-portal';
import { openSidePanelTab, openThreadInPanel, rowSelector } from './support/side-panel';

/**
 * The Shopee adapter in the built extension, against the Seller Centre chat look-alikes served under the real
 * hostnames. Each test works on its own marketplace host (or its own conversations), because every test shares
 * one browser profile and one database: what one test stores must not satisfy another's expectations.
 */

const ID_CHAT = 'https://seller.shopee.co.id/webchat/conversations';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** The stored thread holds exactly the conversation's messages, in order, as the page shows them. */
function expectSameMessages(stored: MessageRecord[], conv: ShopeeConversation): void {
  expect(stored.map((m) => fold(m.text))).toEqual(conv.messages.map(expectedText));
  expect(stored.map((m) => m.direction)).toEqual(conv.messages.map((m) => m.direction));
  for (const [i, m] of stored.entries()) {
    // The bubbles show minutes; the fixture's times are whole minutes.
    expect(Math.abs(m.sentAt - Date.parse(conv.messages[i]!.at))).toBeLessThan(60_000);
  }
  expect(new Set(stored.map((m) => m.id)).size).toBe(stored.length);
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.close();
}

describe('Shopee Seller Centre chat, Indonesia (seller.shopee.co.id)', () => {
  let page: Page;
  let fixture: ShopeeConversation[];

  beforeAll(async () => {
    page = await openShopee(session, ID_CHAT);
    fixture = await conversations(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each([
    ['an order card, a question naming the order, a system row', 0],
    ['the same question twice, a product card and a sticker', 1],
    ['an image, a 2,000-character message, emoji and a sticker', 2],
    ['mostly system rows, a seller product card and a buyer image', 4],
    ['an expired conversation', 5],
  ])('captures a conversation opened from its row, every message once: %s', async (_what, index) => {
    const conv = fixture[index as number]!;
    const threadId = shopeeThreadId('shopee.co.id', conv.buyer);

    await clickConversation(page, conv.buyer);
    const messages = await captureAll(session, page, threadId, conv.messages.length);

    expectSameMessages(messages, conv);
    const thread = await storedThread(session, threadId);
    expect(thread).toMatchObject({
      platform: 'shopee',
      site: 'shopee.co.id',
      buyerName: conv.buyer,
      captured: 1,
      messageCount: conv.messages.length,
    });
    expect(thread!.shop).toBeUndefined();
    for (const sn of conv.orderSns) expect(thread!.orderIds).toContain(sn);
    for (const [i, m] of conv.messages.entries()) {
      if (m.type === 'sticker' || m.type === 'image') {
        expect(messages[i]!.attachments.map((a) => a.name)).toEqual([m.type]);
      }
    }
  });

  it('re-reads a conversation after a reload without adding anything', async () => {
    const conv = fixture[0]!;
    const threadId = shopeeThreadId('shopee.co.id', conv.buyer);
    const before = await storedMessages(session, threadId);
    expect(before.length).toBe(conv.messages.length);

    const reloaded = await openShopee(session, `${ID_CHAT}?conversation_id=${conv.conversationId}`);
    await waitForAdapter(reloaded, 'inbox-with-thread');
    await waitForAcknowledgedRead(session, reloaded, threadId);
    await scrollThrough(session, reloaded, threadId, 'up');
    await waitForAcknowledgedRead(session, reloaded, threadId);

    const after = await storedMessages(session, threadId);
    expect(after.map((m) => [m.id, m.seq])).toEqual(before.map((m) => [m.id, m.seq]));
    await reloaded.close();
  });
});

describe('Shopee chat: live messages and conversation switches (seller.shopee.sg)', () => {
  const SG_CHAT = 'https://seller.shopee.sg/webchat/conversations';

  it('stores a live-arriving message once, and follows a switch that pushes a new URL', async () => {
    const page = await openShopee(session, SG_CHAT);
    const fixture = await conversations(page);
    const first = await clickConversation(page, fixture[0]!.buyer);
    const firstId = shopeeThreadId('shopee.sg', first.buyer);
    await captureAll(session, page, firstId, first.messages.length);
    await page.evaluate(() => {
      (window as unknown as { __composer: Element | null }).__composer = document.querySelector('textarea');
    });
    const live = 'Any update on my parcel? I need it before Friday.';

    await addMessage(page, { direction: 'in', text: live });
    await eventually(
      async () => (await storedMessages(session, firstId)).length === first.messages.length + 1,
      'the live message stored',
    );
    const urlBefore = page.url();
    const second = await clickConversation(page, fixture[1]!.buyer);
    const secondId = shopeeThreadId('shopee.sg', second.buyer);
    const secondMessages = await captureAll(session, page, secondId, second.messages.length);

    expect(page.url()).not.toBe(urlBefore);
    expect(new URL(page.url()).searchParams.get('conversation_id')).toBe(second.conversationId);
    expectSameMessages(secondMessages, second);
    const firstMessages = await storedMessages(session, firstId);
    expect(firstMessages.filter((m) => m.text === live).length).toBe(1);
    expect(firstMessages.at(-1)).toMatchObject({ text: live, direction: 'in' });
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __composer: Element }).__composer === document.querySelector('textarea'),
      ),
    ).toBe(true);
    await page.close();
  });

  it('follows a conversation switch that leaves the URL unchanged (urlsync=0)', async () => {
    const page = await openShopee(session, `${SG_CHAT}?urlsync=0`);
    const fixture = await conversations(page);
    const url = page.url();
    const first = await clickConversation(page, fixture[2]!.buyer);
    await captureAll(session, page, shopeeThreadId('shopee.sg', first.buyer), first.messages.length);
    await page.evaluate(() => {
      (window as unknown as { __composer: Element | null }).__composer = document.querySelector('textarea');
    });

    const second = await clickConversation(page, fixture[4]!.buyer);
    const messages = await captureAll(
      session,
      page,
      shopeeThreadId('shopee.sg', second.buyer),
      second.messages.length,
    );

    expect(page.url()).toBe(url);
    expectSameMessages(messages, second);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __composer: Element }).__composer === document.querySelector('textarea'),
      ),
    ).toBe(true);
    await page.close();
  });
});

describe('Shopee chat: a 300-message conversation in a virtualised list (seller.shopee.ph)', () => {
  it('stores every message once while the list is scrolled up and down, with stable ids', async () => {
    const page = await openShopee(session, 'https://seller.shopee.ph/webchat/conversations?n=300');
    const conv = (await conversations(page))[0]!;
    expect(conv.messages.length).toBe(300);
    const threadId = shopeeThreadId('shopee.ph', conv.buyer);
    await clickConversation(page, conv.buyer);

    const firstPass = await captureAll(session, page, threadId, 300);
    await scrollThrough(session, page, threadId, 'up', { confirmRead: true });

    const secondPass = await storedMessages(session, threadId);
    expect(secondPass.map((m) => m.id)).toEqual(firstPass.map((m) => m.id));
    expectSameMessages(secondPass, conv);
    await page.close();
  });
});

describe('Shopee chat: repeated texts and a stopped service worker', () => {
  it('keeps a buyer who repeats the same text as separate messages (seller.shopee.vn)', async () => {
    const page = await openShopee(session, 'https://seller.shopee.vn/webchat/conversations');
    const repeatedText = (c: ShopeeConversation) =>
      c.messages.find(
        (m, i) =>
          m.type === 'text' && c.messages.findIndex((o) => o.type === 'text' && o.text === m.text) !== i,
      )?.text;
    const conv = (await conversations(page)).find((c) => repeatedText(c) !== undefined)!;
    const repeated = repeatedText(conv)!;
    await clickConversation(page, conv.buyer);

    const messages = await captureAll(
      session,
      page,
      shopeeThreadId('shopee.vn', conv.buyer),
      conv.messages.length,
    );

    expect(messages.filter((m) => m.text === repeated).length).toBe(2);
    expectSameMessages(messages, conv);
    await page.close();
  });

  it('loses nothing and duplicates nothing when the service worker stops mid-stream (seller.shopee.tw)', async () => {
    const page = await openShopee(session, 'https://seller.shopee.tw/webchat/conversations');
    const conv = await clickConversation(page, (await conversations(page))[0]!.buyer);
    const threadId = shopeeThreadId('shopee.tw', conv.buyer);
    await captureAll(session, page, threadId, conv.messages.length);

    await addMessage(page, { direction: 'in', text: 'First message while you restart' });
    await stopServiceWorker(session);
    await addMessage(page, { direction: 'in', text: 'Second message while the worker is stopped' });
    await stopServiceWorker(session);
    await addMessage(page, { direction: 'in', type: 'sticker' });

    const messages = await eventually(async () => {
      const stored = await storedMessages(session, threadId);
      return stored.length === conv.messages.length + 3 ? stored : null;
    }, 'the three live messages stored');
    expect(messages.slice(-3).map((m) => m.text)).toEqual([
      'First message while you restart',
      'Second message while the worker is stopped',
      '[sticker]',
    ]);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    await page.close();
  });
});

describe('Shopee chat: inserting a reply from the side panel (seller.shopee.co.id)', () => {
  async function insertFromPanel(panel: Page, threadId: string, reply: string): Promise<string> {
    await openThreadInPanel(panel, threadId);
    await panel.type('[data-testid="reply-draft"]', reply);
    await panel.click('[data-testid="insert-reply"]');
    const result = await panel.waitForSelector('[data-testid="insert-result"]', { timeout: 10_000 });
    return (await result!.evaluate((el) => el.getAttribute('data-result'))) ?? '';
  }

  async function waitStored(threadId: string): Promise<ThreadRecord> {
    return eventually(async () => {
      const thread = await storedThread(session, threadId);
      return thread?.captured === 1 ? thread : null;
    }, `thread ${threadId} captured`);
  }

  it('puts the reply into the page state of the conversation now open, and sends nothing', async () => {
    const portal = await openShopee(session, ID_CHAT);
    const fixture = await conversations(portal);
    await clickConversation(portal, fixture[4]!.buyer);
    const open = await clickConversation(portal, fixture[1]!.buyer);
    const threadId = shopeeThreadId('shopee.co.id', open.buyer);
    await waitStored(threadId);
    const enterKeys = await countEnterKeys(portal);
    const panel = await openSidePanelTab(session);
    const reply = 'Halo kak, stok masih ada ya.\nSilakan langsung diorder 😊';

    const result = await insertFromPanel(panel, threadId, reply);

    expect(result).toBe('ok');
    await eventually(async () => (await composerState(portal)) === reply, 'the page state to hold the reply');
    expect(await sentMessages(portal)).toEqual([]);
    expect(await enterKeys()).toBe(0);
    const events = await readStore<{ type: string; threadId?: string }>(session, 'events');
    expect(events.some((e) => e.type === 'reply.inserted' && e.threadId === threadId)).toBe(true);
    await closeAll(panel, portal);
  });

  it('reports an expired conversation as needing a restart, and leaves the restart button alone', async () => {
    const portal = await openShopee(session, ID_CHAT);
    const expired = (await conversations(portal)).find((c) => c.expired)!;
    await clickConversation(portal, expired.buyer);
    const threadId = shopeeThreadId('shopee.co.id', expired.buyer);
    await waitStored(threadId);
    const panel = await openSidePanelTab(session);

    const result = await insertFromPanel(panel, threadId, 'Halo kak, masih bisa COD ya.');

    expect(result).toBe('restart-needed');
    expect(await composerState(portal)).toBeNull();
    expect(
      (await conversations(portal)).find((c) => c.conversationId === expired.conversationId)!.expired,
    ).toBe(true);
    expect(await sentMessages(portal)).toEqual([]);
    await closeAll(panel, portal);
  });

  it('reports the duplicate-message modal the page opened, and leaves it open', async () => {
    const portal = await openShopee(session, ID_CHAT);
    const conv = await clickConversation(portal, (await conversations(portal))[0]!.buyer);
    const threadId = shopeeThreadId('shopee.co.id', conv.buyer);
    await waitStored(threadId);
    const text = 'Pesanan kakak sudah kami kirim hari ini.';
    await sendAsUser(portal, text);
    await sendAsUser(portal, text);
    expect(await modal(portal)).toMatchObject({ kind: 'duplicate', text });
    const enterKeys = await countEnterKeys(portal);
    const panel = await openSidePanelTab(session);

    const result = await insertFromPanel(panel, threadId, 'Resi akan kami kirim segera.');

    expect(result).toBe('modal-open');
    expect(await modal(portal)).toMatchObject({ kind: 'duplicate', text });
    expect(await sentMessages(portal)).toEqual([text]);
    expect(await enterKeys()).toBe(0);
    expect(await composerState(portal)).toBe(text);
    await closeAll(panel, portal);
  });
});

describe('Shopee chat: hostile text and unknown layouts (seller.shopee.co.id)', () => {
  it('stores hostile text and a hostile buyer name as text, and never runs them', async () => {
    const portal = await openShopee(session, ID_CHAT);
    const hostile = (await conversations(portal)).find((c) => c.buyer.includes('onerror'))!;
    await clickConversation(portal, hostile.buyer);
    const threadId = shopeeThreadId('shopee.co.id', hostile.buyer);

    const messages = await captureAll(session, portal, threadId, hostile.messages.length);
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, threadId);

    expectSameMessages(messages, hostile);
    expect(messages.some((m) => m.text.includes('<img src=x onerror='))).toBe(true);
    expect(messages.some((m) => m.text.includes('<script>window.__pwned=2</script>'))).toBe(true);
    expect((await storedThread(session, threadId))!.buyerName).toBe(hostile.buyer);
    const rendered = await panel.evaluate(() => ({
      buyer: document.querySelector('[data-testid="thread-buyer"]')?.textContent ?? '',
      text: [...document.querySelectorAll('[data-testid="timeline-message"]')]
        .map((el) => el.textContent ?? '')
        .join('\n'),
      injected:
        document.querySelector(
          '[data-testid="thread-view"] img[src="x"], [data-testid="thread-view"] script, [onclick]',
        ) !== null,
    }));
    expect(rendered.buyer).toBe(hostile.buyer);
    expect(rendered.text).toContain('<img src=x onerror=');
    expect(rendered.injected).toBe(false);
    await panel.click('[data-testid="back"]');
    const row = await panel.waitForSelector(rowSelector(threadId), { timeout: 10_000 });
    expect(await row!.evaluate((el) => el.textContent)).toContain(hostile.buyer);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await portal.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await closeAll(panel, portal);
  });

  it('reports a chat layout it does not recognise, names the missing anchor, and stores nothing from it', async () => {
    const threadsBefore = (await storedThreads(session)).length;
    const messagesBefore = (await readStore(session, 'messages')).length;

    const portal = await openShopee(session, `${ID_CHAT}?layout=redesign`);
    await portal.evaluate(() => {
      const fixture = (
        window as unknown as {
          __fixture: { threads(): { conversationId: string }[]; openConversation(id: string): Promise<void> };
        }
      ).__fixture;
      return fixture.openConversation(fixture.threads()[0]!.conversationId);
    });
    await waitForAdapter(portal, 'unrecognised');
    const overlay = await portal.waitForFunction(
      () =>
        document
          .querySelector('hw-overlay')
          ?.shadowRoot?.querySelector('[data-hw-state]')
          ?.getAttribute('data-hw-state'),
      { polling: 100, timeout: 10_000 },
    );
    const panel = await openSidePanelTab(session);
    const status = await panel.waitForFunction(
      () =>
        document.querySelector('[data-testid="adapter-status-tab"][data-page="unrecognised"]')?.textContent ??
        null,
      { polling: 100, timeout: 10_000 },
    );

    expect(await overlay.jsonValue()).toBe('unrecognised');
    expect(await status.jsonValue()).toContain('#message-virtualized-list');
    expect((await storedThreads(session)).length).toBe(threadsBefore);
    expect((await readStore(session, 'messages')).length).toBe(messagesBefore);
    await closeAll(panel, portal);
  });
});

describe('Shopee chat: conversation rows', () => {
  it('stores each row as a stub with the id the opened conversation gets (seller.shopee.com.br)', async () => {
    const page = await openShopee(session, 'https://seller.shopee.com.br/webchat/conversations');
    await waitForAdapter(page, 'inbox');
    const fixture = await conversations(page);
    const ids = fixture.map((c) => shopeeThreadId('shopee.com.br', c.buyer));
    const onSite = async () => (await storedThreads(session)).filter((t) => t.site === 'shopee.com.br');
    const stubs = await eventually(async () => {
      const found = await onSite();
      return found.length === fixture.length ? found : null;
    }, 'a stub per conversation row');
    expect(stubs.map((t) => t.id).sort()).toEqual([...ids].sort());
    expect(stubs.every((t) => t.captured === 0)).toBe(true);

    const opened = await clickConversation(page, fixture[2]!.buyer);
    const threadId = shopeeThreadId('shopee.com.br', opened.buyer);
    await captureAll(session, page, threadId, opened.messages.length);

    const after = await onSite();
    expect(after.map((t) => t.id).sort()).toEqual([...ids].sort());
    expect(after.filter((t) => t.captured === 1).map((t) => t.id)).toEqual([threadId]);
    await page.close();
  });
});

describe('Shopee China cross-border centre (CNSC)', () => {
  it('stores rows of every region with their marketplace and shop, and opens a thread under its row id', async () => {
    const page = await openShopee(session, 'https://seller.shopee.cn/webchat/conversations');
    await waitForAdapter(page, 'inbox');
    const fixture = await conversations(page);
    const expectedRows = fixture.map((c) => ({
      id: shopeeThreadId(REGION_SITE[c.region]!, c.buyer, c.shop),
      site: REGION_SITE[c.region],
      shop: c.shop,
    }));
    const cnsc = async () => (await storedThreads(session)).filter((t) => t.host === 'seller.shopee.cn');
    const stubs = await eventually(async () => {
      const found = await cnsc();
      return found.length === fixture.length ? found : null;
    }, 'a stub per CNSC row');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(stubs.map((t) => ({ id: t.id, site: t.site, shop: t.shop })).sort(byId)).toEqual(
      [...expectedRows].sort(byId),
    );
    expect(new Set(fixture.map((c) => c.region))).toEqual(new Set(['MY', 'TH', 'PH', 'TW', 'VN']));
    const malaysia = stubs.filter((t) => t.site === 'shopee.com.my');
    expect(new Set(malaysia.map((t) => t.shop))).toEqual(new Set(['Lumi Home MY', 'Kiko Gadget MY']));

    const taiwan = fixture.find((c) => c.region === 'TW')!;
    await clickConversation(page, taiwan.buyer);
    const threadId = shopeeThreadId('shopee.tw', taiwan.buyer, taiwan.shop);
    const messages = await captureAll(session, page, threadId, taiwan.messages.length);

    expectSameMessages(messages, taiwan);
    const after = await cnsc();
    expect(after.length).toBe(fixture.length);
    expect(after.find((t) => t.id === threadId)).toMatchObject({ captured: 1, shop: taiwan.shop });
    await page.close();
  });

  it('narrows the side panel to one marketplace, and the site badge names the shop', async () => {
    const malaysia = (await storedThreads(session)).filter(
      (t) => t.site === 'shopee.com.my' && t.host === 'seller.shopee.cn',
    );
    expect(malaysia.length).toBe(2);
    const panel = await openSidePanelTab(session);
    await panel.waitForSelector('[data-testid="site-filter"]', { timeout: 10_000 });

    await panel.select('[data-testid="site-filter"]', 'shopee.com.my');

    const shown = await panel.waitForFunction(
      (expected) => {
        const ids = [...document.querySelectorAll('[data-testid="inbox-row"]')].map((el) =>
          el.getAttribute('data-thread-id'),
        );
        return ids.length === expected && ids.every((id) => id?.startsWith('shopee:shopee.com.my:'))
          ? ids
          : null;
      },
      { polling: 100, timeout: 10_000 },
      malaysia.length,
    );
    expect(((await shown.jsonValue()) as string[]).sort()).toEqual(malaysia.map((t) => t.id).sort());
    for (const thread of malaysia) {
      const badge = await panel.$eval(
        `${rowSelector(thread.id)} [data-testid="site-badge"]`,
        (el) => el.textContent,
      );
      expect(badge).toBe(`shopee.com.my · ${thread.shop}`);
    }
    await panel.close();
  });

  it('keeps the regional id of a deep-linked conversation whose row the region filter hides (seller.xiapi.shopee.cn)', async () => {
    const CHAT = 'https://seller.xiapi.shopee.cn/webchat/conversations';
    const page = await openShopee(session, CHAT);
    const target = (await conversations(page)).find((c) => c.region === 'VN')!;
    await page.evaluate(() =>
      (window as unknown as { __fixture: { setFilter(f: object): void } }).__fixture.setFilter({
        region: 'MY',
      }),
    );

    await page.goto(`${CHAT}?conversation_id=${target.conversationId}&cnsc_shop_id=${target.shopId}`);
    await page.waitForFunction('!!(window.__fixture && window.__fixture.ready)', { polling: 100 });
    await page.evaluate('window.__fixture.ready');
    const threadId = shopeeThreadId('shopee.vn', target.buyer, target.shop);
    const messages = await captureAll(session, page, threadId, target.messages.length);

    expect(
      await page.$$eval(
        `[data-cy="webchat-conversation-cell-container"] [title="${target.buyer}"]`,
        (els) => els.length,
      ),
    ).toBe(0);
    expectSameMessages(messages, target);
    const records = (await storedThreads(session)).filter((t) => t.buyerName === target.buyer);
    expect(records.map((t) => [t.id, t.site, t.shop, t.captured])).toEqual([
      [threadId, 'shopee.vn', target.shop, 1],
    ]);
    await page.evaluate(() =>
      (window as unknown as { __fixture: { setFilter(f: object): void } }).__fixture.setFilter({
        region: '',
      }),
    );
    await page.close();
  });
});

describe('Shopee chat: other chat pages', () => {
  it.each([
    [
      'the newest chat-management page (seller.shopee.co.th/portal/chat-management)',
      'https://seller.shopee.co.th/portal/chat-management',
      'shopee.co.th',
    ],
    [
      'the new-webchat page (seller.shopee.com.my/new-webchat)',
      'https://seller.shopee.com.my/new-webchat/conversations',
      'shopee.com.my',
    ],
  ])('captures a conversation on %s', async (_what, url, site) => {
    const page = await openShopee(session, url);
    const conv = (await conversations(page))[0]!;
    await clickConversation(page, conv.buyer);
    const threadId = shopeeThreadId(site, conv.buyer);

    const messages = await captureAll(session, page, threadId, conv.messages.length);

    expectSameMessages(messages, conv);
    const thread = await storedThread(session, threadId);
    expect(thread).toMatchObject({ platform: 'shopee', site, captured: 1 });
    for (const sn of conv.orderSns) expect(thread!.orderIds).toContain(sn);
    await page.close();
  });

  it('stays quiet on a Seller Centre page while the floating chat is closed, and captures once it is opened', async () => {
    const page = await openShopee(session, 'https://seller.shopee.co.th/portal/product/list');
    await eventually(
      async () => (await tabStatus(session, page))?.page === 'other',
      'the page reported as "other"',
    );
    expect(await page.evaluate(() => document.documentElement.dataset.hwPage)).toBe('other');
    expect(
      await page.evaluate(
        () => document.querySelector('hw-overlay')?.shadowRoot?.querySelector('[data-hw-state]') ?? null,
      ),
    ).toBeNull();

    await page.evaluate(() =>
      (window as unknown as { __fixture: { openChatWindow(): Promise<void> } }).__fixture.openChatWindow(),
    );
    await waitForAdapter(page, 'inbox');
    const conv = (await conversations(page))[4]!;
    await clickConversation(page, conv.buyer);
    const threadId = shopeeThreadId('shopee.co.th', conv.buyer);
    const messages = await captureAll(session, page, threadId, conv.messages.length);

    expectSameMessages(messages, conv);
    expect(await storedThread(session, threadId)).toMatchObject({ site: 'shopee.co.th', captured: 1 });
    expect(await page.evaluate(() => location.pathname)).toBe('/portal/product/list');
    await page.close();
  });
});
