import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStoredConversations } from '../../storage/classify-stored';
import { AppDb } from '../../storage/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../storage/schema';

/**
 * Every published schema version must upgrade to the newest without losing data. For each older version: open
 * the database as that release had it, seed it with that version's records, then open it with the current
 * schema and check the records. Add a seed here for every version you publish.
 */
const SEEDS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('threads').put({
      id: 'amazon:amazon.com:c1',
      lastMessageAt: 3,
      platform: 'amazon',
      site: 'amazon.com',
      state: 'open',
      orderIds: [],
      needsReply: 1,
      lastOutboundAt: 1,
      urgent: 0,
    });
    await db.table('messages').put({ id: 'm1', threadId: 'amazon:amazon.com:c1', sentAt: 1, text: 'Hello' });
    // Buyer messages stored before the classifier: the background's pass classifies them and summarises the thread.
    await db.table('messages').put({
      id: 'm2',
      threadId: 'amazon:amazon.com:c1',
      direction: 'in',
      sentAt: 2,
      seq: 1,
      language: 'en',
      text: 'Still no parcel. Where is my order? I will open an A-to-z claim if it is not here by Friday.',
    });
    await db.table('messages').put({
      id: 'm3',
      threadId: 'amazon:amazon.com:c1',
      direction: 'in',
      sentAt: 3,
      seq: 2,
      text: 'Hello??',
    });
    // An agent's manual "not urgent" survives the classification, however angry the buyer.
    await db.table('threads').put({
      id: 'amazon:amazon.de:c2',
      lastMessageAt: 5,
      platform: 'amazon',
      site: 'amazon.de',
      state: 'open',
      orderIds: [],
      needsReply: 1,
      lastOutboundAt: 0,
      urgent: 0,
      urgentManual: 0,
    });
    await db.table('messages').put({
      id: 'm4',
      threadId: 'amazon:amazon.de:c2',
      direction: 'in',
      sentAt: 5,
      seq: 0,
      text: 'Die Ware kam kaputt an. Frechheit, ich schalte meinen Anwalt ein!',
    });
  },
  2: async (db) => {
    await SEEDS[1]!(db);
    await db
      .table('translationCache')
      .put({ key: 'edge:k1', text: 'Hallo', target: 'de', provider: 'edge', createdAt: 1 });
  },
  3: async (db) => {
    await SEEDS[2]!(db);
  },
  4: async (db) => {
    await SEEDS[3]!(db);
    await db.table('templates').put({
      id: 'tpl_1',
      name: 'Where is my order',
      category: 'tracking',
      bodies: { en: 'Hi {{buyer_name}}' },
      platforms: [],
      keyword: 'wismo',
      intents: [],
      usageCount: 2,
      lastUsedAt: 1,
      createdAt: 1,
      updatedAt: 1,
    });
  },
};

describe('database schema', () => {
  it('declares versions in increasing order with a dated note each', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const v of SCHEMA_VERSIONS) expect(v.note.length).toBeGreaterThan(0);
  });

  it('has a seed for every version', () => {
    for (const v of SCHEMA_VERSIONS) expect(SEEDS[v.version], `seed for v${v.version}`).toBeDefined();
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))(
    'opens data written by v%i with the current schema',
    async (version) => {
      const name = `upgrade-${version}-${crypto.randomUUID()}`;
      const old = new AppDb(
        name,
        SCHEMA_VERSIONS.filter((v) => v.version <= version),
      );
      await old.open();
      await SEEDS[version]!(old);
      old.close();

      const current = new AppDb(name);
      await current.open();

      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await current.threads.count()).toBe(2);
      expect((await current.messages.get('m1'))?.text).toBe('Hello');
      // Opening runs no classification (the pages that open the database do not load the classifier)…
      expect((await current.messages.get('m2'))?.intent).toBeUndefined();
      // …the background's pass does, once: stored buyer messages and their threads.
      expect(await classifyStoredConversations(current, 1)).toEqual({ threads: 2, messages: 3 });
      expect(await classifyStoredConversations(current, 1)).toEqual({ threads: 0, messages: 0 });
      const [buyer, hello, other] = await current.messages.bulkGet(['m2', 'm3', 'm4']);
      const [thread, manual] = await current.threads.bulkGet(['amazon:amazon.com:c1', 'amazon:amazon.de:c2']);
      expect(buyer).toMatchObject({ intent: 'where-is-order', sentiment: 'negative', urgent: 1 });
      expect(buyer!.urgentReasons).toEqual(expect.arrayContaining(['claim', 'deadline']));
      expect(hello).toMatchObject({ intent: 'other', urgent: 0 });
      expect(other).toMatchObject({ intent: 'damaged-defective', sentiment: 'negative', urgent: 1 });
      // The latest buyer message says nothing ("Hello??"): the thread keeps the earlier one's intent and urgency.
      expect(thread).toMatchObject({ intent: 'where-is-order', sentiment: 'negative', urgent: 1 });
      expect(thread!.urgentReasons).toEqual(expect.arrayContaining(['claim', 'deadline']));
      expect(manual).toMatchObject({ intent: 'damaged-defective', urgent: 0, urgentReasons: [] });
      // Every version from v2 on keeps its cached translations; older ones start with an empty cache.
      expect(await current.translationCache.count()).toBe(version >= 2 ? 1 : 0);
      await current.delete();
    },
  );
});
