import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageRecord, ThreadRecord } from '../../core/model';
import { AppDb } from '../../storage/db';
import {
  type InboxCounts,
  type InboxFilter,
  inboxCounts,
  inboxPage,
  isOverdue,
  managerStats,
  matchesTab,
  STATE_TABS,
  type StateTab,
  searchIn,
  searchThreads,
  threadTimeline,
} from '../../storage/queries';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12, 0);

let db: AppDb;

function openDb(): AppDb {
  db = new AppDb(`test-${crypto.randomUUID()}`);
  return db;
}

afterEach(async () => {
  await db?.delete();
});

function thread(id: string, overrides: Partial<ThreadRecord> = {}): ThreadRecord {
  const [platform = 'amazon', site = 'amazon.de', nativeThreadId = id] = id.split(':');
  return {
    id,
    platform: platform as ThreadRecord['platform'],
    site,
    host: `sellercentral.${site}`,
    nativeThreadId,
    url: `https://sellercentral.${site}/messaging/thread/${nativeThreadId}`,
    buyerName: 'Buyer',
    customerId: `${platform}:${site}:name:buyer|${nativeThreadId}`,
    orderIds: [],
    items: [],
    subject: 'Subject',
    snippet: 'Hello',
    snippetDirection: 'in',
    lastMessageAt: NOW - HOUR,
    lastInboundAt: NOW - HOUR,
    lastOutboundAt: 0,
    messageCount: 1,
    needsReply: 1,
    unread: 0,
    urgent: 0,
    state: 'open',
    tags: [],
    captured: 1,
    createdAt: NOW - 10 * HOUR,
    updatedAt: NOW - HOUR,
    ...overrides,
  };
}

function message(
  threadId: string,
  seq: number,
  sentAt: number,
  overrides: Partial<MessageRecord> = {},
): MessageRecord {
  return {
    id: `${threadId}#${seq}`,
    threadId,
    fingerprint: `f${seq}`,
    seq,
    direction: 'in',
    author: 'Buyer',
    sentAt,
    sentAtText: new Date(sentAt).toISOString(),
    sentAtPrecision: 'minute',
    text: `message ${seq}`,
    translations: {},
    attachments: [],
    firstSeenAt: sentAt,
    ...overrides,
  };
}

const ids = (threads: ThreadRecord[]) => threads.map((t) => t.id);

