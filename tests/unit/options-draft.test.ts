import { describe, expect, it } from 'vitest';
import {
  cleanSettings,
  isDirty,
  secretsAfterSave,
  validateDraft,
} from '../../components/options/options-draft';
import { moveItem } from '../../components/options/provider-order';
import { deeplPlanForKey, maskSecret } from '../../components/options/secret-mask';
import type { ProviderSettings } from '../../core/translation/types';
import { DEFAULT_TRANSLATION_SETTINGS, type TranslationSettings } from '../../storage/translation-settings';

function settingsWith(
  provider: ProviderSettings,
  extra: Partial<TranslationSettings> = {},
): TranslationSettings {
  return {
    ...DEFAULT_TRANSLATION_SETTINGS,
    providers: DEFAULT_TRANSLATION_SETTINGS.providers.map((p) => (p.id === provider.id ? provider : p)),
    ...extra,
  };
}

describe('Saved keys on screen', () => {
  it.each([
    ['0123456789abcdef:fx', '••••••••ef:fx'],
    ['sk-proj-0123456789abcd', '••••••••abcd'],
    ['test-baidu-secret', '••••••••cret'],
    ['abcdef', '••••••••ef'],
    ['ab', '••••••••'],
    ['', ''],
    [undefined, ''],
  ])('masks %s as %s', (key, masked) => {
    expect(maskSecret(key)).toBe(masked);
  });

  it('never shows more than a third of a key', () => {
    for (const key of ['abc', 'abcdefghi', 'abcdefghijkl:fx', 'x'.repeat(40)]) {
      const visible = maskSecret(key).replace(/•/g, '');
      expect(visible.length).toBeLessThanOrEqual(Math.floor(key.length / 3));
      expect(key.endsWith(visible)).toBe(true);
    }
  });

  it.each([
    ['test-deepl-key:fx', 'free'],
    [' 0123:fx \n', 'free'],
    ['test-deepl-pro-key', 'pro'],
    ['fx', 'pro'],
  ] as const)('suggests the DeepL plan of %j: %s', (key, plan) => {
    expect(deeplPlanForKey(key)).toBe(plan);
  });
});

describe('Keys on Save', () => {
  it('stores typed keys trimmed, deletes removed ones and keeps untouched ones', () => {
    const saved = {
      deepl: { apiKey: 'old:fx' },
      baidu: { apiKey: 'baidu-secret' },
      openai: { apiKey: 'sk-old' },
    };

    const next = secretsAfterSave(saved, { deepl: '  new-key:fx\n', openai: null, baidu: undefined });

    expect(next).toEqual({ deepl: { apiKey: 'new-key:fx' }, baidu: { apiKey: 'baidu-secret' } });
    expect(saved.deepl.apiKey).toBe('old:fx');
  });

  it('treats a key typed as blanks as a removal', () => {
    expect(secretsAfterSave({ deepl: { apiKey: 'k' } }, { deepl: '   ' })).toEqual({});
  });
});

