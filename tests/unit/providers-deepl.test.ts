import { afterEach, describe, expect, it, vi } from 'vitest';
import { deeplHost, deeplProvider } from '../../core/translation/providers/deepl';
import type { ProviderCallConfig } from '../../core/translation/types';
import { jsonResponse, NO_ABORT, rejection, stubFetch, textResponse } from './support/provider-fetch';

afterEach(() => vi.unstubAllGlobals());

const free: ProviderCallConfig = { id: 'deepl', enabled: true, apiKey: 'test-deepl-key:fx' };
const pro: ProviderCallConfig = {
  id: 'deepl',
  enabled: true,
  apiKey: 'test-deepl-pro-key',
  deeplPlan: 'pro',
};

describe('deepl provider', () => {
  it('posts JSON with the auth header to the free host for :fx keys and reads detected_source_language', async () => {
    const calls = stubFetch(() =>
      jsonResponse(200, {
        translations: [
          { detected_source_language: 'DE', text: '我的订单在哪里？' },
          { detected_source_language: 'ZH', text: '你好' },
        ],
      }),
    );
    const out = await deeplProvider.translate(
      { texts: ['Wo ist meine Bestellung?', '您好'], target: 'zh' },
      free,
      NO_ABORT,
    );
    const call = calls[0];
    expect(call?.method).toBe('POST');
    expect(call?.url.href).toBe('https://api-free.deepl.com/v2/translate');
    expect(call?.headers.get('authorization')).toBe('DeepL-Auth-Key test-deepl-key:fx');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(call?.body ?? '')).toEqual({
      text: ['Wo ist meine Bestellung?', '您好'],
      target_lang: 'ZH-HANS',
    });
    expect(out).toEqual({ texts: ['我的订单在哪里？', '你好'], detected: ['de', 'zh'] });
  });

  it('uses the pro host for other keys, and the source as plain upper case', async () => {
    const calls = stubFetch(() =>
      jsonResponse(200, { translations: [{ detected_source_language: 'ZH', text: 'Hello' }] }),
    );
    await deeplProvider.translate({ texts: ['您好'], source: 'zh-TW', target: 'en' }, pro, NO_ABORT);
    expect(calls[0]?.url.href).toBe('https://api.deepl.com/v2/translate');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({
      text: ['您好'],
      target_lang: 'EN-US',
      source_lang: 'ZH',
    });
  });

  it('chooses the host from the key, then the plan', () => {
    expect(deeplHost(free)).toBe('https://api-free.deepl.com');
    expect(deeplHost({ ...free, deeplPlan: 'pro' })).toBe('https://api-free.deepl.com');
    expect(deeplHost(pro)).toBe('https://api.deepl.com');
    expect(deeplHost({ id: 'deepl', enabled: true, deeplPlan: 'free' })).toBe('https://api-free.deepl.com');
    expect(deeplProvider.origins(free)).toEqual(['https://api-free.deepl.com/*']);
    expect(deeplProvider.origins(pro)).toEqual(['https://api.deepl.com/*']);
  });

  it.each([
    ['pt', 'PT-BR'],
    ['zh-TW', 'ZH-HANT'],
    ['de', 'DE'],
    ['no', 'NB'],
    ['ja', 'JA'],
  ])('target %s is %s', async (target, code) => {
    const calls = stubFetch(() =>
      jsonResponse(200, { translations: [{ detected_source_language: 'EN', text: 'x' }] }),
    );
    await deeplProvider.translate({ texts: ['a'], target }, free, NO_ABORT);
    expect(JSON.parse(calls[0]?.body ?? '').target_lang).toBe(code);
  });

  it.each(['th', 'vi', 'hi', 'tl', 'ms', 'he'])('refuses %s without a request', async (lang) => {
    const calls = stubFetch(() => jsonResponse(200, {}));
    expect(
      await rejection(deeplProvider.translate({ texts: ['a'], target: lang }, free, NO_ABORT)),
    ).toMatchObject({
      kind: 'unsupported-pair',
    });
    expect(
      await rejection(deeplProvider.translate({ texts: ['a'], source: lang, target: 'en' }, free, NO_ABORT)),
    ).toMatchObject({
      kind: 'unsupported-pair',
    });
    expect(calls).toHaveLength(0);
  });

  it('maps 403, 456, 429, 400 target, other 400, 5xx and never puts the key in a message', async () => {
    const cases: [number, unknown, string][] = [
      [403, { message: 'Authorization failed for test-deepl-key:fx' }, 'auth'],
      [456, { message: 'Quota exceeded' }, 'quota'],
      [429, { message: 'Too many requests' }, 'rate-limit'],
      [400, { message: "Value for 'target_lang' not supported." }, 'unsupported-pair'],
      [400, { message: 'Bad request. Reason: Invalid tag_handling' }, 'bad-response'],
      [503, { message: 'Service unavailable' }, 'server'],
    ];
    for (const [status, body, kind] of cases) {
      stubFetch(() => jsonResponse(status, body, status === 429 ? { 'Retry-After': '3' } : {}));
      const error = await rejection(deeplProvider.translate({ texts: ['a'], target: 'de' }, free, NO_ABORT));
      expect(error).toMatchObject({ kind, status, provider: 'deepl' });
      expect(String(error.message)).not.toContain('test-deepl-key');
      if (status === 429) expect(error.retryAfterMs).toBe(3000);
    }
    stubFetch(() => textResponse(403, ''));
    expect(
      await rejection(deeplProvider.translate({ texts: ['a'], target: 'de' }, free, NO_ABORT)),
    ).toMatchObject({
      kind: 'auth',
    });
  });

  it('is not configured without a key, and says so if called', async () => {
    const none = { id: 'deepl' as const, enabled: true };
    expect(deeplProvider.isConfigured(none)).toBe(false);
    expect(deeplProvider.isConfigured(free)).toBe(true);
    expect(
      await rejection(deeplProvider.translate({ texts: ['a'], target: 'de' }, none, NO_ABORT)),
    ).toMatchObject({
      kind: 'not-configured',
    });
  });

  it('fails as bad-response when the translations do not match the texts', async () => {
    stubFetch(() => jsonResponse(200, { translations: [{ text: 'x' }] }));
    expect(
      await rejection(deeplProvider.translate({ texts: ['a', 'b'], target: 'de' }, free, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
  });
});
