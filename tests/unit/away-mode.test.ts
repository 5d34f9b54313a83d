import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AwaySettings, DEFAULT_AWAY_SETTINGS } from '../../core/away/settings';
import type { SendResult } from '../../core/protocol';
import type { TemplateRecord } from '../../core/templates/types';
import type { TranslationResult } from '../../core/translation/types';
import { type AwayModeDeps, registerAwayMode } from '../../entrypoints/background/away-mode';
import { AppDb } from '../../storage/db';
import { ingestThread } from '../../storage/ingest';
import { templatesSeededItem } from '../../storage/templates';
import { msg, thread } from './support/builders';

// Sunday 2026-11-29 03:00 in Shanghai: off-hours for the default schedule.
const NOW = Date.parse('2026-11-28T19:00:00Z');
const MIN = 60_000;
const TEMPLATE: TemplateRecord = {
  id: 'default:off-hours',
  name: 'Off hours',
  category: 'off-hours',
  bodies: { en: 'Hello {{buyer_name}}, thank you for your message. We reply from 9:00 (Beijing time).' },
  platforms: [],
  keyword: 'away',
  intents: [],
  usageCount: 0,
  lastUsedAt: 0,
  createdAt: 0,
  updatedAt: 0,
};

let db: AppDb;
let sent: { tabId: number; threadId: string; text: string }[];
let translated: { text: string; source: string; target: string }[];
let settings: AwaySettings;
let clock: number;
let sendResult: SendResult;
let translation: (text: string, target: string) => TranslationResult;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new AppDb(`test-${crypto.randomUUID()}`);
  await db.templates.put(TEMPLATE);
  sent = [];
  translated = [];
  settings = { ...DEFAULT_AWAY_SETTINGS, enabled: true };
  clock = NOW;
  sendResult = { ok: true };
  translation = (text, target) => ({
    ok: true,
    text: `[${target}] ${text}`,
    provider: 'google',
    cached: false,
  });
});
afterEach(async () => {
  await db.delete();
});

function awayMode(overrides: Partial<AwayModeDeps> = {}) {
  return registerAwayMode(db, {
    now: () => clock,
    settings: async () => settings,
    agentLanguage: async () => 'en',
    translate: async (text, source, target) => {
      translated.push({ text, source, target });
      return translation(text, target);
    },
    send: async (tabId, data) => {
      sent.push({ tabId, ...data });
      return sendResult;
    },
    tabFor: async (_id, tab) => tab,
    ...overrides,
  });
}

const history = [
  msg('Hallo, ist der Artikel noch da?', { sentAt: NOW - 180 * MIN }),
  msg('Ja, er ist verfügbar.', { direction: 'out', author: 'You', sentAt: NOW - 170 * MIN }),
];

/** First capture three hours ago; then the buyer writes now. Returns the stored thread id. */
async function liveMessage(text = 'Wo ist meine Bestellung? Sie sollte gestern kommen.') {
  const first = await ingestThread(
    db,
    thread(history, { site: 'amazon.de', buyer: { name: 'Jonas' } }),
    NOW - 180 * MIN,
  );
  if (!first.ok) throw new Error('not stored');
  const live = msg(text, { sentAt: NOW - 30_000 });
  const second = await ingestThread(
    db,
    thread([...history, live], { site: 'amazon.de', buyer: { name: 'Jonas' } }),
    NOW - 20_000,
  );
  if (!second.ok) throw new Error('not stored');
  await db.threads.update(second.threadId, { language: 'de' });
  return second.threadId;
}

const events = async (type: string) => (await db.events.toArray()).filter((e) => e.type === type);

