import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translationCacheKey } from '../../core/translation/cache-key';
import { protect } from '../../core/translation/protect';
import {
  type CachedTranslation,
  type CacheEntry,
  createTranslationQueue,
  type ProtectFn,
  type ProviderHealth,
  type QueueDeps,
  type QueueSettings,
  splitBatches,
} from '../../core/translation/queue';
import {
  type ProviderCallConfig,
  ProviderError,
  type ProviderId,
  type TranslateBatch,
  type TranslateOutput,
  type TranslationProvider,
} from '../../core/translation/types';

/** A provider whose behaviour each test scripts; every call is recorded with the time it was made. */
interface FakeProvider extends TranslationProvider {
  calls: { batch: TranslateBatch; at: number; config: ProviderCallConfig }[];
  behave: (batch: TranslateBatch, signal: AbortSignal, n: number) => Promise<TranslateOutput>;
}

function fakeProvider(
  id: ProviderId,
  limits: Partial<Pick<TranslationProvider, 'maxBatchTexts' | 'maxBatchChars' | 'requestsPerSecond'>> = {},
): FakeProvider {
  const provider: FakeProvider = {
    id,
    maxBatchTexts: limits.maxBatchTexts ?? 50,
    maxBatchChars: limits.maxBatchChars ?? 10_000,
    requestsPerSecond: limits.requestsPerSecond ?? 100,
    calls: [],
    behave: async (batch) => ({ texts: batch.texts.map((t) => `${id}[${t}]`) }),
    isConfigured: (config) => id !== 'deepl' || Boolean(config.apiKey),
    origins: () => (id === 'deepl' ? ['https://api-free.deepl.com/*'] : []),
    variant: () => 'v1',
    translate(batch, config, signal) {
      provider.calls.push({ batch, at: Date.now(), config });
      return provider.behave(batch, signal, provider.calls.length);
    },
  };
  return provider;
}

/** Marks spans the way protect() does: `#123` becomes a placeholder and comes back unchanged. */
const fakeProtect: ProtectFn = (text) => {
  const spans: string[] = [];
  const masked = text.replace(/#\d+/g, (m) => {
    spans.push(m);
    return `⟦${spans.length - 1}⟧`;
  });
  return {
    text: masked,
    restore: (translated) => translated.replace(/⟦(\d+)⟧/g, (_, n) => spans[Number(n)] ?? ''),
  };
};

function setup(
  providers: FakeProvider[],
  extra: Partial<QueueDeps> & { settings?: Partial<QueueSettings>; secrets?: Record<string, string> } = {},
) {
  const cache = new Map<string, CachedTranslation>();
  const puts: CacheEntry[] = [];
  const settings: QueueSettings = {
    providers: providers.map((p) => ({ id: p.id, enabled: true })),
    glossary: [],
    doNotTranslate: [],
    ...extra.settings,
  };
  const queue = createTranslationQueue({
    providers: Object.fromEntries(providers.map((p) => [p.id, p])),
    getSettings: async () => settings,
    getSecrets: async () =>
      Object.fromEntries(Object.entries(extra.secrets ?? {}).map(([id, apiKey]) => [id, { apiKey }])),
    cacheGet: async (keys) => keys.map((k) => cache.get(k)),
    cachePut: async (entries) => {
      for (const e of entries) {
        puts.push(e);
        cache.set(e.key, { text: e.text, source: e.source, provider: e.provider });
      }
    },
    hasPermission: async () => true,
    protect: fakeProtect,
    random: () => 0.5,
    ...extra,
  });
  return { queue, cache, puts, settings };
}

