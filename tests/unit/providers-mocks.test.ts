/**
 * The providers against the mock APIs the E2E browser talks to (tests/harness/provider-mocks.mjs), with `fetch`
 * bridged straight into the mocks' handler: the mocks check each API's documented request (keys, signs, codes,
 * bodies), so a provider and its mock cannot drift apart unnoticed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HTTP_PROVIDERS } from '../../core/translation/providers';
import type { ProviderCallConfig, ProviderId } from '../../core/translation/types';
import { createProviderMocks, MOCK_KEYS } from '../harness/provider-mocks.mjs';
import { NO_ABORT, rejection } from './support/provider-fetch';

type Mocks = ReturnType<typeof createProviderMocks>;
let mocks: Mocks;

/** fetch → mocks.handle(req, res, host, body), as the fixture server does. */
function bridgeFetch() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const body = request.method === 'GET' ? '' : await request.text();
      return new Promise<Response>((resolve) => {
        let status = 200;
        let head: Record<string, string> = {};
        const res = {
          destroyed: false,
          writeHead(s: number, h: Record<string, string>) {
            status = s;
            head = h;
          },
          end(payload?: string) {
            resolve(new Response(status === 204 ? null : (payload ?? ''), { status, headers: head }));
          },
        };
        const req = { method: request.method, url: `${url.pathname}${url.search}`, headers };
        if (!mocks.handle(req as never, res as never, url.hostname, body)) {
          resolve(new Response('not a provider host', { status: 404 }));
        }
      });
    }),
  );
}

beforeEach(() => {
  mocks = createProviderMocks();
  bridgeFetch();
});
afterEach(() => vi.unstubAllGlobals());

const GERMAN = 'Wo ist meine Bestellung? Sie ist noch nicht angekommen.';
const THAI = 'สินค้ายังไม่ได้รับเลยค่ะ ช่วยตรวจสอบให้หน่อย';
const REPLY = '您好，您的包裹已经发出，预计三天内送达。';

const CONFIGS: Record<Exclude<ProviderId, 'chrome'>, ProviderCallConfig> = {
  edge: { id: 'edge', enabled: true },
  google: { id: 'google', enabled: true },
  deepl: { id: 'deepl', enabled: true, apiKey: MOCK_KEYS.deeplFree },
  openai: {
    id: 'openai',
    enabled: true,
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    apiKey: MOCK_KEYS.openai,
  },
  baidu: { id: 'baidu', enabled: true, appId: MOCK_KEYS.baiduAppId, apiKey: MOCK_KEYS.baiduSecret },
};