describe('away mode in the background', () => {
  it('answers a live message once, in the buyer’s language through the queue, and logs it without the buyer text', async () => {
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);

    expect(translated).toEqual([
      {
        text: 'Hello Jonas, thank you for your message. We reply from 9:00 (Beijing time).',
        source: 'en',
        target: 'de',
      },
    ]);
    expect(sent).toEqual([{ tabId: 7, threadId: id, text: `[de] ${translated[0]!.text}` }]);
    const thread = (await db.threads.get(id))!;
    expect(thread.autoReplyAt).toBe(NOW);
    expect(thread.autoReplyText).toBe(sent[0]!.text);
    const [event] = await events('reply.auto-sent');
    expect(event).toMatchObject({
      threadId: id,
      detail: {
        templateId: 'default:off-hours',
        language: 'de',
        translated: true,
        messageId: thread.autoReplyMessageId,
      },
    });
    expect(JSON.stringify(event)).not.toContain('Bestellung');
  });

  it('never twice: repeated ingests, concurrent decisions and a restarted worker send one reply', async () => {
    const id = await liveMessage();
    const first = awayMode();
    await Promise.all([first.afterIngest(id, 7), first.afterIngest(id, 7)]);
    // A new worker (fresh in-memory state) deciding on the next ingest.
    await awayMode().afterIngest(id, 7);
    await Promise.all([awayMode().afterIngest(id, 7), awayMode().afterIngest(id, 8)]);
    expect(sent).toHaveLength(1);
    expect(await events('reply.auto-skipped')).toEqual([]);
  });

  it('a second live message within the window is not answered; its skip is logged once', async () => {
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    clock = NOW + 10 * MIN;
    const again = msg('Hallo?', { sentAt: clock - 20_000 });
    const live = msg('Wo ist meine Bestellung? Sie sollte gestern kommen.', { sentAt: NOW - 30_000 });
    await ingestThread(
      db,
      thread([...history, live, again], { site: 'amazon.de', buyer: { name: 'Jonas' } }),
      clock - 10_000,
    );
    await awayMode().afterIngest(id, 7);
    await awayMode().afterIngest(id, 7);
    expect(sent).toHaveLength(1);
    expect((await events('reply.auto-skipped')).map((e) => e.detail)).toEqual([
      expect.objectContaining({ reason: 'window' }),
    ]);
  });

  it('before the library is seeded, the off-hours notice comes from the default pack; a send counts as a use', async () => {
    await db.templates.clear();
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect(sent).toHaveLength(1);
    expect(translated[0]).toMatchObject({ source: 'en', target: 'de' });
    expect(translated[0]!.text).toMatch(/^Hello, thank you for your message!/);
  });

  it('a sent reply counts as a use of the template (template.used, via away)', async () => {
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect((await db.templates.get(TEMPLATE.id))!.usageCount).toBe(1);
    expect((await events('template.used'))[0]).toMatchObject({
      threadId: id,
      detail: expect.objectContaining({ via: 'away' }),
    });
  });

  it('a newer buyer message stored between the decision and the claim: nothing sent for the older one, one for the newer', async () => {
    const id = await liveMessage();
    const live = msg('Wo ist meine Bestellung? Sie sollte gestern kommen.', { sentAt: NOW - 30_000 });
    const newer = msg('Hallo? Noch da?', { sentAt: NOW - 5_000 });
    let interfered = false;
    const mode = awayMode({
      tabFor: async (_id, tab) => {
        if (!interfered) {
          interfered = true;
          await ingestThread(
            db,
            thread([...history, live, newer], { site: 'amazon.de', buyer: { name: 'Jonas' } }),
            NOW - 1_000,
          );
        }
        return tab;
      },
    });
    await mode.afterIngest(id, 7);
    expect(sent).toEqual([]);
    await mode.afterIngest(id, 7);
    expect(sent).toHaveLength(1);
    const claimed = (await db.threads.get(id))!.autoReplyMessageId;
    const stored = await db.messages.where('threadId').equals(id).toArray();
    expect(stored.find((m) => m.id === claimed)!.text).toBe('Hallo? Noch da?');
  });

  it('does nothing at all while away mode is off', async () => {
    settings = { ...settings, enabled: false };
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect(sent).toEqual([]);
    expect(await db.events.where('type').startsWith('reply.auto').count()).toBe(0);
  });

  it('a provider error skips with the reason, claims nothing and sends nothing', async () => {
    translation = () => ({ ok: false, kind: 'network', error: 'offline' });
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect(sent).toEqual([]);
    expect((await db.threads.get(id))!.autoReplyMessageId).toBeUndefined();
    expect((await events('reply.auto-skipped'))[0]!.detail).toMatchObject({
      reason: 'translation-failed',
      kind: 'network',
    });
  });

  it('uses a body in the buyer’s language as it is, without a provider call', async () => {
    await db.templates.put({
      ...TEMPLATE,
      bodies: { ...TEMPLATE.bodies, de: 'Hallo {{buyer_name}}, wir antworten ab 9 Uhr.' },
    });
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect(translated).toEqual([]);
    expect(sent[0]!.text).toBe('Hallo Jonas, wir antworten ab 9 Uhr.');
  });

  it('with the buyer’s language unknown, the English body goes out as it is, not the agent’s language', async () => {
    await db.templates.put({
      ...TEMPLATE,
      bodies: { zh: '您好，我们会尽快回复。', en: 'Hello, we will reply soon.' },
    });
    const id = await liveMessage('ok');
    await db.threads.update(id, { language: undefined });
    await db.messages.where('threadId').equals(id).modify({ language: undefined });
    await registerAwayMode(db, {
      now: () => clock,
      settings: async () => settings,
      agentLanguage: async () => 'zh',
      translate: async () => {
        throw new Error('no translation expected');
      },
      send: async (tabId, data) => {
        sent.push({ tabId, ...data });
        return { ok: true };
      },
      tabFor: async (_id, tab) => tab,
    }).afterIngest(id, 7);
    expect(sent.map((s) => s.text)).toEqual(['Hello, we will reply soon.']);
  });

  it('a variable without a value is never sent', async () => {
    await db.templates.put({ ...TEMPLATE, bodies: { de: 'Bestellung {{order_id}}: {{tracking_number}}' } });
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect(sent).toEqual([]);
    expect((await events('reply.auto-skipped'))[0]!.detail).toMatchObject({ reason: 'missing-variables' });
  });

  it('a deleted default template is not resurrected from the default pack', async () => {
    await db.templates.delete(TEMPLATE.id);
    await templatesSeededItem.setValue(['default:off-hours']);
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    expect(sent).toEqual([]);
    expect((await events('reply.auto-skipped'))[0]!.detail).toMatchObject({ reason: 'no-template' });
  });

  it('a failed send is logged and not retried (the claim stays)', async () => {
    sendResult = { ok: false, reason: 'draft-present', error: 'The reply box holds a draft.' };
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    await awayMode().afterIngest(id, 7);
    expect(sent).toHaveLength(1);
    expect((await events('reply.auto-failed'))[0]!.detail).toMatchObject({ reason: 'draft-present' });
    expect((await db.threads.get(id))!.autoReplyMessageId).toBeDefined();
  });

  it('a thread answered only by the auto-reply still needs a human answer after the next read', async () => {
    const id = await liveMessage();
    await awayMode().afterIngest(id, 7);
    const live = msg('Wo ist meine Bestellung? Sie sollte gestern kommen.', { sentAt: NOW - 30_000 });
    const auto = msg(sent[0]!.text, { direction: 'out', author: 'You', sentAt: NOW });
    await ingestThread(
      db,
      thread([...history, live, auto], { site: 'amazon.de', buyer: { name: 'Jonas' } }),
      NOW + 5000,
    );
    expect(await db.threads.get(id)).toMatchObject({ needsReply: 1, state: 'open' });
  });

  it('an angry message threatening a bad review is never answered (the real classifier), skipped with its reason', async () => {
    const id = await liveMessage(
      'This is unacceptable! Two weeks waiting. I will leave negative feedback and open an A-to-z claim!',
    );
    await awayMode().afterIngest(id, 7);
    expect(sent).toEqual([]);
    const [skipped] = await events('reply.auto-skipped');
    expect(['urgent', 'negative']).toContain((skipped!.detail as { reason: string }).reason);
  });

  it('a worker stopped after Send but before the log: the event is written once the reply shows in the thread', async () => {
    const id = await liveMessage();
    // The claim as the stopped worker left it, with no event.
    const text = 'Hallo, danke für Ihre Nachricht.';
    const last = (await db.messages.where('threadId').equals(id).toArray())
      .sort((a, b) => a.sentAt - b.sentAt)
      .at(-1)!;
    await db.threads.update(id, { autoReplyAt: NOW, autoReplyMessageId: last.id, autoReplyText: text });
    const live = msg('Wo ist meine Bestellung? Sie sollte gestern kommen.', { sentAt: NOW - 30_000 });
    const auto = msg(text, { direction: 'out', author: 'You', sentAt: NOW });
    await ingestThread(
      db,
      thread([...history, live, auto], { site: 'amazon.de', buyer: { name: 'Jonas' } }),
      NOW + 2000,
    );
    await awayMode().afterIngest(id, 7);
    await awayMode().afterIngest(id, 7);
    expect(sent).toEqual([]);
    const events = await db.events
      .where('threadId')
      .equals(id)
      .filter((e) => e.type.startsWith('reply.auto'))
      .toArray();
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['reply.auto-sent', expect.objectContaining({ messageId: last.id, recovered: true, language: 'de' })],
    ]);
  });

  it('no tab showing the thread: skipped with the reason, nothing claimed', async () => {
    const id = await liveMessage();
    await awayMode().afterIngest(id, undefined);
    expect(sent).toEqual([]);
    expect((await events('reply.auto-skipped'))[0]!.detail).toMatchObject({ reason: 'no-tab' });
    expect((await db.threads.get(id))!.autoReplyAt).toBeUndefined();
  });
});
