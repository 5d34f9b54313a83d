import { normaliseLanguage } from './agent-language';
import type { GlossaryEntry } from './types';

/**
 * Protected spans: what a translation must never change. Before a text goes to any provider, order ids, tracking
 * numbers, ASINs/SKUs, URLs, e-mail addresses, placeholders already in the text, glossary terms and
 * do-not-translate words are replaced by numbered tokens; `restore` puts them back into the provider's output
 * (glossary terms as their target-language rendering).
 *
 * Token format `⟦0⟧` (U+27E6/U+27E7, mathematical white square brackets around a small number), chosen because:
 * - engines (Edge, Google, DeepL, Baidu, LLMs) pass symbols they cannot translate through unchanged, and a short
 *   bracketed number reads to them like a name or a number, so the sentence around it translates naturally;
 * - unlike `{0}` or `[0]`, it does not occur in buyer text or in format strings, and no engine "localises" it
 *   (CJK targets turn `{`/`[` into full-width `｛`/`［`);
 * - the OpenAI-compatible prompt names this shape (providers/openai.ts) and the test mocks treat it as a slot.
 * Restoring still tolerates what engines do to tokens: spaces inside or around them, look-alike brackets
 * (〚〛, 【】, full-width or ASCII square brackets when the text had none of its own), full-width, Arabic-Indic
 * or Devanagari digits; a token the engine dropped is appended at the end, so a span is never lost.
 */

export interface ProtectOptions {
  glossary: GlossaryEntry[];
  doNotTranslate: string[];
  target: string;
}

export interface Protected {
  /** The text to send to the provider, spans replaced by tokens. */
  text: string;
  /** How many spans were replaced. */
  spans: number;
  /** The provider's output with every span put back (once each; missing ones appended). */
  restore(translated: string): string;
}

interface Span {
  start: number;
  end: number;
  /** What the token turns back into. */
  value: string;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'，。、！？「」（）【】]+/gi;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Placeholders already in the text: ours, `{0}`, `{{name}}`, `%s`, `%1$s`, `${x}`, `[[x]]`. */
const PLACEHOLDER_RE =
  /[⟦〚][^⟧〛\n]{0,24}[⟧〛]|\{\{[^{}\n]{1,40}\}\}|\$?\{[\w.]{1,30}\}|[｛][\w.]{1,30}[｝]|%(?:\d+\$)?[sd@]|\[\[[^\]\n]{1,40}\]\]/g;

/**
 * Order, tracking and product identifiers. Each needs a digit, so "2 pcs", "size 42", "2024" and "t-shirt" stay
 * translatable; codes are upper case as portals print them (ASINs also in lower case, buyers retype those).
 * Exported by kind for core/templates/context.ts, which looks for the tracking number a thread mentions.
 */
const AMAZON_ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;
const EBAY_ORDER_NUMBER = /\b\d{2}-\d{5}-\d{5}\b/g;
const SHOPEE_ORDER_SN = /\b\d{6}[A-Z0-9]{8,14}\b/g; // yymmdd + 8 letters/digits (241004ABCD1234)
const UPS = /\b1Z[0-9A-Z]{16}\b/gi;
const UPU_S10 = /\b[A-Z]{2}\d{9}[A-Z]{2}\b/g; // Royal Mail AB123456789GB, China Post, La Poste…
const CARRIER_PREFIXED = /\b(?:LP|YT|CN|SF|JT|JP|JX|JD|TH|SPX[A-Z]{0,2})\d{8,22}[A-Z]{0,3}\b/g; // Cainiao, Yun, SF, J&T, Kerry, SPX
const OTHER_PREFIXED = /\b[A-Z]{2,5}\d{8,22}[A-Z]{0,3}\b/g; // other carrier prefixes + long numbers
const USPS_GROUPED = /\b\d{4}(?: \d{4}){4}(?: \d{2})?\b/g; // USPS in groups of four
const LONG_NUMBER = /\b\d{10,22}\b/g; // USPS 20–22 digits (9400…), DHL 10, FedEx 12/15, long order numbers

/** Order numbers as the three portals print them. */
export const ORDER_ID_PATTERNS: readonly RegExp[] = [AMAZON_ORDER_ID, EBAY_ORDER_NUMBER, SHOPEE_ORDER_SN];
/** Carrier-shaped tracking numbers: a match is a tracking number whatever the words around it. */
export const TRACKING_NUMBER_PATTERNS: readonly RegExp[] = [
  UPS,
  UPU_S10,
  CARRIER_PREFIXED,
  OTHER_PREFIXED,
  USPS_GROUPED,
];
/** Bare long numbers: tracking numbers too, but also phone or order numbers, so the words around them decide. */
export const LONG_NUMBER_PATTERN: RegExp = LONG_NUMBER;

const ID_PATTERNS: RegExp[] = [
  AMAZON_ORDER_ID,
  EBAY_ORDER_NUMBER,
  UPS,
  UPU_S10,
  CARRIER_PREFIXED,
  OTHER_PREFIXED,
  SHOPEE_ORDER_SN,
  /\bB0[A-Z0-9]{8}\b/gi, // ASIN
  USPS_GROUPED,
  LONG_NUMBER,
  /\b(?=[A-Z0-9-]*\d)[A-Z0-9]*[A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+)+\b/g, // SKU-like codes with dashes: ABC-123-XL
  /\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6,}\b/g, // SKU-like codes without: A1B2C3, XYZ12345
];

