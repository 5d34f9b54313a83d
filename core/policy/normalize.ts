/**
 * The text the policy detectors read, and the way back to the agent's text.
 *
 * Agents (and the people they copy from) hide contact details from marketplace filters with full-width characters
 * (`ｗｈａｔｓａｐｐ`, `０８０－１２３４－５６７８`), mathematical letters, zero-width spaces, other scripts' digits
 * (`٠٥٠…`, `๐๘๑…`) and accents. Every detector therefore runs on a folded copy: NFKC, lower case, Latin diacritics
 * dropped (`chuyển khoản` → `chuyen khoan`, `ß` → `ss`), Arabic short vowels and tatweel dropped, decimal digits of
 * any script turned into ASCII, invisible characters removed. Lexicons are folded the same way when they are
 * compiled (`foldPattern`), so they can be written naturally.
 *
 * Folding is done one code point at a time so each folded UTF-16 unit remembers which span of the original it came
 * from: findings are reported in the original text's UTF-16 offsets, which is what the UI highlights.
 */

export interface FoldedText {
  /** The folded text detectors match against. */
  text: string;
  /** For each UTF-16 unit of `text`: where its source code point starts in the original. */
  from: Int32Array;
  /** For each UTF-16 unit of `text`: where its source code point ends in the original (exclusive). */
  to: Int32Array;
}

/** Invisible characters used to split words past a filter: ZWSP/ZWNJ/ZWJ, word joiner, BOM, soft hyphen. */
const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;
/** Arabic harakat, superscript alef and tatweel: optional in writing, so dropped before matching. */
const ARABIC_MARKS = /^[\u0640\u064b-\u065f\u0670]$/;
/** Latin letters whose accents are dropped (Latin-1 Supplement, Extended-A/B, Extended Additional for Vietnamese). */
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING = /[\u0300-\u036f]/g;

/** Letters NFD does not decompose, written the way buyers type them without the letter. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  // Typographic apostrophes, so "don’t" matches "don't".
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  // Arabic letter variants typed interchangeably.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
};

/** First code point of each run of ten decimal digits NFKC leaves alone (Arabic-Indic, Persian, Devanagari, Thai…). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];

const cache = new Map<number, string>();

/** The folded form of one code point (may be empty, or several units). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const folded = foldSlow(cp);
  cache.set(cp, folded);
  return folded;
}

function foldSlow(cp: number): string {
  for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE.test(ch) || ARABIC_MARKS.test(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    if (LETTER_FOLDS[c] !== undefined) out += LETTER_FOLDS[c];
    else if (LATIN_ACCENTED.test(c)) {
      const bare = c.normalize('NFD').replace(COMBINING, '');
      out += LETTER_FOLDS[bare] ?? bare;
    } else out += c;
  }
  // A lone combining mark after a Latin letter (`e` + U+0301) is an accent too.
  return out.replace(COMBINING, '');
}

/** Folds `text`, keeping for every folded unit the original span it came from. Linear in the text's length. */
export function foldText(text: string): FoldedText {
  // Folding rarely grows text (ligatures, `ß`, some compatibility characters); start at its size and grow.
  let from = new Int32Array(text.length + 16);
  let to = new Int32Array(text.length + 16);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (length + folded.length > from.length) {
      const size = Math.max(from.length * 2, length + folded.length);
      const nextFrom = new Int32Array(size);
      const nextTo = new Int32Array(size);
      nextFrom.set(from);
      nextTo.set(to);
      from = nextFrom;
      to = nextTo;
    }
    for (let k = 0; k < folded.length; k++) {
      from[length + k] = i;
      to[length + k] = i + width;
    }
    length += folded.length;
    parts.push(folded);
    i += width;
  }
  return { text: parts.join(''), from: from.subarray(0, length), to: to.subarray(0, length) };
}

/**
 * Folds the literal characters of a regular-expression source the way `foldText` folds text, leaving ASCII alone
 * (so `\S`, `\p{L}` and friends keep their meaning: write ASCII in lexicons in lower case).
 */
export function foldPattern(source: string): string {
  let out = '';
  for (const ch of source) {
    const cp = ch.codePointAt(0) as number;
    out += cp < 0x80 ? ch : foldCodePoint(cp);
  }
  return out;
}
