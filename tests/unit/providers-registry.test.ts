import { describe, expect, it } from 'vitest';
import { fromProviderCode, LANGUAGES, providerCode, supports } from '../../core/translation/lang-codes';
import { HTTP_PROVIDERS, PROVIDERS, providerFor, withChrome } from '../../core/translation/providers';
import { cleanDetail, parseRetryAfter } from '../../core/translation/providers/http';
import { PROVIDER_IDS, type TranslationProvider } from '../../core/translation/types';

describe('provider registry', () => {
  it('has every HTTP provider under its own id, and chrome only once registered', () => {
    for (const id of PROVIDER_IDS.filter((p) => p !== 'chrome')) {
      expect(providerFor(id)?.id).toBe(id);
    }
    expect(Object.keys(HTTP_PROVIDERS).sort()).toEqual(['baidu', 'deepl', 'edge', 'google', 'openai']);
    expect(providerFor('chrome')).toBeUndefined();
    const chrome = { ...HTTP_PROVIDERS.edge, id: 'chrome' } as TranslationProvider;
    const registry = withChrome(chrome);
    expect(providerFor('chrome', registry)).toBe(chrome);
    expect(PROVIDERS.chrome).toBeUndefined();
    expect(() => withChrome(HTTP_PROVIDERS.edge)).toThrow();
  });

  it('every provider declares sane limits', () => {
    for (const provider of Object.values(HTTP_PROVIDERS)) {
      expect(provider.maxBatchTexts).toBeGreaterThanOrEqual(1);
      expect(provider.maxBatchChars).toBeGreaterThan(500);
      expect(provider.requestsPerSecond).toBeGreaterThan(0);
    }
  });
});

describe('language codes', () => {
  it('maps the special cases per provider', () => {
    expect(providerCode('edge', 'zh')).toBe('zh-Hans');
    expect(providerCode('edge', 'zh-TW')).toBe('zh-Hant');
    expect(providerCode('edge', 'tl')).toBe('fil');
    expect(providerCode('edge', 'no')).toBe('nb');
    expect(providerCode('google', 'zh')).toBe('zh-CN');
    expect(providerCode('google', 'he')).toBe('iw');
    expect(providerCode('deeplTarget', 'en')).toBe('EN-US');
    expect(providerCode('deeplTarget', 'pt')).toBe('PT-BR');
    expect(providerCode('deeplSource', 'zh-TW')).toBe('ZH');
    expect(providerCode('baidu', 'ja')).toBe('jp');
    expect(providerCode('baidu', 'zh-TW')).toBe('cht');
    expect(providerCode('baidu', 'ms')).toBe('may');
    expect(providerCode('chrome', 'zh-TW')).toBe('zh-Hant');
    // Any spelling of ours is accepted.
    expect(providerCode('edge', 'zh-CN')).toBe('zh-Hans');
    expect(providerCode('google', 'iw')).toBe('iw');
    expect(providerCode('baidu', 'fil')).toBe('fil');
  });

  it('reads reported languages back into ours', () => {
    expect(fromProviderCode('edge', 'zh-Hans')).toBe('zh');
    expect(fromProviderCode('edge', 'fil')).toBe('tl');
    expect(fromProviderCode('google', 'iw')).toBe('he');
    expect(fromProviderCode('google', 'zh-CN')).toBe('zh');
    expect(fromProviderCode('deeplSource', 'DE')).toBe('de');
    expect(fromProviderCode('deeplSource', 'ZH')).toBe('zh');
    expect(fromProviderCode('baidu', 'jp')).toBe('ja');
    expect(fromProviderCode('baidu', 'kor')).toBe('ko');
    expect(fromProviderCode('baidu', 'cht')).toBe('zh-TW');
    expect(fromProviderCode('baidu', 'auto')).toBeUndefined();
    expect(fromProviderCode('edge', '')).toBeUndefined();
  });

  it('supports(): DeepL lacks th/vi/hi/tl/ms/he; chrome needs a source; openai takes anything', () => {
    for (const lang of ['th', 'vi', 'hi', 'tl', 'ms', 'he']) {
      expect(supports('deepl', undefined, lang)).toBe(false);
      expect(supports('deepl', lang, 'en')).toBe(false);
      expect(supports('edge', lang, 'zh')).toBe(true);
      expect(supports('google', lang, 'zh')).toBe(true);
      expect(supports('baidu', lang, 'zh')).toBe(true);
    }
    expect(supports('deepl', 'de', 'zh')).toBe(true);
    expect(supports('chrome', undefined, 'zh')).toBe(false);
    expect(supports('chrome', 'de', 'zh')).toBe(true);
    expect(supports('openai', undefined, 'th')).toBe(true);
    expect(supports('edge', undefined, 'xx')).toBe(false);
  });

  it('the table covers the detector’s languages', () => {
    for (const lang of 'en de fr es it pt nl pl sv tr ja ko zh zh-TW th vi id ms tl ar he ru cs ro hi'.split(
      ' ',
    )) {
      expect(LANGUAGES[lang], lang).toBeDefined();
      expect(LANGUAGES[lang]?.edge, lang).toBeDefined();
      expect(LANGUAGES[lang]?.google, lang).toBeDefined();
      expect(LANGUAGES[lang]?.baidu, lang).toBeDefined();
    }
  });
});

describe('http helpers', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter('0.5')).toBe(500);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('cleans provider messages: key removed, one line, bounded', () => {
    expect(cleanDetail('bad key sk-abcdef\nagain sk-abcdef', ['sk-abcdef'])).toBe('bad key *** again ***');
    expect(cleanDetail('x'.repeat(500)).length).toBe(200);
    expect(cleanDetail(undefined)).toBe('');
  });
});