/** Runs the job to the end, advancing fake time as the queue sleeps. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  let value!: T;
  void promise.then((v) => {
    done = true;
    value = v;
  });
  for (let i = 0; i < 500 && !done; i++) await vi.advanceTimersByTimeAsync(100);
  if (!done) throw new Error('job never settled');
  return value;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('translation queue: chain and fallback', () => {
  it('uses the first provider of the chain and reports its source language', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async (b) => ({ texts: b.texts.map((t) => `EN ${t}`), detected: b.texts.map(() => 'de') });
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);
    const results = await settle(queue.translate({ texts: ['Wo ist mein Paket?'], target: 'en' }));
    expect(results).toEqual([
      { ok: true, text: 'EN Wo ist mein Paket?', source: 'de', provider: 'edge', cached: false },
    ]);
    expect(google.calls).toHaveLength(0);
  });

  it('skips disabled and unconfigured providers, in the settings order', async () => {
    const deepl = fakeProvider('deepl'); // not configured: no key
    const edge = fakeProvider('edge');
    const google = fakeProvider('google');
    const { queue } = setup([deepl, edge, google], {
      settings: {
        providers: [
          { id: 'deepl', enabled: true },
          { id: 'edge', enabled: false },
          { id: 'google', enabled: true },
        ],
      },
    });
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: true, provider: 'google' });
    expect(deepl.calls.length + edge.calls.length).toBe(0);
  });

  it('passes the key from the secrets to the provider that owns it', async () => {
    const deepl = fakeProvider('deepl');
    const { queue } = setup([deepl], { secrets: { deepl: 'k:fx' } });
    await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(deepl.calls[0]!.config.apiKey).toBe('k:fx');
  });

  it('falls back on 429 and puts the provider in a cooldown that the next jobs respect', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'rate-limit', 'too many requests', {
        status: 429,
        retryAfterMs: 10_000,
      });
    };
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);
    const [first] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(first).toMatchObject({ ok: true, provider: 'google' });
    expect(edge.calls).toHaveLength(1); // 429 is not retried on the same provider
    const health = queue.providerHealth().find((h) => h.id === 'edge')!;
    expect(health).toMatchObject({ state: 'error', kind: 'rate-limit' });
    expect(health.cooldownUntil! - health.at).toBe(10_000);

    await settle(queue.translate({ texts: ['Danke'], source: 'de', target: 'en' }));
    expect(edge.calls).toHaveLength(1); // still cooling down
    vi.setSystemTime(Date.now() + 10_001);
    edge.behave = async (b) => ({ texts: b.texts.map((t) => `edge[${t}]`) });
    const [later] = await settle(queue.translate({ texts: ['Tschüss'], source: 'de', target: 'en' }));
    expect(later).toMatchObject({ ok: true, provider: 'edge' });
  });

  it('keeps a 429 cooldown and the other providers’ health across a service-worker restart', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'rate-limit', 'too many requests', {
        status: 429,
        retryAfterMs: 60_000,
      });
    };
    let stored: ProviderHealth[] = [
      { id: 'deepl', state: 'error', kind: 'auth', error: 'DeepL: key rejected', at: 1 },
    ];
    const health = {
      onHealth: (h: ProviderHealth[]) => {
        stored = h;
      },
      loadHealth: async () => stored,
    };
    const before = setup([edge, fakeProvider('google')], health);
    await settle(before.queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));

    const after = setup([edge, fakeProvider('google')], health); // a new worker, the same session storage
    const [result] = await settle(after.queue.translate({ texts: ['Danke'], source: 'de', target: 'en' }));

    expect(result).toMatchObject({ ok: true, provider: 'google' });
    expect(edge.calls).toHaveLength(1);
    expect(
      after.queue
        .providerHealth()
        .map((h) => h.id)
        .sort(),
    ).toEqual(['deepl', 'edge', 'google']);
  });

  it('waits out a short cooldown when no other provider can take the texts', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async (b, _s, n) => {
      if (n === 1) throw new ProviderError('edge', 'rate-limit', '429', { status: 429, retryAfterMs: 2_000 });
      return { texts: b.texts.map((t) => `edge[${t}]`) };
    };
    const { queue } = setup([edge]);
    const [first] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(first).toMatchObject({ ok: false, kind: 'rate-limit' });
    const failedAt = edge.calls[0]!.at;
    const [second] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(second).toMatchObject({ ok: true, provider: 'edge' });
    expect(edge.calls[1]!.at - failedAt).toBeGreaterThanOrEqual(2_000);
  });

  it('cools a 429 without Retry-After down for about 30 s', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'rate-limit', 'too many requests', { status: 429 });
    };
    const { queue } = setup([edge, fakeProvider('google')]);
    await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    const health = queue.providerHealth()[0]!;
    expect(health.cooldownUntil! - health.at).toBe(30_000);
  });

  it('retries a 5xx twice with exponential backoff and jitter, then falls back', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'server', 'HTTP 503', { status: 503 });
    };
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);
    const start = Date.now();
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: true, provider: 'google' });
    // base 500 ms × 2^attempt + jitter (random 0.5 × 500 ms)
    expect(edge.calls.map((c) => c.at - start)).toEqual([0, 750, 750 + 1250]);
    expect(google.calls).toHaveLength(1);
  });

  it('a 5xx that recovers on retry stays on the same provider', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async (b, _s, n) => {
      if (n === 1) throw new ProviderError('edge', 'server', 'HTTP 502', { status: 502 });
      return { texts: b.texts.map((t) => `ok ${t}`) };
    };
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: true, text: 'ok Hallo', provider: 'edge' });
    expect(google.calls).toHaveLength(0);
  });

  it('honours Retry-After on a transient error, capped', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'server', 'HTTP 503', { status: 503, retryAfterMs: 60_000 });
    };
    const { queue } = setup([edge, fakeProvider('google')]);
    const start = Date.now();
    await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(edge.calls.map((c) => c.at - start)).toEqual([0, 5_000, 10_000]);
  });

  it('cuts a provider that never answers at the timeout, aborts it and moves on', async () => {
    const edge = fakeProvider('edge');
    const signals: AbortSignal[] = [];
    edge.behave = (_b, signal) => {
      signals.push(signal);
      return new Promise(() => undefined); // ignores the signal on purpose
    };
    const google = fakeProvider('google');
    const { queue } = setup([edge, google], { options: { maxRetries: 0 } });
    const start = Date.now();
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: true, provider: 'google' });
    expect(google.calls[0]!.at - start).toBe(12_000);
    expect(signals[0]!.aborted).toBe(true);
    expect(queue.providerHealth().find((h) => h.id === 'edge')?.kind).toBe('timeout');
  });

  it('falls back on auth, quota, unsupported pair and unavailable at once, without retrying', async () => {
    for (const kind of ['auth', 'quota', 'unsupported-pair', 'unavailable'] as const) {
      const edge = fakeProvider('edge');
      edge.behave = async () => {
        throw new ProviderError('edge', kind, kind);
      };
      const google = fakeProvider('google');
      const { queue } = setup([edge, google]);
      const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
      expect(r, kind).toMatchObject({ ok: true, provider: 'google' });
      expect(edge.calls, kind).toHaveLength(1);
    }
  });

  it('when every provider fails, reports the most useful error: configuration beats network', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'network', 'connection refused');
    };
    const deepl = fakeProvider('deepl');
    deepl.behave = async () => {
      throw new ProviderError('deepl', 'auth', 'key rejected (403)', { status: 403 });
    };
    const { queue } = setup([edge, deepl], { secrets: { deepl: 'bad' }, options: { maxRetries: 0 } });
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toEqual({ ok: false, kind: 'auth', error: 'DeepL: key rejected (403)', provider: 'deepl' });
    expect(queue.providerHealth().map((h) => [h.id, h.kind])).toEqual([
      ['edge', 'network'],
      ['deepl', 'auth'],
    ]);
  });

  it("prefers a network error over Chrome's model not being downloaded", async () => {
    const chrome = fakeProvider('chrome');
    chrome.behave = async () => {
      throw new ProviderError('chrome', 'unavailable', 'model downloadable, not downloaded');
    };
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'network', 'offline');
    };
    const { queue } = setup([chrome, edge], { options: { maxRetries: 0 } });
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: false, kind: 'network', provider: 'edge' });
  });

  it('passes over a provider that needs the source language when it is unknown, without marking it unhealthy', async () => {
    const chrome = fakeProvider('chrome');
    chrome.requiresSource = true;
    const edge = fakeProvider('edge');
    const { queue } = setup([chrome, edge]);
    const [auto] = await settle(queue.translate({ texts: ['Hallo'], target: 'en' }));
    expect(auto).toMatchObject({ ok: true, provider: 'edge' });
    expect(chrome.calls).toHaveLength(0);
    expect(queue.providerHealth().map((h) => h.id)).toEqual(['edge']);
    const [known] = await settle(queue.translate({ texts: ['Danke'], source: 'de', target: 'en' }));
    expect(known).toMatchObject({ ok: true, provider: 'chrome' });
  });

  it("reports 'not-configured' when no provider can be used", async () => {
    const { queue } = setup([fakeProvider('deepl')]);
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: false, kind: 'not-configured' });
  });

  it('a network failure on a provider without host permission is reported as permission', async () => {
    const deepl = fakeProvider('deepl');
    deepl.behave = async () => {
      throw new ProviderError('deepl', 'network', 'Failed to fetch');
    };
    const { queue } = setup([deepl], {
      secrets: { deepl: 'k:fx' },
      hasPermission: async () => false,
      options: { maxRetries: 0 },
    });
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: false, kind: 'permission', provider: 'deepl' });
    expect(queue.providerHealth()[0]).toMatchObject({ permissionMissing: true });
  });

  it('still calls a provider whose permission is missing (CORS may allow it) and records the warning', async () => {
    const deepl = fakeProvider('deepl');
    const { queue } = setup([deepl], { secrets: { deepl: 'k:fx' }, hasPermission: async () => false });
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: true, provider: 'deepl' });
    expect(queue.providerHealth()[0]).toMatchObject({ state: 'ok', permissionMissing: true });
  });

  it('a provider returning the wrong number of texts is a bad response and the chain moves on', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => ({ texts: [] });
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toMatchObject({ ok: true, provider: 'google' });
    expect(queue.providerHealth()[0]).toMatchObject({ id: 'edge', kind: 'bad-response' });
  });
});

describe('translation queue: rate limit', () => {
  it('spaces requests to one provider by its requests per second', async () => {
    const baidu = fakeProvider('baidu', { requestsPerSecond: 1, maxBatchTexts: 1 });
    const { queue } = setup([baidu]);
    const start = Date.now();
    await settle(queue.translate({ texts: ['a', 'b', 'c'], source: 'de', target: 'en' }));
    expect(baidu.calls.map((c) => c.at - start)).toEqual([0, 1_000, 2_000]);
  });
});

describe('translation queue: batching, coalescing, cache', () => {
  it('splits a job into as few requests as the limits allow, in order', async () => {
    expect(splitBatches(['aaaa', 'bb', 'cc', 'dddddd', 'e'], 2, 6)).toEqual([[0, 1], [2], [3], [4]]);
    expect(splitBatches(['a', 'b', 'c'], 50, 1000)).toEqual([[0, 1, 2]]);
    expect(splitBatches(['far too long'], 5, 3)).toEqual([[0]]);

    const edge = fakeProvider('edge', { maxBatchTexts: 2 });
    const { queue } = setup([edge]);
    const texts = ['eins', 'zwei', 'drei', 'vier', 'fünf'];
    const results = await settle(queue.translate({ texts, source: 'de', target: 'en' }));
    expect(edge.calls.map((c) => c.batch.texts)).toEqual([['eins', 'zwei'], ['drei', 'vier'], ['fünf']]);
    expect(results.map((r) => r.ok && r.text)).toEqual(texts.map((t) => `edge[${t}]`));
  });

  it('groups texts of different source languages into separate requests', async () => {
    const edge = fakeProvider('edge');
    const { queue } = setup([edge]);
    await settle(
      queue.translate({ texts: ['Hallo', 'Bonjour', 'Danke'], sources: ['de', 'fr', 'de'], target: 'en' }),
    );
    expect(edge.calls.map((c) => [c.batch.source, c.batch.texts])).toEqual([
      ['de', ['Hallo', 'Danke']],
      ['fr', ['Bonjour']],
    ]);
  });

  it('continues a half-done job on the next provider when a later batch fails', async () => {
    const edge = fakeProvider('edge', { maxBatchTexts: 1 });
    edge.behave = async (b, _s, n) => {
      if (n === 2) throw new ProviderError('edge', 'quota', 'quota exceeded');
      return { texts: b.texts.map((t) => `edge[${t}]`) };
    };
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);
    const results = await settle(queue.translate({ texts: ['a', 'b', 'c'], source: 'de', target: 'en' }));
    expect(results.map((r) => r.ok && r.provider)).toEqual(['edge', 'google', 'google']);
    expect(google.calls[0]!.batch.texts).toEqual(['b', 'c']);
  });

  it('coalesces identical texts in flight: two tabs asking for the same text make one request', async () => {
    const edge = fakeProvider('edge');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    edge.behave = async (b) => {
      await gate;
      return { texts: b.texts.map((t) => `edge[${t}]`) };
    };
    const { queue } = setup([edge]);
    const first = queue.translate({
      texts: ['Wo ist mein Paket?', 'Wo ist mein Paket?'],
      source: 'de',
      target: 'en',
    });
    await vi.advanceTimersByTimeAsync(0);
    const second = queue.translate({ texts: ['Wo ist mein Paket?'], source: 'de', target: 'en' });
    await vi.advanceTimersByTimeAsync(0);
    release();
    const [a, b] = await settle(Promise.all([first, second]));
    expect(edge.calls).toHaveLength(1);
    expect(edge.calls[0]!.batch.texts).toEqual(['Wo ist mein Paket?']);
    expect(a.map((r) => r.ok && r.text)).toEqual(['edge[Wo ist mein Paket?]', 'edge[Wo ist mein Paket?]']);
    expect(b[0]).toMatchObject({ ok: true, text: 'edge[Wo ist mein Paket?]' });
  });

  it('answers from the cache without any request, and stores what it translated', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async (b) => ({ texts: b.texts.map((t) => `edge[${t}]`), detected: ['de'] });
    const { queue, puts } = setup([edge]);
    const [miss] = await settle(queue.translate({ texts: ['Hallo  '], target: 'en' }));
    expect(miss).toMatchObject({ ok: true, cached: false });
    expect(puts).toEqual([
      {
        key: translationCacheKey({ text: 'Hallo', target: 'en', provider: 'edge', variant: 'v1' }),
        text: 'edge[Hallo  ]',
        source: 'de',
        provider: 'edge',
        target: 'en',
      },
    ]);
    const [hit] = await settle(queue.translate({ texts: ['Hallo'], target: 'en' }));
    expect(hit).toEqual({ ok: true, text: 'edge[Hallo  ]', source: 'de', provider: 'edge', cached: true });
    expect(edge.calls).toHaveLength(1);
  });

  it("finds another chain provider's cached translation before calling the first provider", async () => {
    const edge = fakeProvider('edge');
    const google = fakeProvider('google');
    const { queue, cache } = setup([edge, google]);
    cache.set(
      translationCacheKey({ text: 'Hallo', source: 'de', target: 'en', provider: 'google', variant: 'v1' }),
      {
        text: 'Hello',
        provider: 'google',
      },
    );
    const [r] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(r).toEqual({ ok: true, text: 'Hello', source: 'de', provider: 'google', cached: true });
    expect(edge.calls.length + google.calls.length).toBe(0);
  });

  it('a changed glossary does not reuse translations cached under the old one', async () => {
    const edge = fakeProvider('edge');
    const { queue, settings } = setup([edge]);
    await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    settings.glossary = [{ source: 'Hallo', target: 'Hi' }];
    await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    expect(edge.calls).toHaveLength(2);
  });
});

describe('translation queue: protection, skips, priority', () => {
  it('protects spans before sending and restores them after, for every provider of the chain', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'server', '500');
    };
    const google = fakeProvider('google');
    // A provider that would mangle the order number if it saw it.
    google.behave = async (b) => ({
      texts: b.texts.map((t) => t.replace('Bestellung', 'order').replace(/\d{2,}/g, 'X')),
    });
    const { queue, puts } = setup([edge, google], { options: { maxRetries: 0 } });
    const [r] = await settle(queue.translate({ texts: ['Bestellung #4711'], source: 'de', target: 'en' }));
    expect(edge.calls[0]!.batch.texts).toEqual(['Bestellung ⟦0⟧']);
    expect(google.calls[0]!.batch.texts).toEqual(['Bestellung ⟦0⟧']);
    expect(r).toMatchObject({ ok: true, text: 'order #4711' });
    expect(puts[0]!.text).toBe('order #4711'); // the cache holds the restored text
  });

  it('with the real protect(), order ids, URLs and glossary terms survive every provider of the chain', async () => {
    const text =
      'Bestellung 302-1234567-7654321 kam nicht an, siehe https://example.com/a?b=1 — der Akku fehlt.';
    const seen: string[] = [];
    // Each provider "translates" by mangling every digit and word it sees, so only protected spans survive.
    const mangler = (id: ProviderId, fail: boolean) => {
      const p = fakeProvider(id);
      p.behave = async (b) => {
        seen.push(...b.texts);
        if (fail) throw new ProviderError(id, 'quota', 'quota exceeded');
        return { texts: b.texts.map((t) => t.replace(/\d(?![^⟦]*⟧)/g, '#').replace('Bestellung', 'Order')) };
      };
      return p;
    };
    const { queue } = setup([mangler('deepl', true), mangler('edge', false)], {
      protect,
      secrets: { deepl: 'k:fx' },
      settings: { glossary: [{ source: 'Akku', target: 'battery' }] },
    });
    const [r] = await settle(queue.translate({ texts: [text], source: 'de', target: 'en' }));
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]); // the same protected text went to both providers
    expect(seen[0]).not.toContain('302-1234567-7654321');
    expect(seen[0]).not.toContain('example.com');
    expect(seen[0]).not.toContain('Akku');
    expect(r).toMatchObject({ ok: true, provider: 'edge' });
    const out = r!.ok ? r!.text : '';
    expect(out).toContain('302-1234567-7654321');
    expect(out).toContain('https://example.com/a?b=1');
    expect(out).toContain('battery');
    expect(out.startsWith('Order')).toBe(true);
  });

  it('passes the glossary, do-not-translate words and target to protect()', async () => {
    const seen: unknown[] = [];
    const edge = fakeProvider('edge');
    const { queue } = setup([edge], {
      settings: { glossary: [{ source: 'Akku', target: 'battery' }], doNotTranslate: ['HelloWorld'] },
      protect: (text, options) => {
        seen.push(options);
        return fakeProtect(text, options);
      },
    });
    await settle(queue.translate({ texts: ['Akku'], source: 'de', target: 'en' }));
    expect(seen).toEqual([
      { glossary: [{ source: 'Akku', target: 'battery' }], doNotTranslate: ['HelloWorld'], target: 'en' },
    ]);
  });

  it('falls back when a provider answers with something other than text, and names the failure', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => ({ texts: [null as unknown as string] });
    const google = fakeProvider('google');
    const { queue } = setup([edge, google]);

    const [fallback] = await settle(queue.translate({ texts: ['Hallo'], source: 'de', target: 'en' }));
    google.behave = edge.behave;
    const [failed] = await settle(queue.translate({ texts: ['Tschüss'], source: 'de', target: 'en' }));

    expect(fallback).toMatchObject({ ok: true, text: 'google[Hallo]', provider: 'google' });
    expect(failed).toMatchObject({ ok: false, kind: 'bad-response' });
    expect(failed!.ok ? '' : failed!.error).toMatch(/^(Microsoft Edge|Google): /);
    expect(queue.providerHealth().find((h) => h.id === 'edge')).toMatchObject({ kind: 'bad-response' });
  });

  it('skips empty texts and texts already in the target language without a request', async () => {
    const edge = fakeProvider('edge');
    const { queue } = setup([edge]);
    const results = await settle(
      queue.translate({ texts: ['  ', 'Hello', 'Hallo'], sources: [undefined, 'en', 'de'], target: 'en-GB' }),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.kind))).toEqual(['empty', 'same-language', 'ok']);
    expect(edge.calls.map((c) => c.batch.texts)).toEqual([['Hallo']]);
  });

  it('skips placeholders of non-text messages and letterless texts without a request', async () => {
    const edge = fakeProvider('edge');
    const { queue } = setup([edge]);
    const texts = [
      '[sticker]',
      '[order] 241004ABCD1234',
      '[product] Lumi lamp',
      '12345 😀',
      '[Order] kommt nicht',
    ];
    const results = await settle(queue.translate({ texts, target: 'zh' }));
    expect(results.map((r) => (r.ok ? 'ok' : r.kind))).toEqual(['empty', 'empty', 'empty', 'empty', 'ok']);
    expect(edge.calls.map((c) => c.batch.texts)).toEqual([['[Order] kommt nicht']]);
  });

  it('treats a text the provider reports as already in the target language as same-language', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async (b) => ({ texts: b.texts, detected: ['en'] });
    const { queue } = setup([edge]);
    const [r] = await settle(queue.translate({ texts: ['Thanks'], target: 'en' }));
    expect(r).toMatchObject({ ok: false, kind: 'same-language' });
  });

  it("runs 'visible' jobs before waiting 'background' ones", async () => {
    const edge = fakeProvider('edge');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    edge.behave = async (b, _s, n) => {
      if (n === 1) await gate;
      return { texts: b.texts };
    };
    const { queue } = setup([edge], { options: { maxConcurrent: 1 } });
    const jobs = [queue.translate({ texts: ['first'], source: 'de', target: 'en', priority: 'background' })];
    await vi.advanceTimersByTimeAsync(0);
    jobs.push(
      queue.translate({ texts: ['older background'], source: 'de', target: 'en', priority: 'background' }),
    );
    jobs.push(queue.translate({ texts: ['on screen'], source: 'de', target: 'en', priority: 'visible' }));
    await vi.advanceTimersByTimeAsync(0);
    release();
    await settle(Promise.all(jobs));
    expect(edge.calls.map((c) => c.batch.texts[0])).toEqual(['first', 'on screen', 'older background']);
  });

  it('a visible job joining a waiting background request promotes it', async () => {
    const edge = fakeProvider('edge');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    edge.behave = async (b, _s, n) => {
      if (n === 1) await gate;
      return { texts: b.texts };
    };
    const { queue } = setup([edge], { options: { maxConcurrent: 1 } });
    const jobs = [queue.translate({ texts: ['first'], source: 'de', target: 'en' })];
    await vi.advanceTimersByTimeAsync(0);
    jobs.push(queue.translate({ texts: ['b1'], source: 'de', target: 'en' }));
    await vi.advanceTimersByTimeAsync(0);
    jobs.push(queue.translate({ texts: ['b2'], source: 'de', target: 'en' }));
    await vi.advanceTimersByTimeAsync(0);
    jobs.push(queue.translate({ texts: ['b2'], source: 'de', target: 'en', priority: 'visible' }));
    await vi.advanceTimersByTimeAsync(0);
    release();
    await settle(Promise.all(jobs));
    expect(edge.calls.map((c) => c.batch.texts[0])).toEqual(['first', 'b2', 'b1']);
  });
});

describe('translation queue: probe (test connection)', () => {
  it('makes exactly one call through that provider: no cache, no retry, no fallback', async () => {
    const edge = fakeProvider('edge');
    edge.behave = async () => {
      throw new ProviderError('edge', 'server', 'HTTP 500');
    };
    const google = fakeProvider('google');
    const { queue, puts } = setup([edge, google]);
    const r = await settle(queue.probe('edge', { texts: ['Hello'], source: 'en', target: 'de' }));
    expect(r).toEqual({ ok: false, kind: 'server', error: 'Microsoft Edge: HTTP 500' });
    expect(edge.calls).toHaveLength(1);
    expect(google.calls).toHaveLength(0);
    const ok = await settle(queue.probe('google', { texts: ['Hello'], source: 'en', target: 'de' }));
    expect(ok).toMatchObject({ ok: true, output: { texts: ['google[Hello]'] } });
    expect(puts).toHaveLength(0);
  });

  it('says not-configured for a keyed provider without a key', async () => {
    const { queue } = setup([fakeProvider('deepl')]);
    expect(await settle(queue.probe('deepl', { texts: ['x'], target: 'de' }))).toMatchObject({
      ok: false,
      kind: 'not-configured',
    });
  });
});
