import { defaultLocaleForSite, SHOPEE_REGION_SITES, shopeeSiteFromHost } from '../../core/sites';
import { firstMatch, isOurs, outermost, queryFirst } from '../shared/dom';
import { SHOPEE_SELECTORS as S } from './selectors';

/**
 * Facts about the Seller Centre page itself and the chat surfaces on it: which route, locale and marketplace,
 * where the conversation list, the message list and the chat pane are, and the thread identity rule.
 * Everything here reads attributes and text only: no layout (PORTALS.md 4.2, performance envelope).
 */

/** Chat routes (PORTALS.md 4.1): `/webchat/…`, TH's `/new-webchat/…` and newest `/portal/chat-management`. */
const CHAT_PATH = /^\/(?:new-)?webchat(?:\/|$)|^\/portal\/chat-management(?:\/|$)/;

export function isChatPath(url: URL): boolean {
  return CHAT_PATH.test(url.pathname);
}

/** The marketplace of the host; CNSC is `shopee.cn` until a row or header names the region. */
export function hostSite(url: URL): string {
  const known = shopeeSiteFromHost(url.hostname);
  if (known) return known;
  const m = /(?:^|\.)shopee\.([a-z.]+)$/.exec(url.hostname.toLowerCase());
  return m ? `shopee.${m[1]}` : 'shopee.sg';
}

export function pageLocale(doc: Document, site: string): string {
  const lang = doc.documentElement.lang?.trim();
  if (lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang)) return lang.replace(/_/g, '-');
  return defaultLocaleForSite(site);
}

/**
 * Shopee prints numeric dates day first in every market (PORTALS.md 4.4, LOW), while parsePortalTime reads
 * them month first on en-US pages: an `en-US` UI language must not turn 04/09 into April.
 */
export function parseLocaleOf(locale: string): string {
  return /^en[-_]us\b/i.test(locale) ? 'en-GB' : locale;
}

/** A link that reopens the chat: the page itself on a chat route, the webchat inbox from a mini-window. */
export function conversationUrl(url: URL): string {
  return isChatPath(url) ? url.href : inboxUrl(url);
}

/** The chat inbox without the open conversation's parameters, for list rows. */
export function inboxUrl(url: URL): string {
  return isChatPath(url) ? `${url.origin}${url.pathname}` : `${url.origin}/webchat/conversations`;
}

/** The conversation list, wherever it is mounted (full page or mini-window). */
export function findConversationList(doc: Document): Element | null {
  return firstMatch(doc, S.conversationList);
}

/** Conversation rows: the outermost `data-cy` cells (one per conversation), in list order. */
export function findConversationRows(doc: Document): Element[] {
  const all = [...doc.querySelectorAll(S.conversationRow.join(','))].filter((el) => !isOurs(el));
  const rows = outermost(all);
  if (rows.length > 0) return sortByOffset(rows);
  // A list without cell hooks (another generation): its repeated children that show a name in a `title`.
  const list = findConversationList(doc);
  if (!list) return [];
  const inner = queryFirst(list, S.virtualInner) ?? list;
  return sortByOffset(childRows(inner).filter((row) => row.querySelector('[title]') !== null));
}

/**
 * The open conversation's message list: a known id or hook; else the container that holds the message hooks
 * (a newer build without the id); else a virtualised container outside the conversation list that holds
 * `<pre>` texts.
 */
export function findMessageList(doc: Document): Element | null {
  const known = firstMatch(doc, S.messageList);
  if (known) return known;
  const hooks = [...doc.querySelectorAll(S.anyMessage.join(','))].filter((el) => !isOurs(el));
  if (hooks.length > 0) {
    const first = hooks[0]!;
    const inner = first.closest(S.virtualInner.join(','));
    if (inner) return inner;
    let common: Element | null = first.parentElement;
    const last = hooks[hooks.length - 1]!;
    while (common && !common.contains(last)) common = common.parentElement;
    if (hooks.length === 1) {
      // One message: its positioned row's parent holds the rows.
      let row: Element | null = first;
      while (row && offsetOf(row) === null) row = row.parentElement;
      common = row?.parentElement ?? first.parentElement?.parentElement ?? null;
    }
    if (common && common.tagName !== 'BODY' && common.tagName !== 'HTML') return common;
  }
  const conversations = findConversationList(doc);
  for (const inner of doc.querySelectorAll(S.virtualInner.join(','))) {
    if (isOurs(inner) || conversations?.contains(inner)) continue;
    if (inner.querySelector('pre')) return inner;
  }
  return null;
}

/**
 * The pane of the open conversation: the highest ancestor of the message list (a few levels at most) that does
 * not also hold the conversation list, stopping at the mini-window, a dialog or the page's main element. It
 * holds the header above the messages and the reply box below them.
 */
export function chatPaneOf(list: Element): Element {
  let pane: Element = list;
  for (let depth = 0; depth < 6 && pane.parentElement; depth++) {
    const parent = pane.parentElement;
    if (/^(BODY|HTML)$/.test(parent.tagName)) break;
    if (
      parent.querySelector(S.conversationList.join(',')) ||
      parent.querySelector(S.conversationRow.join(','))
    ) {
      break;
    }
    pane = parent;
    if (pane.matches(S.miniChat.join(',')) || pane.matches('[role="dialog"], main')) break;
  }
  return pane;
}

// -----------------------------------------------------------------------------------------------------------
// Virtualised rows

