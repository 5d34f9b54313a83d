import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadIdOf } from '../../core/model';
import { AppDb } from '../../storage/db';
import { ingestThread } from '../../storage/ingest';
import { msg, T0, thread } from './support/builders';

/** Ingest and away mode: an automatic reply keeps the thread in "Needs reply"; the claim survives re-reads. */
let db: AppDb;
beforeEach(() => {
  db = new AppDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const AUTO = 'Thank you for your message. We are offline now and will answer from 9:00.';
const snapshot = thread([msg('Where is my order?')]);
const id = threadIdOf(snapshot.platform, snapshot.site, snapshot.nativeThreadId);

async function claim() {
  await db.threads.update(id, { autoReplyAt: T0 + 60_000, autoReplyMessageId: 'm', autoReplyText: AUTO });
}

describe('ingest after an automatic reply', () => {
  it('keeps the claim through later ingests (a re-read never clears it)', async () => {
    await ingestThread(db, snapshot);
    await claim();
    await ingestThread(db, thread([msg('Where is my order?'), msg('Hello?', { sentAt: T0 + 120_000 })]));
    expect(await db.threads.get(id)).toMatchObject({
      autoReplyAt: T0 + 60_000,
      autoReplyMessageId: 'm',
      autoReplyText: AUTO,
    });
  });

  it('an outgoing message with the auto-reply text (whitespace re-flowed) leaves the thread needing a reply', async () => {
    await ingestThread(db, snapshot);
    await claim();
    const auto = msg(`${AUTO.replace('. ', '.\n')} `, {
      direction: 'out',
      author: 'You',
      sentAt: T0 + 60_000,
    });
    await ingestThread(db, thread([msg('Where is my order?'), auto]));
    expect(await db.threads.get(id)).toMatchObject({ needsReply: 1, state: 'open' });
  });

  it('a human answer after it still answers the thread', async () => {
    await ingestThread(db, snapshot);
    await claim();
    const auto = msg(AUTO, { direction: 'out', author: 'You', sentAt: T0 + 60_000 });
    const human = msg('It ships today.', { direction: 'out', author: 'You', sentAt: T0 + 7_200_000 });
    await ingestThread(db, thread([msg('Where is my order?'), auto, human]));
    expect(await db.threads.get(id)).toMatchObject({ needsReply: 0, state: 'pending' });
  });

  it('without a recorded auto-reply the same text counts as an answer (nothing changes for other threads)', async () => {
    await ingestThread(db, snapshot);
    const out = msg(AUTO, { direction: 'out', author: 'You', sentAt: T0 + 60_000 });
    await ingestThread(db, thread([msg('Where is my order?'), out]));
    expect(await db.threads.get(id)).toMatchObject({ needsReply: 0 });
  });
});
