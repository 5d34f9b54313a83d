import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadRecord } from '../../core/model';
import {
  addLiveMessage,
  caseThreadId,
  clickRow,
  type FixtureThread,
  fixtureThreads,
  openPortal,
  waitForAdapter,
} from './support/amazon-portal';
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
import { fold } from './support/text';

const US_INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const storedThread = (id: string) => storedThreadIn(session, id);
const storedMessages = (threadId: string) => storedMessagesOf(session, threadId);
const waitForCapture = (threadId: string, expected: number) => captureOf(session, threadId, expected);

describe('Amazon Seller Central, English UI', () => {
  let fixture: FixtureThread[];
  let firstCase: string;

  it('captures a thread the agent opens, with every message as the page shows it', async () => {
    const page = await openPortal(session, US_INBOX);
    await waitForAdapter(page);
    fixture = await fixtureThreads(page);

    firstCase = await clickRow(page, 0);
    const expected = fixture.find((t) => t.caseId === firstCase)!;
    const threadId = caseThreadId('amazon.com', firstCase);
    const messages = await waitForCapture(threadId, expected.messages.length);

    expect(messages.map((m) => fold(m.text))).toEqual(expected.messages.map((m) => fold(m.text)));
    expect(messages.map((m) => m.direction)).toEqual(
      expected.messages.map((m) => (m.system ? 'system' : m.direction)),
    );
    for (const [i, m] of messages.entries()) {
      expect(Math.abs(m.sentAt - Date.parse(expected.messages[i]!.at))).toBeLessThan(60_000);
    }
    const thread = await storedThread(threadId);
    expect(thread).toMatchObject({
      platform: 'amazon',
      site: 'amazon.com',
      buyerName: expected.buyer,
      captured: 1,
    });
    expect(thread!.orderIds).toContain(expected.orderId);
    await page.close();
  });

  it('adds a live-arriving buyer message once, and switches threads without a page load', async () => {
    const page = await openPortal(session, US_INBOX);
    const caseId = await clickRow(page, 0);
    const threadId = caseThreadId('amazon.com', caseId);
    const before = (await storedMessages(threadId)).length;

    await addLiveMessage(page, 'Any news about my parcel? I need it by Friday.');
    await eventually(async () => (await storedMessages(threadId)).length === before + 1, 'the live message');
    const second = await clickRow(page, 1);
    const secondId = caseThreadId('amazon.com', second);
    const expected = (await fixtureThreads(page)).find((t) => t.caseId === second)!;

    await waitForCapture(secondId, expected.messages.length);
    expect(second).not.toBe(caseId);
    expect((await storedMessages(threadId)).filter((m) => m.text.startsWith('Any news')).length).toBe(1);
    await page.close();
  });

  it('re-reads a thread after reload with re-formatted times without duplicating anything', async () => {
    const threadId = caseThreadId('amazon.com', firstCase);
    const before = await storedMessages(threadId);

    const page = await openPortal(
      session,
      `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${firstCase}&cc=${firstCase}&timefmt=alt`,
    );
    await waitForAdapter(page, 'inbox-with-thread');
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const after = await storedMessages(threadId);
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    await page.close();
  });

  it('keeps a buyer who repeats the same text as separate messages', async () => {
    const page = await openPortal(session, US_INBOX);
    const repeated = (await fixtureThreads(page)).find(
      (t) => t.messages.filter((m) => m.text === 'Hello?').length > 1,
    )!;
    await page.evaluate(
      (id) =>
        (window as unknown as { __fixture: { openThread(id: string): Promise<void> } }).__fixture.openThread(
          id,
        ),
      repeated.caseId,
    );

    const messages = await waitForCapture(
      caseThreadId('amazon.com', repeated.caseId),
      repeated.messages.length,
    );

    expect(messages.filter((m) => m.text === 'Hello?').length).toBe(2);
    await page.close();
  });

  it('loses nothing and duplicates nothing when the service worker is stopped mid-stream', async () => {
    const page = await openPortal(session, US_INBOX);
    const caseId = await clickRow(page, 2);
    const threadId = caseThreadId('amazon.com', caseId);
    const expected = (await fixtureThreads(page)).find((t) => t.caseId === caseId)!;
    await waitForCapture(threadId, expected.messages.length);

    await addLiveMessage(page, 'First message while you restart');
    await stopServiceWorker(session);
    await addLiveMessage(page, 'Second message while the worker is stopped');
    await stopServiceWorker(session);
    await addLiveMessage(page, 'Third message after the restart');

    const messages = await waitForCapture(threadId, expected.messages.length + 3);
    expect(messages.slice(-3).map((m) => m.text)).toEqual([
      'First message while you restart',
      'Second message while the worker is stopped',
      'Third message after the restart',
    ]);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    await page.close();
  });

  it('stores hostile buyer text as text and never runs it in the portal', async () => {
    const page = await openPortal(session, US_INBOX);
    const hostile = (await fixtureThreads(page)).find((t) =>
      t.messages.some((m) => m.text.includes('onerror')),
    )!;
    await page.evaluate(
      (id) =>
        (window as unknown as { __fixture: { openThread(id: string): Promise<void> } }).__fixture.openThread(
          id,
        ),
      hostile.caseId,
    );

    const messages = await waitForCapture(
      caseThreadId('amazon.com', hostile.caseId),
      hostile.messages.length,
    );

    expect(messages.some((m) => m.text.includes('<img src=x onerror='))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('reports a thread page whose layout it does not recognise, and stores nothing from it', async () => {
    const threadsBefore = (await readStore(session, 'threads')).length;
    const messagesBefore = (await readStore(session, 'messages')).length;

    const page = await openPortal(session, `${US_INBOX}?layout=redesign`);
    await waitForAdapter(page, 'unrecognised');
    const overlayState = await page.waitForFunction(
      () =>
        document
          .querySelector('hw-overlay')
          ?.shadowRoot?.querySelector('[data-hw-state]')
          ?.getAttribute('data-hw-state'),
      { polling: 100, timeout: 10_000 },
    );

    expect(await overlayState.jsonValue()).toBe('unrecognised');
    expect((await readStore(session, 'messages')).length).toBe(messagesBefore);
    expect((await readStore(session, 'threads')).length).toBeGreaterThanOrEqual(threadsBefore);
    await page.close();
  });

  it('captures a deep-linked thread in a narrow window where the list pane is not rendered', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const probe = await openPortal(session, US_INBOX);
    const target = (await fixtureThreads(probe))[3]!;
    await probe.close();

    await page.goto(
      `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${target.caseId}&cc=${target.caseId}`,
    );
    await waitForAdapter(page, 'thread');

    await waitForCapture(caseThreadId('amazon.com', target.caseId), target.messages.length);
    await page.close();
  });

  it('lists inbox rows before they are opened, and merges each into its thread once opened', async () => {
    const page = await openPortal(session, 'https://sellercentral.amazon.de/messaging/inbox-v3');
    await waitForAdapter(page, 'inbox');
    const rows = (await fixtureThreads(page)).filter((t) => t.status === 'responseNeeded');
    const stubs = await eventually(async () => {
      const threads = await readStore<ThreadRecord>(session, 'threads');
      const found = threads.filter((t) => t.site === 'amazon.de' && t.captured === 0);
      return found.length === rows.length ? found : null;
    }, `${rows.length} inbox rows stored`);
    expect(stubs.every((t) => t.needsReply === 1)).toBe(true);

    const caseId = await clickRow(page, 0);
    const opened = rows.find((t) => t.caseId === caseId)!;

    await eventually(async () => {
      const threads = await readStore<ThreadRecord>(session, 'threads');
      const forOrder = threads.filter((t) => t.orderIds.includes(opened.orderId));
      return forOrder.length === 1 && forOrder[0]!.captured === 1;
    }, 'the row merged into the captured thread');
    await page.close();
  });
});
