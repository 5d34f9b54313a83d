import { type Candidate, matchAll } from './candidates';
import { LINK_TLDS, MAIL_PROVIDERS, MARKETPLACE_NAME, OWN_HOSTS, WORDLIKE_TLDS } from './domains';
import type { FoldedText } from './normalize';

/**
 * E-mail addresses and links, written plainly or spelled out to get past a filter (`name at gmail dot com`,
 * `name(at)qq(dot)com`, `name arroba gmail punto com`, `shop dot com`, `www。shop。com`). Runs on folded text
 * (normalize.ts), so full-width `＠` and `．` are already `@` and `.`.
 *
 * Every pattern starts with a lookbehind that forbids starting inside a run it could have started earlier on, and
 * every repetition is bounded, so a 100 KB run of letters, dots or digits costs linear time.
 */

const TLDS = `(?:${[...LINK_TLDS].sort((a, b) => b.length - a.length).join('|')})`;
const PROVIDERS = `(?:${MAIL_PROVIDERS.join('|')})`;
const LABEL = '[a-z0-9\\-]{1,63}';
const LOCAL = '[a-z0-9][a-z0-9._%+\\-]{0,63}';
/** Characters of a URL after its host (ASCII only: Chinese right after a link is not part of it). */
const URL_CHARS = "[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";

/** "@" spelled out: bracketed anywhere, or as a word in the languages we support. */
const AT_SPELLED =
  '(?:\\s*(?:\\(\\s*(?:at|@)\\s*\\)|\\[\\s*(?:at|@)\\s*\\]|\\{\\s*(?:at|@)\\s*\\}|<\\s*at\\s*>|艾特|アットマーク|アット|골뱅이)\\s*' +
  '|\\s+(?:at|arroba|arobase|chiocciola|klammeraffe|apenstaart|malpa|snabel-a|kukac)\\s+)';
/** "." spelled out in an address after an "@" (words are safe there: "punto", "point", "titik"…). */
const DOT_SPELLED_IN_EMAIL =
  '(?:\\s*(?:\\(\\s*(?:dot|\\.)\\s*\\)|\\[\\s*(?:dot|\\.)\\s*\\]|\\{\\s*(?:dot|\\.)\\s*\\}|点|點|ドット|닷|。)\\s*' +
  '|\\s+(?:dot|punto|punkt|point|ponto|punt|nokta|titik|cham|kropka|tecka|จุด|نقطة)\\s+)';
/**
 * "." spelled out in a link: only brackets, "dot" and CJK dots (a bare "point" or "punto" between two words is far
 * more often prose: "the main point it is…").
 */
const DOT_SPELLED_IN_LINK =
  '(?:\\s*(?:\\(\\s*(?:dot|\\.)\\s*\\)|\\[\\s*(?:dot|\\.)\\s*\\]|\\{\\s*(?:dot|\\.)\\s*\\}|点|點|ドット|닷|。)\\s*|\\s+dot\\s+)';

const EMAIL_PLAIN = new RegExp(
  `(?<![a-z0-9._%+\\-])${LOCAL}\\s?@\\s?(?:${LABEL}\\.){1,4}[a-z]{2,24}(?![a-z0-9\\-])`,
  'gu',
);
const EMAIL_SPELLED = new RegExp(
  `(?<![a-z0-9._%+\\-])${LOCAL}(?:${AT_SPELLED}|\\s?@\\s?)(?:${LABEL}(?:${DOT_SPELLED_IN_EMAIL}|\\.)){1,4}${TLDS}(?![a-z0-9\\-])`,
  'gu',
);
/** `12345 at qq`, `name (at) gmail`: a known provider makes the TLD unnecessary. */
const EMAIL_PROVIDER = new RegExp(
  `(?<![a-z0-9._%+\\-])${LOCAL}(?:${AT_SPELLED}|\\s?@\\s?)${PROVIDERS}(?![a-z0-9\\-@.])`,
  'gu',
);

