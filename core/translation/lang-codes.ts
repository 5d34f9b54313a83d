/**
 * Our language codes (ISO 639-1 as the detector returns them, `zh` Simplified and `zh-TW` Traditional Chinese) in
 * each provider's own codes, in one table, and back. A provider that has no code for a language cannot translate
 * it: `supports()` says so before any request is made, and the provider throws `unsupported-pair`.
 *
 * Sources: Microsoft Translator's language list (Edge), Google's web endpoint codes, DeepL's v2 "supported
 * languages" page (the classic list: DeepL has since announced many more languages in beta, which we leave out
 * until they are generally available), Baidu Fanyi's language list (common list plus its extended list for
 * `id`/`may`/`fil`/`hi`/`tr`/`heb`/`ukr`/`nor`).
 */
import { normaliseLanguage } from './agent-language';
import type { ProviderId } from './types';

/** A row: our code → English name (for LLM prompts) and each provider's code (absent = not supported). */
interface LanguageRow {
  name: string;
  edge?: string;
  google?: string;
  /** DeepL source_lang (plain, upper case). */
  deeplSource?: string;
  /** DeepL target_lang (variant where DeepL asks for one). */
  deeplTarget?: string;
  baidu?: string;
  /** Chrome's on-device Translator (BCP 47). */
  chrome?: string;
}

const d = (code: string) => ({ deeplSource: code, deeplTarget: code });

/**
 * The table. Every language the detector can report is a row; `openai` translates any of them (by name).
 * DeepL: no th, vi, hi, tl, ms, he, fa, bn, ur, km, lo, my (the classic list); English and Portuguese targets take
 * the variant DeepL asks for (EN-US, PT-BR), Chinese targets the script (ZH-HANS, ZH-HANT).
 */
export const LANGUAGES: Record<string, LanguageRow> = {
  en: {
    name: 'English',
    edge: 'en',
    google: 'en',
    deeplSource: 'EN',
    deeplTarget: 'EN-US',
    baidu: 'en',
    chrome: 'en',
  },
  zh: {
    name: 'Chinese (Simplified)',
    edge: 'zh-Hans',
    google: 'zh-CN',
    deeplSource: 'ZH',
    deeplTarget: 'ZH-HANS',
    baidu: 'zh',
    chrome: 'zh',
  },
  'zh-TW': {
    name: 'Chinese (Traditional)',
    edge: 'zh-Hant',
    google: 'zh-TW',
    deeplSource: 'ZH',
    deeplTarget: 'ZH-HANT',
    baidu: 'cht',
    chrome: 'zh-Hant',
  },
  ja: { name: 'Japanese', edge: 'ja', google: 'ja', ...d('JA'), baidu: 'jp', chrome: 'ja' },
  ko: { name: 'Korean', edge: 'ko', google: 'ko', ...d('KO'), baidu: 'kor', chrome: 'ko' },
  de: { name: 'German', edge: 'de', google: 'de', ...d('DE'), baidu: 'de', chrome: 'de' },
  fr: { name: 'French', edge: 'fr', google: 'fr', ...d('FR'), baidu: 'fra', chrome: 'fr' },
  es: { name: 'Spanish', edge: 'es', google: 'es', ...d('ES'), baidu: 'spa', chrome: 'es' },
  it: { name: 'Italian', edge: 'it', google: 'it', ...d('IT'), baidu: 'it', chrome: 'it' },
  pt: {
    name: 'Portuguese',
    edge: 'pt',
    google: 'pt',
    deeplSource: 'PT',
    deeplTarget: 'PT-BR',
    baidu: 'pt',
    chrome: 'pt',
  },
  nl: { name: 'Dutch', edge: 'nl', google: 'nl', ...d('NL'), baidu: 'nl', chrome: 'nl' },
  pl: { name: 'Polish', edge: 'pl', google: 'pl', ...d('PL'), baidu: 'pl', chrome: 'pl' },
  sv: { name: 'Swedish', edge: 'sv', google: 'sv', ...d('SV'), baidu: 'swe', chrome: 'sv' },
  da: { name: 'Danish', edge: 'da', google: 'da', ...d('DA'), baidu: 'dan', chrome: 'da' },
  fi: { name: 'Finnish', edge: 'fi', google: 'fi', ...d('FI'), baidu: 'fin', chrome: 'fi' },
  no: { name: 'Norwegian (Bokmål)', edge: 'nb', google: 'no', ...d('NB'), baidu: 'nor', chrome: 'no' },
  el: { name: 'Greek', edge: 'el', google: 'el', ...d('EL'), baidu: 'el', chrome: 'el' },
  hu: { name: 'Hungarian', edge: 'hu', google: 'hu', ...d('HU'), baidu: 'hu', chrome: 'hu' },
  cs: { name: 'Czech', edge: 'cs', google: 'cs', ...d('CS'), baidu: 'cs', chrome: 'cs' },
  sk: { name: 'Slovak', edge: 'sk', google: 'sk', ...d('SK'), chrome: 'sk' },
  sl: { name: 'Slovenian', edge: 'sl', google: 'sl', ...d('SL'), baidu: 'slo', chrome: 'sl' },
  ro: { name: 'Romanian', edge: 'ro', google: 'ro', ...d('RO'), baidu: 'rom', chrome: 'ro' },
  bg: { name: 'Bulgarian', edge: 'bg', google: 'bg', ...d('BG'), baidu: 'bul', chrome: 'bg' },
  et: { name: 'Estonian', edge: 'et', google: 'et', ...d('ET'), baidu: 'est' },
  lv: { name: 'Latvian', edge: 'lv', google: 'lv', ...d('LV') },
  lt: { name: 'Lithuanian', edge: 'lt', google: 'lt', ...d('LT'), chrome: 'lt' },
  uk: { name: 'Ukrainian', edge: 'uk', google: 'uk', ...d('UK'), baidu: 'ukr', chrome: 'uk' },
  ru: { name: 'Russian', edge: 'ru', google: 'ru', ...d('RU'), baidu: 'ru', chrome: 'ru' },
  tr: { name: 'Turkish', edge: 'tr', google: 'tr', ...d('TR'), baidu: 'tr', chrome: 'tr' },
  ar: { name: 'Arabic', edge: 'ar', google: 'ar', ...d('AR'), baidu: 'ara', chrome: 'ar' },
  id: { name: 'Indonesian', edge: 'id', google: 'id', ...d('ID'), baidu: 'id', chrome: 'id' },
  // No DeepL for the rows below.
  he: { name: 'Hebrew', edge: 'he', google: 'iw', baidu: 'heb', chrome: 'he' },
  th: { name: 'Thai', edge: 'th', google: 'th', baidu: 'th', chrome: 'th' },
  vi: { name: 'Vietnamese', edge: 'vi', google: 'vi', baidu: 'vie', chrome: 'vi' },
  ms: { name: 'Malay', edge: 'ms', google: 'ms', baidu: 'may' },
  tl: { name: 'Filipino (Tagalog)', edge: 'fil', google: 'tl', baidu: 'fil' },
  hi: { name: 'Hindi', edge: 'hi', google: 'hi', baidu: 'hi', chrome: 'hi' },
  bn: { name: 'Bengali', edge: 'bn', google: 'bn', chrome: 'bn' },
  ur: { name: 'Urdu', edge: 'ur', google: 'ur' },
  fa: { name: 'Persian', edge: 'fa', google: 'fa' },
  km: { name: 'Khmer', edge: 'km', google: 'km' },
  lo: { name: 'Lao', edge: 'lo', google: 'lo' },
  my: { name: 'Burmese', edge: 'my', google: 'my' },
};

