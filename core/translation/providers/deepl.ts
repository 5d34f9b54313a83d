/**
 * DeepL API v2 (`/v2/translate`), free and pro hosts. Free keys end in `:fx` and only work on
 * api-free.deepl.com; a pro key only on api.deepl.com (DeepL answers 403 "Wrong endpoint" otherwise).
 * Up to 50 texts per request; errors: 403 key, 456 quota, 429 rate, 400 bad request (an unsupported language says
 * "Value for 'target_lang' not supported."), 5xx (and the historical 529) server side.
 */
import { fromProviderCode, providerCode } from '../lang-codes';
import {
  type ProviderCallConfig,
  ProviderError,
  type TranslateOutput,
  type TranslationProvider,
} from '../types';
import { badShape, cleanDetail, httpError, isRecord, parseJson, readText, send, tryJson } from './http';

const DEEPL_FREE_HOST = 'https://api-free.deepl.com';
const DEEPL_PRO_HOST = 'https://api.deepl.com';

/** Free-plan host for `:fx` keys or an explicit free plan, else pro. The key suffix wins: it cannot lie. */
export function deeplHost(config: ProviderCallConfig): string {
  const key = config.apiKey?.trim() ?? '';
  if (key.endsWith(':fx')) return DEEPL_FREE_HOST;
  if (key) return DEEPL_PRO_HOST;
  return config.deeplPlan === 'free' ? DEEPL_FREE_HOST : DEEPL_PRO_HOST;
}

export const deeplProvider: TranslationProvider = {
  id: 'deepl',
  maxBatchTexts: 50,
  // DeepL caps a request at 128 KiB; 30 000 characters stay under it even for three-byte (CJK, Thai) text.
  maxBatchChars: 30_000,
  requestsPerSecond: 3,
  isConfigured: (config) => Boolean(config.apiKey?.trim()),
  origins: (config) => [`${deeplHost(config)}/*`],
  variant: () => 'v2',
  async translate(batch, config, signal): Promise<TranslateOutput> {
    const key = config.apiKey?.trim();
    if (!key) throw new ProviderError('deepl', 'not-configured', 'no DeepL API key is set');
    const targetLang = providerCode('deeplTarget', batch.target);
    const sourceLang = batch.source === undefined ? undefined : providerCode('deeplSource', batch.source);
    if (!targetLang || (batch.source !== undefined && !sourceLang)) {
      throw new ProviderError(
        'deepl',
        'unsupported-pair',
        `DeepL does not support ${!targetLang ? batch.target : batch.source}`,
      );
    }
    const payload: Record<string, unknown> = { text: batch.texts, target_lang: targetLang };
    if (sourceLang) payload.source_lang = sourceLang;
    const response = await send(
      'deepl',
      `${deeplHost(config)}/v2/translate`,
      {
        method: 'POST',
        headers: { Authorization: `DeepL-Auth-Key ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      },
      signal,
    );
    const text = await readText('deepl', response, signal);
    if (!response.ok) {
      const body = tryJson(text);
      const detail = cleanDetail(isRecord(body) ? (body.message ?? body.detail) : '', [key]);
      const suffix = detail ? ` (${detail})` : '';
      switch (response.status) {
        case 401:
        case 403:
          throw httpError('deepl', response, `the key was rejected${suffix}`, 'auth');
        case 456:
          throw httpError('deepl', response, `the character quota is used up${suffix}`, 'quota');
        case 429:
        case 529:
          throw httpError('deepl', response, `too many requests${suffix}`, 'rate-limit');
        case 400:
          if (/(target|source)_lang/i.test(detail) && /not supported/i.test(detail)) {
            throw httpError('deepl', response, `language not supported${suffix}`, 'unsupported-pair');
          }
          throw httpError('deepl', response, `bad request${suffix}`, 'bad-response');
        default:
          throw httpError('deepl', response, `DeepL answered HTTP ${response.status}${suffix}`);
      }
    }
    const body = parseJson('deepl', text, response.status);
    const translations = isRecord(body) ? body.translations : undefined;
    if (!Array.isArray(translations) || translations.length !== batch.texts.length) {
      throw badShape('deepl', `expected ${batch.texts.length} translations`);
    }
    const texts: string[] = [];
    const detected: (string | undefined)[] = [];
    for (const item of translations) {
      if (!isRecord(item) || typeof item.text !== 'string')
        throw badShape('deepl', 'a translation without text');
      texts.push(item.text);
      const language = item.detected_source_language;
      detected.push(typeof language === 'string' ? fromProviderCode('deeplSource', language) : batch.source);
    }
    return { texts, detected };
  },
};
