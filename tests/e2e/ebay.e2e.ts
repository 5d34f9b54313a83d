import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord, ThreadRecord } from '../../core/model';
import { clickRow, openPortal } from './support/amazon-portal';
import {
  addLiveMessage,
  clickCard,
  composerState,
  conversationThreadId,
  type EbayFixtureThread,
  fixtureThread,
  fixtureThreads,
  legacyMessages,
  legacyUrl,
  messagesUrl,
  mountedCardIds,
  openConversationId,
  openEbay,
  openLegacyMessage,
  openThread,
  scrollInbox,
  sentMessages,
  waitForAdapter,
} from './support/ebay-portal';
import {
  waitForCapture as captureOf,
  eventually,
  readStore,
  type Session,
  startSession,
  stopServiceWorker,
  storedMessages as storedMessagesOf,
  storedThread as storedThreadIn,
} from './support/session';
import { openSidePanelTab, openThreadInPanel, rowSelector } from './support/side-panel';
import { fold } from './support/text';

/**
 * The eBay adapter in the built extension, against the eBay look-alike pages under eBay's real hostnames: what the
 * agent sees in the portal ends up in the side panel's database exactly once, whichever way eBay renders it.
 */

const COM = 'www.ebay.com';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function threads(): Promise<ThreadRecord[]> {
  return readStore<ThreadRecord>(session, 'threads');
}
const storedThread = (id: string) => storedThreadIn(session, id);
const storedMessages = (threadId: string) => storedMessagesOf(session, threadId);
const waitForCapture = (threadId: string, expected: number) => captureOf(session, threadId, expected);
/** The captured threads of one buyer on one site (a conversation opened without a URL change has a derived id). */
async function capturedFor(site: string, buyer: string): Promise<ThreadRecord[]> {
  return (await threads()).filter(
    (t) => t.platform === 'ebay' && t.site === site && t.buyerName === buyer && t.captured === 1,
  );
}
/** Let the content script scan what the page shows now, and the background store what it sent. */
async function settle(page: Page): Promise<void> {
  await waitForAdapter(page);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

/** Every message as the page has it: text, direction (eBay's own senders are 'system') and time. */
function expectSameMessages(stored: MessageRecord[], expected: EbayFixtureThread['messages']): void {
  expect(stored.map((m) => fold(m.text))).toEqual(expected.map((m) => fold(m.text)));
  expect(stored.map((m) => m.direction)).toEqual(expected.map((m) => (m.system ? 'system' : m.direction)));
  for (const [i, m] of stored.entries()) {
    // Every time the page shows has minute precision (a clock for today, else date and clock).
    expect(Math.abs(m.sentAt - Date.parse(expected[i]!.at)), `time of message ${i}`).toBeLessThan(60_000);
  }
  expect(stored.map((m) => m.attachments.length)).toEqual(expected.map((m) => m.attachments.length));
}

describe('eBay messages, English UI (www.ebay.com)', () => {
  let fixture: EbayFixtureThread[];
  let first: EbayFixtureThread;

  it('captures a conversation the agent opens, with every message as the page shows it', async () => {
    const page = await openEbay(session, messagesUrl(COM));
    await waitForAdapter(page, 'inbox');
    fixture = await fixtureThreads(page);
    first = fixture[0]!;

    await clickCard(page, first.conversationId);
    const threadId = conversationThreadId('ebay.com', first.conversationId);
    const messages = await waitForCapture(threadId, first.messages.length);

    expectSameMessages(messages, first.messages);
    const thread = await storedThread(threadId);
    expect(thread).toMatchObject({
      platform: 'ebay',
      site: 'ebay.com',
      buyerName: first.buyer,
      captured: 1,
      subject: first.itemTitle,
    });
    expect(thread!.items.map((item) => item.id)).toContain(first.itemId);
    expect(thread!.orderIds).toContain(first.orderId);
    expect(new URL(page.url()).searchParams.get('conversation_id')).toBe(first.conversationId);
    await page.close();
  });

  it('adds a live message once, and follows conversation switches with and without a URL change', async () => {
    const page = await openEbay(session, messagesUrl(COM));
    await clickCard(page, first.conversationId);
    const threadId = conversationThreadId('ebay.com', first.conversationId);
    await waitForCapture(threadId, first.messages.length);

    await addLiveMessage(page, 'Any news? I can pay for the 28mm lens right now.');
    const withLive = await waitForCapture(threadId, first.messages.length + 1);
    const second = fixture[1]!;
    await clickCard(page, second.conversationId);
    await waitForCapture(conversationThreadId('ebay.com', second.conversationId), second.messages.length);

    expect(withLive.at(-1)).toMatchObject({
      text: 'Any news? I can pay for the 28mm lens right now.',
      direction: 'in',
    });
    expect(withLive.filter((m) => m.text.startsWith('Any news?')).length).toBe(1);
    await page.close();

    // The same app without a URL change on switch: captured all the same, and its list card merges into it.
    const quiet = await openEbay(session, messagesUrl(COM, 'nav=none'));
    const resolved = fixture.find((t) => t.type === 'member' && t.messages.at(-1)?.direction === 'out')!;
    const before = quiet.url();
    await clickCard(quiet, resolved.conversationId);
    const captured = await eventually(async () => {
      const found = await capturedFor('ebay.com', resolved.buyer!);
      return found.length === 1 && found[0]!.messageCount === resolved.messages.length ? found : null;
    }, 'the conversation opened without a URL change');

    expect(quiet.url()).toBe(before);
    expectSameMessages(await storedMessages(captured[0]!.id), resolved.messages);
    expect(captured[0]!.items.map((item) => item.id)).toEqual([resolved.itemId]);
    await addLiveMessage(quiet, 'Thanks again!', { conversationId: fixture[3]!.conversationId });
    await settle(quiet);
    expect(
      (await threads()).filter((t) => t.site === 'ebay.com' && t.buyerName === resolved.buyer),
    ).toHaveLength(1);
    await quiet.close();
  });

  it('re-reads a conversation after a reload in another time format without duplicating anything', async () => {
    const threadId = conversationThreadId('ebay.com', first.conversationId);
    const before = await storedMessages(threadId);

    // The same site in British English: "21 Nov, 07:00" instead of "Nov 21, 7:00 AM".
    const page = await openEbay(
      session,
      messagesUrl(COM, `lc=en_GB&conversation_id=${first.conversationId}`),
    );
    await waitForAdapter(page, 'inbox-with-thread');
    expect(
      await page.$eval('.app-conversation__message-bubble__posted-time', (el) => el.textContent),
    ).toMatch(/^\d{2}:\d{2}$|^\d{1,2} \p{L}+/u);
    await settle(page);

    const after = await storedMessages(threadId);
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    await page.close();
  });

  it('keeps a buyer who repeats the same text as separate messages', async () => {
    const page = await openEbay(session, messagesUrl(COM));
    const repeated = (await fixtureThreads(page)).find((t) =>
      t.messages.some((m, i) => t.messages.findIndex((other) => other.text === m.text) !== i),
    )!;

    await openThread(page, repeated.conversationId);
    const messages = await waitForCapture(
      conversationThreadId('ebay.com', repeated.conversationId),
      repeated.messages.length,
    );

    const text = repeated.messages.at(-1)!.text;
    expect(messages.filter((m) => m.text === text).length).toBe(2);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    await page.close();
  });

  it('loses nothing and duplicates nothing when the service worker is stopped mid-stream', async () => {
    const page = await openEbay(session, messagesUrl(COM));
    const photos = fixture.find((t) => t.messages.some((m) => m.attachments.length > 0))!;
    await clickCard(page, photos.conversationId);
    const threadId = conversationThreadId('ebay.com', photos.conversationId);
    await waitForCapture(threadId, photos.messages.length);

    await addLiveMessage(page, 'First message while you restart');
    await stopServiceWorker(session);
    await addLiveMessage(page, 'Second message while the worker is stopped');
    await stopServiceWorker(session);
    await addLiveMessage(page, 'Third message after the restart');

    const messages = await waitForCapture(threadId, photos.messages.length + 3);
    expect(messages.slice(-3).map((m) => m.text)).toEqual([
      'First message while you restart',
      'Second message while the worker is stopped',
      'Third message after the restart',
    ]);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    await page.close();
  });

  it('stores hostile buyer text as text and never runs it in the portal', async () => {
    const page = await openEbay(session, messagesUrl(COM));
    const hostile = fixture.find((t) => t.messages.some((m) => m.text.includes('onerror')))!;

    await clickCard(page, hostile.conversationId);
    const messages = await waitForCapture(
      conversationThreadId('ebay.com', hostile.conversationId),
      hostile.messages.length,
    );

    expect(messages.map((m) => m.text)).toEqual(hostile.messages.map((m) => m.text));
    expect(messages.every((m) => m.direction === 'in')).toBe(true);
    expect((await storedThread(conversationThreadId('ebay.com', hostile.conversationId)))?.subject).toBe(
      hostile.itemTitle,
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('reads a conversation that eBay shows as e-mails in its reused frame, every message of it', async () => {
    const page = await openEbay(session, messagesUrl(COM));
    const email = fixture.find((t) => t.type === 'member' && t.mode === 'email')!;
    const bubbles = fixture.find((t) => t.type === 'member' && t.mode === 'bubble')!;
    const threadId = conversationThreadId('ebay.com', email.conversationId);

    await clickCard(page, email.conversationId);
    const messages = await waitForCapture(threadId, email.messages.length);
    // Away to a bubble conversation and back: the one frame is reused, nothing is read twice.
    await clickCard(page, bubbles.conversationId);
    await clickCard(page, email.conversationId);
    await settle(page);
    const reread = await storedMessages(threadId);
    // A new e-mail reloads the frame (placeholder, then every message again): stored once.
    await addLiveMessage(page, 'Could you also send the assembly instructions?');
    const withLive = await waitForCapture(threadId, email.messages.length + 1);

    expectSameMessages(messages, email.messages);
    expect(messages.map((m) => m.author)).toEqual(email.messages.map((m) => m.author));
    expect(await storedThread(threadId)).toMatchObject({ buyerName: email.buyer, subject: email.itemTitle });
    expect((await storedThread(threadId))!.orderIds[0]).toBe(email.orderId);
    expect(reread.map((m) => m.id)).toEqual(messages.map((m) => m.id));
    expect(withLive.at(-1)).toMatchObject({
      text: 'Could you also send the assembly instructions?',
      direction: 'in',
      author: email.buyer,
    });
    expect(withLive.slice(0, -1).map((m) => m.id)).toEqual(messages.map((m) => m.id));
    await page.close();
  });

  it('reads the same conversation alike as bubbles and as e-mails', async () => {
    const repeated = fixture[1]!;
    const threadId = conversationThreadId('ebay.com', repeated.conversationId);
    const before = await storedMessages(threadId);

    const page = await openEbay(session, messagesUrl(COM, `mode=email`));
    await clickCard(page, repeated.conversationId);
    await settle(page);

    expect(await page.$('.msg-content-view .app-conversation__message-bubble')).toBeNull();
    expect((await storedMessages(threadId)).map((m) => m.id)).toEqual(before.map((m) => m.id));
    await page.close();
  });

  it("keeps eBay's own conversations out of the buyer threads", async () => {
    const page = await openEbay(session, messagesUrl(COM));
    const fromEbay = fixture.filter((t) => t.type === 'ebay');
    expect(fromEbay.length).toBeGreaterThan(0);

    for (const notice of fromEbay) {
      await clickCard(page, notice.conversationId);
      await settle(page);
      expect(await waitForAdapter(page)).toBe('inbox');
    }

    const stored = await threads();
    for (const notice of fromEbay) {
      expect(stored.some((t) => t.id === conversationThreadId('ebay.com', notice.conversationId))).toBe(
        false,
      );
    }
    expect(stored.some((t) => /^ebay\b/i.test(t.buyerName))).toBe(false);
    await page.close();
  });

  it('reports a messaging page whose layout it does not recognise, and stores nothing from it', async () => {
    const threadsBefore = (await threads()).length;
    const messagesBefore = (await readStore(session, 'messages')).length;

    const page = await openEbay(session, messagesUrl(COM, 'layout=redesign'));
    await waitForAdapter(page, 'unrecognised');
    const overlayState = await page.waitForFunction(
      () =>
        document
          .querySelector('hw-overlay')
          ?.shadowRoot?.querySelector('[data-hw-state]')
          ?.getAttribute('data-hw-state'),
      { polling: 100, timeout: 10_000 },
    );
    const panel = await openSidePanelTab(session);
    const status = await panel.waitForFunction(
      () => {
        const text = [...document.querySelectorAll('[data-testid="adapter-status-tab"]')]
          .map((el) => el.textContent ?? '')
          .find((line) => line.includes('www.ebay.com'));
        return text?.includes('.app-conversation__message-bubble') ? text : null;
      },
      { polling: 100, timeout: 10_000 },
    );

    expect(await overlayState.jsonValue()).toBe('unrecognised');
    expect(await status.jsonValue()).toContain('[data-conversation-id]');
    expect((await readStore(session, 'messages')).length).toBe(messagesBefore);
    expect((await threads()).length).toBe(threadsBefore);
    await panel.close();
    await page.close();
  });
});

describe('eBay conversation list', () => {
  it('stores the cards as threads before they are opened, and merges each into its conversation once opened', async () => {
    const page = await openEbay(session, messagesUrl('www.ebay.co.uk'));
    await waitForAdapter(page, 'inbox');
    const fixture = await fixtureThreads(page);
    const members = fixture.filter((t) => t.type === 'member');
    const stubs = await eventually(async () => {
      const found = (await threads()).filter((t) => t.site === 'ebay.co.uk');
      return found.length === members.length ? found : null;
    }, `${members.length} cards stored`);

    expect(stubs.every((t) => t.captured === 0 && t.platform === 'ebay')).toBe(true);
    expect(new Set(stubs.map((t) => t.nativeThreadId))).toEqual(
      new Set(members.map((t) => t.conversationId)),
    );
    for (const member of members) {
      const stub = stubs.find((t) => t.nativeThreadId === member.conversationId)!;
      expect(stub).toMatchObject({
        buyerName: member.buyer,
        subject: member.subject,
        unread: member.unread ? 1 : 0,
      });
    }

    const photos = members.find((t) => t.messages.some((m) => m.attachments.length > 0))!;
    await clickCard(page, photos.conversationId);
    const threadId = conversationThreadId('ebay.co.uk', photos.conversationId);
    const messages = await waitForCapture(threadId, photos.messages.length);
    // A later list scan (a buyer writes in another conversation, its card moves to the top) creates nothing new.
    const other = members.find((t) => t !== photos)!;
    await addLiveMessage(page, 'Hello, are you there?', { conversationId: other.conversationId });
    await settle(page);

    expectSameMessages(messages, photos.messages); // en-GB times: "20 Nov, 06:00"
    expect(messages.find((m) => m.text === '')?.attachments[0]?.url).toMatch(
      /^https:\/\/www\.ebay\.co\.uk\//,
    );
    const site = (await threads()).filter((t) => t.site === 'ebay.co.uk');
    expect(site).toHaveLength(members.length);
    expect(site.filter((t) => t.buyerName === photos.buyer)).toMatchObject([{ id: threadId, captured: 1 }]);
    expect(site.find((t) => t.nativeThreadId === other.conversationId)).toMatchObject({
      captured: 0,
      unread: 1,
    });
    await page.close();
  });

  it('keeps one thread for a conversation opened once with its id in the URL and once without', async () => {
    const linked = await openEbay(session, messagesUrl('www.ebay.ie'));
    const target = (await fixtureThreads(linked)).find((t) => t.type === 'member' && t.mode === 'bubble')!;
    await clickCard(linked, target.conversationId);
    const first = await eventually(async () => {
      const found = await capturedFor('ebay.ie', target.buyer!);
      return found.length === 1 && found[0]!.messageCount === target.messages.length ? found[0] : null;
    }, 'the conversation captured from its URL');
    await linked.close();

    const unlinked = await openEbay(session, messagesUrl('www.ebay.ie', 'nav=none'));
    await clickCard(unlinked, target.conversationId);
    await addLiveMessage(unlinked, 'Can you send it today?');
    await waitForCapture(first.id, target.messages.length + 1);

    expect((await capturedFor('ebay.ie', target.buyer!)).map((t) => t.id)).toEqual([first.id]);
    await unlinked.close();
  });

  it('merges a card into its conversation opened without a URL change, and keeps it merged', async () => {
    const page = await openEbay(session, messagesUrl('www.ebay.co.uk', 'nav=none'));
    await waitForAdapter(page, 'inbox');
    const target = (await fixtureThreads(page)).find((t) => t.type === 'member' && t.mode === 'bubble')!;
    const stubId = conversationThreadId('ebay.co.uk', target.conversationId);
    expect((await storedThread(stubId))?.captured).toBe(0);

    await clickCard(page, target.conversationId);
    const captured = await eventually(async () => {
      const found = await capturedFor('ebay.co.uk', target.buyer!);
      return found.length === 1 && found[0]!.messageCount === target.messages.length ? found[0] : null;
    }, 'the conversation captured');
    await addLiveMessage(page, 'Is it still available?', {
      conversationId: (await fixtureThreads(page))[4]!.conversationId,
    });
    await settle(page);

    const forBuyer = (await threads()).filter((t) => t.site === 'ebay.co.uk' && t.buyerName === target.buyer);
    expect(forBuyer.map((t) => t.id)).toEqual([captured.id]);
    expect(await openConversationId(page)).toBe(target.conversationId);
    await page.close();
  });
});

describe('eBay on other sites', () => {
  it('captures German conversations on ebay.de, bubbles and e-mails, with their German times', async () => {
    const page = await openEbay(session, messagesUrl('www.ebay.de'));
    await waitForAdapter(page, 'inbox');
    const fixture = await fixtureThreads(page);

    const conversations = [
      fixture[0]!,
      fixture.find((t) => t.messages[0]!.at.startsWith('2024'))!,
      fixture.find((t) => t.type === 'member' && t.mode === 'email')!, // "Von:", "Gesendet: 5. März 2026, 16:04"
    ];
    for (const conversation of conversations) {
      await clickCard(page, conversation.conversationId);
      const threadId = conversationThreadId('ebay.de', conversation.conversationId);
      const messages = await waitForCapture(threadId, conversation.messages.length);

      expectSameMessages(messages, conversation.messages);
      expect(await storedThread(threadId)).toMatchObject({
        platform: 'ebay',
        site: 'ebay.de',
        host: 'www.ebay.de',
        buyerName: conversation.buyer,
        orderIds: expect.arrayContaining([conversation.orderId]),
      });
    }
    // "21. Nov., 07:00", "1. März 2024, 11:20"
    expect(fixture[0]!.messages[0]!.displayTime).toMatch(/^\d{1,2}\. \p{L}+\.?,? /u);
    expect(
      (await storedMessages(conversationThreadId('ebay.de', fixture[0]!.conversationId)))[0]!.language,
    ).toBe('de');
    await page.close();
  });

  it('reads the legacy mesg.ebay.com pages read-only: the list, then one message, without a reply box', async () => {
    const known = new Set((await threads()).map((t) => t.id));
    const page = await openEbay(session, legacyUrl());
    await waitForAdapter(page, 'inbox');
    const rows = await legacyMessages(page);
    // Legacy messages are not threaded; those naming the listing ("… #<item id>") are one thread per buyer and item.
    // (A conversation already captured under that buyer and item keeps its thread.)
    const listed = rows.filter((m) => !m.system && m.subject.includes(`#${m.itemId}`));
    const stubs = await eventually(async () => {
      const added = (await threads()).filter((t) => !known.has(t.id));
      return added.length > 0 ? added : null;
    }, 'the legacy rows stored');
    await settle(page);
    const target = listed.find((m) => m.unread && stubs.some((t) => t.buyerName === m.from))!;

    await openLegacyMessage(page, target.messageId);
    await waitForAdapter(page, 'thread');
    const thread = await eventually(
      async () =>
        (await threads()).find(
          (t) => t.host === 'mesg.ebay.com' && t.buyerName === target.from && t.captured === 1,
        ),
      'the open legacy message stored',
    );
    const messages = await storedMessages(thread.id);
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, thread.id);
    await panel.type('[data-testid="reply-draft"]', 'Thanks, on its way.');
    await panel.click('[data-testid="insert-reply"]');
    const result = await panel.waitForSelector('[data-testid="insert-result"]', { timeout: 10_000 });

    expect(messages.map((m) => [m.direction, fold(m.text)])).toEqual([['in', fold(target.text)]]);
    expect(Math.abs(messages[0]!.sentAt - Date.parse(target.receivedAt))).toBeLessThan(60_000);
    expect(thread).toMatchObject({ site: 'ebay.com', items: [{ id: target.itemId }] });
    expect(thread.orderIds).toContain(target.orderId);
    const added = (await threads()).filter((t) => !known.has(t.id));
    expect(added.every((t) => t.host === 'mesg.ebay.com' && t.site === 'ebay.com')).toBe(true);
    expect(added.some((t) => /^ebay\b/i.test(t.buyerName))).toBe(false);
    // The buyer's rows about the listing were one thread, and the opened message is that thread.
    expect(added.filter((t) => t.buyerName === target.from)).toMatchObject([{ id: thread.id, captured: 1 }]);
    expect(listed.filter((m) => m.from === target.from).length).toBeGreaterThan(1);
    expect(await result!.evaluate((el) => el.getAttribute('data-result'))).toBe('no-composer');
    expect(await page.$('textarea')).toBeNull();
    await panel.close();
    await page.close();
  });
});

describe('eBay in the side panel', () => {
  it('inserts a reply into the eBay reply box so the page state has it, and never sends it', async () => {
    const portal = await openEbay(session, messagesUrl(COM));
    const conversation = (await fixtureThreads(portal))[1]!;
    await clickCard(portal, conversation.conversationId);
    const threadId = conversationThreadId('ebay.com', conversation.conversationId);
    await waitForCapture(threadId, conversation.messages.length);
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, threadId);
    const reply = 'Hello! Your drill left our warehouse today.\nTracking: 1Z999AA10123456784';

    await panel.type('[data-testid="reply-draft"]', reply);
    await panel.click('[data-testid="insert-reply"]');

    await panel.waitForSelector('[data-testid="insert-result"][data-result="ok"]', { timeout: 10_000 });
    await eventually(async () => (await composerState(portal)) === reply, 'the page state to hold the reply');
    expect(
      await portal.$eval('#imageupload__sendmessage--textbox', (el) => (el as HTMLTextAreaElement).value),
    ).toBe(reply);
    expect(await portal.$eval('#imageupload__send--button', (el) => (el as HTMLButtonElement).disabled)).toBe(
      false,
    );
    expect(await sentMessages(portal)).toEqual([]);
    const events = await readStore<{ type: string; threadId?: string }>(session, 'events');
    expect(events.some((e) => e.type === 'reply.inserted' && e.threadId === threadId)).toBe(true);
    await panel.close();
    await portal.close();
  });

  it('shows hostile buyer text as plain text and never runs it', async () => {
    const portal = await openEbay(session, messagesUrl(COM));
    const hostile = (await fixtureThreads(portal)).find((t) =>
      t.messages.some((m) => m.text.includes('onerror')),
    )!;
    await openThread(portal, hostile.conversationId);
    const threadId = conversationThreadId('ebay.com', hostile.conversationId);
    await waitForCapture(threadId, hostile.messages.length);
    const panel = await openSidePanelTab(session);

    await openThreadInPanel(panel, threadId);

    const rendered = await panel.$$eval('[data-testid="timeline-message"]', (els) => ({
      text: els.map((el) => el.textContent ?? '').join('\n'),
      injected: els.some(
        (el) => el.querySelector('img[src="x"], script, button#imageupload__send--button') !== null,
      ),
    }));
    expect(rendered.text).toContain('<img src=x onerror=');
    expect(rendered.text).toContain('<script>window.__pwned=2</script>');
    expect(rendered.injected).toBe(false);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await portal.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await panel.close();
    await portal.close();
  });

  it('lists eBay threads with the eBay and site badges, and narrows to eBay with the platform chip', async () => {
    const amazon = await openPortal(session, 'https://sellercentral.amazon.com/messaging/inbox-v3');
    await clickRow(amazon, 0);
    await eventually(
      async () => (await threads()).some((t) => t.platform === 'amazon' && t.captured === 1),
      'an Amazon thread',
    );
    await amazon.close();
    const german = (await threads()).find((t) => t.site === 'ebay.de' && t.captured === 1)!.id;
    const panel = await openSidePanelTab(session);

    const row = await panel.waitForSelector(rowSelector(german), { timeout: 10_000 });
    const badges = await row!.evaluate((el) => ({
      text: el.textContent ?? '',
      site: el.querySelector('[data-testid="site-badge"]')?.textContent,
    }));
    await panel.click('[data-testid="platform-chip-ebay"]');
    await panel.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="inbox-row"]')].every((r) =>
          r.getAttribute('data-thread-id')?.startsWith('ebay:'),
        ),
      { polling: 100, timeout: 10_000 },
    );

    expect(badges.text).toContain('eBay');
    expect(badges.site).toBe('ebay.de');
    const rows = await panel.$$eval('[data-testid="inbox-row"]', (els) =>
      els.map((el) => el.getAttribute('data-thread-id') ?? ''),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toContain(german);
    await panel.close();
  });
});