/** Our key for a language code in any spelling (`zh-CN`, `iw`, `fil`, `pt-BR` → `zh`, `he`, `tl`, `pt`). */
function languageKey(code: string | undefined): string | undefined {
  const normal = normaliseLanguage(code);
  return normal && normal in LANGUAGES ? normal : undefined;
}

/** English name for prompts; the code itself for a language outside the table. */
export function languageName(code: string): string {
  const key = languageKey(code);
  return (key && LANGUAGES[key]?.name) || code;
}

type CodeColumn = 'edge' | 'google' | 'deeplSource' | 'deeplTarget' | 'baidu' | 'chrome';

/** The provider's code for one of ours, or undefined when the provider does not have the language. */
export function providerCode(column: CodeColumn, code: string | undefined): string | undefined {
  const key = languageKey(code);
  return key ? LANGUAGES[key]?.[column] : undefined;
}

/** Reverse lookups built once: provider code (lower case) → our code. */
const REVERSE = new Map<CodeColumn, Map<string, string>>();
function reverse(column: CodeColumn): Map<string, string> {
  let map = REVERSE.get(column);
  if (!map) {
    map = new Map();
    for (const [key, row] of Object.entries(LANGUAGES)) {
      const code = row[column];
      if (code && !map.has(code.toLowerCase())) map.set(code.toLowerCase(), key);
    }
    REVERSE.set(column, map);
  }
  return map;
}

/**
 * A language a provider reported (Baidu `jp`, DeepL `ZH`, Edge `zh-Hans`, Google `iw`) as our code; undefined
 * for an empty report or Baidu's `auto`.
 */
export function fromProviderCode(column: CodeColumn, code: string | undefined | null): string | undefined {
  if (!code || code === 'auto') return undefined;
  return reverse(column).get(code.toLowerCase()) ?? normaliseLanguage(code);
}

/**
 * Whether `provider` can translate `source` (undefined = let it detect) into `target`. OpenAI-compatible models
 * take any language by name; Chrome's on-device Translator needs a known source.
 */
export function supports(provider: ProviderId, source: string | undefined, target: string): boolean {
  const has = (column: CodeColumn, code: string) => providerCode(column, code) !== undefined;
  switch (provider) {
    case 'openai':
      return Boolean(normaliseLanguage(target));
    case 'chrome':
      return source !== undefined && has('chrome', source) && has('chrome', target);
    case 'deepl':
      return has('deeplTarget', target) && (source === undefined || has('deeplSource', source));
    case 'edge':
    case 'google':
    case 'baidu':
      return has(provider, target) && (source === undefined || has(provider, source));
  }
}
