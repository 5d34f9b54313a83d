import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../storage/db';
import { ingestThread } from '../../storage/ingest';
import { msg, T0, thread } from './support/builders';

/** Ingest classifies buyer messages (core/intent) and summarises them on the thread (storage/thread-intent.ts). */
let db: AppDb;

beforeEach(() => {
  db = new AppDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const at = (minutes: number) => T0 + minutes * 60_000;
const reply = (text: string, minutes: number) =>
  msg(text, { direction: 'out', author: 'You', sentAt: at(minutes) });

async function storedThread() {
  const [t] = await db.threads.toArray();
  return t!;
}

describe('ingest: intent, sentiment and urgency', () => {
  it('classifies each new buyer message, and only buyer messages', async () => {
    await ingestThread(
      db,
      thread([
        msg('The mug arrived broken. I want a refund or I leave 1 star!', { sentAt: at(0) }),
        reply('Sorry to hear that, we will refund you.', 5),
      ]),
    );

    const messages = await db.messages.orderBy('[threadId+sentAt]').toArray();
    expect(messages[0]).toMatchObject({
      intent: 'damaged-defective',
      sentiment: 'negative',
      urgent: 1,
      urgentReasons: ['review-threat'],
    });
    expect(messages[1]!.intent).toBeUndefined();
    expect(messages[1]!.urgent).toBeUndefined();
  });

  it("takes the thread's intent from the latest buyer message since our reply, unless it only says thanks or hello", async () => {
    await ingestThread(
      db,
      thread([
        msg('Can you send me an invoice please?', { sentAt: at(0) }),
        reply('Attached.', 5),
        msg('Where is my parcel? Still not received', { sentAt: at(10) }),
        msg('Hello??', { sentAt: at(20) }),
      ]),
    );

    // "Hello??" says nothing: the earlier message since our reply does; the one before our reply does not count.
    expect(await storedThread()).toMatchObject({
      intent: 'where-is-order',
      sentiment: 'negative',
      urgent: 0,
    });

    await ingestThread(
      db,
      thread([
        msg('Can you send me an invoice please?', { sentAt: at(0) }),
        reply('Attached.', 5),
        msg('Where is my parcel? Still not received', { sentAt: at(10) }),
        msg('Hello??', { sentAt: at(20) }),
        msg('Also, can I change the size to L?', { sentAt: at(30) }),
      ]),
    );
    expect((await storedThread()).intent).toBe('change-order');
  });

  it('is urgent while an urgent buyer message waits, with every reason, and calm again once we answered', async () => {
    const angry = [
      msg('Need it by Friday, it is a gift', { sentAt: at(0) }),
      msg('If it does not come I will open an A-to-z claim', { sentAt: at(1) }),
    ];
    await ingestThread(db, thread(angry));
    const waiting = await storedThread();
    expect(waiting.urgent).toBe(1);
    expect(waiting.urgentReasons).toEqual(expect.arrayContaining(['deadline', 'claim']));

    await ingestThread(db, thread([...angry, reply('It arrives Thursday, tracking 1Z999.', 10)]));
    const answered = await storedThread();
    expect(answered).toMatchObject({ urgent: 0, urgentReasons: [], needsReply: 0 });
    // With nothing pending the thread still says what the buyer last wrote about ("if it does not come…").
    expect(answered.intent).toBe('where-is-order');
  });

  it('keeps a manual urgent flag over the classifier, with no detected reasons', async () => {
    await ingestThread(db, thread([msg('Where is my order?', { sentAt: at(0) })]));
    const stored = await storedThread();
    await db.threads.update(stored.id, { urgent: 1, urgentManual: 1 });

    await ingestThread(
      db,
      thread([msg('Where is my order?', { sentAt: at(0) }), msg('Thanks!', { sentAt: at(5) })]),
    );

    expect(await storedThread()).toMatchObject({ urgent: 1, urgentManual: 1, urgentReasons: [] });
  });

  it('classifies stored buyer messages that lack the fields on the next read of the thread', async () => {
    await ingestThread(db, thread([msg('Bitte stornieren Sie meine Bestellung', { sentAt: at(0) })]));
    const [stored] = await db.messages.toArray();
    // As a message stored before the classifier existed.
    await db.messages.put({
      ...stored!,
      intent: undefined,
      sentiment: undefined,
      urgent: undefined,
      urgentReasons: undefined,
    });

    const again = await ingestThread(
      db,
      thread([msg('Bitte stornieren Sie meine Bestellung', { sentAt: at(0) })]),
    );

    expect(again).toMatchObject({ added: 0, updated: 1 });
    expect((await db.messages.toArray())[0]).toMatchObject({ intent: 'cancel-order', urgent: 0 });
    expect((await storedThread()).intent).toBe('cancel-order');
  });

  it('uses the message language it detected (a Chinese buyer on amazon.com)', async () => {
    await ingestThread(db, thread([msg('东西收到了但是坏了，屏幕碎了', { sentAt: at(0) })]));

    const [stored] = await db.messages.toArray();
    expect(stored).toMatchObject({ language: 'zh', intent: 'damaged-defective', sentiment: 'negative' });
  });
});