describe('inbox page', () => {
  it('lists threads from all platforms newest first', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a', { lastMessageAt: NOW - 3 * HOUR }),
      thread('ebay:ebay.com:b', { lastMessageAt: NOW - HOUR }),
      thread('shopee:shopee.co.id:c', { lastMessageAt: NOW - 2 * HOUR }),
    ]);

    const page = await inboxPage(db, { tab: 'all' }, 50);

    expect(ids(page)).toEqual(['ebay:ebay.com:b', 'shopee:shopee.co.id:c', 'amazon:amazon.de:a']);
  });

  it('pages with limit and offset', async () => {
    const db = openDb();
    await db.threads.bulkPut(
      Array.from({ length: 120 }, (_, i) =>
        thread(`amazon:amazon.de:t${i}`, { lastMessageAt: NOW - i * 60_000 }),
      ),
    );

    const first = await inboxPage(db, { tab: 'all' }, 50);
    const second = await inboxPage(db, { tab: 'all' }, 50, 50);
    const last = await inboxPage(db, { tab: 'all' }, 50, 100);

    expect(first).toHaveLength(50);
    expect(first[0]?.id).toBe('amazon:amazon.de:t0');
    expect(second[0]?.id).toBe('amazon:amazon.de:t50');
    expect(last).toHaveLength(20);
  });

  it('applies the offset after the filter', async () => {
    const db = openDb();
    await db.threads.bulkPut(
      Array.from({ length: 10 }, (_, i) =>
        thread(`amazon:amazon.de:t${i}`, { lastMessageAt: NOW - i * 60_000, unread: i % 2 === 0 ? 1 : 0 }),
      ),
    );

    const page = await inboxPage(db, { tab: 'unread' }, 2, 2);

    expect(ids(page)).toEqual(['amazon:amazon.de:t4', 'amazon:amazon.de:t6']);
  });

  it('filters by platform and site', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a'),
      thread('amazon:amazon.fr:b'),
      thread('ebay:ebay.com:c'),
    ]);

    const amazon = await inboxPage(db, { tab: 'all', platform: 'amazon' }, 50);
    const france = await inboxPage(db, { tab: 'all', platform: 'amazon', site: 'amazon.fr' }, 50);
    const siteOnly = await inboxPage(db, { tab: 'all', site: 'ebay.com' }, 50);

    expect(ids(amazon).sort()).toEqual(['amazon:amazon.de:a', 'amazon:amazon.fr:b']);
    expect(ids(france)).toEqual(['amazon:amazon.fr:b']);
    expect(ids(siteOnly)).toEqual(['ebay:ebay.com:c']);
  });

  it.each([
    ['needsReply', ['amazon:amazon.de:open-waiting', 'amazon:amazon.de:pending-waiting']],
    ['unread', ['amazon:amazon.de:unread']],
    ['urgent', ['amazon:amazon.de:urgent']],
    ['pending', ['amazon:amazon.de:pending-waiting']],
    ['handled', ['amazon:amazon.de:done-waiting']],
  ] as const)('the %s tab shows exactly its threads', async (tab, expected) => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:open-waiting', { lastMessageAt: NOW - 1 }),
      thread('amazon:amazon.de:pending-waiting', { state: 'pending', lastMessageAt: NOW - 2 }),
      // Handled threads never need a reply, whatever the flag says.
      thread('amazon:amazon.de:done-waiting', { state: 'done', lastMessageAt: NOW - 3 }),
      thread('amazon:amazon.de:unread', { needsReply: 0, unread: 1, lastMessageAt: NOW - 4 }),
      thread('amazon:amazon.de:urgent', { needsReply: 0, urgent: 1, lastMessageAt: NOW - 5 }),
    ]);

    const page = await inboxPage(db, { tab }, 50);

    expect(ids(page)).toEqual(expected);
  });

  it('combines a platform with a state tab', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a', { state: 'done' }),
      thread('ebay:ebay.com:b', { state: 'done' }),
      thread('ebay:ebay.com:c', { state: 'open' }),
    ]);

    const page = await inboxPage(db, { tab: 'handled', platform: 'ebay' }, 50);

    expect(ids(page)).toEqual(['ebay:ebay.com:b']);
  });
});

