import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translationCacheKey } from '../../core/translation/cache-key';
import { AppDb } from '../../storage/db';
import { ingestThread } from '../../storage/ingest';
import { storeMessageTranslations } from '../../storage/message-translations';
import {
  clearTranslationCache,
  getCachedTranslations,
  purgeTranslationCache,
  putCachedTranslations,
} from '../../storage/translation-cache';
import { msg, T0, thread } from './support/builders';

let db: AppDb;
beforeEach(() => {
  db = new AppDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('translation cache keys', () => {
  const base = {
    text: 'Wo ist mein Paket?',
    source: 'de',
    target: 'en',
    provider: 'edge' as const,
    variant: '',
  };

  it('ignore whitespace differences but nothing that changes the output', () => {
    const key = translationCacheKey(base);
    expect(translationCacheKey({ ...base, text: '  Wo ist  mein\nPaket? ' })).toBe(key);
    expect(translationCacheKey({ ...base, target: 'en-GB' })).toBe(key);
    for (const change of [
      { text: 'Wo ist mein Paket!' },
      { source: undefined },
      { target: 'zh' },
      { provider: 'google' as const },
      { variant: 'gpt-4o-mini|p1' },
      { rules: 'abc' },
    ]) {
      expect(translationCacheKey({ ...base, ...change }), JSON.stringify(change)).not.toBe(key);
    }
  });

  it('never contain the text', () => {
    expect(translationCacheKey(base)).not.toContain('Paket');
  });
});

describe('translation cache store', () => {
  it('gets in key order, purges by age and clears', async () => {
    await putCachedTranslations(
      db,
      [{ key: 'a', text: 'A', target: 'en', provider: 'edge', source: 'de' }],
      1_000,
    );
    await putCachedTranslations(db, [{ key: 'b', text: 'B', target: 'en', provider: 'google' }], 5_000);
    expect(await getCachedTranslations(db, ['b', 'x', 'a'])).toEqual([
      { text: 'B', provider: 'google', source: undefined },
      undefined,
      { text: 'A', provider: 'edge', source: 'de' },
    ]);
    expect(await purgeTranslationCache(db, 2_000)).toBe(1);
    expect((await db.translationCache.toArray()).map((r) => r.key)).toEqual(['b']);
    await clearTranslationCache(db);
    expect(await db.translationCache.count()).toBe(0);
  });
});

describe('translations stored on messages', () => {
  async function seed() {
    const stored = await ingestThread(
      db,
      thread([
        msg('Hallo, wo ist mein Paket?', { sentAt: T0 }),
        msg('Thank you', { direction: 'out', author: 'Seller', sentAt: T0 + 60_000 }),
        msg('Das Kabel fehlt.', { sentAt: T0 + 120_000 }),
      ]),
    );
    if (!stored.ok) throw new Error(stored.error);
    return stored.threadId;
  }

  it('writes translations, provider and reported language onto the matching messages', async () => {
    const threadId = await seed();
    const changed = await storeMessageTranslations(db, threadId, 'en', [
      {
        text: 'Hallo,  wo ist mein Paket?',
        translation: 'Hello, where is my parcel?',
        provider: 'edge',
        source: 'de',
      },
      { text: 'Das Kabel fehlt.', translation: 'The cable is missing.', provider: 'google' },
      { text: 'not in this thread', translation: 'x', provider: 'edge' },
    ]);
    expect(changed).toBe(2);
    const [first, , third] = await db.messages
      .where('[threadId+sentAt]')
      .between([threadId, 0], [threadId, Infinity])
      .toArray();
    expect(first).toMatchObject({
      translations: { en: 'Hello, where is my parcel?' },
      translatedBy: { en: 'edge' },
      language: 'de',
      languageSource: 'provider',
    });
    expect(third).toMatchObject({
      translations: { en: 'The cable is missing.' },
      translatedBy: { en: 'google' },
    });
    expect(third!.languageSource).not.toBe('provider');
  });

  it("moves the thread's language to what the provider reported for the buyer's messages", async () => {
    const threadId = await seed();
    await db.threads.update(threadId, { language: 'nl' }); // a detector's wrong guess
    await storeMessageTranslations(db, threadId, 'zh', [
      { text: 'Hallo, wo ist mein Paket?', translation: '你好', provider: 'edge', source: 'de' },
    ]);
    expect((await db.threads.get(threadId))!.language).toBe('de');
  });

  it("keeps the provider's language for the thread when the next read brings a new message", async () => {
    const threadId = await seed();
    await storeMessageTranslations(db, threadId, 'zh', [
      { text: 'Das Kabel fehlt.', translation: '缺少电缆。', provider: 'edge', source: 'nl' },
    ]);
    await ingestThread(
      db,
      thread([
        msg('Hallo, wo ist mein Paket?', { sentAt: T0 }),
        msg('Thank you', { direction: 'out', author: 'Seller', sentAt: T0 + 60_000 }),
        msg('Das Kabel fehlt.', { sentAt: T0 + 120_000 }),
        msg('Noch etwas: die Schraube fehlt auch.', { sentAt: T0 + 180_000 }),
      ]),
    );
    expect((await db.threads.get(threadId))!.language).toBe('nl');
  });

  it('writes nothing when the same translation is stored again', async () => {
    const threadId = await seed();
    const item = {
      text: 'Das Kabel fehlt.',
      translation: 'The cable is missing.',
      provider: 'edge' as const,
    };
    expect(await storeMessageTranslations(db, threadId, 'en', [item])).toBe(1);
    expect(await storeMessageTranslations(db, threadId, 'en', [item])).toBe(0);
  });
});
