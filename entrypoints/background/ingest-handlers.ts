import { onMessage } from '../../core/protocol';
import { validateInboxSnapshot, validateThreadSnapshot } from '../../core/snapshot-schema';
import type { AppDb } from '../../storage/db';
import { ingestInbox, ingestThread } from '../../storage/ingest';

/**
 * Owner of ingestThread / ingestInbox. A rejected snapshot is answered with the reason and logged, never stored.
 * `afterThread` runs after each stored thread snapshot (away mode) without delaying the acknowledgement.
 */
export function registerIngestHandlers(
  db: AppDb,
  afterThread?: (threadId: string, tabId: number | undefined) => unknown,
): () => void {
  const offThread = onMessage('ingestThread', async ({ data, sender }) => {
    const checked = validateThreadSnapshot(data);
    if (!checked.ok) {
      await logRejection(db, checked.error, sender.tab?.url);
      return { ok: false, error: checked.error };
    }
    try {
      const result = await ingestThread(db, checked.value);
      if (result.ok) void afterThread?.(result.threadId, sender.tab?.id);
      return result;
    } catch (error) {
      return { ok: false, error: `could not store the thread: ${String(error)}`, retryable: true };
    }
  });
  const offInbox = onMessage('ingestInbox', async ({ data, sender }) => {
    const checked = validateInboxSnapshot(data);
    if (!checked.ok) {
      await logRejection(db, checked.error, sender.tab?.url);
      return { ok: false, error: checked.error };
    }
    try {
      return await ingestInbox(db, checked.value);
    } catch (error) {
      return { ok: false, error: `could not store the inbox rows: ${String(error)}`, retryable: true };
    }
  });
  return () => {
    offThread();
    offInbox();
  };
}

async function logRejection(db: AppDb, error: string, url: string | undefined): Promise<void> {
  console.warn('[HelloWorld] snapshot rejected:', error);
  await db.events.add({ at: Date.now(), type: 'snapshot.rejected', detail: { error, url: url ?? '' } });
}