describe('inbox page, urgent first', () => {
  const URGENT_FIRST = 'urgent-first' as const;

  /** What the page must equal: the filtered threads, urgent ones first, each group newest first. */
  function reference(all: ThreadRecord[], filter: InboxFilter): string[] {
    return ids(
      all
        .filter(
          (t) =>
            matchesTab(t, filter.tab) &&
            (!filter.platform || t.platform === filter.platform) &&
            (!filter.site || t.site === filter.site),
        )
        .sort((a, b) => b.urgent - a.urgent || b.lastMessageAt - a.lastMessageAt),
    );
  }

  /** 60 threads over three platforms and four sites; every 7th urgent, some unread, some handled. */
  function mixed(): ThreadRecord[] {
    const sites = ['amazon:amazon.de', 'amazon:amazon.fr', 'ebay:ebay.com', 'shopee:shopee.co.th'];
    return Array.from({ length: 60 }, (_, i) =>
      thread(`${sites[i % 4]}:t${i}`, {
        lastMessageAt: NOW - ((i * 37) % 60) * 60_000,
        urgent: i % 7 === 3 ? 1 : 0,
        unread: i % 3 === 0 ? 1 : 0,
        state: i % 5 === 0 ? 'done' : 'open',
      }),
    );
  }

  it('lists the urgent threads newest first, then the others newest first', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:old-urgent', { lastMessageAt: NOW - 5 * HOUR, urgent: 1 }),
      thread('amazon:amazon.de:newest', { lastMessageAt: NOW - HOUR }),
      thread('ebay:ebay.com:new-urgent', { lastMessageAt: NOW - 2 * HOUR, urgent: 1 }),
      thread('shopee:shopee.co.id:older', { lastMessageAt: NOW - 3 * HOUR }),
    ]);

    const urgentFirst = await inboxPage(db, { tab: 'all', order: URGENT_FIRST }, 50);
    const newest = await inboxPage(db, { tab: 'all', order: 'newest' }, 50);

    expect(ids(urgentFirst)).toEqual([
      'ebay:ebay.com:new-urgent',
      'amazon:amazon.de:old-urgent',
      'amazon:amazon.de:newest',
      'shopee:shopee.co.id:older',
    ]);
    expect(ids(newest)).toEqual([
      'amazon:amazon.de:newest',
      'ebay:ebay.com:new-urgent',
      'shopee:shopee.co.id:older',
      'amazon:amazon.de:old-urgent',
    ]);
  });

  it('pages across the boundary between urgent and other threads', async () => {
    const db = openDb();
    await db.threads.bulkPut(
      Array.from({ length: 27 }, (_, i) =>
        thread(`amazon:amazon.de:t${String(i).padStart(2, '0')}`, {
          lastMessageAt: NOW - i * 60_000,
          urgent: i < 7 ? 1 : 0,
        }),
      ),
    );
    const page = async (offset: number) =>
      ids(await inboxPage(db, { tab: 'all', order: URGENT_FIRST }, 5, offset));

    expect(await page(0)).toEqual(['t00', 't01', 't02', 't03', 't04'].map((n) => `amazon:amazon.de:${n}`));
    // Two urgent threads left, then the newest three of the others.
    expect(await page(5)).toEqual(['t05', 't06', 't07', 't08', 't09'].map((n) => `amazon:amazon.de:${n}`));
    // Entirely past the urgent ones: the others from their fourth.
    expect(await page(10)).toEqual(['t10', 't11', 't12', 't13', 't14'].map((n) => `amazon:amazon.de:${n}`));
    expect(await page(25)).toEqual(['amazon:amazon.de:t25', 'amazon:amazon.de:t26']);
    expect(await page(30)).toEqual([]);
  });

  it('puts an older urgent thread before newer ones on every page', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      ...Array.from({ length: 6 }, (_, i) => thread(`amazon:amazon.de:n${i}`, { lastMessageAt: NOW - i })),
      thread('amazon:amazon.de:urgent', { lastMessageAt: NOW - 10 * HOUR, urgent: 1 }),
    ]);

    const first = await inboxPage(db, { tab: 'all', order: URGENT_FIRST }, 3);
    const second = await inboxPage(db, { tab: 'all', order: URGENT_FIRST }, 3, 3);
    const third = await inboxPage(db, { tab: 'all', order: URGENT_FIRST }, 3, 6);

    expect(ids(first)).toEqual(['amazon:amazon.de:urgent', 'amazon:amazon.de:n0', 'amazon:amazon.de:n1']);
    expect(ids(second)).toEqual(['amazon:amazon.de:n2', 'amazon:amazon.de:n3', 'amazon:amazon.de:n4']);
    expect(ids(third)).toEqual(['amazon:amazon.de:n5']);
  });

  it.each<InboxFilter>([
    { tab: 'all' },
    { tab: 'unread' },
    { tab: 'handled' },
    { tab: 'needsReply' },
    { tab: 'all', platform: 'amazon' },
    { tab: 'unread', platform: 'ebay' },
    { tab: 'all', site: 'amazon.fr' },
    { tab: 'needsReply', platform: 'amazon', site: 'amazon.de' },
  ])('every page with %o equals the same slice of the whole ordered list', async (scope) => {
    const db = openDb();
    const all = mixed();
    await db.threads.bulkPut(all);
    const filter: InboxFilter = { ...scope, order: URGENT_FIRST };
    const expected = reference(all, filter);
    expect(expected.length).toBeGreaterThan(3);

    for (const limit of [1, 2, 4, 50]) {
      for (let offset = 0; offset <= expected.length + 1; offset += 1) {
        expect(ids(await inboxPage(db, filter, limit, offset)), `limit ${limit} offset ${offset}`).toEqual(
          expected.slice(offset, offset + limit),
        );
      }
    }
  });

  it('is plain newest first on the urgent tab', async () => {
    const db = openDb();
    const all = mixed();
    await db.threads.bulkPut(all);

    const urgentFirst = await inboxPage(db, { tab: 'urgent', order: URGENT_FIRST }, 50);

    expect(ids(urgentFirst)).toEqual(ids(await inboxPage(db, { tab: 'urgent' }, 50)));
    expect(urgentFirst.every((t) => t.urgent === 1)).toBe(true);
  });

  it('orders search hits urgent first too', () => {
    const all = [
      thread('amazon:amazon.de:a', { buyerName: 'Anna', lastMessageAt: NOW - 1 }),
      thread('amazon:amazon.de:b', { buyerName: 'Anna', lastMessageAt: NOW - 2, urgent: 1 }),
    ];

    expect(ids(searchIn(all, 'anna', 10, { tab: 'all', order: URGENT_FIRST }))).toEqual([
      'amazon:amazon.de:b',
      'amazon:amazon.de:a',
    ]);
    expect(ids(searchIn(all, 'anna', 10, { tab: 'all' }))).toEqual([
      'amazon:amazon.de:a',
      'amazon:amazon.de:b',
    ]);
  });
});

