import { LIMITS } from '../../core/limits';
import type { InboxRow, InboxSnapshot } from '../../core/model';
import { findAmazonOrderIds } from '../../core/text';
import type { ReadResult } from '../adapter-contract';
import { attributeTokens, lineOf, queryAllDeep, queryAllFirst, readableDocuments } from '../shared/dom';
import { parseTimeMemo } from '../shared/time-memo';
import { caseIdFromUrl, findThreadContainer, hostSite, isResponseNeededView, pageLocale } from './page';
import { AMAZON_SELECTORS as S } from './selectors';

const CASE_ID_IN = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
const UNREAD = /\bunread\b|\bnew\b|\bis-unread\b|\bungelesen\b|未読|未读/;

/** Rows of the inbox list: `kat-table-row` (or `tr`) with From | Subject | Date cells (PORTALS.md 2.3). */
export function findInboxRows(doc: Document): Element[] {
  const thread = findThreadContainer(doc);
  for (const d of readableDocuments(doc)) {
    // Katal tables render rows in light DOM slotted into shadow roots; some builds nest them in shadow roots.
    let rows = queryAllFirst(d, S.inboxRow);
    // The deep walk visits every element: only worth it when a Katal table is there to hide rows.
    if (rows.length === 0 && d.querySelector('kat-table')) rows = queryAllDeep(d, S.inboxRow[0]);
    rows = rows.filter((row) => !isHeaderRow(row) && !thread?.contains(row) && lineOf(row) !== '');
    if (rows.length > 0) return rows;
  }
  return [];
}

function isHeaderRow(row: Element): boolean {
  return (
    row.querySelector('th, kat-table-head, [role="columnheader"]') !== null ||
    row.closest('thead, kat-table-head') !== null ||
    row.getAttribute('role') === 'columnheader'
  );
}

export function readAmazonInbox(doc: Document, url: URL, now: number): ReadResult<InboxSnapshot> {
  const rows = findInboxRows(doc);
  if (rows.length === 0) return { ok: false, missing: [S.inboxRow[0]], reason: 'No inbox rows on the page.' };
  const site = hostSite(url);
  const locale = pageLocale(doc, url, site);
  const responseNeededView = isResponseNeededView(doc, url);
  return {
    ok: true,
    value: {
      platform: 'amazon',
      site,
      host: url.hostname,
      url: url.href,
      locale,
      capturedAt: now,
      rows: rows.slice(0, LIMITS.inboxRows).map((row) => readRow(row, locale, now, responseNeededView)),
    },
  };
}

function readRow(row: Element, locale: string, now: number, responseNeededView: boolean): InboxRow {
  const cells = queryAllFirst(row, S.inboxCell).map((cell) => lineOf(cell));
  const parts = cells.length >= 3 ? cells : lineOf(row).split(/\s*[|·]\s*/);
  const [buyer = '', subject = '', timeText = ''] = parts.length >= 3 ? parts : ['', parts.join(' '), ''];
  const parsed = parseTimeMemo(timeText, locale, now);
  const tokens = [row, ...row.querySelectorAll('*')].slice(0, 30).map(attributeTokens).join(' ');
  const unread =
    UNREAD.test(tokens) || row.getAttribute('aria-label')?.toLowerCase().includes('unread') === true;
  return {
    nativeThreadId: rowCaseId(row),
    buyer: buyer.slice(0, LIMITS.shortText),
    subject: subject.slice(0, LIMITS.subject),
    snippet: '',
    unread,
    timeText: timeText.slice(0, LIMITS.shortText),
    at: parsed.at,
    orderIds: findAmazonOrderIds(subject).slice(0, 20),
    needsReply: responseNeededView ? true : undefined,
  };
}

/** A row's case id, when the row links to its thread or carries it in a data attribute. */
function rowCaseId(row: Element): string | undefined {
  for (const attr of ['data-case-id', 'data-thread-id', 'data-id', 'data-row-id']) {
    const value = row.getAttribute(attr);
    const m = value ? CASE_ID_IN.exec(value) : null;
    if (m) return m[1]!.toLowerCase();
  }
  const link = row.querySelector('a[href]')?.getAttribute('href');
  if (link) {
    try {
      const id = caseIdFromUrl(new URL(link, row.ownerDocument.baseURI));
      if (id) return id;
    } catch {
      // not a URL
    }
  }
  return undefined;
}
