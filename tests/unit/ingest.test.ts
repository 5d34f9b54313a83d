import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadIdOf } from '../../core/model';
import { AppDb } from '../../storage/db';
import { ingestInbox, ingestThread } from '../../storage/ingest';
import { msg, T0, thread } from './support/builders';

let db: AppDb;

beforeEach(() => {
  db = new AppDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const conversation = () => [
  msg('Where is my order? It was due yesterday.'),
  msg('Sorry for the delay, it ships today.', { direction: 'out', author: 'You', sentAt: T0 + 600_000 }),
  msg('Hello?', { sentAt: T0 + 3_600_000 }),
];

describe('ingest', () => {
  it('stores a thread with its messages, customer and audit event', async () => {
    const result = await ingestThread(db, thread(conversation()));

    expect(result).toMatchObject({ ok: true, added: 3, updated: 0, total: 3 });
    const stored = await db.threads.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      platform: 'amazon',
      site: 'amazon.com',
      buyerName: 'Palmer',
      needsReply: 1,
      state: 'open',
      messageCount: 3,
      lastInboundAt: T0 + 3_600_000,
      lastOutboundAt: T0 + 600_000,
      snippet: 'Hello?',
      captured: 1,
      language: 'en',
    });
    expect(await db.messages.count()).toBe(3);
    expect(await db.customers.count()).toBe(1);
    expect((await db.events.toArray()).map((e) => e.type)).toEqual(['thread.captured']);
  });

  it('is idempotent: the same snapshot twice stores nothing new', async () => {
    await ingestThread(db, thread(conversation()));

    const again = await ingestThread(db, thread(conversation(), { capturedAt: T0 + 7_200_000 }));

    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, total: 3 });
    expect(await db.messages.count()).toBe(3);
  });

  it('writes nothing when a re-read changes nothing, so open pages are not refreshed for nothing', async () => {
    await ingestThread(db, thread(conversation()), T0);
    const before = await db.threads.toArray();

    await ingestThread(db, thread(conversation()), T0 + 60_000);

    expect((await db.threads.toArray())[0]!.updatedAt).toBe(before[0]!.updatedAt);
  });

  it('survives a re-read with re-formatted and relative times without duplicates', async () => {
    await ingestThread(db, thread(conversation()));
    const reformatted = conversation().map((m) => ({
      ...m,
      sentAt: null,
      sentAtText: '2d',
      sentAtPrecision: 'relative' as const,
    }));

    const result = await ingestThread(db, thread(reformatted));

    expect(result).toMatchObject({ added: 0, total: 3 });
    const times = (await db.messages.toArray()).map((m) => m.sentAtPrecision);
    expect(times).toEqual(['minute', 'minute', 'minute']); // the precise reading is kept
  });

  it('adds a live-arriving message and reopens a handled thread', async () => {
    await ingestThread(db, thread(conversation().slice(0, 2)));
    const first = await db.threads.toArray();
    expect(first[0]).toMatchObject({ needsReply: 0, state: 'pending' });
    await db.threads.update(first[0]!.id, { state: 'done' });

    await ingestThread(db, thread(conversation()));

    const [after] = await db.threads.toArray();
    expect(after).toMatchObject({ state: 'open', needsReply: 1, unread: 1, messageCount: 3 });
  });

  it('does not mark messages unread while the agent is looking at the thread', async () => {
    await ingestThread(db, thread(conversation(), { visible: true }));

    const [stored] = await db.threads.toArray();
    expect(stored!.unread).toBe(0);
  });

  it('flags a thread urgent when the buyer threatens a claim, and a manual flag wins', async () => {
    const angry = [
      ...conversation(),
      msg('I will open an A-to-z claim if I do not get a refund', { sentAt: T0 + 7_200_000 }),
    ];

    await ingestThread(db, thread(angry));
    const [flagged] = await db.threads.toArray();
    expect(flagged!.urgent).toBe(1);

    await db.threads.update(flagged!.id, { urgent: 0, urgentManual: 0 });
    await ingestThread(db, thread([...angry, msg('Answer me!', { sentAt: T0 + 7_300_000 })]));
    const [overridden] = await db.threads.toArray();
    expect(overridden!.urgent).toBe(0);
  });

  it('keeps two threads apart by platform, site and native id', async () => {
    await ingestThread(db, thread(conversation()));
    await ingestThread(db, thread(conversation(), { site: 'amazon.de', host: 'sellercentral.amazon.de' }));

    expect((await db.threads.toArray()).map((t) => t.id).sort()).toEqual([
      threadIdOf('amazon', 'amazon.com', '5f0c7a2e-1b2c-4d3e-8f90-123456789abc'),
      threadIdOf('amazon', 'amazon.de', '5f0c7a2e-1b2c-4d3e-8f90-123456789abc'),
    ]);
  });

  it('stores buyer text exactly as written, hostile markup included', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> 😀🚚𝒜 \u200b مرحبا hello';

    await ingestThread(db, thread([msg(hostile)]));

    expect((await db.messages.toArray())[0]!.text).toBe(hostile);
  });

  it('files a conversation reached another way under its first id (eBay: same buyer handle and item)', async () => {
    const ebay = {
      platform: 'ebay' as const,
      site: 'ebay.com',
      host: 'www.ebay.com',
      buyer: { name: 'lentn_978928864', nativeId: 'lentn_978928864' },
      orderIds: [],
      conversationKey: 'item:123456789012',
    };
    const messages = [msg('Is the lens cap included?', { author: 'lentn_978928864' })];
    await ingestThread(db, thread(messages, { ...ebay, nativeThreadId: '2361048871' }));

    const again = await ingestThread(
      db,
      thread([...messages, msg('Hello?', { sentAt: T0 + 60_000 })], { ...ebay, nativeThreadId: 'derived-x' }),
    );

    expect(again).toMatchObject({ ok: true, threadId: 'ebay:ebay.com:2361048871', added: 1, total: 2 });
    expect(await db.threads.count()).toBe(1);
    expect(await db.messages.count()).toBe(2);
  });

  it('keeps two conversations of one buyer about different items apart', async () => {
    const ebay = {
      platform: 'ebay' as const,
      site: 'ebay.com',
      host: 'www.ebay.com',
      buyer: { name: 'lentn_978928864', nativeId: 'lentn_978928864' },
      orderIds: [],
    };
    await ingestThread(
      db,
      thread(conversation(), { ...ebay, nativeThreadId: 'a', conversationKey: 'item:1' }),
    );
    await ingestThread(
      db,
      thread(conversation(), { ...ebay, nativeThreadId: 'b', conversationKey: 'item:2' }),
    );

    expect(await db.threads.count()).toBe(2);
  });

  it('runs concurrent ingests of the same snapshot without duplicating', async () => {
    await Promise.all([ingestThread(db, thread(conversation())), ingestThread(db, thread(conversation()))]);

    expect(await db.messages.count()).toBe(3);
  });
});