describe('inbox counts', () => {
  it('counts every tab, platform and site', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a', { unread: 1 }),
      thread('amazon:amazon.fr:b', { state: 'pending', needsReply: 0 }),
      thread('ebay:ebay.com:c', { state: 'done', urgent: 1 }),
      thread('ebay:ebay.com:d', { needsReply: 0 }),
    ]);

    const counts = await inboxCounts(db);

    expect(counts.total).toBe(4);
    expect(counts.tabs).toEqual({ all: 4, needsReply: 1, unread: 1, urgent: 1, pending: 1, handled: 1 });
    expect(counts.platforms).toEqual({ amazon: 2, ebay: 2, shopee: 0 });
    expect(counts.sites).toEqual([
      { platform: 'ebay', site: 'ebay.com', count: 2 },
      { platform: 'amazon', site: 'amazon.de', count: 1 },
      { platform: 'amazon', site: 'amazon.fr', count: 1 },
    ]);
  });

  it('scopes tab counts and sites to the chosen platform, but not the platform counts', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a'),
      thread('ebay:ebay.com:b'),
      thread('ebay:ebay.de:c'),
    ]);

    const counts = await inboxCounts(db, { platform: 'ebay' });

    expect(counts.tabs.all).toBe(2);
    expect(counts.platforms.amazon).toBe(1);
    expect(counts.sites.map((s) => s.site)).toEqual(['ebay.com', 'ebay.de']);
  });

  it('equals a walk over every thread, in every scope (the counts come from indexes)', async () => {
    const db = openDb();
    const sites = [
      'amazon:amazon.de',
      'amazon:amazon.fr',
      'ebay:ebay.com',
      'ebay:ebay.de',
      'shopee:shopee.sg',
    ];
    const states = ['open', 'pending', 'done'] as const;
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const threads = Array.from({ length: 300 }, (_, i) =>
      thread(`${sites[rand(sites.length)]}:t${i}`, {
        state: states[rand(3)],
        needsReply: rand(2) as 0 | 1,
        unread: rand(2) as 0 | 1,
        urgent: rand(4) === 0 ? 1 : 0,
        lastMessageAt: NOW - rand(1_000) * HOUR,
      }),
    );
    await db.threads.bulkPut(threads);

    // The former implementation: one pass over all threads.
    const walk = (scope: Omit<InboxFilter, 'tab'>): InboxCounts => {
      const inScope = (t: ThreadRecord) =>
        (!scope.platform || t.platform === scope.platform) && (!scope.site || t.site === scope.site);
      const siteCounts = new Map<
        string,
        { platform: ThreadRecord['platform']; site: string; count: number }
      >();
      for (const t of threads) {
        if (scope.platform && t.platform !== scope.platform) continue;
        const s = siteCounts.get(`${t.platform}:${t.site}`) ?? {
          platform: t.platform,
          site: t.site,
          count: 0,
        };
        s.count += 1;
        siteCounts.set(`${t.platform}:${t.site}`, s);
      }
      return {
        total: threads.length,
        tabs: Object.fromEntries(
          STATE_TABS.map((tab) => [tab, threads.filter((t) => inScope(t) && matchesTab(t, tab)).length]),
        ) as Record<StateTab, number>,
        platforms: {
          amazon: threads.filter((t) => t.platform === 'amazon').length,
          ebay: threads.filter((t) => t.platform === 'ebay').length,
          shopee: threads.filter((t) => t.platform === 'shopee').length,
        },
        sites: [...siteCounts.values()].sort((a, b) => b.count - a.count || a.site.localeCompare(b.site)),
      };
    };
    const scopes: Omit<InboxFilter, 'tab'>[] = [
      {},
      { platform: 'amazon' },
      { platform: 'shopee' },
      { site: 'ebay.de' },
      { platform: 'amazon', site: 'amazon.fr' },
      { platform: 'amazon', site: 'ebay.com' },
    ];
    for (const scope of scopes)
      expect(await inboxCounts(db, scope), JSON.stringify(scope)).toEqual(walk(scope));
  });

  it('is all zero for a new user', async () => {
    const db = openDb();

    const counts = await inboxCounts(db);

    expect(counts.total).toBe(0);
    expect(counts.tabs.all).toBe(0);
    expect(counts.sites).toEqual([]);
  });
});

