/**
 * Every lexicon, by language code (what core/intent/index.ts applies for a message's language). `common` applies
 * to every message; English to every message too (buyers everywhere mix in "refund", "cancel", "pls").
 */
import type { Lexicon } from '../lexicon';
import { common } from './common';
import { en } from './en';
import { zh } from './zh';

export const LEXICONS: Record<string, Lexicon> = { common, en, zh };