describe('inbox rows', () => {
  const inbox = (rows: Parameters<typeof ingestInbox>[1]['rows']) => ({
    platform: 'amazon' as const,
    site: 'amazon.com',
    host: 'sellercentral.amazon.com',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3',
    locale: 'en-US',
    capturedAt: T0,
    rows,
  });
  const row = {
    buyer: 'Kim',
    subject: 'Order 113-1111111-2222222: Wrong size',
    snippet: '',
    unread: true,
    timeText: 'Sep 4, 2026',
    at: T0,
    orderIds: ['113-1111111-2222222'],
    needsReply: true,
  };

  it('creates a stub for a row not yet opened, replaced once the thread is captured', async () => {
    await ingestInbox(db, inbox([row]));
    expect(await db.threads.toArray()).toMatchObject([
      { captured: 0, unread: 1, buyerName: 'Kim', needsReply: 1 },
    ]);

    await ingestThread(
      db,
      thread([msg('Wrong size', { author: 'Kim' })], { orderIds: ['113-1111111-2222222'] }),
    );

    const threads = await db.threads.toArray();
    expect(threads).toHaveLength(1);
    expect(threads[0]!.captured).toBe(1);
  });

  it('merges an eBay card into the thread opened from it: same buyer handle and item title', async () => {
    const ebay = { platform: 'ebay' as const, site: 'ebay.de', host: 'www.ebay.de' };
    await ingestInbox(db, {
      ...inbox([
        {
          nativeThreadId: '2412345678',
          buyer: 'lentn_978928864',
          buyerId: 'lentn_978928864',
          subject: 'Vintage  Kamera Objektiv 50mm',
          snippet: 'Ist das noch da?',
          unread: true,
          timeText: '7h',
          at: T0,
          orderIds: [],
        },
        {
          ...row,
          buyer: 'other_buyer',
          buyerId: 'other_buyer',
          nativeThreadId: '99',
          orderIds: [],
        },
      ]),
      ...ebay,
    });

    await ingestThread(
      db,
      thread([msg('Ist das noch da?', { author: 'lentn_978928864' })], {
        ...ebay,
        nativeThreadId: 'lentn_978928864:123456789012',
        buyer: { name: 'lentn_978928864', nativeId: 'lentn_978928864' },
        orderIds: [],
        subject: 'Vintage Kamera Objektiv 50mm',
      }),
    );

    const threads = await db.threads.orderBy('id').toArray();
    expect(threads.map((t) => [t.nativeThreadId, t.captured])).toEqual([
      ['99', 0],
      ['lentn_978928864:123456789012', 1],
    ]);
    // The next list scan finds the captured thread through the same handle and subject: no new stub.
    await ingestInbox(db, {
      ...inbox([
        {
          nativeThreadId: '2412345678',
          buyer: 'lentn_978928864',
          buyerId: 'lentn_978928864',
          subject: 'Vintage Kamera Objektiv 50mm',
          snippet: 'Ist das noch da?',
          unread: false,
          timeText: '7h',
          at: T0,
          orderIds: [],
        },
      ]),
      ...ebay,
    });
    expect(await db.threads.count()).toBe(2);
  });

  it('takes the portal read state for a known thread', async () => {
    await ingestThread(db, thread(conversation(), { visible: true }));

    await ingestInbox(db, inbox([{ ...row, nativeThreadId: '5f0c7a2e-1b2c-4d3e-8f90-123456789abc' }]));

    expect((await db.threads.toArray())[0]!.unread).toBe(1);
  });
});
