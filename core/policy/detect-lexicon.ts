import { type Candidate, matchAll } from './candidates';
import { LEXICONS, type LexiconRule, POLICY_LANGUAGES, type PolicyLanguage } from './lexicon';
import { type FoldedText, foldPattern } from './normalize';
import { isThanksForReview } from './thanks';

/**
 * Phrase detectors built from the lexicons (lexicon/languages/*.ts): one regular expression per rule and language,
 * compiled on first use and kept. Latin-script languages match whole words; Chinese, Japanese, Korean and Thai
 * match anywhere (no spaces between words, particles glued on); Arabic matches at a word's end but not its start
 * (و, ب, ال are glued in front: "وواتساب").
 */

type LexiconKey = PolicyLanguage | '*';

const compiled = new Map<string, RegExp | null>();

/** Languages whose entries match anywhere. */
const UNBOUNDED: ReadonlySet<string> = new Set(['zh', 'ja', 'ko', 'th']);
/** Languages whose entries only need to end a word. */
const END_BOUNDED: ReadonlySet<string> = new Set(['ar']);

/**
 * Spaces in an entry: `a b` needs some space in Latin-script languages (`\s+`: an optional one would let "no wa"
 * match Polish "nowa") and any or none in languages written without spaces (`\s*`); `a ?b` is always optional.
 * Inside a character class a space is any space. `\S+ ` ("any word") becomes a bounded word that must end in a
 * space, so "pay " followed by 100 KB without spaces cannot backtrack polynomially; likewise `\d+` becomes
 * `\d{1,9}` (an amount), since entries of languages without word boundaries are tried at every digit of a run.
 */
function spaced(source: string, spaceOptional: boolean): string {
  const words = source.replaceAll('\\S+ ', '\\S{1,30}\\s+').replaceAll('\\d+', '\\d{1,9}');
  let out = '';
  let inClass = false;
  for (let i = 0; i < words.length; i++) {
    const ch = words[i] as string;
    if (ch === '\\') {
      out += ch + (words[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === ' ' ? '\\s' : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      while (words[i + 1] === ' ') i++;
      if (words[i + 1] === '?') {
        out += '\\s*';
        i++;
      } else out += spaceOptional ? '\\s*' : '\\s+';
    } else out += ch;
  }
  return out;
}

function compile(rule: LexiconRule, lang: LexiconKey): RegExp | null {
  const key = `${rule}:${lang}`;
  const hit = compiled.get(key);
  if (hit !== undefined) return hit;
  const entries = LEXICONS[lang][rule];
  let re: RegExp | null = null;
  if (entries.length > 0) {
    const body = entries.map((e) => spaced(foldPattern(e), UNBOUNDED.has(lang))).join('|');
    const source = UNBOUNDED.has(lang)
      ? `(?:${body})`
      : END_BOUNDED.has(lang)
        ? `(?:${body})(?![\\p{L}\\p{N}])`
        : `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
    re = new RegExp(source, 'gu');
  }
  compiled.set(key, re);
  return re;
}

/** Scripts that name their language: text in them gets that language's lexicon whatever the stated language. */
const SCRIPT_LANGUAGES: readonly [RegExp, PolicyLanguage][] = [
  [/[\u3040-\u30ff]/u, 'ja'],
  [/[\uac00-\ud7af\u1100-\u11ff]/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Arabic}/u, 'ar'],
];

/**
 * Which lexicons to try for a text whose language is `language` (unknown or unsupported: all of them). English is
 * always tried (agents mix it in: "pls add me on WhatsApp", "5 stars"), Malay and Indonesian go together, and a
 * script in the text brings its language: a German reply with "加我微信" left in it is checked for Chinese too.
 */
export function lexiconLanguages(language: string | undefined, text = ''): readonly LexiconKey[] {
  const base = normaliseLanguage(language);
  if (!base) return ['*', ...POLICY_LANGUAGES];
  const languages = new Set<LexiconKey>(['*', 'en', base]);
  if (base === 'ms') languages.add('id');
  if (base === 'id') languages.add('ms');
  for (const [script, lang] of SCRIPT_LANGUAGES) if (script.test(text)) languages.add(lang);
  return [...languages];
}

function normaliseLanguage(language: string | undefined): PolicyLanguage | undefined {
  if (!language) return undefined;
  const lower = language.toLowerCase().replace('_', '-');
  const base = lower.split('-')[0] ?? lower;
  const alias: Record<string, PolicyLanguage> = { fil: 'tl', in: 'id', zsm: 'ms', jv: 'id', pb: 'pt' };
  const code = alias[base] ?? base;
  return (POLICY_LANGUAGES as readonly string[]).includes(code) ? (code as PolicyLanguage) : undefined;
}

export function detectLexicon(
  folded: FoldedText,
  rule: LexiconRule,
  languages: readonly LexiconKey[],
  out: Candidate[],
): void {
  const found: Candidate[] = [];
  for (const lang of languages) {
    const re = compile(rule, lang);
    if (re) matchAll(re, folded.text, rule, found);
  }
  for (const c of found) {
    if (rule === 'review-request' && isThanksForReview(folded.text, c.start, c.end)) continue;
    out.push(c);
  }
}
