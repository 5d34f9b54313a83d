import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../core/protocol';
import type { ProtectFn } from '../../core/translation/queue';
import { ProviderError, type TranslateBatch, type TranslationProvider } from '../../core/translation/types';
import { type ChromeProviderDeps, createChromeProvider } from '../../entrypoints/background/chrome-provider';
import { registerIngestHandlers } from '../../entrypoints/background/ingest-handlers';
import {
  CACHE_PURGE_ALARM,
  type DetectFn,
  purgeExpired,
  registerTranslationHandlers,
} from '../../entrypoints/background/translation-handlers';
import { AppDb } from '../../storage/db';
import { providerHealthItem } from '../../storage/provider-health';
import { providerSecretsItem } from '../../storage/provider-secrets';
import { putCachedTranslations } from '../../storage/translation-cache';
import { DEFAULT_TRANSLATION_SETTINGS, translationSettingsItem } from '../../storage/translation-settings';
import { msg, T0, thread } from './support/builders';

/** A dictionary provider: knows a few sentences per direction, reports the source language. */
const DICTIONARY: Record<string, string> = {
  'de>zh:Wo ist mein Paket?': '我的包裹在哪里？',
  'de>zh:Das Kabel fehlt.': '缺少电缆。',
  'zh>de:您好，包裹明天发货。': 'Hallo, das Paket wird morgen versandt.',
  'de>zh:Hallo, das Paket wird morgen versandt.': '你好，包裹明天发货。',
  'en>zh:Hello, where is my parcel? Thank you!': '你好，我的包裹在哪里？谢谢！',
};

function dictionaryProvider(
  id: 'edge' | 'google' | 'deepl',
): TranslationProvider & { calls: TranslateBatch[] } {
  const calls: TranslateBatch[] = [];
  return {
    id,
    calls,
    maxBatchTexts: 50,
    maxBatchChars: 10_000,
    requestsPerSecond: 100,
    isConfigured: (config) => id !== 'deepl' || Boolean(config.apiKey),
    origins: () => [],
    variant: () => '',
    async translate(batch) {
      calls.push(batch);
      if (id === 'deepl') throw new ProviderError('deepl', 'auth', 'key rejected (403)', { status: 403 });
      const source = batch.source ?? 'de';
      return {
        texts: batch.texts.map(
          (t) => DICTIONARY[`${source}>${batch.target}:${t}`] ?? `[${batch.target}] ${t}`,
        ),
        detected: batch.texts.map(() => source),
      };
    },
  };
}

const identityProtect: ProtectFn = (text) => ({ text, restore: (t) => t });

/** Detector stand-in: German function words are sure, anything else is a low guess. */
const detect: DetectFn = (text) =>
  /\b(ist|das|fehlt|wo)\b/i.test(text)
    ? { lang: 'de', confidence: 'high', by: 'words' }
    : { lang: 'en', confidence: 'low' };

let db: AppDb;
let edge: ReturnType<typeof dictionaryProvider>;
let google: ReturnType<typeof dictionaryProvider>;
let deepl: ReturnType<typeof dictionaryProvider>;
let unregister: Array<() => void>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new AppDb(`test-${crypto.randomUUID()}`);
  edge = dictionaryProvider('edge');
  google = dictionaryProvider('google');
  deepl = dictionaryProvider('deepl');
  await translationSettingsItem.setValue({
    ...DEFAULT_TRANSLATION_SETTINGS,
    providers: [
      { id: 'edge', enabled: true },
      { id: 'google', enabled: true },
    ],
  });
  unregister = [
    registerIngestHandlers(db),
    registerTranslationHandlers(db, {
      providers: { edge, google, deepl },
      protect: identityProtect,
      detect,
      hasPermission: async () => true,
      browserLanguage: () => 'zh-CN',
    }),
  ];
});
afterEach(async () => {
  for (const off of unregister) off();
  await db.delete();
});

async function storeThread() {
  const stored = await sendMessage(
    'ingestThread',
    thread(
      [
        msg('Wo ist mein Paket?', { sentAt: T0 }),
        msg('Thank you for your message.', { direction: 'out', author: 'Seller', sentAt: T0 + 60_000 }),
        msg('Das Kabel fehlt.', { sentAt: T0 + 120_000 }),
      ],
      { site: 'amazon.de', host: 'sellercentral.amazon.de', locale: 'de-DE' },
    ),
  );
  if (!stored.ok) throw new Error(stored.error);
  return stored.threadId;
}