/** Scripts written without spaces between words: glossary terms in them match anywhere. */
const UNSPACED =
  /[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive; whole words where the script has word boundaries, substrings in CJK/Thai/Hangul. */
function termPattern(term: string): RegExp {
  const body = escapeRegExp(term).replace(/\s+/g, '\\s+');
  if (UNSPACED.test(term)) return new RegExp(body, 'giu');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
}

/** Adds the matches of `re` that do not overlap a span taken before (earlier rules win). */
function take(spans: Span[], text: string, re: RegExp, value: (match: string) => string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let match = m[0];
    // A URL does not end in the sentence's punctuation ("see https://x.com/a.").
    if (re === URL_RE) match = match.replace(/[.,;:!?)\]]+$/, '');
    const start = m.index;
    const end = start + match.length;
    if (spans.some((s) => start < s.end && s.start < end)) continue;
    spans.push({ start, end, value: value(match) });
  }
}

export function protect(text: string, options: ProtectOptions): Protected {
  const spans: Span[] = [];
  const same = (m: string) => m;
  take(spans, text, PLACEHOLDER_RE, same);
  take(spans, text, URL_RE, same);
  take(spans, text, EMAIL_RE, same);
  for (const re of ID_PATTERNS) take(spans, text, re, same);

  // Glossary (for this target) and do-not-translate words, longest first so "power bank" wins over "power".
  const target = normaliseLanguage(options.target);
  const terms: { term: string; value: (m: string) => string }[] = [
    ...options.glossary
      .filter((g) => g.source.trim() && (!g.lang || normaliseLanguage(g.lang) === target))
      .map((g) => ({ term: g.source.trim(), value: () => g.target })),
    ...options.doNotTranslate.filter((w) => w.trim()).map((w) => ({ term: w.trim(), value: same })),
  ].sort((a, b) => b.term.length - a.term.length);
  for (const { term, value } of terms) take(spans, text, termPattern(term), value);

  if (spans.length === 0) return { text, spans: 0, restore: (translated) => translated };

  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  spans.forEach((span, i) => {
    out += `${text.slice(at, span.start)}⟦${i}⟧`;
    at = span.end;
  });
  out += text.slice(at);
  const tokens: Token[] = spans.map((s) => ({
    value: s.value,
    spaced: s.start > 0 && /\s/.test(text[s.start - 1]!),
    spacedAfter: s.end < text.length && /\s/.test(text[s.end]!),
  }));
  // ASCII/full-width square brackets count as a mangled token only when the text had no "[1]" of its own.
  const looseBrackets = !/[[［]\s*\d+\s*[\]］]/.test(text);
  return {
    text: out,
    spans: spans.length,
    restore: (translated) => restore(translated, tokens, looseBrackets),
  };
}

interface Token {
  value: string;
  /** Whether the original had white space before / after the span (then a space next to it is not the engine's). */
  spaced: boolean;
  spacedAfter: boolean;
}

const TOKEN_STRICT = /([ \t\u3000]*)[⟦〚【]\s*([0-9０-９٠-٩०-९]{1,3})\s*[⟧〛】]([ \t\u3000]*)/g;
const TOKEN_LOOSE = /([ \t\u3000]*)[⟦〚【[［]\s*([0-9０-９٠-٩०-९]{1,3})\s*[⟧〛】\]］]([ \t\u3000]*)/g;

/** ０-９, ٠-٩ and ०-९ → 0-9. */
function asciiDigits(digits: string): number {
  let n = 0;
  for (const ch of digits) {
    const c = ch.charCodeAt(0);
    const d = c >= 0xff10 ? c - 0xff10 : c >= 0x966 ? c - 0x966 : c >= 0x660 ? c - 0x660 : c - 0x30;
    n = n * 10 + d;
  }
  return n;
}

/** A space the engine put between a token and CJK/Thai text, where the original had none, goes again. */
const NO_SPACE_NEIGHBOUR = /[\u0e00-\u0e7f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

function restore(translated: string, tokens: Token[], looseBrackets: boolean): string {
  const used = new Set<number>();
  // One pass: a restored value that looks like a token ("{0}" or "⟦1⟧" typed by the buyer) is never re-read.
  const out = translated.replace(
    looseBrackets ? TOKEN_LOOSE : TOKEN_STRICT,
    (whole, before: string, digits: string, after: string, offset: number, all: string) => {
      const index = asciiDigits(digits);
      const token = tokens[index];
      if (!token) return whole; // not ours
      used.add(index);
      const prev = all[offset - 1];
      const next = all[offset + whole.length];
      const lead = before && !token.spaced && prev && NO_SPACE_NEIGHBOUR.test(prev) ? '' : before;
      const trail = after && !token.spacedAfter && next && NO_SPACE_NEIGHBOUR.test(next) ? '' : after;
      return `${lead}${token.value}${trail}`;
    },
  );
  const dropped = tokens.filter((_, i) => !used.has(i)).map((t) => t.value);
  if (dropped.length === 0) return out;
  const body = out.replace(/\s+$/, '');
  return body ? `${body} ${dropped.join(' ')}` : dropped.join(' ');
}
