import type { EventRecord, ThreadRecord, ThreadState } from '../core/model';
import type { AppDb } from './db';

/** Workflow changes an agent makes from the side panel. Each is logged in the audit log. */

async function updateThread(
  db: AppDb,
  threadId: string,
  change: (thread: ThreadRecord) => Partial<ThreadRecord> | null,
  event: (thread: ThreadRecord) => Omit<EventRecord, 'at' | 'threadId'>,
): Promise<void> {
  await db.transaction('rw', [db.threads, db.events], async () => {
    const thread = await db.threads.get(threadId);
    if (!thread) throw new Error(`Unknown thread ${threadId}`);
    const patch = change(thread);
    if (!patch) return;
    const now = Date.now();
    await db.threads.put({ ...thread, ...patch, updatedAt: now });
    await db.events.add({ ...event(thread), at: now, threadId });
  });
}

export function setThreadState(db: AppDb, threadId: string, state: ThreadState): Promise<void> {
  return updateThread(
    db,
    threadId,
    (t) => (t.state === state ? null : { state }),
    (t) => ({ type: 'thread.state', detail: { from: t.state, to: state } }),
  );
}

export function setThreadRead(db: AppDb, threadId: string, read: boolean): Promise<void> {
  const unread = read ? 0 : 1;
  return updateThread(
    db,
    threadId,
    (t) => (t.unread === unread ? null : { unread }),
    () => ({ type: 'thread.read', detail: { read } }),
  );
}

export function setThreadUrgent(db: AppDb, threadId: string, urgent: boolean): Promise<void> {
  const value = urgent ? 1 : 0;
  return updateThread(
    db,
    threadId,
    () => ({ urgent: value, urgentManual: value }),
    () => ({ type: 'thread.urgent', detail: { urgent } }),
  );
}
