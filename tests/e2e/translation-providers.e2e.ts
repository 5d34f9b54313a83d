import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TranslationResult } from '../../core/translation/types';
import type { TranslationSettings } from '../../storage/translation-settings';
import { eventually, readStore, type Session, startSession } from './support/session';

/**
 * The provider chain through the BUILT extension in real Chromium: an extension page sends the protocol messages
 * the content scripts and side panel send (the @webext-core/messaging wire format) to the real background, whose
 * queue calls the providers' real hostnames, answered by the mocks of tests/harness/provider-mocks.mjs.
 */

const KEYS = {
  deeplFree: 'test-deepl-key:fx',
  deeplPro: 'test-deepl-pro-key',
  openai: 'sk-test',
  baiduAppId: '20260101000001',
  baiduSecret: 'test-baidu-secret',
};

const GERMAN = 'Wo ist meine Bestellung? Sie ist noch nicht angekommen.';
const CHINESE = '我的订单在哪里？还没有到。';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = session.dbPage;
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => {
  session.providers.reset();
});

type Providers = TranslationSettings['providers'];

/** Settings and keys as the options page stores them (`local:translation`, `local:providerSecrets`). */
async function configure(providers: Providers, secrets: Record<string, { apiKey: string }> = {}) {
  const settings: TranslationSettings = {
    agentLanguage: 'zh-CN',
    providers,
    inlineTranslation: true,
    glossary: [],
    doNotTranslate: [],
    cacheDays: 30,
  };
  await page.evaluate(
    (translation, providerSecrets) => chrome.storage.local.set({ translation, providerSecrets }),
    settings as unknown as Record<string, unknown>,
    secrets,
  );
}

/** One protocol message to the background, exactly as @webext-core/messaging sends it. */
async function call<T>(type: string, data: unknown): Promise<T> {
  const response = await page.evaluate(
    (type, data) =>
      chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }),
    type,
    data as Record<string, unknown>,
  );
  const r = response as { res?: T; err?: { message: string } } | undefined;
  if (r?.err) throw new Error(r.err.message);
  return r?.res as T;
}

function translate(texts: string[], extra: Record<string, unknown> = {}) {
  return call<TranslationResult[]>('translateTexts', { texts, source: 'de', target: 'zh', ...extra });
}

/** A text no earlier test translated, so the cache cannot answer it. */
let counter = 0;
function fresh(): string {
  counter += 1;
  return `Bestellung Nummer ${counter} ist noch nicht da.`;
}

