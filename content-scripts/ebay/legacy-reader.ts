import { hash53 } from '../../core/hash';
import { LIMITS } from '../../core/limits';
import type { Direction, InboxRow, MessageSnapshot } from '../../core/model';
import { type ParsedTime, parsePortalTime } from '../../core/portal-time';
import { httpsUrl, isHiddenByMarkup, isOurs, lineOf, outermost, textOf } from '../shared/dom';
import { readFrom } from '../shared/message-elements';
import { readEmail, readyFrameDocument } from './email';
import {
  cleanUsername,
  derivedThreadId,
  findEbayOrderIds,
  isSystemSender,
  itemIdFromHref,
  itemIdFromText,
  looksLikeUsername,
} from './ids';
import { baseOf, pageLocale, sellerUserId, siteOf } from './page';
import { EBAY_SELECTORS as S } from './selectors';
import type { PaneState } from './thread-reader';

/**
 * Legacy `mesg.ebay.com/mesgweb/ViewMessages/…` (PORTALS.md 3.3, HIGH as history), read-only: the message list
 * (`tr.msg-read`/`tr.msg-unread`, cells `<id>-from`, `<id>-sub`, `<id>-msg-recvd`) and the open message
 * (`#msg-desc` with an `h2` subject and From/To/Sent label-value spans, body in `iframe#email_iframe`).
 * Legacy messages are not threaded: an open message joins the buyer's thread about the same item.
 */

export const LEGACY_ANCHORS = [S.legacyRow[0], S.legacyDetail[0]];

export function findLegacyRows(doc: Document): Element[] {
  for (const selector of S.legacyRow) {
    const rows = [...doc.querySelectorAll(selector)].filter((row) => !isOurs(row) && hasCells(row));
    if (rows.length > 0) return rows;
  }
  const rows = new Set<Element>();
  for (const cell of doc.querySelectorAll(S.legacyFrom[0])) {
    const row = cell.closest('tr');
    if (row && !isOurs(row)) rows.add(row);
  }
  return outermost([...rows]);
}

function hasCells(row: Element): boolean {
  return row.querySelector([...S.legacyFrom, ...S.legacySubject].join(',')) !== null;
}

