import { describe, expect, it } from 'vitest';
import { enabledProviderOrigins, providerOrigins } from '../../components/options/provider-origins';
import type { ProviderSettings } from '../../core/translation/types';

/** Kept in step with optional_host_permissions in wxt.config.ts: a request outside it is rejected by Chrome. */
const OPTIONAL = [
  'https://api-free.deepl.com/*',
  'https://api.deepl.com/*',
  'https://fanyi-api.baidu.com/*',
  'https://*/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];

function covered(origin: string): boolean {
  return OPTIONAL.some((pattern) => {
    if (pattern === 'https://*/*') return origin.startsWith('https://');
    return pattern === origin;
  });
}

describe('Host permissions a provider needs', () => {
  it.each<[ProviderSettings, string[]]>([
    [{ id: 'deepl', enabled: true, deeplPlan: 'free' }, ['https://api-free.deepl.com/*']],
    [{ id: 'deepl', enabled: true }, ['https://api-free.deepl.com/*']],
    [{ id: 'deepl', enabled: true, deeplPlan: 'pro' }, ['https://api.deepl.com/*']],
    [{ id: 'baidu', enabled: true, appId: '1' }, ['https://fanyi-api.baidu.com/*']],
    [{ id: 'openai', enabled: true, baseUrl: 'https://api.openai.com/v1' }, ['https://api.openai.com/*']],
    [
      { id: 'openai', enabled: true, baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
      ['https://dashscope.aliyuncs.com/*'],
    ],
    [
      { id: 'openai', enabled: true, baseUrl: 'https://llm.example.com:8443/v1' },
      ['https://llm.example.com/*'],
    ],
    [{ id: 'openai', enabled: true, baseUrl: 'http://localhost:11434/v1' }, ['http://localhost/*']],
    [{ id: 'openai', enabled: true, baseUrl: 'http://127.0.0.1:1234/v1' }, ['http://127.0.0.1/*']],
    [{ id: 'openai', enabled: true, baseUrl: 'http://192.168.1.2:11434/v1' }, []],
    [{ id: 'openai', enabled: true, baseUrl: 'not a url' }, []],
    [{ id: 'openai', enabled: true }, []],
    [{ id: 'chrome', enabled: true }, []],
  ])('%j → %j', (provider, origins) => {
    expect(providerOrigins(provider)).toEqual(origins);
  });

  it('only asks for origins the manifest lists as optional', () => {
    const samples: ProviderSettings[] = [
      { id: 'deepl', enabled: true, deeplPlan: 'free' },
      { id: 'deepl', enabled: true, deeplPlan: 'pro' },
      { id: 'baidu', enabled: true },
      { id: 'openai', enabled: true, baseUrl: 'https://api.siliconflow.cn/v1' },
      { id: 'openai', enabled: true, baseUrl: 'http://localhost:11434/v1' },
      { id: 'openai', enabled: true, baseUrl: 'http://127.0.0.1:11434/v1' },
    ];
    for (const origin of samples.flatMap(providerOrigins)) expect(covered(origin), origin).toBe(true);
  });

  it('collects the origins of enabled keyed providers only, once each', () => {
    const chain: ProviderSettings[] = [
      { id: 'chrome', enabled: true },
      { id: 'edge', enabled: true },
      { id: 'deepl', enabled: true, deeplPlan: 'free' },
      { id: 'openai', enabled: false, baseUrl: 'https://api.openai.com/v1' },
      { id: 'baidu', enabled: true },
    ];

    expect(enabledProviderOrigins(chain)).toEqual([
      'https://api-free.deepl.com/*',
      'https://fanyi-api.baidu.com/*',
    ]);
  });
});
