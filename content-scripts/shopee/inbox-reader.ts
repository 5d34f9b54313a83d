import { LIMITS } from '../../core/limits';
import type { InboxRow, InboxSnapshot } from '../../core/model';
import { parsePortalTime } from '../../core/portal-time';
import { isShopeeCrossBorderHost } from '../../core/sites';
import type { ReadResult } from '../adapter-contract';
import { lineOf, queryFirst } from '../shared/dom';
import {
  findConversationRows,
  hostSite,
  identityName,
  inboxUrl,
  pageLocale,
  parseLocaleOf,
  type RegionShop,
  regionShopOf,
  shopeeThreadKey,
} from './page';
import { SHOPEE_SELECTORS as S } from './selectors';

/** What one conversation row shows (PORTALS.md 4.2): buyer in a `title`, unread badge, CNSC "(MY) Store". */
export interface ConversationRow {
  el: Element;
  buyer: string;
  /** CNSC only: the region and shop the row names. */
  regionShop: RegionShop | null;
  snippet: string;
  timeText: string;
  unread: boolean;
  selected: boolean;
}

const BADGE = /^(?:\d{1,3}\+?|99\+)$/;
const SELECTED = S.selectedRow.join(',');

/** The cheap part of a row: who it is and whether it is the selected one. */
export interface ConversationRowRef {
  el: Element;
  buyer: string;
  selected: boolean;
}

export function conversationRowRef(row: Element): ConversationRowRef {
  return { el: row, buyer: rowBuyer(row, rowNameElement(row)), selected: isSelectedRow(row) };
}

function rowBuyer(row: Element, nameEl: Element | null): string {
  const buyer = nameEl ? nameEl.getAttribute('title')?.trim() || lineOf(nameEl) : firstLine(row);
  return buyer.slice(0, LIMITS.shortText);
}

function isSelectedRow(row: Element): boolean {
  return row.matches(SELECTED) || row.querySelector(SELECTED) !== null || row.closest(SELECTED) !== null;
}

/** Read a conversation row. `crossBorder` turns on the region/shop label (CNSC only). */
export function readConversationRow(row: Element, crossBorder: boolean): ConversationRow {
  const nameEl = rowNameElement(row);
  const buyer = rowBuyer(row, nameEl);
  const timeEl = queryFirst(row, S.rowTime);
  const snippetEl = queryFirst(row, S.rowSnippet);
  const leaves = leafTexts(row);

  let regionShop: RegionShop | null = null;
  if (crossBorder) {
    for (const leaf of leaves) {
      if (leaf.el === nameEl || snippetEl?.contains(leaf.el)) continue;
      regionShop = regionShopOf(leaf.el.getAttribute('title') ?? leaf.text);
      if (regionShop) break;
    }
  }

  let timeText = timeEl ? lineOf(timeEl) : '';
  let badge = false;
  const rest: string[] = [];
  for (const leaf of leaves) {
    if (leaf.el === nameEl || nameEl?.contains(leaf.el) || timeEl?.contains(leaf.el)) continue;
    if (BADGE.test(leaf.text) && !snippetEl?.contains(leaf.el)) {
      badge = badge || leaf.text !== '0';
      continue;
    }
    if (!timeText && leaf.text.length <= 20 && looksLikeTime(leaf.text)) {
      timeText = leaf.text;
      continue;
    }
    if (regionShop && regionShopOf(leaf.el.getAttribute('title') ?? leaf.text)) continue;
    rest.push(leaf.text);
  }
  const snippet = snippetEl ? snippetEl.getAttribute('title')?.trim() || lineOf(snippetEl) : (rest[0] ?? '');

  return {
    el: row,
    buyer,
    regionShop,
    snippet,
    timeText,
    unread: badge || /\bunread\b/i.test(row.getAttribute('aria-label') ?? ''),
    selected: isSelectedRow(row),
  };
}

/** The buyer's name: the name hook, else the element whose `title` repeats its own text (an ellipsised name). */
function rowNameElement(row: Element): Element | null {
  const hooked = row.querySelector(S.rowName[0]);
  if (hooked) return hooked;
  let fallback: Element | null = null;
  for (const el of row.querySelectorAll('[title]')) {
    const title = el.getAttribute('title')?.trim() ?? '';
    if (!title || /^(IMG|I|SVG|BUTTON)$/i.test(el.tagName) || regionShopOf(title)) continue;
    if (title === lineOf(el)) return el;
    fallback ??= el;
  }
  return fallback;
}

/** Without a name element: the first line that is no time, badge or region label. */
function firstLine(row: Element): string {
  const line = leafTexts(row).find(
    (leaf) => !BADGE.test(leaf.text) && !looksLikeTime(leaf.text) && !regionShopOf(leaf.text),
  );
  return line?.text ?? '';
}

function leafTexts(row: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  for (const el of row.querySelectorAll('*')) {
    if (el.children.length > 0 || /^(SCRIPT|STYLE|SVG|IMG)$/i.test(el.tagName)) continue;
    const text = lineOf(el);
    if (text) out.push({ el, text });
  }
  return out;
}

const TIME_LIKE = /^\d{1,2}[:.]\d{2}$|^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/** Row times are short ("14:03", "04/09", "Kemarin"); a longer or punctuated text is the snippet. */
function looksLikeTime(text: string): boolean {
  if (TIME_LIKE.test(text)) return true;
  return text.length <= 14 && !/[?!]/.test(text) && parsePortalTime(text, 'en-GB', Date.now()).at !== null;
}

/** The context (site, shop) and thread key of a row, by the same rule the thread reader uses. */
export function rowIdentity(
  row: ConversationRow,
  hostSiteName: string,
): { site: string; shop?: string; key: string } {
  const site = row.regionShop?.site ?? hostSiteName;
  const shop = row.regionShop?.shop;
  return { site, shop, key: shopeeThreadKey(row.buyer, shop) };
}

export function readShopeeInbox(doc: Document, url: URL, now: number): ReadResult<InboxSnapshot> {
  const elements = findConversationRows(doc);
  if (elements.length === 0) {
    return { ok: false, missing: [S.conversationRow[0]], reason: 'No conversation rows on the page.' };
  }
  const site = hostSite(url);
  const locale = pageLocale(doc, site);
  const parseLocale = parseLocaleOf(locale);
  const crossBorder = isShopeeCrossBorderHost(url.hostname);
  const rows: InboxRow[] = [];
  for (const el of elements.slice(0, LIMITS.inboxRows)) {
    const row = readConversationRow(el, crossBorder);
    if (!row.buyer) continue;
    const identity = rowIdentity(row, site);
    const parsed = parsePortalTime(row.timeText, parseLocale, now);
    rows.push({
      nativeThreadId: identity.key.slice(0, LIMITS.shortText),
      site: crossBorder ? identity.site : undefined,
      shop: identity.shop?.slice(0, LIMITS.shortText),
      url: inboxUrl(url).slice(0, LIMITS.url),
      buyer: row.buyer,
      // The same handle the open thread records as buyer.nativeId, so row and thread share one customer.
      buyerId: identityName(row.buyer).slice(0, LIMITS.shortText),
      subject: '',
      snippet: row.snippet.slice(0, LIMITS.subject),
      unread: row.unread,
      timeText: row.timeText.slice(0, LIMITS.shortText),
      at: parsed.at,
      orderIds: [],
    });
  }
  if (rows.length === 0) {
    return { ok: false, missing: [S.rowName[0]], reason: 'Conversation rows show no buyer names.' };
  }
  return {
    ok: true,
    value: { platform: 'shopee', site, host: url.hostname, url: url.href, locale, capturedAt: now, rows },
  };
}
