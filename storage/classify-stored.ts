/**
 * Classify buyer messages stored before the classifier existed (issue 5), in the background, once.
 *
 * This used to be the V4 schema upgrade, but an upgrade runs in whichever page opens the database first, so every
 * page that reads the database (side panel, popup) had to bundle the classifier and its lexicons (the shared chunk
 * grew from 108 KB to 547 KB) and the first page opened after an update would have classified everything while the
 * agent waited. Now the background does it in small transactions after it starts: resumable (a message with fields is
 * never classified again, so a worker stopped half-way picks up where it stopped), and ingest classifies any message
 * of a thread it touches meanwhile.
 */
import { storage } from 'wxt/utils/storage';
import type { MessageRecord, ThreadRecord } from '../core/model';
import type { AppDb } from './db';
import { classifiedFields, threadClassification } from './thread-intent';

/** Bump when stored messages must be classified again (a new field, not a better lexicon: ingest keeps those fresh). */
const PASS = 1;

export const storedClassifiedItem = storage.defineItem<number>('local:storedClassified', { fallback: 0 });

/** Run the pass unless this release already finished it. */
export async function classifyStoredOnce(db: AppDb): Promise<void> {
  if ((await storedClassifiedItem.getValue()) >= PASS) return;
  await classifyStoredConversations(db);
  await storedClassifiedItem.setValue(PASS);
}

/** Every thread in chunks of `chunk` threads, one read-write transaction each; returns what it changed. */
export async function classifyStoredConversations(
  db: AppDb,
  chunk = 100,
): Promise<{ threads: number; messages: number }> {
  const done = { threads: 0, messages: 0 };
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? db.threads.toCollection() : db.threads.where(':id').above(after);
    const ids = (await range.limit(chunk).primaryKeys()) as string[];
    if (ids.length === 0) return done;
    await db.transaction('rw', db.threads, db.messages, async () => {
      for (const thread of await db.threads.bulkGet(ids)) {
        if (thread) await classifyThread(db, thread, done);
      }
    });
    after = ids[ids.length - 1];
  }
}

async function classifyThread(
  db: AppDb,
  thread: ThreadRecord,
  done: { threads: number; messages: number },
): Promise<void> {
  const messages = await db.messages.where('threadId').equals(thread.id).toArray();
  const changed: MessageRecord[] = [];
  const buyer: MessageRecord[] = [];
  for (const m of messages) {
    if (m.direction !== 'in') continue;
    if (m.intent === undefined) {
      Object.assign(m, classifiedFields(m.text ?? '', m.language, thread.site ?? ''));
      changed.push(m);
    }
    buyer.push(m);
  }
  if (changed.length === 0) return;
  await db.messages.bulkPut(changed);
  done.messages += changed.length;

  buyer.sort((a, b) => (a.sentAt ?? 0) - (b.sentAt ?? 0) || (a.seq ?? 0) - (b.seq ?? 0));
  const pending =
    thread.needsReply === 1 ? buyer.filter((m) => m.sentAt >= (thread.lastOutboundAt ?? 0)) : [];
  const summary = threadClassification(pending, buyer);
  await db.threads.update(thread.id, {
    intent: summary.intent ?? thread.intent,
    sentiment: summary.sentiment ?? thread.sentiment,
    // An agent's manual flag wins, however angry the buyer.
    urgent: thread.urgentManual ?? (summary.urgent ? 1 : 0),
    urgentReasons: thread.urgentManual === undefined ? summary.urgentReasons : [],
  });
  done.threads++;
}