function cell(row: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = row.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/**
 * Legacy messages are not threaded: each row is one message. A row whose subject names the listing ("… #<item
 * id>", "Item ID: …") is keyed like the open message (buyer + item), so a buyer's messages about one item are one
 * thread, and the row merges into it once opened; other rows are keyed by their message id.
 */
export function readLegacyRows(doc: Document, url: URL, now: number): InboxRow[] {
  const locale = pageLocale(doc, url);
  const rows: InboxRow[] = [];
  const byId = new Map<string, InboxRow>();
  for (const row of findLegacyRows(doc).slice(0, LIMITS.inboxRows)) {
    const fromCell = cell(row, S.legacyFrom);
    const buyer = cleanUsername(lineOf(fromCell)).slice(0, LIMITS.shortText);
    if (isSystemSender(buyer)) continue; // eBay's own messages are not buyer threads
    const subject = lineOf(cell(row, S.legacySubject)).slice(0, LIMITS.subject);
    const timeText = lineOf(cell(row, S.legacyReceived)).slice(0, LIMITS.shortText);
    const messageId = (fromCell?.id.replace(/-from$/, '') || row.id || '').trim();
    const link = row.querySelector('a[href]');
    const itemId = itemIdFromText(subject) ?? itemIdInSubject(subject);
    const nativeThreadId =
      buyer && itemId
        ? derivedThreadId(buyer, `item:${itemId}`)
        : /^[\w.:-]{1,120}$/.test(messageId)
          ? `legacy-${messageId}`
          : undefined;
    const unread = [...row.classList].some((c) => /(?:^|[-_])unread$/i.test(c));
    const merged = nativeThreadId ? byId.get(nativeThreadId) : undefined;
    if (merged) {
      merged.unread ||= unread; // the list is newest first: the first row of a thread stays its face
      continue;
    }
    const entry: InboxRow = {
      nativeThreadId,
      url: httpsUrl(link?.getAttribute('href'), baseOf(doc, url.href)),
      buyer,
      buyerId: looksLikeUsername(buyer) ? buyer.toLowerCase() : undefined,
      subject,
      snippet: '',
      unread,
      timeText,
      at: legacyTime(timeText, locale, now).at,
      orderIds: findEbayOrderIds([subject]),
    };
    if (nativeThreadId) byId.set(nativeThreadId, entry);
    rows.push(entry);
  }
  return rows;
}

/** Legacy subjects end in the listing's number: "buyer_1 sent a message about Camera #123456789012" (HIGH). */
function itemIdInSubject(subject: string): string | null {
  return /#\s?(\d{11,13})(?!\d)/.exec(subject)?.[1] ?? null;
}

/**
 * Zones the legacy pages print after their times ("Mar-05-24 10:12:33 PST"; LOW: seen in old captures, the
 * fixtures print none), as minutes to add to the wall clock to get UTC.
 */
const ZONES: Record<string, number> = {
  PST: 480,
  PDT: 420,
  MST: 420,
  MDT: 360,
  CST: 360,
  CDT: 300,
  EST: 300,
  EDT: 240,
  GMT: 0,
  UTC: 0,
  BST: -60,
  CET: -60,
  CEST: -120,
  MEZ: -60,
  MESZ: -120,
  AEST: -600,
  AEDT: -660,
};
const LEGACY_DATE = /(?<![\p{L}\d])(\p{L}{3,9})\.?-(\d{1,2})-(\d{4}|\d{2})(?!\d)/u;
const ZONE_SUFFIX = /\s*\b([A-Z]{3,4})\s*$/;

/**
 * Legacy dates are "Mon-DD-YY" ("Nov-23-26", "Nov-23-26 11:15", HIGH for the list), which the shared parser does
 * not read: rewritten as "Nov 23, 2026" first. A trailing zone abbreviation names the zone when we know it.
 */
export function legacyTime(text: string, locale: string, now: number): ParsedTime {
  let t = text.trim();
  let offset: number | undefined;
  const zone = ZONE_SUFFIX.exec(t);
  if (zone && zone[1]! in ZONES) {
    offset = ZONES[zone[1]!];
    t = t.slice(0, zone.index).trim();
  }
  t = t.replace(LEGACY_DATE, (_m, month: string, day: string, year: string) => {
    const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
    return `${month} ${day}, ${fullYear}`;
  });
  return offset === undefined
    ? parsePortalTime(t, locale, now)
    : parsePortalTime(t, locale, now, () => offset as number);
}

const LABELS: Record<string, RegExp> = {
  from: /^(?:from|von|de|da|van|od|sender|absender|expéditeur|mittente|remitente|afzender|nadawca)$/i,
  to: /^(?:to|an|à|a|para|aan|do)$/i,
  sent: /^(?:sent|date|received|gesendet|datum|envoyé|reçu|inviato|data|ricevuto|enviado|fecha|verzonden|wysłano)$/i,
};

interface DetailHeader {
  from: string;
  to: string;
  sent: string;
  subject: string;
  text: string;
}

/** `#msg-desc`: label spans ("From:") followed by their value spans, and the subject in a heading. */
function readDetailHeader(desc: Element): DetailHeader {
  const header: DetailHeader = { from: '', to: '', sent: '', subject: '', text: textOf(desc) };
  header.subject = lineOf(desc.querySelector('h1, h2, h3, [class*="subject"]'));
  const all = [...desc.querySelectorAll('span, dt, dd, th, td, label, b, strong')];
  // Innermost only: a value span may wrap a profile link, a label cell may wrap a <b>.
  const parts = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  for (let i = 0; i < parts.length - 1; i++) {
    const label = lineOf(parts[i]).replace(/\s*[:：]\s*$/, '');
    for (const [key, re] of Object.entries(LABELS)) {
      const field = key as 'from' | 'to' | 'sent';
      if (re.test(label) && !header[field]) header[field] = lineOf(parts[i + 1]);
    }
  }
  for (const line of header.text.split('\n')) {
    const m = /^\s*([^:：]{1,30})\s*[:：]\s*(.+)$/.exec(line);
    if (!m) continue;
    for (const [key, re] of Object.entries(LABELS)) {
      const field = key as 'from' | 'to' | 'sent';
      if (re.test(m[1]!.trim()) && !header[field]) header[field] = m[2]!.trim();
    }
  }
  header.from = cleanUsername(header.from);
  header.to = cleanUsername(header.to);
  return header;
}

/** The open legacy message as a one-message thread read. */
export function readLegacyThread(doc: Document, url: URL, now: number): PaneState {
  const desc = doc.querySelector(S.legacyDetail.join(','));
  const frame = [...doc.querySelectorAll<HTMLIFrameElement>(S.legacyFrame.join(','))].find(
    (f) => !isOurs(f) && !isHiddenByMarkup(f),
  );
  if (!desc && !frame) return { kind: 'none' };
  const frameDoc = frame ? readyFrameDocument(frame) : null;
  if (frame && !frameDoc) return { kind: 'loading' };
  const locale = pageLocale(doc, url);
  const header = desc ? readDetailHeader(desc) : { from: '', to: '', sent: '', subject: '', text: '' };
  const email = frameDoc ? readEmail(frameDoc, locale, now, url.href) : null;

  const sender = header.from || email?.sender || '';
  if (!sender || isSystemSender(sender)) return { kind: 'system' };
  const seller = (sellerUserId(doc) ?? '').toLowerCase();
  const direction: Direction = sender.toLowerCase() === seller ? 'out' : 'in';
  const buyer = direction === 'in' ? sender : header.to || email?.recipient || '';

  const sentText = header.sent || email?.timeText || '';
  const parsed = sentText ? legacyTime(sentText, locale, now) : { at: null, precision: 'unknown' as const };
  let text = withoutLetterFrame(email?.text || bodyWithoutHeader(header), buyer, sender, header.to);
  if (text.length > LIMITS.messageText) text = `${text.slice(0, LIMITS.messageText - 20)}… [truncated]`;
  if (!text) return { kind: 'loading' };
  const message: MessageSnapshot = {
    direction,
    author: sender.slice(0, LIMITS.shortText),
    sentAt: parsed.at,
    sentAtText: sentText.slice(0, LIMITS.shortText),
    sentAtPrecision: parsed.precision,
    text,
    attachments: email?.attachments ?? [],
  };
  readFrom(message, email?.element ?? desc);

  let itemId = itemIdFromText(header.text) ?? email?.itemId ?? null;
  if (!itemId && desc) {
    for (const a of desc.querySelectorAll('a[href*="/itm/"]')) {
      itemId = itemIdFromHref(a.getAttribute('href'), baseOf(doc, url.href));
      if (itemId) break;
    }
  }
  const subject = (header.subject || email?.subject || '').slice(0, LIMITS.subject);
  const messageId = legacyMessageId(url);
  const comparable = subject.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const nativeThreadId =
    buyer && itemId
      ? derivedThreadId(buyer, `item:${itemId}`)
      : messageId
        ? `legacy-${messageId}`
        : derivedThreadId(buyer, comparable ? `subject:${comparable}` : `message:${hash53(text)}`);

  return {
    kind: 'thread',
    snapshot: {
      platform: 'ebay',
      site: siteOf(url),
      host: url.hostname,
      nativeThreadId,
      url: url.href.slice(0, LIMITS.url),
      buyer: {
        name: buyer.slice(0, LIMITS.shortText),
        nativeId: looksLikeUsername(buyer) ? buyer.toLowerCase() : undefined,
      },
      orderIds: findEbayOrderIds([header.text, email?.allText ?? '']),
      items: itemId ? [{ id: itemId }] : [],
      subject,
      locale,
      visible: doc.visibilityState === 'visible',
      capturedAt: now,
      messages: [message],
    },
  };
}

const SALUTATION =
  /^(?:dear|hello|hi|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|ciao|gentile|hola|estimad[oa]|beste|geachte|witaj)\s+(.{1,80}?)\s*[,:!]?$/i;
const SIGNATURE = /^[-–—]{1,2}\s*(.{1,80})$/;

/**
 * The legacy message e-mail wraps the member's words in a letter: "Dear <recipient>," first, "- <sender>" after
 * them, then eBay's footer ("Respond to this message by going to My Messages."). Only lines that name the two
 * parties are taken as that frame, so a message that merely starts with "Hi" keeps it.
 */
function withoutLetterFrame(text: string, buyer: string, sender: string, recipient: string): string {
  const names = new Set([buyer, sender, recipient].filter(Boolean).map((n) => n.toLowerCase()));
  if (names.size === 0) return text;
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const greeting = first >= 0 ? SALUTATION.exec(lines[first]!.trim()) : null;
  let start = 0;
  if (greeting && names.has(cleanUsername(greeting[1]!).toLowerCase())) start = first + 1;
  let end = lines.length;
  for (let i = lines.length - 1; i >= start; i--) {
    const signature = SIGNATURE.exec(lines[i]!.trim());
    if (signature && cleanUsername(signature[1]!).toLowerCase() === sender.toLowerCase()) {
      end = i;
      break;
    }
  }
  const body = lines.slice(start, end).join('\n').trim();
  return body || text;
}

function bodyWithoutHeader(header: DetailHeader): string {
  return header.text
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      if (!t || t === header.subject) return false;
      const m = /^([^:：]{1,30})\s*[:：]/.exec(t);
      return !(m && Object.values(LABELS).some((re) => re.test(m[1]!.trim())));
    })
    .join('\n')
    .trim();
}

/** A legacy message id from the URL: `?msgid=…` style parameters or a long number in the path. */
function legacyMessageId(url: URL): string | null {
  for (const [key, value] of url.searchParams) {
    if (/^(?:msgid|messageid|message_id|mid)$/i.test(key) && /^[\w-]{1,64}$/.test(value)) return value;
  }
  const m = /\/(\d{6,20})(?:[/?#]|$)/.exec(url.pathname);
  return m ? m[1]! : null;
}
