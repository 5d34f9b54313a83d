/**
 * Lexicons: per language, regular-expression sources for the phrase rules. Sources are written in lower case
 * (ASCII) and natural spelling (accents, Traditional or Simplified characters); they are folded like the text
 * (normalize.ts) when compiled, and a space in a source matches any run of spaces or none ("add me" also catches
 * "addme"). `\S+ ` means "one word" and is compiled to a bounded word.
 *
 * One file per language (languages/*.ts) holds all of that language's phrases, so a native speaker can review one
 * file; universal.ts holds brand names and forms that are the same everywhere (WhatsApp, wa.me, PayPal.me).
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

/** The rules checked with phrase lexicons (links, e-mails and phones have their own detectors). */
export type LexiconRule =
  | 'contact-details'
  | 'off-platform'
  | 'review-request'
  | 'review-incentive'
  | 'marketing';

/** One language's phrases for each phrase rule. */
export type LanguageLexicon = Record<LexiconRule, readonly string[]>;