describe('translation providers through the real background', () => {
  it('Edge (key-less, default chain) translates through its mock under the real hostname', async () => {
    await configure([{ id: 'edge', enabled: true }]);
    const [r] = await translate([GERMAN]);
    expect(r).toEqual({ ok: true, text: CHINESE, source: 'de', provider: 'edge', cached: false });
    const [request] = session.providers.requests('edge.microsoft.com');
    expect(request).toMatchObject({ method: 'POST', path: '/translate/translatetext', status: 200 });
  });

  it('an order id and a URL leave as tokens and come back unchanged', async () => {
    await configure([{ id: 'edge', enabled: true }]);
    const text = 'Bestellung 302-1234567-7654321: siehe https://example.com/p?id=42 bitte.';
    const [r] = await translate([text]);
    const [request] = session.providers.requests('edge.microsoft.com');
    expect(request!.body).not.toContain('302-1234567-7654321');
    expect(request!.body).not.toContain('example.com');
    expect(r).toMatchObject({ ok: true, provider: 'edge' });
    expect(r!.ok && r!.text).toContain('302-1234567-7654321');
    expect(r!.ok && r!.text).toContain('https://example.com/p?id=42');
  });

  it('Google web endpoint translates through its mock', async () => {
    await configure([{ id: 'google', enabled: true }]);
    const [r] = await translate([GERMAN]);
    expect(r).toMatchObject({ ok: true, text: CHINESE, provider: 'google' });
    expect(session.providers.requests('translate.googleapis.com')).toHaveLength(1);
  });

  it('DeepL free and pro keys go to their own hosts', async () => {
    await configure([{ id: 'deepl', enabled: true, deeplPlan: 'free' }], {
      deepl: { apiKey: KEYS.deeplFree },
    });
    expect((await translate([GERMAN]))[0]).toMatchObject({ ok: true, text: CHINESE, provider: 'deepl' });
    await configure([{ id: 'deepl', enabled: true, deeplPlan: 'pro' }], { deepl: { apiKey: KEYS.deeplPro } });
    expect((await translate([fresh()]))[0]).toMatchObject({ ok: true, provider: 'deepl' });
    expect(session.providers.requests('api-free.deepl.com').map((r) => r.status)).toEqual([200]);
    expect(session.providers.requests('api.deepl.com').map((r) => r.status)).toEqual([200]);
  });

  it('an OpenAI-compatible endpoint (DeepSeek) translates through its mock', async () => {
    await configure(
      [{ id: 'openai', enabled: true, baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat' }],
      {
        openai: { apiKey: KEYS.openai },
      },
    );
    const [r] = await translate([GERMAN]);
    expect(r).toMatchObject({ ok: true, text: CHINESE, provider: 'openai' });
    const [request] = session.providers.requests('api.deepseek.com');
    expect(request!.headers.authorization).toBe(`Bearer ${KEYS.openai}`);
  });

  it('Baidu signs its request correctly (the mock checks the MD5 sign)', async () => {
    await configure([{ id: 'baidu', enabled: true, appId: KEYS.baiduAppId }], {
      baidu: { apiKey: KEYS.baiduSecret },
    });
    const [r] = await translate([GERMAN]);
    expect(r).toMatchObject({ ok: true, text: CHINESE, provider: 'baidu' });
    expect(session.providers.requests('fanyi-api.baidu.com')).toHaveLength(1);
  });

  it('Edge answering 429 falls back to Google; both mocks saw the request', async () => {
    await configure([
      { id: 'edge', enabled: true },
      { id: 'google', enabled: true },
    ]);
    session.providers.set('edge.microsoft.com', { status: 429, times: 1 });
    const [r] = await translate([fresh()]);
    expect(r).toMatchObject({ ok: true, provider: 'google' });
    expect(session.providers.requests('edge.microsoft.com').map((q) => q.status)).toEqual([429]);
    expect(session.providers.requests('translate.googleapis.com').map((q) => q.status)).toEqual([200]);
  });

  it('a 5xx is retried on the same provider', async () => {
    await configure([{ id: 'google', enabled: true }]);
    session.providers.set('translate.googleapis.com', { status: 503, times: 1 });
    const [r] = await translate([fresh()]);
    expect(r).toMatchObject({ ok: true, provider: 'google' });
    expect(session.providers.requests('translate.googleapis.com').map((q) => q.status)).toEqual([503, 200]);
  });

  it("a bad DeepL key, DeepL being the only provider, gives kind 'auth' with a readable message", async () => {
    await configure([{ id: 'deepl', enabled: true, deeplPlan: 'free' }], {
      deepl: { apiKey: 'wrong-key:fx' },
    });
    const [r] = await translate([fresh()]);
    expect(r).toMatchObject({ ok: false, kind: 'auth', provider: 'deepl' });
    expect(r!.ok === false && r!.error).toMatch(/^DeepL: /);
    expect(r!.ok === false && r!.error).not.toContain('wrong-key');
    const test = await call<{ ok: boolean; kind?: string }>('testProvider', { id: 'deepl' });
    expect(test).toMatchObject({ ok: false, kind: 'auth' });
  });

  it('a cache hit makes no second request', async () => {
    await configure([{ id: 'edge', enabled: true }]);
    const text = fresh();
    expect((await translate([text]))[0]).toMatchObject({ ok: true, cached: false });
    expect((await translate([text]))[0]).toMatchObject({ ok: true, cached: true });
    expect(session.providers.requests('edge.microsoft.com')).toHaveLength(1);
  });

  it('testProvider reports the time of one real call', async () => {
    await configure([{ id: 'edge', enabled: true }]);
    const r = await call<{ ok: boolean; ms: number; sample: string }>('testProvider', { id: 'edge' });
    expect(r.ok).toBe(true);
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(session.providers.requests('edge.microsoft.com')).toHaveLength(1);
  });

  it('keys go only to their own host and are never in sync storage or the database', async () => {
    const all = [
      { id: 'deepl' as const, enabled: true, deeplPlan: 'free' as const },
      { id: 'openai' as const, enabled: true, baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat' },
      { id: 'baidu' as const, enabled: true, appId: KEYS.baiduAppId },
      { id: 'edge' as const, enabled: true },
      { id: 'google' as const, enabled: true },
    ];
    const secrets = {
      deepl: { apiKey: KEYS.deeplFree },
      openai: { apiKey: KEYS.openai },
      baidu: { apiKey: KEYS.baiduSecret },
    };
    // Each keyed provider in turn, first in the chain, translating a stored thread so translations land on it.
    const texts = [fresh(), fresh(), fresh()];
    const stored = await call<{ ok: boolean; threadId: string }>('ingestThread', {
      platform: 'amazon',
      site: 'amazon.de',
      host: 'sellercentral.amazon.de',
      nativeThreadId: 'translation-keys',
      url: 'https://sellercentral.amazon.de/messaging/inbox',
      buyer: { name: 'Jürgen' },
      orderIds: [],
      items: [],
      subject: 'Bestellung',
      locale: 'de-DE',
      visible: true,
      capturedAt: Date.UTC(2026, 10, 20, 12),
      messages: texts.map((text, i) => ({
        direction: 'in',
        author: 'Jürgen',
        sentAt: Date.UTC(2026, 10, 20, 9, i),
        sentAtText: '',
        sentAtPrecision: 'minute',
        text,
        attachments: [],
      })),
    });
    expect(stored.ok).toBe(true);
    for (const [i, first] of all.slice(0, 3).entries()) {
      await configure([first, ...all.filter((p) => p !== first)], secrets);
      const [r] = await translate([texts[i]!], { threadId: stored.threadId });
      expect(r).toMatchObject({ ok: true, provider: first.id });
    }
    const messages = await readStore<{ text: string; translatedBy?: Record<string, string> }>(
      session,
      'messages',
    );
    expect(texts.map((text) => messages.find((m) => m.text === text)?.translatedBy?.zh)).toEqual([
      'deepl',
      'openai',
      'baidu',
    ]);
    const owners: Record<string, string> = {
      [KEYS.deeplFree]: 'api-free.deepl.com',
      [KEYS.openai]: 'api.deepseek.com',
      [KEYS.baiduSecret]: 'nowhere', // Baidu's secret only signs; it is never sent
    };
    for (const request of session.providers.requests()) {
      const wire = JSON.stringify([request.path, request.query, request.headers, request.body]);
      for (const [key, host] of Object.entries(owners)) {
        if (request.host !== host) expect(wire, `${key} sent to ${request.host}`).not.toContain(key);
      }
    }
    expect(session.providers.requests('api-free.deepl.com').length).toBeGreaterThan(0);
    const sync = await page.evaluate(() => chrome.storage.sync.get(null));
    const everything = JSON.stringify([
      sync,
      await readStore(session, 'messages'),
      await readStore(session, 'threads'),
      await readStore(session, 'events'),
    ]);
    for (const key of Object.keys(owners)) expect(everything).not.toContain(key);
  });
});

describe("Chrome's on-device Translator in the offscreen document", () => {
  /** Stubs `Translator` in the offscreen document with the real API's shape. */
  async function stubTranslator(availability: string) {
    const target = await session.browser.waitForTarget((t) => t.url().endsWith('/offscreen.html'), {
      timeout: 15_000,
    });
    const offscreen = await target.asPage();
    await offscreen.evaluate((availability) => {
      const created: string[] = [];
      (globalThis as Record<string, unknown>).__created = created;
      (globalThis as Record<string, unknown>).Translator = {
        availability: async (_options: { sourceLanguage: string; targetLanguage: string }) => availability,
        create: async (options: { sourceLanguage: string; targetLanguage: string }) => {
          if (availability !== 'available')
            throw new DOMException('Requires a user gesture', 'NotAllowedError');
          created.push(`${options.sourceLanguage}>${options.targetLanguage}`);
          return {
            sourceLanguage: options.sourceLanguage,
            targetLanguage: options.targetLanguage,
            inputQuota: 10_000,
            measureInputUsage: async (text: string) => text.length,
            translate: async (text: string) => `〔on-device ${options.targetLanguage}〕${text}`,
            translateStreaming: () => {
              throw new Error('not used');
            },
            destroy: () => undefined,
          };
        },
      };
    }, availability);
    return offscreen;
  }

  it('opens the offscreen document, uses the Translator when available, and falls back when it is downloadable', async () => {
    await configure([
      { id: 'chrome', enabled: true },
      { id: 'edge', enabled: true },
    ]);
    // The first call opens the offscreen document; Chromium's own Translator has no model here, so Edge answers.
    const [first] = await translate([fresh()], { source: 'fr' });
    expect(first).toMatchObject({ ok: true, provider: 'edge' });

    const offscreen = await stubTranslator('available');
    const [onDevice] = await translate(['Das Ladekabel fehlt.'], { source: 'de' });
    expect(onDevice).toEqual({
      ok: true,
      text: '〔on-device zh〕Das Ladekabel fehlt.',
      source: 'de',
      provider: 'chrome',
      cached: false,
    });
    expect(await offscreen.evaluate(() => (globalThis as Record<string, unknown>).__created)).toEqual([
      'de>zh',
    ]);
    expect(session.providers.requests('edge.microsoft.com')).toHaveLength(1);

    await stubTranslator('downloadable');
    const [fallback] = await translate(['Hallo?'], { source: 'de', target: 'en' });
    expect(fallback).toMatchObject({ ok: true, provider: 'edge', text: 'Hello?' });
    await eventually(
      async () => session.providers.requests('edge.microsoft.com').length === 2,
      'the fallback request to Edge',
    );
  });
});
