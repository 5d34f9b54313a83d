import { afterEach, describe, expect, it, vi } from 'vitest';
import { edgeProvider } from '../../core/translation/providers/edge';
import { ProviderError } from '../../core/translation/types';
import { jsonResponse, NO_ABORT, rejection, stubFetch, textResponse } from './support/provider-fetch';

afterEach(() => vi.unstubAllGlobals());

const config = { id: 'edge' as const, enabled: true };

describe('edge provider', () => {
  it('posts the texts as a JSON array with from/to/isEnterpriseClient and maps codes both ways', async () => {
    const calls = stubFetch(() =>
      jsonResponse(200, [
        {
          detectedLanguage: { language: 'de', score: 1 },
          translations: [{ text: '我的订单在哪里？', to: 'zh-Hans' }],
        },
        {
          detectedLanguage: { language: 'fil', score: 0.9 },
          translations: [{ text: '你好', to: 'zh-Hans' }],
        },
      ]),
    );
    const out = await edgeProvider.translate(
      { texts: ['Wo ist meine Bestellung?', 'Kumusta'], target: 'zh' },
      config,
      NO_ABORT,
    );
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe('POST');
    expect(`${call?.url.origin}${call?.url.pathname}`).toBe(
      'https://edge.microsoft.com/translate/translatetext',
    );
    expect(call?.url.searchParams.get('from')).toBe('');
    expect(call?.url.searchParams.get('to')).toBe('zh-Hans');
    expect(call?.url.searchParams.get('isEnterpriseClient')).toBe('false');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(call?.body ?? '')).toEqual(['Wo ist meine Bestellung?', 'Kumusta']);
    expect(out).toEqual({ texts: ['我的订单在哪里？', '你好'], detected: ['de', 'tl'] });
  });

  it.each([
    ['zh-TW', 'zh-Hant'],
    ['tl', 'fil'],
    ['he', 'he'],
    ['no', 'nb'],
    ['th', 'th'],
  ])('target %s is sent as %s', async (target, code) => {
    const calls = stubFetch(() => jsonResponse(200, [{ translations: [{ text: 'x', to: code }] }]));
    await edgeProvider.translate({ texts: ['a'], source: 'en', target }, config, NO_ABORT);
    expect(calls[0]?.url.searchParams.get('to')).toBe(code);
    expect(calls[0]?.url.searchParams.get('from')).toBe('en');
  });

  it('uses the given source as detected when the answer carries none', async () => {
    stubFetch(() => jsonResponse(200, [{ translations: [{ text: 'Hallo', to: 'de' }] }]));
    const out = await edgeProvider.translate(
      { texts: ['你好'], source: 'zh', target: 'de' },
      config,
      NO_ABORT,
    );
    expect(out.detected).toEqual(['zh']);
  });

  it('maps 429 with Retry-After, 5xx, 403 and a language 400', async () => {
    stubFetch(() =>
      jsonResponse(429, { error: { code: 429001, message: 'Too many' } }, { 'Retry-After': '7' }),
    );
    const rate = await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT));
    expect(rate).toBeInstanceOf(ProviderError);
    expect(rate).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterMs: 7000, provider: 'edge' });

    stubFetch(() => textResponse(503, 'down'));
    expect(
      await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'server',
      status: 503,
    });

    stubFetch(() => textResponse(403, 'no'));
    expect(
      await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'unavailable',
    });

    stubFetch(() =>
      jsonResponse(400, { error: { code: 400036, message: 'The target language is not valid.' } }),
    );
    expect(
      await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'unsupported-pair',
    });
  });

  it('refuses a language it has no code for before any request', async () => {
    const calls = stubFetch(() => jsonResponse(200, []));
    const error = await rejection(edgeProvider.translate({ texts: ['a'], target: 'xx' }, config, NO_ABORT));
    expect(error).toMatchObject({ kind: 'unsupported-pair' });
    expect(calls).toHaveLength(0);
  });

  it('fails as bad-response on a wrong count, missing text or non-JSON', async () => {
    stubFetch(() => jsonResponse(200, [{ translations: [{ text: 'x' }] }]));
    expect(
      await rejection(edgeProvider.translate({ texts: ['a', 'b'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
    stubFetch(() => jsonResponse(200, [{ translations: [] }]));
    expect(
      await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
    stubFetch(() => textResponse(200, '<html>'));
    expect(
      await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
  });

  it('maps a network TypeError and an abort by the queue', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(
      await rejection(edgeProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'network',
    });
    stubFetch(() => new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const pending = edgeProvider.translate({ texts: ['a'], target: 'de' }, config, controller.signal);
    controller.abort();
    expect(await rejection(pending)).toMatchObject({ kind: 'timeout' });
  });

  it('escapes &, <, > on the way in and decodes entities once on the way out (the endpoint reads HTML)', async () => {
    const calls = stubFetch(() =>
      jsonResponse(200, [
        {
          translations: [
            { text: '&lt;b&gt;汤姆 &amp;amp; 杰瑞&lt;/b&gt; &#39;x&#x27; &#128512;', to: 'zh-Hans' },
          ],
        },
      ]),
    );
    const out = await edgeProvider.translate(
      { texts: ['<b>Tom &amp; Jerry</b>'], target: 'zh' },
      config,
      NO_ABORT,
    );
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual(['&lt;b&gt;Tom &amp;amp; Jerry&lt;/b&gt;']);
    expect(out.texts).toEqual(["<b>汤姆 &amp; 杰瑞</b> 'x' 😀"]);
  });

  it('declares its limits and origin', () => {
    expect(edgeProvider.maxBatchTexts).toBe(25);
    expect(edgeProvider.maxBatchChars).toBe(5000);
    expect(edgeProvider.isConfigured(config)).toBe(true);
    expect(edgeProvider.origins(config)).toEqual(['https://edge.microsoft.com/*']);
  });
});
