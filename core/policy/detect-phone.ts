import type { Candidate } from './candidates';
import { type FoldedText, foldPattern } from './normalize';
import { ORDER_WORDS, PHONE_WORDS } from './number-words';

/**
 * Phone numbers — without flagging the many other numbers a support reply carries. Order ids
 * (`111-2300471-3237033`, `12-34567-89012`, `241004ABCD1234`), tracking numbers, SKUs, prices, dates, times,
 * quantities and version numbers are far more common in replies than phone numbers, and a warning on each of them
 * would teach agents to ignore the warning. So a run of digits (with spaces, dots, dashes, brackets between them)
 * is a phone number only when:
 *   - it has 7–15 digits (E.164's maximum is 15; anything longer is a tracking number) and is not glued to
 *     letters (`SF1234567890`, `12345678-AB` are codes), and
 *   - it is not a date (`2024-10-04`, `04.10.2024`), a price (after a currency sign, or grouped in thousands), or
 *     shaped like an eBay order number (2-5-5) / an Amazon one (3-7-7), and
 *   - the nearest keyword before it is not an order/tracking/SKU word, and
 *   - it is written internationally (`+86 138…`, `0086…`), or a phone word comes right before it ("call", "tel",
 *     "WhatsApp", "电话", "โทร"…), or it has the shape of a phone number: a Chinese mobile (11 digits, `1[3-9]…`),
 *     a national number with its trunk 0 (`080-1234-5678`, `0812 3456 7890`, `06 12 34 56 78`), or a North
 *     American `(555) 123-4567` / `555-123-4567`.
 * Digits spaced out one by one (`1 3 8 0 0 1 3 8 0 0 0`) or written full-width (`０８０－１２３４－５６７８`)
 * are caught because separators are free and the text is folded first.
 */

/**
 * A run of digits with phone separators. The lookbehind keeps matching linear (a run is only entered at its start)
 * and skips numbers glued to Latin letters (`SF1234567890`, `SKU-12345678`); CJK or Thai right before is prose.
 */
const RUN =
  /(?<![a-z\p{N}_]|\p{N}[.\-/]|[a-z][-/])(?:\+|\(\+?)?\d(?:[ \t\u00a0.\-‐‑‒–—―ー()]{0,3}\d){6,}(?:\))?/gu;
const SEPARATOR = /[ \t\u00a0.\-‐‑‒–—―ー()]+/;

const CONTEXT = 32;
/** Latin words need word boundaries ("line" is not in "online"); Chinese, Japanese, Thai… words have none. */
const wordsPattern = (words: readonly string[]) =>
  words
    .map(foldPattern)
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[a-z]/.test(w) ? `(?<![\\p{L}])${w}(?![\\p{L}])` : w))
    .join('|');
/**
 * The keyword nearest before a number (either kind), a few characters of particles or punctuation away at most:
 * the regex takes the leftmost keyword from which the rest is short, so "phone or order: 0812…" is an order.
 */
const KEYWORD_BEFORE = new RegExp(
  `(?:(?<phone>${wordsPattern(PHONE_WORDS)})|(?<order>${wordsPattern(ORDER_WORDS)}))[^\\p{N}\\n]{0,8}$`,
  'u',
);
const CURRENCY_BEFORE = /(?:[$€£¥₩฿₫₱₹¢]|rm|rp|usd|eur|gbp|jpy|cny|rmb|krw|thb|vnd|idr|myr|php|sgd)\s?$/u;
const AFTER_UNIT =
  /^\s?(?:[$€£¥₩฿₫₱₹%]|元|円|원|บาท|d|vnd|usd|eur|rmb|pcs|pc|units|kg|g|mm|cm|m|ml)(?![\p{L}])/u;
/** Glued to Latin letters or digits it is a code (`12345678AB`); Chinese or Japanese right after is just prose. */
const LETTER_AFTER = /^[a-z\p{N}_]/u;

/** A date in its first three groups (`2024-10-04`, `04.10.2024 12`…). */
function isDate(all: string[]): boolean {
  if (all.length < 3) return false;
  const [a = '', b = '', c = ''] = all;
  const lens = `${a.length},${b.length},${c.length}`;
  if (lens === '4,2,2' || lens === '4,1,1' || lens === '4,2,1' || lens === '4,1,2') {
    return Number(b) >= 1 && Number(b) <= 12 && Number(c) <= 31;
  }
  if (c.length === 4 && a.length <= 2 && b.length <= 2) return Number(a) <= 31 && Number(b) <= 31;
  return false;
}

/** `1.234.567`, `12 345 678`: a number grouped in thousands (phones are grouped 2-4, rarely all in 3s after 1-3). */
function isThousands(groups: string[], separators: string[]): boolean {
  if (groups.length < 3 || (groups[0]?.length ?? 0) > 3) return false;
  if (!groups.slice(1).every((g) => g.length === 3)) return false;
  return separators.every((s) => s === separators[0] && (s === '.' || s === ' ' || s === '\u00a0'));
}

function phoneShaped(digits: string, groups: string[], raw: string): boolean {
  const n = digits.length;
  if (/^1[3-9]\d{9}$/.test(digits)) return true; // Chinese mobile
  if (digits[0] === '0' && digits[1] !== '0' && n >= 9 && n <= 13) return true; // national with trunk 0
  const lens = groups.map((g) => g.length).join(',');
  if (n === 10 && /^[2-9]/.test(digits) && (lens === '3,3,4' || /^\(\d{3}\)/.test(raw))) return true; // NANP
  if (n === 11 && digits[0] === '1' && lens === '1,3,3,4') return true;
  return false;
}

export function detectPhones(folded: FoldedText, out: Candidate[]): void {
  const text = folded.text;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    let raw = m[0];
    let start = m.index;
    // A bracket we did not open/close belongs to the prose: "(call 0812…)".
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    const end = start + raw.length;
    const after = text.slice(end, end + 8);
    if (LETTER_AFTER.test(after) || AFTER_UNIT.test(after)) continue;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    const international = /^\(?\+/.test(raw) || (/^00[1-9]/.test(digits) && digits.length >= 10);
    const groups = raw
      .split(SEPARATOR)
      .filter((g) => /\d/.test(g))
      .map((g) => g.replace(/\D/g, ''));
    const separators = raw.match(/[^\d+()]+/g) ?? [];
    const lens = groups.map((g) => g.length).join(',');
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    if (CURRENCY_BEFORE.test(before)) continue;
    const keyword = KEYWORD_BEFORE.exec(before);
    if (keyword?.groups?.order) continue;
    if (!international) {
      if (isDate(groups) || lens === '2,5,5' || lens === '3,7,7') continue;
      const phoneWord = Boolean(keyword?.groups?.phone);
      if (!phoneWord && (isThousands(groups, separators) || !phoneShaped(digits, groups, raw))) continue;
    }
    if (raw.startsWith('(') && !raw.startsWith('(+') && !/^\(\d{1,4}\)/.test(raw)) {
      start += 1;
    }
    out.push({ rule: 'phone', start, end });
  }
}
