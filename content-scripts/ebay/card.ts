import { httpsUrl, isOurs, lineOf, outermost } from '../shared/dom';
import { createSubtreeMemo } from '../shared/subtree-memo';
import { cleanUsername } from './ids';
import { baseOf, urlThreadParams } from './page';
import { EBAY_SELECTORS as S, UNREAD_PREFIX } from './selectors';

/** Conversation cards of the messaging app's list (PORTALS.md 3.2) and what each one shows. */

const CARD = S.card.join(',');
/** A card never holds a conversation: an element that does is the thread pane carrying the same attribute. */
const NOT_IN_CARD = [...S.bubble, ...S.emailFrame, ...S.composer, '.msg-content-view'].join(',');

function isCard(el: Element): boolean {
  return (
    !isOurs(el) &&
    !el.matches('.msg-content-view') &&
    el.closest('.msg-content-view') === null &&
    el.querySelector(NOT_IN_CARD) === null &&
    (el.textContent ?? '').trim() !== ''
  );
}

/** Cards mounted right now (the list is virtualised: off-screen rows are simply not in the DOM). */
export function findCards(doc: Document): Element[] {
  for (const selector of S.card) {
    const found = outermost([...doc.querySelectorAll(selector)].filter(isCard));
    if (found.length > 0) return found;
  }
  // Structure: the button or list item around each username.
  const around = new Set<Element>();
  for (const name of doc.querySelectorAll(S.cardUsername[0])) {
    const card = name.closest('button, li, [role="listitem"], [role="option"], [role="row"], a');
    if (card && isCard(card)) around.add(card);
  }
  return outermost([...around]);
}

export interface CardInfo {
  conversationId?: string;
  buyer: string;
  subject: string;
  snippet: string;
  timeText: string;
  unread: boolean;
  /** eBay's own conversation (`data-testid` containing `from-ebay`). */
  fromEbay: boolean;
  url?: string;
}

/** Cards read in earlier scans, kept on the card's row until the row's subtree changes (shared/subtree-memo.ts). */
const cardMemo = createSubtreeMemo<{ card: Element; info: CardInfo }>();

export function readCard(card: Element, pageUrl: string): CardInfo {
  // The list item around the button holds the row checkbox and sometimes the data attributes.
  const row = card.closest('li, .card__item, [role="listitem"]') ?? card;
  // Outside the row's subtree a card's read depends on the base URL's inputs and a conversation id above it.
  const key = `${card.ownerDocument.baseURI}\u0000${pageUrl}\u0000${
    card.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') ?? '\u0001'
  }`;
  const hit = cardMemo.get(row, key);
  if (hit && hit.card === card) return { ...hit.info };
  const info = readCardIn(card, row, pageUrl);
  cardMemo.set(row, key, { card, info: { ...info } });
  return info;
}

function readCardIn(card: Element, row: Element, pageUrl: string): CardInfo {
  const conversationId = (
    card.getAttribute('data-conversation-id') ??
    card.querySelector('[data-conversation-id]')?.getAttribute('data-conversation-id') ??
    card.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') ??
    ''
  ).trim();
  const titleEl = firstIn(card, S.cardTitle);
  const subject = subjectOf(titleEl);
  const snippetEl = firstIn(card, S.cardSnippet);
  const snippet =
    lineOf(snippetEl) ||
    row.querySelector('input[type="checkbox"]')?.getAttribute('aria-label')?.trim() ||
    '';
  return {
    conversationId: conversationId && conversationId.length <= 200 ? conversationId : undefined,
    buyer: cleanUsername(lineOf(firstIn(card, S.cardUsername))),
    subject,
    snippet,
    timeText: lineOf(firstIn(card, S.cardTime)),
    unread: isUnread(card, row, titleEl),
    fromEbay: isFromEbay(card, row),
    url: cardUrl(card, row, baseOf(card, pageUrl)),
  };
}

function firstIn(root: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/**
 * The item title as shown: the `.clipped` screen-reader copy ("Unread, …") is skipped by lineOf; when a layout
 * only has the copy, its prefix is stripped.
 */
function subjectOf(titleEl: Element | null): string {
  if (!titleEl) return '';
  const visible = lineOf(titleEl).replace(UNREAD_PREFIX, '');
  if (visible) return visible;
  return (titleEl.textContent ?? '').replace(/\s+/g, ' ').trim().replace(UNREAD_PREFIX, '');
}

const UNREAD_TOKEN = /(?:^|[-_])unread$/;
/** `card__content-read`: an explicit read state wins over a status dot a layout may always render. */
const READ_TOKEN = /(?:^|[-_])read$/;

/**
 * Unread when any of eBay's signals says so: the `unread` class on the button, `card__content-unread`, a status
 * dot that is not `status-dot--hidden`, or the "Unread, " screen-reader prefix (3.2, HIGH).
 */
function isUnread(card: Element, row: Element, titleEl: Element | null): boolean {
  const elements = [row, ...(row === card ? [] : [card]), ...card.querySelectorAll('[class]')].slice(0, 60);
  let markedRead = false;
  for (const el of elements) {
    for (const token of el.classList) {
      const t = token.toLowerCase();
      if (UNREAD_TOKEN.test(t)) return true;
      if (READ_TOKEN.test(t)) markedRead = true;
    }
  }
  if (markedRead) return false;
  const dot = card.querySelector(S.statusDot.join(','));
  if (dot && !/hidden/i.test(dot.getAttribute('class') ?? '') && !dot.hasAttribute('hidden')) return true;
  const srCopy = titleEl?.querySelector('.clipped, .sr-only, .visually-hidden')?.textContent ?? '';
  if (UNREAD_PREFIX.test(srCopy)) return true;
  return UNREAD_PREFIX.test(card.getAttribute('aria-label') ?? '');
}

function isFromEbay(card: Element, row: Element): boolean {
  const system = S.systemCard.join(',');
  return card.matches(system) || row.matches(system) || card.querySelector(system) !== null;
}

function cardUrl(card: Element, row: Element, base: string): string | undefined {
  const wrapper = firstIn(card, S.cardLink) ?? (row.matches('[data-href]') ? row : null);
  const fromData = httpsUrl(wrapper?.getAttribute('data-href'), base);
  if (fromData) return fromData;
  for (const a of card.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (/\/(?:itm|usr|str)\//.test(href)) continue; // item and profile links are not the conversation
    const url = httpsUrl(href, base);
    if (url) return url;
  }
  return undefined;
}

/**
 * The card of the open conversation, for display fallbacks only (never for thread identity: eBay marks it late
 * or not at all, 3.2 LOW–MED). The URL's conversation id names it reliably when present.
 */
export function findActiveCard(doc: Document, url: URL): Element | null {
  const id = urlThreadParams(url).conversationId;
  if (id) {
    for (const el of doc.querySelectorAll('[data-conversation-id]')) {
      if (el.getAttribute('data-conversation-id') === id && isCard(el)) return el;
    }
  }
  for (const selector of S.activeCard) {
    for (const el of doc.querySelectorAll(selector)) {
      const inner = el.querySelectorAll(CARD);
      const card = el.matches(CARD) ? el : inner.length === 1 ? inner[0]! : el.closest(CARD);
      if (card && isCard(card)) return card;
    }
  }
  return null;
}