describe('providers against the mock APIs', () => {
  it.each(Object.keys(CONFIGS) as (keyof typeof CONFIGS)[])(
    '%s: German and Thai buyer text into Chinese',
    async (id) => {
      const provider = HTTP_PROVIDERS[id];
      const config = CONFIGS[id];
      const texts = id === 'deepl' ? [GERMAN] : [GERMAN, THAI];
      const out: string[] = [];
      for (let i = 0; i < texts.length; i += provider.maxBatchTexts) {
        const chunk = texts.slice(i, i + provider.maxBatchTexts);
        out.push(...(await provider.translate({ texts: chunk, target: 'zh' }, config, NO_ABORT)).texts);
      }
      expect(out).toEqual(
        ['我的订单在哪里？还没有到。', '还没有收到商品，请帮忙查一下。'].slice(0, texts.length),
      );
    },
  );

  it.each(Object.keys(CONFIGS) as (keyof typeof CONFIGS)[])(
    '%s: the Chinese reply into German',
    async (id) => {
      const out = await HTTP_PROVIDERS[id].translate(
        { texts: [REPLY], source: 'zh', target: 'de' },
        CONFIGS[id],
        NO_ABORT,
      );
      expect(out.texts).toEqual([
        'Hallo, Ihr Paket wurde versandt und wird voraussichtlich innerhalb von drei Tagen zugestellt.',
      ]);
    },
  );

  it('reports detected languages where the API does', async () => {
    expect(
      (await HTTP_PROVIDERS.edge.translate({ texts: [GERMAN, THAI], target: 'zh' }, CONFIGS.edge, NO_ABORT))
        .detected,
    ).toEqual(['de', 'th']);
    expect(
      (await HTTP_PROVIDERS.google.translate({ texts: [THAI], target: 'en' }, CONFIGS.google, NO_ABORT))
        .detected,
    ).toEqual(['th']);
    expect(
      (await HTTP_PROVIDERS.deepl.translate({ texts: [GERMAN], target: 'en' }, CONFIGS.deepl, NO_ABORT))
        .detected,
    ).toEqual(['de']);
    expect(
      (await HTTP_PROVIDERS.baidu.translate({ texts: [THAI], target: 'zh' }, CONFIGS.baidu, NO_ABORT))
        .detected,
    ).toEqual(['th']);
  });

  it('multi-line texts with order ids survive Baidu line batching and keep placeholders', async () => {
    const text = 'สวัสดีครับ คำสั่งซื้อ ⟦0⟧ ยังไม่ได้จัดส่งเลยครับ\nรอมา 3 วันแล้ว';
    const out = await HTTP_PROVIDERS.baidu.translate(
      { texts: [text, 'ขอบคุณค่ะ'], target: 'zh' },
      CONFIGS.baidu,
      NO_ABORT,
    );
    expect(out.texts).toEqual(['你好，订单 ⟦0⟧ 还没有发货。\n已经等了 3 天了。', '谢谢。']);
  });

  it('markup-looking buyer text comes back from Edge as the same characters, never as markup', async () => {
    const text = '<img src=x onerror=alert(1)> Tom &amp; Jerry';
    const out = await HTTP_PROVIDERS.edge.translate({ texts: [text], target: 'zh' }, CONFIGS.edge, NO_ABORT);
    expect(out.texts).toEqual([`[zh] ${text}`]);
  });

  it('keys reach only their own provider, and the Baidu secret never travels', async () => {
    for (const id of Object.keys(CONFIGS) as (keyof typeof CONFIGS)[]) {
      await HTTP_PROVIDERS[id].translate({ texts: ['Hallo?'], target: 'zh' }, CONFIGS[id], NO_ABORT);
    }
    for (const request of mocks.requests()) {
      const sent = JSON.stringify(request);
      expect(sent).not.toContain(MOCK_KEYS.baiduSecret);
      if (!request.host.includes('deepl')) expect(sent).not.toContain(MOCK_KEYS.deeplFree);
      if (request.host !== 'api.openai.com') expect(sent).not.toContain(MOCK_KEYS.openai);
    }
  });

  it('wrong keys come back as auth errors with readable messages', async () => {
    const deepl = await rejection(
      HTTP_PROVIDERS.deepl.translate(
        { texts: ['a'], target: 'de' },
        { ...CONFIGS.deepl, apiKey: 'wrong-key:fx' },
        NO_ABORT,
      ),
    );
    expect(deepl).toMatchObject({ kind: 'auth', status: 403 });
    // The key's suffix picks the host even against a stale plan setting, so a pro key still works.
    const pro = await HTTP_PROVIDERS.deepl.translate(
      { texts: ['Hallo?'], target: 'zh' },
      { ...CONFIGS.deepl, apiKey: MOCK_KEYS.deeplPro, deeplPlan: 'free' },
      NO_ABORT,
    );
    expect(pro.texts).toEqual(['你好？']);
    expect(mocks.requests('api.deepl.com')).toHaveLength(1);
    const openai = await rejection(
      HTTP_PROVIDERS.openai.translate(
        { texts: ['a'], target: 'de' },
        { ...CONFIGS.openai, apiKey: 'sk-wrong-123456' },
        NO_ABORT,
      ),
    );
    expect(openai).toMatchObject({ kind: 'auth', status: 401 });
    expect(String(openai.message)).not.toContain('sk-wrong-123456');
    const baidu = await rejection(
      HTTP_PROVIDERS.baidu.translate(
        { texts: ['a'], target: 'de' },
        { ...CONFIGS.baidu, apiKey: 'wrong' },
        NO_ABORT,
      ),
    );
    expect(baidu).toMatchObject({ kind: 'auth' });
    expect(String(baidu.message)).toContain('54001');
  });

  it('forced errors map to the queue’s kinds', async () => {
    mocks.set('edge.microsoft.com', { status: 429, times: 1 });
    expect(
      await rejection(HTTP_PROVIDERS.edge.translate({ texts: ['a'], target: 'de' }, CONFIGS.edge, NO_ABORT)),
    ).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 1000,
    });
    mocks.set('translate.googleapis.com', { status: 503, times: 1 });
    expect(
      await rejection(
        HTTP_PROVIDERS.google.translate({ texts: ['a'], target: 'de' }, CONFIGS.google, NO_ABORT),
      ),
    ).toMatchObject({
      kind: 'server',
    });
    mocks.set('api-free.deepl.com', { status: 456, times: 1 });
    expect(
      await rejection(
        HTTP_PROVIDERS.deepl.translate({ texts: ['a'], target: 'de' }, CONFIGS.deepl, NO_ABORT),
      ),
    ).toMatchObject({
      kind: 'quota',
    });
    mocks.set('api.openai.com', {
      status: 429,
      times: 1,
      body: { error: { message: 'quota', type: 'insufficient_quota', code: 'insufficient_quota' } },
    });
    expect(
      await rejection(
        HTTP_PROVIDERS.openai.translate({ texts: ['a'], target: 'de' }, CONFIGS.openai, NO_ABORT),
      ),
    ).toMatchObject({
      kind: 'quota',
    });
    mocks.set('fanyi-api.baidu.com', { errorCode: '54003', times: 1 });
    expect(
      await rejection(
        HTTP_PROVIDERS.baidu.translate({ texts: ['a'], target: 'de' }, CONFIGS.baidu, NO_ABORT),
      ),
    ).toMatchObject({
      kind: 'rate-limit',
    });
    // …and the next call is normal again.
    expect(
      (await HTTP_PROVIDERS.baidu.translate({ texts: ['Hallo?'], target: 'zh' }, CONFIGS.baidu, NO_ABORT))
        .texts,
    ).toEqual(['你好？']);
  });

  it('the OpenAI mock’s batch answer is parsed; a model answering in prose falls back per text', async () => {
    const out = await HTTP_PROVIDERS.openai.translate(
      { texts: [GERMAN, THAI, 'Order ⟦1⟧ ok'], target: 'zh' },
      CONFIGS.openai,
      NO_ABORT,
    );
    expect(out.texts).toEqual([
      '我的订单在哪里？还没有到。',
      '还没有收到商品，请帮忙查一下。',
      '[zh] Order ⟦1⟧ ok',
    ]);
    expect(mocks.requests('api.openai.com')).toHaveLength(1);
    mocks.set('api.openai.com', {
      times: 1,
      body: {
        choices: [{ index: 0, message: { role: 'assistant', content: 'Sure! Here are the translations.' } }],
      },
    });
    const again = await HTTP_PROVIDERS.openai.translate(
      { texts: [GERMAN, THAI], target: 'zh' },
      CONFIGS.openai,
      NO_ABORT,
    );
    expect(again.texts).toEqual(['我的订单在哪里？还没有到。', '还没有收到商品，请帮忙查一下。']);
    expect(mocks.requests('api.openai.com')).toHaveLength(4);
  });

  it('the other OpenAI-compatible hosts take their own base URLs', async () => {
    const bases = {
      'api.deepseek.com': 'https://api.deepseek.com',
      'dashscope.aliyuncs.com': 'https://dashscope.aliyuncs.com/compatible-mode/v1',
      'api.siliconflow.cn': 'https://api.siliconflow.cn/v1/',
    };
    for (const [host, baseUrl] of Object.entries(bases)) {
      const out = await HTTP_PROVIDERS.openai.translate(
        { texts: ['Hallo?'], target: 'zh' },
        { ...CONFIGS.openai, baseUrl },
        NO_ABORT,
      );
      expect(out.texts, host).toEqual(['你好？']);
      expect(mocks.requests(host)).toHaveLength(1);
    }
  });

  it('the Google long-text POST is accepted', async () => {
    const long = `${GERMAN} `.repeat(60).trim();
    const out = await HTTP_PROVIDERS.google.translate(
      { texts: [long], target: 'zh' },
      CONFIGS.google,
      NO_ABORT,
    );
    expect(mocks.requests('translate.googleapis.com')[0]?.method).toBe('POST');
    expect(out.texts[0]).toBe(`[zh] ${long}`);
  });
});
