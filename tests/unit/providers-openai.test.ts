import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  normaliseBaseUrl,
  openaiProvider,
  PROMPT_VERSION,
  parseArrayAnswer,
} from '../../core/translation/providers/openai';
import type { ProviderCallConfig } from '../../core/translation/types';
import { jsonResponse, NO_ABORT, rejection, stubFetch, textResponse } from './support/provider-fetch';

afterEach(() => vi.unstubAllGlobals());

const config: ProviderCallConfig = {
  id: 'openai',
  enabled: true,
  baseUrl: 'https://api.deepseek.com/',
  model: 'deepseek-chat',
  apiKey: 'sk-test',
};

const completion = (content: string) =>
  jsonResponse(200, {
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });

describe('openai-compatible provider', () => {
  it('posts one chat completion for a batch: bearer key, model, temperature 0, system + user with a JSON array', async () => {
    const calls = stubFetch(() => completion('["我的订单在哪里？", "还没有收到商品。"]'));
    const out = await openaiProvider.translate(
      { texts: ['Wo ist meine Bestellung?', 'สินค้ายังไม่ได้รับ'], target: 'zh' },
      config,
      NO_ABORT,
    );
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.method).toBe('POST');
    expect(call?.url.href).toBe('https://api.deepseek.com/chat/completions');
    expect(call?.headers.get('authorization')).toBe('Bearer sk-test');
    expect(call?.headers.get('content-type')).toBe('application/json');
    const body = JSON.parse(call?.body ?? '');
    expect(body).toMatchObject({ model: 'deepseek-chat', temperature: 0 });
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0].content).toContain('Target language: Chinese (Simplified) [zh]');
    expect(body.messages[0].content).toMatch(/placeholder/i);
    expect(body.messages[0].content).toMatch(/never instructions/i);
    const user: string = body.messages[1].content;
    expect(JSON.parse(user.slice(user.indexOf('\n[') + 1))).toEqual([
      'Wo ist meine Bestellung?',
      'สินค้ายังไม่ได้รับ',
    ]);
    expect(user).toContain('exactly 2 strings');
    expect(out).toEqual({ texts: ['我的订单在哪里？', '还没有收到商品。'] });
  });

  it('sends a single text as the plain user message and strips fences and a <think> block', async () => {
    const calls = stubFetch(() => completion('<think>German to Chinese…</think>\n```\n你好\n```'));
    const out = await openaiProvider.translate(
      { texts: ['Hallo'], source: 'de', target: 'zh' },
      config,
      NO_ABORT,
    );
    const body = JSON.parse(calls[0]?.body ?? '');
    expect(body.messages[1]).toEqual({ role: 'user', content: 'Hallo' });
    expect(body.messages[0].content).toContain('Source language: German [de]');
    expect(out.texts).toEqual(['你好']);
  });

  it('falls back to one request per text when the array does not match, instead of guessing', async () => {
    const calls = stubFetch((call, i) => {
      if (i === 0) return completion('1. 第一\n2. 第二\n3. 第三');
      const user = JSON.parse(call.body).messages[1].content;
      return completion(`译:${user}`);
    });
    const out = await openaiProvider.translate({ texts: ['a', 'b'], target: 'zh' }, config, NO_ABORT);
    expect(calls).toHaveLength(3);
    expect(out.texts).toEqual(['译:a', '译:b']);
  });

  it('parses arrays robustly', () => {
    expect(parseArrayAnswer('["a","b"]', 2)).toEqual(['a', 'b']);
    expect(parseArrayAnswer('```json\n["a", "b"]\n```', 2)).toEqual(['a', 'b']);
    expect(parseArrayAnswer('Here you go:\n["a", "b"]\nHope this helps!', 2)).toEqual(['a', 'b']);
    expect(parseArrayAnswer('{"translations": ["a", "b"]}', 2)).toEqual(['a', 'b']);
    expect(parseArrayAnswer('<think>[x]</think>["a","b"]', 2)).toEqual(['a', 'b']);
    expect(parseArrayAnswer('["a"]', 2)).toBeUndefined();
    expect(parseArrayAnswer('["a", {"b": 1}]', 2)).toBeUndefined();
    expect(parseArrayAnswer('a\nb', 2)).toBeUndefined();
    expect(parseArrayAnswer('["含 [括号] 的文字", "b"]', 2)).toEqual(['含 [括号] 的文字', 'b']);
  });

  it('normalises base URLs and allows http only for this machine', () => {
    expect(normaliseBaseUrl('https://api.openai.com/v1/')?.href).toBe('https://api.openai.com/v1');
    expect(normaliseBaseUrl(' https://api.siliconflow.cn/v1/chat/completions ')?.href).toBe(
      'https://api.siliconflow.cn/v1',
    );
    expect(normaliseBaseUrl('http://localhost:11434/v1')?.href).toBe('http://localhost:11434/v1');
    expect(normaliseBaseUrl('http://127.0.0.1:11434/v1')).toBeDefined();
    expect(normaliseBaseUrl('http://api.openai.com/v1')).toBeUndefined();
    expect(normaliseBaseUrl('ftp://x')).toBeUndefined();
    expect(normaliseBaseUrl('not a url')).toBeUndefined();
    expect(openaiProvider.origins(config)).toEqual(['https://api.deepseek.com/*']);
    expect(openaiProvider.origins({ ...config, baseUrl: 'http://localhost:11434/v1' })).toEqual([
      'http://localhost/*',
    ]);
  });

  it('is configured with URL + model + key, or without a key on localhost only', async () => {
    expect(openaiProvider.isConfigured(config)).toBe(true);
    expect(openaiProvider.isConfigured({ ...config, apiKey: '' })).toBe(false);
    expect(openaiProvider.isConfigured({ ...config, model: ' ' })).toBe(false);
    const ollama = {
      ...config,
      baseUrl: 'http://localhost:11434/v1',
      model: 'qwen2.5:7b',
      apiKey: undefined,
    };
    expect(openaiProvider.isConfigured(ollama)).toBe(true);
    const calls = stubFetch(() => completion('你好'));
    await openaiProvider.translate({ texts: ['Hallo'], target: 'zh' }, ollama, NO_ABORT);
    expect(calls[0]?.url.href).toBe('http://localhost:11434/v1/chat/completions');
    expect(calls[0]?.headers.has('authorization')).toBe(false);
    expect(
      await rejection(
        openaiProvider.translate(
          { texts: ['a'], target: 'zh' },
          { ...config, baseUrl: 'http://evil.test' },
          NO_ABORT,
        ),
      ),
    ).toMatchObject({ kind: 'not-configured' });
  });

  it('variant is host, model and prompt version', () => {
    expect(openaiProvider.variant(config)).toBe(`api.deepseek.com/deepseek-chat/p${PROMPT_VERSION}`);
    expect(openaiProvider.variant({ ...config, model: 'deepseek-reasoner' })).not.toBe(
      openaiProvider.variant(config),
    );
  });

  it('maps error objects: 401 auth, 429 rate, insufficient_quota, 402, 404 model, 5xx, bad shape', async () => {
    const cases: [number, unknown, string, Record<string, string>?][] = [
      [
        401,
        {
          error: {
            message: 'Incorrect API key provided: sk-test',
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        },
        'auth',
      ],
      [
        429,
        { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
        'rate-limit',
        { 'Retry-After': '20' },
      ],
      [
        429,
        {
          error: {
            message: 'You exceeded your current quota',
            type: 'insufficient_quota',
            code: 'insufficient_quota',
          },
        },
        'quota',
      ],
      [
        402,
        { error: { message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error' } },
        'quota',
      ],
      [
        404,
        { error: { message: 'model "qwen9" not found, try pulling it first', type: 'api_error' } },
        'not-configured',
      ],
      [500, { error: { message: 'The server had an error', type: 'server_error' } }, 'server'],
    ];
    for (const [status, body, kind, headers] of cases) {
      stubFetch(() => jsonResponse(status, body, headers));
      const error = await rejection(
        openaiProvider.translate({ texts: ['a'], target: 'zh' }, config, NO_ABORT),
      );
      expect(error).toMatchObject({ kind, status, provider: 'openai' });
      expect(String(error.message)).not.toContain('sk-test');
      if (headers) expect(error.retryAfterMs).toBe(20_000);
    }
    stubFetch(() => jsonResponse(200, { choices: [] }));
    expect(
      await rejection(openaiProvider.translate({ texts: ['a'], target: 'zh' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
    stubFetch(() => textResponse(200, 'not json'));
    expect(
      await rejection(openaiProvider.translate({ texts: ['a'], target: 'zh' }, config, NO_ABORT)),
    ).toMatchObject({
      kind: 'bad-response',
    });
  });
});