describe('thread timeline', () => {
  it('returns one thread’s messages oldest first, ties in page order', async () => {
    const db = openDb();
    const id = 'amazon:amazon.de:a';
    await db.messages.bulkPut([
      message(id, 2, NOW - HOUR),
      message(id, 1, NOW - HOUR),
      message(id, 0, NOW - 2 * HOUR),
      message('amazon:amazon.de:other', 0, NOW - 3 * HOUR),
      message(`${id}x`, 0, NOW),
    ]);

    const timeline = await threadTimeline(db, id);

    expect(timeline.map((m) => m.seq)).toEqual([0, 1, 2]);
    expect(timeline.every((m) => m.threadId === id)).toBe(true);
  });

  it('is empty for a thread only seen in the portal list', async () => {
    const db = openDb();

    expect(await threadTimeline(db, 'amazon:amazon.de:stub')).toEqual([]);
  });
});

describe('search', () => {
  it('finds buyer, subject and order id case-insensitively, newest first', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a', { buyerName: 'Jürgen MÜLLER', lastMessageAt: NOW - 3 }),
      thread('amazon:amazon.de:b', { subject: 'Wo ist mein Paket? Müller', lastMessageAt: NOW - 1 }),
      thread('ebay:ebay.com:c', { orderIds: ['302-1234567-7654321'], lastMessageAt: NOW - 2 }),
      thread('shopee:shopee.co.id:d', { subject: 'Barang rusak' }),
    ]);

    expect(ids(await searchThreads(db, 'müller', 10))).toEqual(['amazon:amazon.de:b', 'amazon:amazon.de:a']);
    expect(ids(await searchThreads(db, '1234567-76', 10))).toEqual(['ebay:ebay.com:c']);
    expect(ids(await searchThreads(db, '  RUSAK ', 10))).toEqual(['shopee:shopee.co.id:d']);
    expect(await searchThreads(db, 'nothing like this', 10)).toEqual([]);
    // The side panel filters the threads it read once: the same hits.
    const all = await db.threads.toArray();
    for (const text of ['müller', '1234567-76', '  RUSAK ', 'nothing like this']) {
      expect(searchIn(all, text, 10), text).toEqual(await searchThreads(db, text, 10));
    }
  });

  it('respects the limit and the filter', async () => {
    const db = openDb();
    await db.threads.bulkPut(
      Array.from({ length: 30 }, (_, i) =>
        thread(`amazon:amazon.de:t${i}`, {
          subject: `Refund ${i}`,
          unread: i < 5 ? 1 : 0,
          lastMessageAt: NOW - i,
        }),
      ),
    );

    expect(await searchThreads(db, 'refund', 10)).toHaveLength(10);
    expect(ids(await searchThreads(db, 'refund', 10, { tab: 'unread' }))).toHaveLength(5);
  });

  it('falls back to the inbox page for an empty query', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:a'),
      thread('ebay:ebay.com:b', { lastMessageAt: NOW }),
    ]);

    expect(ids(await searchThreads(db, '   ', 10))).toEqual(['ebay:ebay.com:b', 'amazon:amazon.de:a']);
  });
});

