import { defaultLocaleForSite, ebaySiteFromHost } from '../../core/sites';
import { isOurs, outermost } from '../shared/dom';
import { EBAY_SELECTORS as S } from './selectors';

/** Facts about the eBay page itself: which route, marketplace and locale, and what the URL names. */

export type EbayRoute = 'messaging' | 'legacy' | 'contact' | 'other';

/** The messaging app and its other routes (PORTALS.md 3.1: `/cnt/ViewMessage` HIGH, the rest MED). */
const MESSAGING_PATH = /^\/(?:cnt\/viewmessage|msg(?:\/|$)|mye\/myebay\/messages|sh\/messages)/i;
/** Contact-a-member pages write a first message: a composer, no thread (3.1, MED). */
const CONTACT_PATH = /^\/(?:cnt\/interact|contact\/sendmsg|cnt\/replytomessages?)/i;
const LEGACY_PATH = /^\/mesgweb\//i;

export function routeOf(url: URL): EbayRoute {
  if (url.hostname.toLowerCase() === 'mesg.ebay.com' || LEGACY_PATH.test(url.pathname)) return 'legacy';
  if (CONTACT_PATH.test(url.pathname)) return 'contact';
  if (MESSAGING_PATH.test(url.pathname)) return 'messaging';
  return 'other';
}

export function siteOf(url: URL): string {
  return ebaySiteFromHost(url.hostname) ?? 'ebay.com';
}

/** `<html lang>` first; otherwise the site's language (the `cafr`/`befr`/`benl` hosts name theirs). */
export function pageLocale(doc: Document, url: URL): string {
  const lang = doc.documentElement.lang;
  if (lang && /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(lang)) return lang.replace(/_/g, '-');
  const host = url.hostname.toLowerCase();
  if (host.startsWith('cafr.')) return 'fr-CA';
  if (host.startsWith('befr.')) return 'fr-BE';
  if (host.startsWith('benl.')) return 'nl-BE';
  return defaultLocaleForSite(siteOf(url));
}

export interface UrlThreadParams {
  conversationId?: string;
  questionId?: string;
  itemId?: string;
  otherUser?: string;
}

const SAFE_ID = /^[\w.:-]{1,120}$/;

/**
 * What the URL says about the open conversation (3.1, HIGH): `conversation_id`, `question_id`, or
 * `reference_id=<itemId>&other_user_id=<user>&reference_type=LISTING`. Parameter names are matched loosely
 * (`conversationId`, `otherUserId`).
 */
export function urlThreadParams(url: URL): UrlThreadParams {
  const out: UrlThreadParams = {};
  for (const [rawKey, rawValue] of url.searchParams) {
    const key = rawKey.toLowerCase().replace(/_/g, '');
    const value = rawValue.trim();
    if (!value) continue;
    if (key === 'conversationid' && SAFE_ID.test(value)) out.conversationId ??= value;
    else if (key === 'questionid' && SAFE_ID.test(value)) out.questionId ??= value;
    else if ((key === 'referenceid' || key === 'itemid') && /^\d{11,13}$/.test(value)) out.itemId ??= value;
    else if ((key === 'otheruserid' || key === 'otheruser') && value.length <= 64 && !/\s/.test(value)) {
      out.otherUser ??= value;
    }
  }
  return out;
}

/** A link that reopens a conversation by buyer and item (3.1 URL pattern, HIGH). */
export function conversationUrl(url: URL, buyer: string, itemId: string): string {
  const params = new URLSearchParams({
    group_type: 'CORE',
    reference_id: itemId,
    other_user_id: buyer,
    reference_type: 'LISTING',
  });
  return `${url.origin}/cnt/ViewMessage?${params}`;
}

/**
 * The base for relative links: the document's own when it shares the page's origin (a `<base>` tag), else the
 * page URL the adapter was given (frames written from srcdoc or about:blank have no useful base of their own).
 */
export function baseOf(node: Node, pageUrl: string): string {
  const base = node.ownerDocument?.baseURI ?? (node as Document).baseURI ?? '';
  try {
    return new URL(base).origin === new URL(pageUrl).origin ? base : pageUrl;
  } catch {
    return pageUrl;
  }
}

/** Matches of the first selector that finds any, outside our overlay, outermost only. */
export function queryGroup(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector)].filter((el) => !isOurs(el));
    if (found.length > 0) return outermost(found);
  }
  return [];
}

/**
 * The seller's own user id, which eBay's pages carry in page JSON as `"userId":"…"` (3.2, MED). Read once per
 * document, only when a reader needs it; scripts can be large, so the scan stops at the first hit.
 */
const sellerIds = new WeakMap<Document, string | null>();

export function sellerUserId(doc: Document): string | null {
  if (sellerIds.has(doc)) return sellerIds.get(doc) ?? null;
  let found: string | null = null;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const m = /"userId"\s*:\s*"([^"\\\s]{2,64})"/.exec(script.textContent ?? '');
    if (m) {
      found = m[1]!;
      break;
    }
  }
  sellerIds.set(doc, found);
  return found;
}

/** The conversation list, when the page shows one (a generic scroller only counts when it holds cards). */
export function findInboxList(doc: Document): Element | null {
  const [testId, named, generic] = S.inboxList;
  const specific = doc.querySelector(`${testId}, ${named}`);
  if (specific && !isOurs(specific)) return specific;
  for (const el of doc.querySelectorAll(generic)) {
    if (!isOurs(el) && el.querySelector(S.card.join(','))) return el;
  }
  return null;
}

const LIST_MARKS = '.card__username, [data-testid^="conversation-item"], .message-button';

/** The pane element around the open conversation, from something inside it (bubbles, the e-mail frame). */
export function paneAround(inner: Element, list: Element | null): Element {
  const named = inner.parentElement?.closest(S.threadPane.join(','));
  if (named && !(list && named.contains(list)) && !named.querySelector(LIST_MARKS)) return named;
  let pane: Element = inner;
  for (let depth = 0; depth < 4 && pane.parentElement; depth++) {
    const parent = pane.parentElement;
    if (parent.tagName === 'BODY' || parent.tagName === 'MAIN' || (list && parent.contains(list))) break;
    if (parent.querySelector(LIST_MARKS)) break; // no list container found, but its cards are there
    pane = parent;
  }
  return pane;
}