/** The rows of a virtualised container: its children, through single-child wrappers. */
export function childRows(container: Element): Element[] {
  let node = container;
  for (let depth = 0; depth < 3; depth++) {
    if (node.children.length !== 1) break;
    const only = node.children[0]!;
    if (offsetOf(only) !== null || only.children.length === 0) break;
    node = only;
  }
  return [...node.children].filter((el) => !isOurs(el) && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE');
}

const TOP = /(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)(?:px)?\s*(?:;|$|!)/i;
const BOTTOM = /(?:^|;)\s*bottom\s*:\s*(-?\d+(?:\.\d+)?)(?:px)?\s*(?:;|$|!)/i;
const TRANSLATE_Y =
  /(?:^|;)\s*transform\s*:[^;]*?translate(?:Y\(\s*|3d\([^,]*,\s*|\([^,]*,\s*)(-?\d+(?:\.\d+)?)px/i;

/**
 * A row's vertical offset from its inline style (React-Virtualized writes `top`; other virtualisers write a
 * `translateY` transform, or `bottom` when anchored at the end). Read from the `style` attribute, which React
 * keeps in step with the element's style: no layout read, and cheaper than the CSSOM for 200 rows.
 */
export function offsetOf(el: Element): number | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  const top = TOP.exec(style);
  if (top) return Number(top[1]);
  const moved = TRANSLATE_Y.exec(style);
  if (moved) return Number(moved[1]);
  const bottom = BOTTOM.exec(style);
  return bottom ? -Number(bottom[1]) : null;
}

/**
 * Rows in visual order: by inline offset (a row's own or its first child's), not DOM order. A row without an
 * offset keeps its place after the row before it in the DOM.
 */
export function sortByOffset(rows: Element[]): Element[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = rows.map((row, index) => {
    const own = offsetOf(row) ?? (row.firstElementChild ? offsetOf(row.firstElementChild) : null);
    const key = own ?? previous;
    previous = key;
    return { row, key, index };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.row);
}

// -----------------------------------------------------------------------------------------------------------
// Region, shop and thread identity

export interface RegionShop {
  site: string;
  shop: string;
}

const CODES = Object.keys(SHOPEE_REGION_SITES).join('|');
/** "(MY) StoreName", "[MY] StoreName", "（MY）StoreName" (PORTALS.md 4.2, MED). */
const BRACKET_FIRST = new RegExp(`^[(\\[（]\\s*(${CODES})\\s*[)\\]）]\\s*[-·|•:]?\\s*(\\S.*)$`);
/** "StoreName (MY)". */
const BRACKET_LAST = new RegExp(`^(\\S.*?)\\s*[(\\[（]\\s*(${CODES})\\s*[)\\]）]$`);
/** "MY · StoreName", "MY | StoreName" (LOW). */
const CODE_FIRST = new RegExp(`^(${CODES})\\s*[·|•]\\s*(\\S.*)$`);

/**
 * A CNSC region/shop label. Only the bracketed or separated forms count, and the code must be upper case: a
 * bare two-letter word ("Order ID") must never pick a marketplace.
 */
export function regionShopOf(text: string): RegionShop | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length < 4 || line.length > 120) return null;
  const first = BRACKET_FIRST.exec(line) ?? CODE_FIRST.exec(line);
  const last = first ? null : BRACKET_LAST.exec(line);
  const code = first?.[1] ?? last?.[2];
  const shop = (first?.[2] ?? last?.[1])?.trim();
  const site = code ? SHOPEE_REGION_SITES[code] : undefined;
  return site && shop ? { site, shop } : null;
}

/** Case- and width-folded, whitespace-collapsed: how names take part in identity. */
export function identityName(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The thread's native id. Shopee has one conversation per buyer–shop pair, so the buyer's username (lower
 * case) is the natural key, prefixed by the shop on CNSC where one login serves many shops. The URL's
 * `conversation_id` takes no part: it is absent on some routes and in the mini-window, and an inbox row must
 * compute the same id from what it shows.
 */
export function shopeeThreadKey(buyer: string, shop?: string): string {
  const name = identityName(buyer);
  return shop ? `${identityName(shop)}/${name}` : name;
}

/** The CNSC region/shop filter's current choice, when it names one shop ("All" names none). */
export function regionShopFromSelector(doc: Document): RegionShop | null {
  const selector = queryFirst(doc, S.regionShopSelector);
  if (!selector) return null;
  const select = selector instanceof HTMLSelectElement ? selector : selector.querySelector('select');
  if (select) {
    const option = select.selectedOptions?.[0];
    return option ? regionShopOf(option.textContent ?? '') : null;
  }
  for (const el of [selector, ...selector.querySelectorAll('[title], input, span, div')]) {
    const value =
      el instanceof HTMLInputElement
        ? el.value
        : (el.getAttribute('title') ?? (el.children.length === 0 ? el.textContent : ''));
    const found = value ? regionShopOf(value) : null;
    if (found) return found;
  }
  return null;
}

// -----------------------------------------------------------------------------------------------------------
// Order numbers

/**
 * Shopee order sn: `YYMMDD` and 8 upper-case letters or digits, e.g. `241004ABCD1234` (PORTALS.md 4.4, MED).
 * The date part must be a real date from 2015 on, and the tail must hold a letter, so phone and tracking
 * numbers do not pass.
 */
const ORDER_SN = /(?<![A-Za-z0-9])(\d{2})(\d{2})(\d{2})([A-Z0-9]{8})(?![A-Za-z0-9])/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function findOrderSns(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ORDER_SN)) {
    const [sn, yy, mm, dd, tail] = m as unknown as [string, string, string, string, string];
    const month = Number(mm);
    const day = Number(dd);
    if (Number(yy) < 15 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) continue;
    if (!/[A-Z]/.test(tail)) continue;
    found.add(sn);
  }
  return [...found];
}