describe('translateTexts', () => {
  it("translates into the agent's language by default and stores the result on the thread's messages", async () => {
    const threadId = await storeThread();
    const results = await sendMessage('translateTexts', {
      texts: ['Wo ist mein Paket?', 'Das Kabel fehlt.'],
      threadId,
      priority: 'visible',
    });
    expect(results).toEqual([
      { ok: true, text: '我的包裹在哪里？', source: 'de', provider: 'edge', cached: false },
      { ok: true, text: '缺少电缆。', source: 'de', provider: 'edge', cached: false },
    ]);
    expect(edge.calls).toEqual([
      { texts: ['Wo ist mein Paket?', 'Das Kabel fehlt.'], source: 'de', target: 'zh' },
    ]);
    const messages = await db.messages.where('threadId').equals(threadId).sortBy('sentAt');
    expect(messages.map((m) => m.translations.zh)).toEqual(['我的包裹在哪里？', undefined, '缺少电缆。']);
    expect(messages[0]).toMatchObject({
      translatedBy: { zh: 'edge' },
      language: 'de',
      languageSource: 'provider',
    });
  });

  it('answers the second time from the cache without a request', async () => {
    await sendMessage('translateTexts', { texts: ['Wo ist mein Paket?'] });
    const [again] = await sendMessage('translateTexts', { texts: ['Wo ist mein Paket?'] });
    expect(again).toMatchObject({ ok: true, cached: true, text: '我的包裹在哪里？' });
    expect(edge.calls).toHaveLength(1);
  });

  it('sends no source when the detector is unsure, and the hint when the page gives one', async () => {
    await sendMessage('translateTexts', { texts: ['Merci beaucoup'], target: 'en' });
    await sendMessage('translateTexts', { texts: ['Bonjour'], source: 'fr', target: 'en' });
    expect(edge.calls.map((c) => c.source)).toEqual([undefined, 'fr']);
  });

  it('skips texts already in the target language', async () => {
    const [r] = await sendMessage('translateTexts', { texts: ['Wo ist mein Paket?'], target: 'de' });
    expect(r).toMatchObject({ ok: false, kind: 'same-language' });
    expect(edge.calls).toHaveLength(0);
  });

  it('refuses oversized payloads', async () => {
    await expect(sendMessage('translateTexts', { texts: Array(201).fill('x') })).rejects.toThrow(/200/);
    await expect(sendMessage('translateTexts', { texts: ['x'.repeat(5_001)] })).rejects.toThrow(/5000/);
    await expect(sendMessage('translateTexts', { texts: [] })).rejects.toThrow();
    await expect(sendMessage('translateTexts', { texts: ['x'], target: '<img>' })).rejects.toThrow(
      /language/,
    );
  });

  it('reports a bad key readably when that provider is the only one, and records its health', async () => {
    await translationSettingsItem.setValue({
      ...DEFAULT_TRANSLATION_SETTINGS,
      providers: [{ id: 'deepl', enabled: true, deeplPlan: 'free' }],
    });
    await providerSecretsItem.setValue({ deepl: { apiKey: 'wrong:fx' } });
    const [r] = await sendMessage('translateTexts', { texts: ['Wo ist mein Paket?'] });
    expect(r).toEqual({ ok: false, kind: 'auth', error: 'DeepL: key rejected (403)', provider: 'deepl' });
    expect(await providerHealthItem.getValue()).toMatchObject([
      { id: 'deepl', state: 'error', kind: 'auth' },
    ]);
  });
});

describe('translateThread', () => {
  it("translates the stored buyer messages that lack the agent's language, once", async () => {
    const threadId = await storeThread();
    expect(await sendMessage('translateThread', { threadId })).toEqual({ ok: true, translated: 2 });
    expect(edge.calls[0]!.texts.sort()).toEqual(['Das Kabel fehlt.', 'Wo ist mein Paket?']);
    expect(await sendMessage('translateThread', { threadId })).toEqual({ ok: true, translated: 0 });
    expect(edge.calls).toHaveLength(1);
  });

  it('answers an unknown thread with an error', async () => {
    expect(await sendMessage('translateThread', { threadId: 'amazon:amazon.de:nope' })).toMatchObject({
      ok: false,
    });
  });
});

describe('translateReply', () => {
  it("translates into the thread's language and back into the agent's", async () => {
    const threadId = await storeThread();
    const r = await sendMessage('translateReply', { threadId, text: '您好，包裹明天发货。' });
    expect(r).toEqual({
      ok: true,
      text: 'Hallo, das Paket wird morgen versandt.',
      back: '你好，包裹明天发货。',
      target: 'de',
      provider: 'edge',
    });
    expect(edge.calls.map((c) => `${c.source}>${c.target}`)).toEqual(['zh>de', 'de>zh']);
  });

  it("falls back to the language of the buyer's last message when the thread has none", async () => {
    const threadId = await storeThread();
    await db.threads.update(threadId, { language: undefined });
    const r = await sendMessage('translateReply', { threadId, text: '您好，包裹明天发货。' });
    expect(r).toMatchObject({ ok: true, target: 'de' });
  });

  it('translates from the language the agent actually wrote in when the detector is sure, and back into it', async () => {
    const r = await sendMessage('translateReply', { text: 'Wo ist das Paket?', target: 'fr' });
    expect(r).toMatchObject({ ok: true, target: 'fr' });
    expect(edge.calls.map((c) => `${c.source}>${c.target}`)).toEqual(['de>fr', 'fr>de']);
  });

  it("says 'no-language' when the buyer's language is unknown, and 'same-language' when it is the agent's", async () => {
    expect(await sendMessage('translateReply', { text: '您好' })).toMatchObject({
      ok: false,
      kind: 'no-language',
    });
    expect(await sendMessage('translateReply', { text: '您好', target: 'zh-CN' })).toMatchObject({
      ok: false,
      kind: 'same-language',
    });
    expect(edge.calls).toHaveLength(0);
  });
});

