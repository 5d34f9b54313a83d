import { afterEach, describe, expect, it, vi } from 'vitest';
import { GOOGLE_MAX_GET_URL, googleProvider } from '../../core/translation/providers/google';
import { jsonResponse, NO_ABORT, rejection, stubFetch, textResponse } from './support/provider-fetch';

afterEach(() => vi.unstubAllGlobals());

const config = { id: 'google' as const, enabled: true };

describe('google provider', () => {
  it('GETs translate_a/single with client=gtx, sl=auto, tl, dt=t and q, and joins the segments', async () => {
    const calls = stubFetch(() =>
      jsonResponse(200, [
        [
          ['我的订单在哪里？', 'Wo ist meine Bestellung?', null, null, 10],
          ['还没有到。', 'Sie ist noch nicht angekommen.', null, null, 10],
        ],
        null,
        'de',
      ]),
    );
    const out = await googleProvider.translate(
      { texts: ['Wo ist meine Bestellung? Sie ist noch nicht angekommen.'], target: 'zh' },
      config,
      NO_ABORT,
    );
    const call = calls[0];
    expect(call?.method).toBe('GET');
    expect(`${call?.url.origin}${call?.url.pathname}`).toBe(
      'https://translate.googleapis.com/translate_a/single',
    );
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      client: 'gtx',
      sl: 'auto',
      tl: 'zh-CN',
      dt: 't',
      q: 'Wo ist meine Bestellung? Sie ist noch nicht angekommen.',
    });
    expect(out).toEqual({ texts: ['我的订单在哪里？还没有到。'], detected: ['de'] });
  });

  it.each([
    ['he', 'iw'],
    ['zh-TW', 'zh-TW'],
    ['tl', 'tl'],
    ['no', 'no'],
  ])('maps %s to %s and reports iw back as he', async (target, code) => {
    const calls = stubFetch(() => jsonResponse(200, [[['x', 'y']], null, 'iw']));
    const out = await googleProvider.translate({ texts: ['y'], source: 'en', target }, config, NO_ABORT);
    expect(calls[0]?.url.searchParams.get('tl')).toBe(code);
    expect(calls[0]?.url.searchParams.get('sl')).toBe('en');
    expect(out.detected).toEqual(['he']);
  });

  it('sends a long text as a form POST, keeping the URL short', async () => {
    const long = 'Lorem ipsum dolor sit amet. '.repeat(100);
    const calls = stubFetch(() => jsonResponse(200, [[['x', long]], null, 'en']));
    await googleProvider.translate({ texts: [long], target: 'de' }, config, NO_ABORT);
    const call = calls[0];
    expect(call?.method).toBe('POST');
    expect(call?.url.searchParams.has('q')).toBe(false);
    expect(call?.url.href.length).toBeLessThan(GOOGLE_MAX_GET_URL);
    expect(call?.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(call?.body).get('q')).toBe(long);
  });

  it('takes one text per request', async () => {
    expect(googleProvider.maxBatchTexts).toBe(1);
    stubFetch(() => jsonResponse(200, []));
    expect(
      await rejection(googleProvider.translate({ texts: ['a', 'b'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
  });

  it('maps 429, 5xx, 403, malformed answers and unknown languages', async () => {
    stubFetch(() => textResponse(429, 'Too Many Requests', { 'Retry-After': '2' }));
    expect(
      await rejection(googleProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 2000,
    });
    stubFetch(() => textResponse(500, 'err'));
    expect(
      await rejection(googleProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'server',
    });
    stubFetch(() => textResponse(403, 'err'));
    expect(
      await rejection(googleProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'unavailable',
    });
    stubFetch(() => jsonResponse(200, { sentences: [] }));
    expect(
      await rejection(googleProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
    stubFetch(() => jsonResponse(200, ['nope', null, 'en']));
    expect(
      await rejection(googleProvider.translate({ texts: ['a'], target: 'de' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
    expect(
      await rejection(googleProvider.translate({ texts: ['a'], target: 'xx' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'unsupported-pair',
    });
  });
});
