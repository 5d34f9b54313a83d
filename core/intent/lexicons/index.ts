/**
 * Every lexicon, by language code (what core/intent/index.ts applies for a message's language). `common` applies
 * to every message; English to every message too (buyers everywhere mix in "refund", "cancel", "pls").
 * Traditional Chinese uses `zh` (normalise.ts folds it into Simplified).
 */
import type { Lexicon } from '../lexicon';
import { ar } from './ar';
import { common } from './common';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import { th } from './th';
import { tl } from './tl';
import { tr } from './tr';
import { vi } from './vi';
import { zh } from './zh';

export const LEXICONS: Record<string, Lexicon> = {
  common,
  en,
  zh,
  ja,
  ko,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  sv,
  tr,
  ar,
  th,
  vi,
  id,
  ms,
  tl,
};
