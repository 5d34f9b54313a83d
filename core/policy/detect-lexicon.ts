import { type Candidate, matchAll } from './candidates';
import type { Lexicon, PolicyLanguage } from './lexicon/types';
import { POLICY_LANGUAGES, UNBOUNDED_LANGUAGES } from './lexicon/types';
import { type FoldedText, foldPattern } from './normalize';
import type { PolicyRule } from './types';

/**
 * Phrase detectors built from lexicons (lexicon/*.ts): one regular expression per rule and language, compiled on
 * first use and kept. Entries of a Latin-script language match whole words; entries of languages written without
 * spaces match anywhere (see UNBOUNDED_LANGUAGES).
 */

const compiled = new Map<string, RegExp | null>();

/**
 * `a b` → `a\s*b`: buyers and agents drop or double spaces ("addme", "add  me"). `\S+ ` ("any word") becomes a
 * bounded word that must end in a space, so "pay " followed by 100 KB without spaces cannot backtrack
 * polynomially.
 */
function spaced(source: string): string {
  return source.replaceAll('\\S+ ', '\\S{1,30}\\s+').replace(/ +/g, '\\s*');
}

function compile(lexicon: Lexicon, key: string, lang: PolicyLanguage | '*'): RegExp | null {
  const cacheKey = `${key}:${lang}`;
  const hit = compiled.get(cacheKey);
  if (hit !== undefined) return hit;
  const entries = lexicon[lang];
  let re: RegExp | null = null;
  if (entries && entries.length > 0) {
    const body = entries.map((e) => spaced(foldPattern(e))).join('|');
    const bounded = lang === '*' || !UNBOUNDED_LANGUAGES.has(lang);
    re = new RegExp(bounded ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : `(?:${body})`, 'gu');
  }
  compiled.set(cacheKey, re);
  return re;
}

/** Which lexicon languages to try for a text whose language is `language` (undefined: all of them). */
export function lexiconLanguages(language: string | undefined): readonly (PolicyLanguage | '*')[] {
  const base = normaliseLanguage(language);
  if (!base) return ['*', ...POLICY_LANGUAGES];
  // English too: agents mix it into any language ("pls add me on WhatsApp", "5 stars").
  return base === 'en' ? ['*', 'en'] : ['*', 'en', base];
}

function normaliseLanguage(language: string | undefined): PolicyLanguage | undefined {
  if (!language) return undefined;
  const lower = language.toLowerCase().replace('_', '-');
  const base = lower.split('-')[0] ?? lower;
  const alias: Record<string, PolicyLanguage> = { fil: 'tl', in: 'id', zsm: 'ms', nb: 'sv', jv: 'id' };
  const code = alias[base] ?? base;
  return (POLICY_LANGUAGES as readonly string[]).includes(code) ? (code as PolicyLanguage) : undefined;
}

export function detectLexicon(
  folded: FoldedText,
  rule: PolicyRule,
  lexicon: Lexicon,
  languages: readonly (PolicyLanguage | '*')[],
  out: Candidate[],
): void {
  for (const lang of languages) {
    const re = compile(lexicon, rule, lang);
    if (re) matchAll(re, folded.text, rule, out);
  }
}
