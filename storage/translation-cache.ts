import type { CachedTranslation, CacheEntry } from '../core/translation/queue';
import type { AppDb } from './db';

/** Cached translations for these keys, in the same order (undefined for a miss). */
export async function getCachedTranslations(
  db: AppDb,
  keys: readonly string[],
): Promise<(CachedTranslation | undefined)[]> {
  if (keys.length === 0) return [];
  const records = await db.translationCache.bulkGet([...keys]);
  return records.map((r) => (r ? { text: r.text, source: r.source, provider: r.provider } : undefined));
}

export async function putCachedTranslations(
  db: AppDb,
  entries: readonly CacheEntry[],
  now = Date.now(),
): Promise<void> {
  if (entries.length === 0) return;
  await db.translationCache.bulkPut(
    entries.map((e) => ({
      key: e.key,
      text: e.text,
      source: e.source,
      target: e.target,
      provider: e.provider,
      createdAt: now,
    })),
  );
}

/** Drops entries written before `olderThan` (ms); returns how many went. */
export function purgeTranslationCache(db: AppDb, olderThan: number): Promise<number> {
  return db.translationCache.where('createdAt').below(olderThan).delete();
}

export function clearTranslationCache(db: AppDb): Promise<void> {
  return db.translationCache.clear();
}
