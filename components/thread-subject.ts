import type { ThreadRecord } from '../core/model';
import type { Translate } from './i18n';

/**
 * What a thread is about, for one line of the inbox. Amazon and eBay threads have a subject (eBay's is the item
 * title); a Shopee chat has none, so it falls back to the product it talks about or its order, and to nothing
 * rather than a "(no subject)" placeholder.
 */
export function threadSubject(thread: ThreadRecord, t: Translate): string {
  if (thread.subject) return thread.subject;
  const item = thread.items.find((i) => i.title);
  if (item?.title) return item.title;
  if (thread.orderIds[0]) return t('orderSubject', { id: thread.orderIds[0] });
  return '';
}
