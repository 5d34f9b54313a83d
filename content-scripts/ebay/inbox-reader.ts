import { LIMITS } from '../../core/limits';
import type { InboxRow, InboxSnapshot } from '../../core/model';
import type { ReadResult } from '../adapter-contract';
import { parseTimeMemo } from '../shared/time-memo';
import { findCards, readCard } from './card';
import { findEbayOrderIds, isSystemSender, looksLikeUsername } from './ids';
import { findLegacyRows, readLegacyRows } from './legacy-reader';
import { findInboxList, pageLocale, routeOf, siteOf } from './page';
import { EBAY_SELECTORS as S } from './selectors';

/**
 * The conversation list (PORTALS.md 3.2): the cards that are mounted right now (the list is virtualised; the
 * background merges snapshots by conversation id). eBay's own conversations (`data-testid` containing
 * `from-ebay`, or a sender such as "eBay Customer Service") are left out: they are not buyer threads, and the
 * agent answers nothing there.
 */
export function readEbayInbox(doc: Document, url: URL, now: number): ReadResult<InboxSnapshot> {
  const route = routeOf(url);
  let rows: InboxRow[] | null = null;
  if (route === 'messaging') rows = readCards(doc, url, now);
  if (rows === null && (route === 'legacy' || route === 'messaging') && findLegacyRows(doc).length > 0) {
    rows = readLegacyRows(doc, url, now);
  }
  if (rows === null) {
    return { ok: false, missing: [S.card[0], S.legacyRow[0]], reason: 'No conversation list on the page.' };
  }
  return {
    ok: true,
    value: {
      platform: 'ebay',
      site: siteOf(url),
      host: url.hostname,
      url: url.href.slice(0, LIMITS.url),
      locale: pageLocale(doc, url),
      capturedAt: now,
      rows,
    },
  };
}

/** Whether the messaging app shows its list (cards, or the list scroller while it loads). */
export function hasModernList(doc: Document): boolean {
  return findInboxList(doc) !== null || findCards(doc).length > 0;
}

function readCards(doc: Document, url: URL, now: number): InboxRow[] | null {
  const cards = findCards(doc);
  if (cards.length === 0 && !findInboxList(doc)) return null;
  const locale = pageLocale(doc, url);
  const rows: InboxRow[] = [];
  const seen = new Set<string>();
  for (const card of cards) {
    if (rows.length >= LIMITS.inboxRows) break;
    const info = readCard(card, url.href);
    if (info.fromEbay || isSystemSender(info.buyer)) continue;
    if (info.conversationId) {
      if (seen.has(info.conversationId)) continue; // a virtualised list can mount a row twice while scrolling
      seen.add(info.conversationId);
    }
    const buyer = info.buyer.slice(0, LIMITS.shortText);
    rows.push({
      nativeThreadId: info.conversationId,
      url: info.url,
      buyer,
      buyerId: looksLikeUsername(buyer) ? buyer.toLowerCase() : undefined,
      subject: info.subject.slice(0, LIMITS.subject),
      snippet: info.snippet.slice(0, LIMITS.subject),
      unread: info.unread,
      timeText: info.timeText.slice(0, LIMITS.shortText),
      at: parseTimeMemo(info.timeText, locale, now).at,
      orderIds: findEbayOrderIds([info.subject]),
    });
  }
  return rows;
}
