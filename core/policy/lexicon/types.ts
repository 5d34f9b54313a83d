/**
 * A lexicon: per language, regular-expression sources for one rule. Sources are written in lower case (ASCII) and
 * natural spelling (accents, Traditional or Simplified characters); they are folded like the text (normalize.ts)
 * when compiled, and a space in a source matches any run of spaces or none ("add me" also catches "addme").
 *
 * Languages: en, zh (Simplified and Traditional in one list), ja, ko, de, fr, es, it, pt, nl, pl, sv, tr, ar, th,
 * vi, id, ms, tl. `*` holds brand names and forms that are the same in every language (WhatsApp, wa.me, PayPal).
 */
export const POLICY_LANGUAGES = [
  'en',
  'zh',
  'ja',
  'ko',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'sv',
  'tr',
  'ar',
  'th',
  'vi',
  'id',
  'ms',
  'tl',
] as const;
export type PolicyLanguage = (typeof POLICY_LANGUAGES)[number];

export type Lexicon = Partial<Record<PolicyLanguage | '*', readonly string[]>>;

/**
 * Languages written without spaces between words, or that glue particles and prefixes to words (Korean 으로,
 * Arabic و/ال): their entries match anywhere. The others match whole words only.
 */
export const UNBOUNDED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko', 'th', 'ar']);
