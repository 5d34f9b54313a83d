import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../core/protocol';
import { registerIngestHandlers } from '../../entrypoints/background/ingest-handlers';
import { registerThreadHandlers } from '../../entrypoints/background/thread-handlers';
import { AppDb } from '../../storage/db';
import { msg, thread } from './support/builders';

let db: AppDb;
let unregister: Array<() => void>;

beforeEach(() => {
  fakeBrowser.reset();
  db = new AppDb(`test-${crypto.randomUUID()}`);
  unregister = [registerIngestHandlers(db), registerThreadHandlers(db)];
});
afterEach(async () => {
  for (const off of unregister) off();
  await db.delete();
});

describe('background message handlers', () => {
  it('acknowledges a stored thread snapshot', async () => {
    const result = await sendMessage('ingestThread', thread([msg('Where is my parcel?')]));

    expect(result).toMatchObject({ ok: true, added: 1, total: 1 });
    expect(await db.messages.count()).toBe(1);
  });

  it('answers a malformed snapshot with the reason, stores nothing and logs the rejection', async () => {
    const bad = { ...thread([msg('x')]), messages: 'not a list' } as unknown as Parameters<
      typeof sendMessage<'ingestThread'>
    >[1];

    const result = await sendMessage('ingestThread', bad);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('messages');
    expect(await db.messages.count()).toBe(0);
    expect((await db.events.toArray()).map((e) => e.type)).toEqual(['snapshot.rejected']);
  });

  it('changes a thread state and records it in the audit log', async () => {
    const stored = await sendMessage('ingestThread', thread([msg('Hi')]));
    if (!stored.ok) throw new Error(stored.error);

    await sendMessage('setThreadState', { threadId: stored.threadId, state: 'done' });

    expect((await db.threads.get(stored.threadId))!.state).toBe('done');
    expect((await db.events.toArray()).map((e) => e.type)).toContain('thread.state');
  });

  it('refuses a state that does not exist', async () => {
    const stored = await sendMessage('ingestThread', thread([msg('Hi')]));
    if (!stored.ok) throw new Error(stored.error);

    await expect(
      sendMessage('setThreadState', { threadId: stored.threadId, state: 'archived' as 'done' }),
    ).rejects.toThrow();
  });
});
