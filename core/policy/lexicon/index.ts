import { AR } from './languages/ar';
import { DE } from './languages/de';
import { EN } from './languages/en';
import { ES } from './languages/es';
import { FR } from './languages/fr';
import { ID } from './languages/id';
import { IT } from './languages/it';
import { JA } from './languages/ja';
import { KO } from './languages/ko';
import { MS } from './languages/ms';
import { NL } from './languages/nl';
import { PL } from './languages/pl';
import { PT } from './languages/pt';
import { SV } from './languages/sv';
import { TH } from './languages/th';
import { TL } from './languages/tl';
import { TR } from './languages/tr';
import { VI } from './languages/vi';
import { ZH } from './languages/zh';
import type { LanguageLexicon, PolicyLanguage } from './types';
import { UNIVERSAL } from './universal';

export { type LanguageLexicon, type LexiconRule, POLICY_LANGUAGES, type PolicyLanguage } from './types';

/** Every language's phrases; `*` is checked for every text. */
export const LEXICONS: Record<PolicyLanguage | '*', LanguageLexicon> = {
  '*': UNIVERSAL,
  en: EN,
  zh: ZH,
  ja: JA,
  ko: KO,
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  pt: PT,
  nl: NL,
  pl: PL,
  sv: SV,
  tr: TR,
  ar: AR,
  th: TH,
  vi: VI,
  id: ID,
  ms: MS,
  tl: TL,
};