describe('Validation before Save', () => {
  it('accepts the defaults', () => {
    expect(validateDraft(DEFAULT_TRANSLATION_SETTINGS, {})).toEqual({});
  });

  it('requires the key of an enabled DeepL, not of a disabled one', () => {
    expect(validateDraft(settingsWith({ id: 'deepl', enabled: true, deeplPlan: 'free' }), {})).toEqual({
      'deepl.apiKey': 'optErrRequired',
    });
    expect(validateDraft(settingsWith({ id: 'deepl', enabled: false }), {})).toEqual({});
    expect(
      validateDraft(settingsWith({ id: 'deepl', enabled: true }), { deepl: { apiKey: 'test-deepl-key:fx' } }),
    ).toEqual({});
  });

  it.each([
    ['https://api.openai.com/v1', undefined],
    ['https://dashscope.aliyuncs.com/compatible-mode/v1', undefined],
    ['http://localhost:11434/v1', undefined],
    ['http://127.0.0.1:8080/v1', undefined],
    ['http://api.openai.com/v1', 'optErrHttpLocal'],
    ['http://192.168.1.5:11434/v1', 'optErrHttpLocal'],
    ['api.openai.com/v1', 'optErrUrl'],
    ['ftp://example.com', 'optErrUrl'],
    ['https://api.example.com/v1?key=x', 'optErrUrl'],
    ['https://user:pass@api.example.com/v1', 'optErrUrl'],
    ['javascript:alert(1)', 'optErrUrl'],
  ])('base URL %s → %s (checked even while switched off)', (baseUrl, error) => {
    const enabled = validateDraft(settingsWith({ id: 'openai', enabled: true, baseUrl, model: 'm' }), {
      openai: { apiKey: 'sk-test' },
    });
    const disabled = validateDraft(settingsWith({ id: 'openai', enabled: false, baseUrl, model: 'm' }), {});

    expect(enabled['openai.baseUrl']).toBe(error);
    expect(disabled['openai.baseUrl']).toBe(error);
  });

  it('asks for no key when the OpenAI-compatible server runs on this computer', () => {
    const local = settingsWith({
      id: 'openai',
      enabled: true,
      baseUrl: 'http://localhost:11434/v1',
      model: 'qwen2.5:7b',
    });
    const remote = settingsWith({
      id: 'openai',
      enabled: true,
      baseUrl: 'https://api.deepseek.com',
      model: '',
    });

    expect(validateDraft(local, {})).toEqual({});
    expect(validateDraft(remote, {})).toEqual({
      'openai.model': 'optErrRequired',
      'openai.apiKey': 'optErrRequired',
    });
  });

  it('wants a numeric Baidu app id and the secret', () => {
    expect(validateDraft(settingsWith({ id: 'baidu', enabled: true, appId: '2026-01' }), {})).toEqual({
      'baidu.appId': 'optErrAppId',
      'baidu.apiKey': 'optErrRequired',
    });
    expect(
      validateDraft(settingsWith({ id: 'baidu', enabled: true, appId: '20260101000001' }), {
        baidu: { apiKey: 'test-baidu-secret' },
      }),
    ).toEqual({});
  });

  it('flags half-filled glossary rows and an out-of-range cache duration', () => {
    const settings = {
      ...DEFAULT_TRANSLATION_SETTINGS,
      glossary: [
        { source: 'Anker', target: '安克' },
        { source: 'charger', target: '' },
        { source: '', target: '' },
      ],
      cacheDays: 0,
    };

    expect(validateDraft(settings, {})).toEqual({
      'glossary.1': 'optErrGlossaryPair',
      cacheDays: 'optErrCacheDays',
    });
  });
});

describe('Settings as stored', () => {
  it('trims fields, drops empty rows and duplicate words, and keeps no key', () => {
    const cleaned = cleanSettings({
      ...DEFAULT_TRANSLATION_SETTINGS,
      providers: [
        {
          id: 'openai',
          enabled: true,
          baseUrl: ' https://api.deepseek.com/ ',
          model: ' deepseek-chat ',
          appId: ' ',
        },
      ],
      glossary: [
        { source: ' Anker ', target: ' 安克 ', lang: '' },
        { source: ' ', target: '' },
        { source: 'cable', target: 'Kabel', lang: 'de' },
      ],
      doNotTranslate: ['PowerCore', ' PowerCore ', '', 'Anker'],
    });

    expect(cleaned.providers).toEqual([
      { id: 'openai', enabled: true, baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat' },
    ]);
    expect(cleaned.glossary).toEqual([
      { source: 'Anker', target: '安克' },
      { source: 'cable', target: 'Kabel', lang: 'de' },
    ]);
    expect(cleaned.doNotTranslate).toEqual(['PowerCore', 'Anker']);
  });

  it('counts a typed key as an unsaved change', () => {
    const saved = DEFAULT_TRANSLATION_SETTINGS;

    expect(isDirty({ settings: saved, keyEdits: {} }, saved)).toBe(false);
    expect(isDirty({ settings: saved, keyEdits: { deepl: 'k' } }, saved)).toBe(true);
    expect(isDirty({ settings: { ...saved, cacheDays: 7 }, keyEdits: {} }, saved)).toBe(true);
  });
});

describe('Provider order', () => {
  const ids = ['chrome', 'edge', 'google', 'deepl'];

  it.each([
    [3, -1, ['chrome', 'edge', 'deepl', 'google']],
    [0, 1, ['edge', 'chrome', 'google', 'deepl']],
    [0, -1, ids],
    [3, 1, ids],
    [2, -5, ['google', 'chrome', 'edge', 'deepl']],
    [7, -1, ids],
  ])('moving item %i by %i', (index, delta, expected) => {
    expect(moveItem(ids, index, delta)).toEqual(expected);
  });

  it('leaves the original list alone', () => {
    const list = [...ids];
    moveItem(list, 1, 1);
    expect(list).toEqual(ids);
  });
});
