import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageRecord, ThreadRecord } from '../../core/model';
import { sendMessage } from '../../core/protocol';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import { exportTemplates } from '../../core/templates/exchange';
import { registerIngestHandlers } from '../../entrypoints/background/ingest-handlers';
import { registerTemplateHandlers } from '../../entrypoints/background/template-handlers';
import { AppDb } from '../../storage/db';
import { DEFAULT_REPLY_SETTINGS, replySettingsItem } from '../../storage/reply-settings';
import { msg, thread as snapshot, T0 } from './support/builders';

let db: AppDb;
let unregister: Array<() => void>;

beforeEach(() => {
  fakeBrowser.reset();
  db = new AppDb(`test-${crypto.randomUUID()}`);
  unregister = [registerTemplateHandlers(db)];
});
afterEach(async () => {
  for (const off of unregister) off();
  await db.delete();
});

const THREAD_ID = 'ebay:ebay.de:conv-1';

function threadRecord(overrides: Partial<ThreadRecord> = {}): ThreadRecord {
  return {
    id: THREAD_ID,
    platform: 'ebay',
    site: 'ebay.de',
    host: 'www.ebay.de',
    nativeThreadId: 'conv-1',
    url: 'https://www.ebay.de/mesh/ord/conv-1',
    buyerName: 'k.schmidt',
    customerId: 'c1',
    orderIds: ['12-34567-89012'],
    items: [{ id: '1234', title: 'LED Schreibtischlampe' }],
    subject: 'Frage',
    snippet: '',
    snippetDirection: 'in',
    lastMessageAt: T0,
    lastInboundAt: T0,
    lastOutboundAt: 0,
    messageCount: 3,
    needsReply: 1,
    unread: 1,
    urgent: 1,
    state: 'open',
    language: 'de',
    intent: 'damaged-defective',
    sentiment: 'negative',
    urgentReasons: ['angry'],
    tags: [],
    captured: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function message(
  seq: number,
  direction: 'in' | 'out',
  text: string,
  extra: Partial<MessageRecord> = {},
): MessageRecord {
  return {
    id: `m${seq}`,
    threadId: THREAD_ID,
    fingerprint: `f${seq}`,
    seq,
    direction,
    author: direction === 'in' ? 'k.schmidt' : 'shop',
    sentAt: T0 + seq * 60_000,
    sentAtText: '',
    sentAtPrecision: 'minute',
    text,
    translations: {},
    attachments: [],
    firstSeenAt: T0,
    ...extra,
  };
}

async function storeThread(): Promise<void> {
  await db.threads.put(threadRecord());
  await db.messages.bulkPut([
    message(1, 'in', 'Wo ist meine Lampe?', { intent: 'where-is-order', language: 'de' }),
    message(2, 'out', 'Versendet mit DHL, Sendungsnummer JJD000390007827370', { language: 'de' }),
    message(3, 'in', 'Die Lampe ist kaputt angekommen!!!', { intent: 'damaged-defective', language: 'de' }),
    message(4, 'in', 'Ich will mein Geld zurück.', { intent: 'return-refund', language: 'de' }),
  ]);
}

describe('listTemplates', () => {
  it('answers with the seeded default pack on the very first call', async () => {
    const { templates, thread } = await sendMessage('listTemplates', {});
    expect(templates).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(thread).toBeUndefined();
  });

  it('gives the thread context: language, classification and values from thread, messages and settings', async () => {
    await storeThread();
    await replySettingsItem.setValue({
      ...DEFAULT_REPLY_SETTINGS,
      agentName: 'Lily',
      storeNames: { 'ebay:ebay.de': 'Lumen Shop' },
    });
    const { templates, thread } = await sendMessage('listTemplates', { threadId: THREAD_ID });
    expect(templates.length).toBeGreaterThan(0);
    expect(thread).toEqual({
      threadId: THREAD_ID,
      platform: 'ebay',
      site: 'ebay.de',
      language: 'de',
      classification: {
        intent: 'damaged-defective',
        intents: [
          { intent: 'damaged-defective', score: 1 },
          { intent: 'return-refund', score: 0.5 },
        ],
        sentiment: 'negative',
        urgent: true,
        urgentReasons: ['angry'],
      },
      values: {
        buyer_name: 'k.schmidt',
        order_id: '12-34567-89012',
        item_title: 'LED Schreibtischlampe',
        platform: 'eBay',
        site: 'ebay.de',
        agent_name: 'Lily',
        store_name: 'Lumen Shop',
        tracking_number: 'JJD000390007827370',
      },
    });
  });

  it('prefers the language a translation provider confirmed over the detector’s', async () => {
    await storeThread();
    await db.messages.update('m4', { language: 'nl', languageSource: 'provider' });
    expect((await sendMessage('listTemplates', { threadId: THREAD_ID })).thread?.language).toBe('nl');
    await db.threads.update(THREAD_ID, { language: undefined });
    await db.messages.update('m4', { languageSource: 'detector' });
    expect((await sendMessage('listTemplates', { threadId: THREAD_ID })).thread?.language).toBe('nl');
    await db.messages.update('m4', { language: undefined });
    expect((await sendMessage('listTemplates', { threadId: THREAD_ID })).thread?.language).toBe('de');
  });

  it('scopes to the platform given, else the thread’s platform', async () => {
    await storeThread();
    await sendMessage('saveTemplate', {
      name: 'Amazon only',
      category: 'other',
      bodies: { en: 'x' },
      platforms: ['amazon'],
      keyword: '',
      intents: [],
    });
    const ebay = await sendMessage('listTemplates', { threadId: THREAD_ID });
    expect(ebay.templates.map((t) => t.name)).not.toContain('Amazon only');
    const amazon = await sendMessage('listTemplates', { platform: 'amazon' });
    expect(amazon.templates.map((t) => t.name)).toContain('Amazon only');
  });

  it('leaves the context out for an unknown thread and refuses bad payloads', async () => {
    expect((await sendMessage('listTemplates', { threadId: 'nope' })).thread).toBeUndefined();
    await expect(sendMessage('listTemplates', { platform: 'tiktok' as 'ebay' })).rejects.toThrow();
    await expect(sendMessage('listTemplates', { threadId: 5 as unknown as string })).rejects.toThrow();
  });

  it('reads a thread stored by ingest (classified by core/intent)', async () => {
    unregister.push(registerIngestHandlers(db));
    const stored = await sendMessage(
      'ingestThread',
      snapshot([msg('My order has not arrived, where is it? Tracking LP00123456789012 shows nothing.')]),
    );
    if (!stored.ok) throw new Error(stored.error);
    const { thread } = await sendMessage('listTemplates', { threadId: stored.threadId });
    expect(thread?.values).toMatchObject({
      buyer_name: 'Palmer',
      platform: 'Amazon',
      site: 'amazon.com',
      tracking_number: 'LP00123456789012',
    });
    expect(thread?.classification?.intent).toBe('where-is-order');
  });
});

describe('saveTemplate / deleteTemplate', () => {
  it('saves, logs and deletes', async () => {
    const saved = await sendMessage('saveTemplate', {
      name: 'Lampe defekt',
      category: 'damaged-item',
      bodies: { de: 'Hallo {{buyer_name}}, das tut uns leid.' },
      platforms: ['ebay'],
      keyword: 'lampe',
      intents: ['damaged-defective'],
    });
    if (!saved.ok) throw new Error(saved.error);
    expect((await db.templates.get(saved.id))!.keyword).toBe('lampe');
    expect(await sendMessage('deleteTemplate', { id: saved.id })).toEqual({ ok: true });
    expect(await sendMessage('deleteTemplate', { id: saved.id })).toEqual({ ok: false });
    const types = (await db.events.toArray()).map((e) => e.type);
    expect(types).toEqual(['template.saved', 'template.deleted']);
  });

  it('answers an invalid template with the reason', async () => {
    const result = await sendMessage('saveTemplate', {
      name: 'x',
      category: 'other',
      bodies: { en: 'y'.repeat(5001) },
      platforms: [],
      keyword: '',
      intents: [],
    });
    expect(result).toEqual({
      ok: false,
      error: 'body (en) too long (5,000 characters at most)',
      issue: { code: 'body-too-long', params: { language: 'en', max: 5000 } },
    });
    await expect(sendMessage('deleteTemplate', { id: '../etc' })).rejects.toThrow();
  });
});

describe('importTemplates / restoreDefaultTemplates', () => {
  it('merges a file, reporting rejected entries', async () => {
    const json = JSON.stringify([
      { name: 'Neu', category: 'thanks', bodies: { de: 'Danke!' } },
      { name: 'Kaputt' },
    ]);
    const result = await sendMessage('importTemplates', { json, mode: 'merge' });
    expect(result).toEqual({ ok: true, added: 1, updated: 0, errors: ['#2 (Kaputt): bodies missing'] });
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length + 1);
  });

  it('never empties the library for a file without usable templates', async () => {
    await sendMessage('listTemplates', {});
    const result = await sendMessage('importTemplates', { json: '{"nope":1}', mode: 'replace' });
    expect(result).toEqual({
      ok: false,
      error: 'The file holds no list of templates.',
      errors: ['The file holds no list of templates.'],
    });
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    const bad = await sendMessage('importTemplates', { json: '[]', mode: 'sideways' as 'merge' });
    expect(bad.ok).toBe(false);
  });

  it('replaces with an export, and restore brings the defaults back', async () => {
    const json = exportTemplates([
      { ...DEFAULT_TEMPLATES[0]!, id: 'tpl_only', builtIn: false, name: 'Only one' },
    ]);
    expect(await sendMessage('importTemplates', { json, mode: 'replace' })).toMatchObject({
      ok: true,
      added: 1,
    });
    expect(await db.templates.count()).toBe(1);
    expect(await sendMessage('restoreDefaultTemplates', undefined)).toEqual({
      added: DEFAULT_TEMPLATES.length,
    });
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length + 1);
  });
});

