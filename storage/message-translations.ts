import type { MessageRecord } from '../core/model';
import { normaliseForIdentity } from '../core/text';
import { normaliseLanguage } from '../core/translation/agent-language';
import type { ProviderId } from '../core/translation/types';
import type { AppDb } from './db';

export interface StoredTranslation {
  /** The original text as the page sent it (matched to stored messages after normalisation). */
  text: string;
  translation: string;
  provider: ProviderId;
  /** The source language the provider reported; undefined when it did not report one. */
  source?: string;
}

/**
 * Writes translations onto the stored messages of a thread whose text matches, in one transaction:
 * `translations[target]`, `translatedBy[target]`, and, when the provider reported the source language, `language`
 * with `languageSource: 'provider'` (the provider read the whole text; the detector only guessed). The thread's
 * `language` follows the provider's reports on the buyer's messages when they disagree with the detector.
 * Returns how many messages changed. Writes nothing when nothing changed (no churn for live queries).
 */
export async function storeMessageTranslations(
  db: AppDb,
  threadId: string,
  target: string,
  items: readonly StoredTranslation[],
): Promise<number> {
  if (items.length === 0) return 0;
  return db.transaction('rw', [db.threads, db.messages], async () => {
    const messages = await db.messages.where('threadId').equals(threadId).toArray();
    const changed = translationChanges(messages, target, items);
    if (changed.length === 0) return 0;
    await db.messages.bulkPut(changed);

    const thread = await db.threads.get(threadId);
    if (thread) {
      const merged = new Map(messages.map((m) => [m.id, m]));
      for (const m of changed) merged.set(m.id, m);
      const language = providerLanguage([...merged.values()]);
      if (language && language !== thread.language) {
        await db.threads.update(threadId, { language });
      }
    }
    return changed.length;
  });
}

/**
 * The messages these translations would change (updated copies); empty when every one is already stored. Lets a
 * caller that already holds the thread's messages skip the read-write transaction on the cache-hit path.
 */
export function translationChanges(
  messages: readonly MessageRecord[],
  target: string,
  items: readonly StoredTranslation[],
): MessageRecord[] {
  const byText = new Map(items.map((item) => [normaliseForIdentity(item.text), item]));
  const changed: MessageRecord[] = [];
  for (const message of messages) {
    const item = byText.get(normaliseForIdentity(message.text));
    if (!item) continue;
    const source = normaliseLanguage(item.source);
    const sameTranslation =
      message.translations?.[target] === item.translation && message.translatedBy?.[target] === item.provider;
    const sameLanguage = !source || (message.language === source && message.languageSource === 'provider');
    if (sameTranslation && sameLanguage) continue;
    const next: MessageRecord = {
      ...message,
      translations: { ...message.translations, [target]: item.translation },
      translatedBy: { ...message.translatedBy, [target]: item.provider },
    };
    if (source) {
      next.language = source;
      next.languageSource = 'provider';
    }
    changed.push(next);
  }
  return changed;
}

/**
 * The buyer's language as the provider reported it: the most frequent report on the inbound messages, the latest
 * message breaking a tie (buyers switch to English after a few messages more often than back).
 */
export function providerLanguage(messages: readonly MessageRecord[]): string | undefined {
  const counts = new Map<string, { n: number; last: number }>();
  for (const m of messages) {
    if (m.direction !== 'in' || m.languageSource !== 'provider' || !m.language) continue;
    const c = counts.get(m.language) ?? { n: 0, last: 0 };
    c.n += 1;
    c.last = Math.max(c.last, m.sentAt * 1e4 + m.seq);
    counts.set(m.language, c);
  }
  let best: [string, { n: number; last: number }] | undefined;
  for (const entry of counts) {
    if (!best || entry[1].n > best[1].n || (entry[1].n === best[1].n && entry[1].last > best[1].last))
      best = entry;
  }
  return best?.[0];
}
