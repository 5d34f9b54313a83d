import type { InboxSnapshot, ThreadSnapshot } from '../../core/model';
import { sendMessage } from '../../core/protocol';

export type OutboxEntry =
  | { kind: 'thread'; snapshot: ThreadSnapshot }
  | { kind: 'inbox'; snapshot: InboxSnapshot };
export type OutboxItem = OutboxEntry & { key: string; attempts: number };
type Item = OutboxItem;

export interface OutboxEvents {
  /** `storedAs`: the thread id the background filed a thread snapshot under (it may be an existing alias). */
  onStored(item: Item, added: number, storedAs?: string): void;
  onRejected(item: Item, error: string): void;
  onPendingChange(pending: number): void;
}

const MAX_ITEMS = 500;
const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5_000;
const MAX_STORE_ATTEMPTS = 5;

/**
 * Snapshots wait here until the background acknowledges that they are stored. The service worker can be stopped
 * at any moment (sendMessage then rejects or never answers), so an item is only dropped after an answer: stored,
 * or rejected as invalid. Ingest is idempotent, so sending the same snapshot twice is harmless.
 */
export function createOutbox(isInvalid: () => boolean, events: OutboxEvents) {
  const queue: Item[] = [];
  let running = false;

  const push = (item: Item) => {
    if (queue.some((queued) => queued.key === item.key)) return;
    queue.push(item);
    while (queue.length > MAX_ITEMS) {
      // Inbox rows are refreshed on every scan; drop those first, then the oldest thread snapshot.
      const inboxIndex = queue.findIndex((q) => q.kind === 'inbox');
      queue.splice(Math.max(inboxIndex, 0), 1);
    }
    events.onPendingChange(queue.length);
    void run();
  };

  const send = async (item: Item) => {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no answer from the background')), 10_000),
    );
    const request =
      item.kind === 'thread'
        ? sendMessage('ingestThread', item.snapshot)
        : sendMessage('ingestInbox', item.snapshot);
    return Promise.race([request, timeout]);
  };

  const run = async () => {
    if (running) return;
    running = true;
    let delay = FIRST_RETRY_MS;
    try {
      while (queue.length > 0 && !isInvalid()) {
        const item = queue[0]!;
        let answer: Awaited<ReturnType<typeof send>>;
        try {
          answer = await send(item);
        } catch {
          // Worker stopped or restarting: keep the item and try again.
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, MAX_RETRY_MS);
          continue;
        }
        if (!answer.ok && answer.retryable && item.attempts < MAX_STORE_ATTEMPTS) {
          item.attempts++;
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, MAX_RETRY_MS);
          continue;
        }
        delay = FIRST_RETRY_MS;
        queue.shift();
        if (answer.ok) {
          events.onStored(
            item,
            'added' in answer ? answer.added : 0,
            'threadId' in answer ? answer.threadId : undefined,
          );
        } else events.onRejected(item, answer.error);
        events.onPendingChange(queue.length);
      }
    } finally {
      running = false;
    }
  };

  return { push, pending: () => queue.length };
}

export type Outbox = ReturnType<typeof createOutbox>;
