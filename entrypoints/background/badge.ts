import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { AppDb } from '../../storage/db';

/** The toolbar badge counts threads waiting for a reply, so an agent sees new work without opening anything. */
export function registerBadge(db: AppDb): () => void {
  void browser.action.setBadgeBackgroundColor({ color: '#b45309' });
  // A native index count: it reruns after every write, so it must not walk the threads.
  const subscription = liveQuery(() =>
    db.threads.where('[needsReply+state]').equals([1, 'open']).count(),
  ).subscribe({
    next: (count) =>
      void browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' }),
    error: (error) => console.warn('[HelloWorld] badge query failed:', error),
  });
  return () => subscription.unsubscribe();
}
