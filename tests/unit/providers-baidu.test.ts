import { afterEach, describe, expect, it, vi } from 'vitest';
import { md5 } from '../../core/translation/md5';
import { baiduProvider, baiduSign, joinLines, splitLines } from '../../core/translation/providers/baidu';
import type { ProviderCallConfig } from '../../core/translation/types';
import { jsonResponse, NO_ABORT, rejection, stubFetch, textResponse } from './support/provider-fetch';

afterEach(() => vi.unstubAllGlobals());

const config: ProviderCallConfig = {
  id: 'baidu',
  enabled: true,
  appId: '20260101000001',
  apiKey: 'test-baidu-secret',
};

/** Answers like Baidu: one trans_result per non-empty line of q, dst = `<to>:<src>`. */
function baiduEcho(from = 'de') {
  return stubFetch((call) => {
    const params = new URLSearchParams(call.body);
    const lines = (params.get('q') ?? '').split('\n').filter((l) => l.trim());
    return jsonResponse(200, {
      from: params.get('from') === 'auto' ? from : params.get('from'),
      to: params.get('to'),
      trans_result: lines.map((src) => ({ src, dst: `${params.get('to')}:${src}` })),
    });
  });
}

describe('baidu provider', () => {
  it('signs as md5(appid + q + salt + secret): the documented example', () => {
    expect(baiduSign('2015063000000001', 'apple', '1435660288', '12345678')).toBe(
      'f89f9594663708c1605f3d736d01d2d4',
    );
  });

  it('posts a signed form with q, from=auto, to, appid, salt, sign', async () => {
    const calls = baiduEcho('de');
    const out = await baiduProvider.translate(
      { texts: ['Wo ist meine Bestellung?'], target: 'zh' },
      config,
      NO_ABORT,
    );
    const call = calls[0];
    expect(call?.method).toBe('POST');
    expect(call?.url.href).toBe('https://fanyi-api.baidu.com/api/trans/vip/translate');
    expect(call?.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    const params = new URLSearchParams(call?.body);
    expect(params.get('q')).toBe('Wo ist meine Bestellung?');
    expect(params.get('from')).toBe('auto');
    expect(params.get('to')).toBe('zh');
    expect(params.get('appid')).toBe('20260101000001');
    const salt = params.get('salt') ?? '';
    expect(salt).toMatch(/^\d+$/);
    expect(params.get('sign')).toBe(md5(`20260101000001Wo ist meine Bestellung?${salt}test-baidu-secret`));
    // The secret itself never travels.
    expect(call?.body).not.toContain('test-baidu-secret');
    expect(out).toEqual({ texts: ['zh:Wo ist meine Bestellung?'], detected: ['de'] });
  });

  it('batches texts as lines and rebuilds texts with newlines and blank lines', async () => {
    const calls = baiduEcho();
    const texts = ['Guten Tag,\nwo ist\n\nmeine Bestellung?', 'Hallo?', 'a\r\nb'];
    const out = await baiduProvider.translate({ texts, source: 'de', target: 'en' }, config, NO_ABORT);
    expect(calls).toHaveLength(1);
    expect(new URLSearchParams(calls[0]?.body).get('q')).toBe(
      'Guten Tag,\nwo ist\nmeine Bestellung?\nHallo?\na\nb',
    );
    expect(new URLSearchParams(calls[0]?.body).get('from')).toBe('de');
    expect(out.texts).toEqual([
      'en:Guten Tag,\nen:wo ist\n\nen:meine Bestellung?',
      'en:Hallo?',
      'en:a\nen:b',
    ]);
    // Baidu's one `from` is not spread over several texts.
    expect(out.detected).toEqual(['de', 'de', 'de']);
  });

  it('splitLines/joinLines round-trip', () => {
    const texts = ['x\n\ny', '', 'z'];
    const { lines, layout } = splitLines(texts);
    expect(lines).toEqual(['x', 'y', 'z']);
    expect(joinLines(texts, layout, lines)).toEqual(texts);
  });

  it.each([
    ['ja', 'jp'],
    ['ko', 'kor'],
    ['zh-TW', 'cht'],
    ['fr', 'fra'],
    ['es', 'spa'],
    ['ar', 'ara'],
    ['vi', 'vie'],
    ['ms', 'may'],
    ['he', 'heb'],
    ['ro', 'rom'],
    ['sv', 'swe'],
    ['th', 'th'],
  ])('target %s is %s', async (target, code) => {
    const calls = baiduEcho();
    await baiduProvider.translate({ texts: ['x'], target }, config, NO_ABORT);
    expect(new URLSearchParams(calls[0]?.body).get('to')).toBe(code);
  });

  it('maps every documented error code (HTTP 200) and keeps the secret out of messages', async () => {
    const cases: [string, string][] = [
      ['52001', 'timeout'],
      ['52002', 'server'],
      ['52003', 'auth'],
      ['54000', 'bad-response'],
      ['54001', 'auth'],
      ['54003', 'rate-limit'],
      ['54004', 'quota'],
      ['54005', 'rate-limit'],
      ['58000', 'auth'],
      ['58001', 'unsupported-pair'],
      ['58002', 'auth'],
      ['90107', 'auth'],
    ];
    for (const [code, kind] of cases) {
      stubFetch(() => jsonResponse(200, { error_code: code, error_msg: 'message with test-baidu-secret' }));
      const error = await rejection(
        baiduProvider.translate({ texts: ['x'], target: 'zh' }, config, NO_ABORT),
      );
      expect(error, code).toMatchObject({ kind, provider: 'baidu' });
      expect(String(error.message)).toContain(code);
      expect(String(error.message)).not.toContain('test-baidu-secret');
    }
    stubFetch(() => jsonResponse(200, { error_code: 54003, error_msg: 'Invalid Access Limit' }));
    expect(
      await rejection(baiduProvider.translate({ texts: ['x'], target: 'zh' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 1000,
    });
  });

  it('maps HTTP errors, wrong line counts and malformed answers', async () => {
    stubFetch(() => textResponse(502, 'bad gateway'));
    expect(
      await rejection(baiduProvider.translate({ texts: ['x'], target: 'zh' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'server',
    });
    stubFetch(() => jsonResponse(200, { from: 'en', to: 'zh', trans_result: [{ src: 'a', dst: 'b' }] }));
    expect(
      await rejection(baiduProvider.translate({ texts: ['a\nb'], target: 'zh' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
    stubFetch(() => textResponse(200, '<html>'));
    expect(
      await rejection(baiduProvider.translate({ texts: ['a'], target: 'zh' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
  });

  it('needs both app id and secret; blank texts need no request', async () => {
    expect(baiduProvider.isConfigured(config)).toBe(true);
    expect(baiduProvider.isConfigured({ ...config, appId: '' })).toBe(false);
    expect(baiduProvider.isConfigured({ ...config, apiKey: undefined })).toBe(false);
    expect(
      await rejection(
        baiduProvider.translate({ texts: ['x'], target: 'zh' }, { ...config, apiKey: '' }, NO_ABORT),
      ),
    ).toMatchObject({
      kind: 'not-configured',
    });
    const calls = baiduEcho();
    expect(
      (await baiduProvider.translate({ texts: ['  ', ''], target: 'zh' }, config, NO_ABORT)).texts,
    ).toEqual(['  ', '']);
    expect(calls).toHaveLength(0);
  });
});
