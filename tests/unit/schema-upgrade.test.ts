import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../storage/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../storage/schema';

/**
 * Every published schema version must upgrade to the newest without losing data. For each older version: open
 * the database as that release had it, seed it with that version's records, then open it with the current
 * schema and check the records. Add a seed here for every version you publish.
 */
const SEEDS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db
      .table('threads')
      .put({ id: 'amazon:amazon.com:c1', lastMessageAt: 1, platform: 'amazon', state: 'open', orderIds: [] });
    await db.table('messages').put({ id: 'm1', threadId: 'amazon:amazon.com:c1', sentAt: 1, text: 'Hello' });
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
      expect(await current.threads.count()).toBe(1);
      expect((await current.messages.get('m1'))?.text).toBe('Hello');
      // Every version from v2 on keeps its cached translations; older ones start with an empty cache.
      expect(await current.translationCache.count()).toBe(version >= 2 ? 1 : 0);
      await current.delete();
    },
  );
});