describe('eBay virtualised conversation list', () => {
  it('stores the mounted rows of a long virtualised list, and more as the agent scrolls', async () => {
    const page = await openEbay(session, messagesUrl(COM, 'rows=200'));
    await waitForAdapter(page, 'inbox');
    const generated = (id: string) => id.startsWith('39');
    const storedIds = async () =>
      new Set((await threads()).filter((t) => t.site === 'ebay.com').map((t) => t.nativeThreadId));

    await scrollInbox(page, 20 * 88);
    const firstBatch = (await mountedCardIds(page)).filter(generated);
    expect(firstBatch.length).toBeGreaterThan(3);
    await eventually(async () => {
      const ids = await storedIds();
      return firstBatch.every((id) => ids.has(id));
    }, 'the mounted rows stored');
    await scrollInbox(page, 60 * 88);
    await page.waitForFunction(
      (id) => !document.querySelector(`[data-conversation-id="${id}"]`),
      { polling: 100, timeout: 10_000 },
      firstBatch[0],
    );
    const secondBatch = (await mountedCardIds(page)).filter(generated);
    await eventually(async () => {
      const ids = await storedIds();
      return secondBatch.every((id) => ids.has(id));
    }, 'the newly mounted rows stored');

    const stored = [...(await storedIds())].filter((id) => generated(id));
    expect(secondBatch.some((id) => !firstBatch.includes(id))).toBe(true);
    expect(stored.length).toBeLessThan(200 - 8); // never-mounted rows are not invented
    expect(await waitForAdapter(page)).toBe('inbox');
    const deep = secondBatch.at(-2)!;
    await clickCard(page, deep);
    const opened = await fixtureThread(page, deep);
    await waitForCapture(conversationThreadId('ebay.com', deep), opened.messages.length);
    await page.close();
  });
});