describe('testProvider', () => {
  it('translates the sample through that one provider only', async () => {
    const ok = await sendMessage('testProvider', { id: 'google' });
    expect(ok).toMatchObject({ ok: true, sample: '你好，我的包裹在哪里？谢谢！' });
    expect(edge.calls).toHaveLength(0);

    await providerSecretsItem.setValue({ deepl: { apiKey: 'wrong:fx' } });
    expect(await sendMessage('testProvider', { id: 'deepl' })).toEqual({
      ok: false,
      kind: 'auth',
      error: 'DeepL: key rejected (403)',
    });
    expect(google.calls).toHaveLength(1);
    expect(await db.translationCache.count()).toBe(0);
  });
});

describe('cache maintenance', () => {
  it('clears the cache on request', async () => {
    await sendMessage('translateTexts', { texts: ['Wo ist mein Paket?'] });
    expect(await sendMessage('clearTranslationCache', undefined)).toEqual({ removed: 1 });
    expect(await db.translationCache.count()).toBe(0);
  });

  it('sets a periodic purge alarm that drops entries older than cacheDays', async () => {
    await new Promise((r) => setTimeout(r, 10));
    const alarm = await fakeBrowser.alarms.get(CACHE_PURGE_ALARM);
    expect(alarm?.periodInMinutes).toBe(360);

    const now = Date.UTC(2026, 10, 23);
    await putCachedTranslations(
      db,
      [{ key: 'old', text: 'a', target: 'zh', provider: 'edge' }],
      now - 31 * 86_400_000,
    );
    await putCachedTranslations(
      db,
      [{ key: 'new', text: 'b', target: 'zh', provider: 'edge' }],
      now - 29 * 86_400_000,
    );
    expect(await purgeExpired(db, now)).toBe(1);
    expect((await db.translationCache.toArray()).map((r) => r.key)).toEqual(['new']);
  });

  it('purges when the alarm fires', async () => {
    await putCachedTranslations(db, [{ key: 'ancient', text: 'a', target: 'zh', provider: 'edge' }], 0);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: CACHE_PURGE_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.translationCache.count()).toBe(0);
  });
});

describe('chrome provider (on-device Translator through the offscreen document)', () => {
  const signal = new AbortController().signal;
  const batch = { texts: ['Wo ist mein Paket?'], source: 'de', target: 'zh' };

  it('fails fast as unavailable when the browser has no Translator, without opening the document', async () => {
    let opened = 0;
    const chrome = createChromeProvider({
      hasTranslator: () => false,
      ensureDocument: async () => {
        opened++;
      },
    });
    await expect(chrome.translate(batch, { id: 'chrome', enabled: true }, signal)).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(opened).toBe(0);
  });

  it('forwards to the offscreen document and remembers an unavailable pair for a minute', async () => {
    let t = 0;
    const sent: unknown[] = [];
    let answer: Awaited<ReturnType<NonNullable<ChromeProviderDeps['send']>>> = {
      ok: false,
      kind: 'unavailable',
      error: 'model downloadable, not downloaded',
    };
    const chrome = createChromeProvider({
      hasTranslator: () => true,
      ensureDocument: async () => undefined,
      send: async (data) => {
        sent.push(data);
        return answer;
      },
      now: () => t,
    });
    const config = { id: 'chrome' as const, enabled: true };
    await expect(chrome.translate(batch, config, signal)).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(chrome.translate(batch, config, signal)).rejects.toMatchObject({ kind: 'unavailable' });
    expect(sent).toHaveLength(1);
    t = 60_001;
    answer = { ok: true, texts: ['我的包裹在哪里？'] };
    expect(await chrome.translate(batch, config, signal)).toEqual({ texts: ['我的包裹在哪里？'] });
    expect(sent).toEqual([batch, batch]);
  });

  it('needs a known source language', async () => {
    const chrome = createChromeProvider({ hasTranslator: () => true, ensureDocument: async () => undefined });
    await expect(
      chrome.translate({ texts: ['x'], target: 'zh' }, { id: 'chrome', enabled: true }, signal),
    ).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