const LINK_SCHEME = new RegExp(`(?<![a-z0-9])(?:https?|ftp)://${URL_CHARS}+`, 'gu');
const LINK_WWW = new RegExp(`(?<![a-z0-9.\\-/])www\\.${URL_CHARS}+`, 'gu');
const LINK_BARE = new RegExp(
  `(?<![a-z0-9.\\-@_/])(?:${LABEL}\\.){1,4}(?<tld>${TLDS})(?![a-z0-9\\-])(?::\\d{1,5})?(?:[/?#]${URL_CHARS}*)?`,
  'gdu',
);
const LINK_SPELLED = new RegExp(
  `(?<![a-z0-9.\\-])(?:www(?:${DOT_SPELLED_IN_LINK}|\\.))?(?:${LABEL}(?:${DOT_SPELLED_IN_LINK}|\\.)){0,3}${LABEL}${DOT_SPELLED_IN_LINK}${TLDS}(?![a-z0-9\\-])`,
  'gu',
);

/** Punctuation that ends a sentence after a URL rather than belonging to it. */
const TRAILING = /[.,;:!?'")\]}]+$/;

/** "@" written as a word between spaces ("order at myshop.store" is prose about a link, not an address). */
const AT_AS_WORD = /\s(?:at|arroba|arobase|chiocciola|klammeraffe|apenstaart|malpa|snabel-a|kukac)\s/u;
const SPELLED_DOT_IN_EMAIL = new RegExp(DOT_SPELLED_IN_EMAIL, 'u');
const PROVIDER_AFTER_AT = new RegExp(`\\s${PROVIDERS}(?![a-z0-9\\-])`, 'u');

export function detectEmails(folded: FoldedText, out: Candidate[]): void {
  const found: Candidate[] = [];
  for (const re of [EMAIL_PLAIN, EMAIL_SPELLED, EMAIL_PROVIDER]) matchAll(re, folded.text, 'email', found);
  for (const c of found) {
    const match = folded.text.slice(c.start, c.end);
    // "name at gmail.com" / "name at shop dot com" are addresses; "order at myshop.store" is a link (found as one).
    if (AT_AS_WORD.test(match) && !SPELLED_DOT_IN_EMAIL.test(match) && !PROVIDER_AFTER_AT.test(match))
      continue;
    out.push(c);
  }
}

/**
 * Links, except those to the platform's own hosts when it allows them (`ownHost`): an eBay item URL in an eBay
 * message is not a link to another site.
 */
export function detectLinks(
  folded: FoldedText,
  original: string,
  ownHost: RegExp | undefined,
  out: Candidate[],
) {
  const text = folded.text;
  const found: Candidate[] = [];
  for (const re of [LINK_SCHEME, LINK_WWW, LINK_SPELLED]) matchAll(re, text, 'link', found);
  LINK_BARE.lastIndex = 0;
  for (let m = LINK_BARE.exec(text); m !== null; m = LINK_BARE.exec(text)) {
    const tld = m.groups?.tld ?? '';
    const tldStart = m.indices?.groups?.tld?.[0] ?? m.index;
    // `…received.It works`: a capital after the dot is a new sentence, not a country's domain.
    const first = original[folded.from[tldStart] ?? 0] ?? '';
    if (WORDLIKE_TLDS.has(tld) && first !== first.toLowerCase() && !m[0].includes('/')) continue;
    if (MARKETPLACE_NAME.test(m[0])) continue;
    found.push({ rule: 'link', start: m.index, end: m.index + m[0].length });
  }
  for (const c of found) {
    const trimmed = text.slice(c.start, c.end).replace(TRAILING, '');
    c.end = c.start + trimmed.length;
    if (c.end <= c.start) continue;
    if (ownHost?.test(hostOf(trimmed))) continue;
    out.push(c);
  }
}

const SPELLED_DOT = new RegExp(`${DOT_SPELLED_IN_LINK}`, 'gu');

/** The host of a (possibly spelled-out) link: `https://www.ebay.de/itm/1` → `www.ebay.de`. */
export function hostOf(link: string): string {
  const bare = link.replace(/^[a-z]+:\/\//, '').replace(SPELLED_DOT, '.');
  return (bare.split(/[/?#:]/, 1)[0] ?? '').replace(/\s+/g, '');
}

export { OWN_HOSTS };