describe('manager stats', () => {
  it('counts open, waiting, unread and overdue threads, per platform', async () => {
    const db = openDb();
    await db.threads.bulkPut([
      thread('amazon:amazon.de:late', { lastInboundAt: NOW - 30 * HOUR, buyerName: 'Anna' }),
      thread('amazon:amazon.de:fresh', { lastInboundAt: NOW - 2 * HOUR, unread: 1 }),
      thread('ebay:ebay.com:pending', { state: 'pending', lastInboundAt: NOW - 25 * HOUR }),
      thread('ebay:ebay.com:answered', { needsReply: 0, lastInboundAt: NOW - 90 * HOUR }),
      thread('shopee:shopee.co.id:done', { state: 'done', lastInboundAt: NOW - 99 * HOUR, urgent: 1 }),
    ]);

    const stats = await managerStats(db, NOW, 24);

    expect(stats).toMatchObject({
      total: 5,
      open: 3,
      pending: 1,
      handled: 1,
      needsReply: 3,
      unread: 1,
      urgent: 1,
    });
    expect(stats.overdue).toBe(2);
    expect(stats.oldestWaiting).toEqual({
      threadId: 'amazon:amazon.de:late',
      buyerName: 'Anna',
      platform: 'amazon',
      site: 'amazon.de',
      since: NOW - 30 * HOUR,
      waitedMs: 30 * HOUR,
    });
    expect(stats.perPlatform.amazon).toEqual({ total: 2, open: 2, needsReply: 2, overdue: 1 });
    expect(stats.perPlatform.ebay).toEqual({ total: 2, open: 1, needsReply: 1, overdue: 1 });
    expect(stats.perPlatform.shopee).toEqual({ total: 1, open: 0, needsReply: 0, overdue: 0 });
  });

  it('follows the SLA setting', async () => {
    const db = openDb();
    await db.threads.bulkPut([thread('amazon:amazon.de:a', { lastInboundAt: NOW - 10 * HOUR })]);

    expect((await managerStats(db, NOW, 24)).overdue).toBe(0);
    expect((await managerStats(db, NOW, 8)).overdue).toBe(1);
  });

  it('has nobody waiting in an empty database', async () => {
    const db = openDb();

    const stats = await managerStats(db, NOW, 24);

    expect(stats.total).toBe(0);
    expect(stats.oldestWaiting).toBeNull();
  });
});

describe('overdue', () => {
  it.each([
    ['is overdue for a buyer waiting past the SLA', {}, 25, true],
    ['is not overdue for a buyer waiting within the SLA', {}, 23, false],
    ['is not overdue for a thread we answered', { needsReply: 0 as const }, 25, false],
    ['is not overdue for a handled thread', { state: 'done' as const }, 25, false],
    ['is not overdue without a known inbound time', { lastInboundAt: 0 }, 25, false],
  ])('%s', (_name, overrides, waitedHours, expected) => {
    const t = thread('amazon:amazon.de:a', { lastInboundAt: NOW - waitedHours * HOUR, ...overrides });

    expect(isOverdue(t, NOW, 24)).toBe(expected);
  });
});