describe('templateUsed', () => {
  it('counts a use and logs it with the thread', async () => {
    await storeThread();
    await sendMessage('templateUsed', {
      templateId: 'default:damaged-item',
      threadId: THREAD_ID,
      via: 'suggestion',
      language: 'de-DE',
      translated: true,
    });
    expect((await db.templates.get('default:damaged-item'))!.usageCount).toBe(1);
    const event = await db.events.where('type').equals('template.used').first();
    expect(event).toMatchObject({
      threadId: THREAD_ID,
      detail: { templateId: 'default:damaged-item', via: 'suggestion', language: 'de', translated: true },
    });
  });

  it('refuses malformed uses', async () => {
    const ok = { templateId: 'default:thanks', via: 'picker' as const, language: 'en', translated: false };
    await expect(sendMessage('templateUsed', { ...ok, via: 'telepathy' as 'picker' })).rejects.toThrow();
    await expect(sendMessage('templateUsed', { ...ok, language: '<img>' })).rejects.toThrow();
    await expect(
      sendMessage('templateUsed', { ...ok, translated: 'yes' as unknown as boolean }),
    ).rejects.toThrow();
    await expect(sendMessage('templateUsed', { ...ok, templateId: '' })).rejects.toThrow();
    expect(await db.events.where('type').equals('template.used').count()).toBe(0);
  });
});
