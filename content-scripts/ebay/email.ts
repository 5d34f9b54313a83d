import { LIMITS } from '../../core/limits';
import type { AttachmentRef } from '../../core/model';
import { type ParsedTime, parsePortalTime } from '../../core/portal-time';
import { lineOf, textOf } from '../shared/dom';
import { cleanUsername, itemIdFromHref, itemIdFromText } from './ids';
import { baseOf, safeUrl } from './page';
import { LOADING_TEXT, EBAY_SELECTORS as S } from './selectors';

/**
 * E-mail style messages: eBay renders them in a same-origin iframe (`#app__email-iframe` in the app,
 * `#email_iframe` on legacy pages) that is reused for every message, and fills it asynchronously after a
 * placeholder (PORTALS.md 3.3). Only a settled frame is read; the next scan picks up one that is still loading.
 */

const PLACEHOLDER = [...S.loading, '[class*="placeholder"]', '[data-placeholder]', '[class*="loading"]'].join(
  ',',
);
const REAL_BODY = S.emailBody.slice(0, 3).join(',');
/** The frame itself marked busy (LOW: attribute spellings guessed). */
const BUSY_FRAME =
  '[aria-busy="true"], [data-loading="true"], [data-state="loading"], [class*="--loading"], [class*="is-loading"]';

/** The frame's document once it shows a message; null while it loads, shows a placeholder, or is not ours to read. */
export function readyFrameDocument(frame: HTMLIFrameElement): Document | null {
  let doc: Document | null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null; // cross-origin: never ours to read
  }
  if (!doc?.body || doc.readyState === 'loading') return null;
  const src = frame.getAttribute('src')?.trim();
  // A navigation in flight still shows the frame's initial about:blank document.
  if (src && !/^about:/i.test(src) && /^about:blank/i.test(doc.URL)) return null;
  if (frame.matches(BUSY_FRAME) || doc.body.getAttribute('aria-busy') === 'true') return null;
  return isPlaceholder(doc) ? null : doc;
}

function isPlaceholder(doc: Document): boolean {
  const body = doc.body;
  if (body.querySelector(REAL_BODY)) return false;
  const text = lineOf(body);
  if (!text) return body.querySelector('img') === null;
  if (text.length > 200) return false;
  return (
    LOADING_TEXT.test(text) ||
    body.querySelector(PLACEHOLDER) !== null ||
    doc.documentElement.hasAttribute('data-placeholder') ||
    body.hasAttribute('data-placeholder')
  );
}

export interface EmailContent {
  /** The member's words (or the whole notice when the e-mail marks none). */
  text: string;
  attachments: AttachmentRef[];
  /** Sender as the e-mail labels it ("From: buyer_1", "New message from: buyer_1"); '' when it does not. */
  sender: string;
  recipient: string;
  timeText: string;
  time: ParsedTime;
  subject: string;
  itemId: string | null;
  /** Everything the e-mail says, for order numbers. */
  allText: string;
}

/** Single-word labels need their colon ("From:"); phrases do not ("New message from buyer_1"). */
const FROM_LABEL =
  /^(?:from|sender|von|absender|de|expéditeur|da|mittente|remitente|van|afzender|od|nadawca)\s*[:：]\s*(.+)$/i;
const FROM_PHRASE =
  /^(?:new message from|message from|neue nachricht von|nachricht von|nouveau message de|message de|nuovo messaggio da|messaggio da|nuevo mensaje de|mensaje de|nieuw bericht van|bericht van|nowa wiadomość od|wiadomość od)\s*[:：]?\s*(.+)$/i;
const TO_LABEL = /^(?:to|an|à|a|para|aan|do)\s*[:：]\s*(.+)$/i;
const DATE_LABEL =
  /^(?:sent|date|received|gesendet|datum|empfangen|envoyé|date d['’]envoi|reçu|inviato|data|ricevuto|enviado|fecha|recibido|verzonden|ontvangen|wysłano|data wysłania|otrzymano)\s*[:：]\s*(.+)$/i;
const SUBJECT_LABEL = /^(?:subject|betreff|objet|oggetto|asunto|onderwerp|temat)\s*[:：]\s*(.+)$/i;
const HEADER_LINES = 40;

export function readEmail(doc: Document, locale: string, now: number, pageUrl: string): EmailContent {
  const base = baseOf(doc, pageUrl);
  const body = doc.body;
  const main = body.querySelector('#UserInputtedText') ?? body.querySelector(S.emailBody.slice(1).join(','));
  const allText = textOf(body);
  const lines = allText.split('\n', HEADER_LINES).map((line) => line.trim());

  let sender = '';
  let recipient = '';
  let dateText = '';
  let subject = '';
  for (const line of lines) {
    const from = FROM_LABEL.exec(line) ?? FROM_PHRASE.exec(line);
    if (from && !sender) sender = cleanUsername(from[1]!);
    const to = TO_LABEL.exec(line);
    if (to && !recipient) recipient = cleanUsername(to[1]!);
    const date = DATE_LABEL.exec(line);
    if (date && !dateText) dateText = date[1]!.trim();
    const subj = SUBJECT_LABEL.exec(line);
    if (subj && !subject) subject = subj[1]!.trim();
  }
  if (!sender) {
    for (const el of body.querySelectorAll(S.emailSender.join(','))) {
      if (main?.contains(el)) continue;
      const name = cleanUsername(lineOf(el));
      if (name && name.length <= 64) {
        sender = name;
        break;
      }
    }
  }

  const time = emailTime(doc, main, dateText, locale, now);
  let text = main ? textOf(main) : withoutHeaderLines(allText);
  if (text.length > LIMITS.messageText) text = `${text.slice(0, LIMITS.messageText - 20)}… [truncated]`;

  let itemId: string | null = null;
  for (const a of body.querySelectorAll('a[href*="/itm/"]')) {
    itemId = itemIdFromHref(a.getAttribute('href'), base);
    if (itemId) break;
  }
  itemId ??= itemIdFromText(allText);

  return {
    text,
    attachments: main ? attachmentsIn(main, base) : [],
    sender,
    recipient,
    timeText: time.text,
    time: time.parsed,
    subject: (subject || (doc.title ?? '').trim()).slice(0, LIMITS.subject),
    itemId,
    allText,
  };
}

function emailTime(
  doc: Document,
  main: Element | null,
  dateText: string,
  locale: string,
  now: number,
): { text: string; parsed: ParsedTime } {
  const stamped = doc.querySelector('time[datetime]');
  if (stamped) {
    const at = Date.parse(stamped.getAttribute('datetime') ?? '');
    if (!Number.isNaN(at)) return { text: lineOf(stamped), parsed: { at, precision: 'minute' } };
  }
  if (dateText) {
    const parsed = parsePortalTime(dateText, locale, now);
    if (parsed.at !== null) return { text: dateText, parsed };
  }
  for (const el of doc.querySelectorAll(S.emailTime.join(','))) {
    if (main?.contains(el)) continue;
    const text = lineOf(el);
    if (!text || text.length > 60) continue;
    const parsed = parsePortalTime(text, locale, now);
    if (parsed.at !== null) return { text, parsed };
  }
  return { text: '', parsed: { at: null, precision: 'unknown' } };
}

/** Without a marked body, the e-mail's own header lines (From:, Sent:, …) are not part of the message. */
function withoutHeaderLines(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  while (
    start < Math.min(lines.length, 12) &&
    (lines[start]!.trim() === '' ||
      [FROM_LABEL, FROM_PHRASE, TO_LABEL, DATE_LABEL, SUBJECT_LABEL].some((re) =>
        re.test(lines[start]!.trim()),
      ))
  ) {
    start++;
  }
  return lines.slice(start).join('\n').trim();
}

/** Pictures and files in a message: `<img>` (not 1-pixel trackers) and download links. */
export function attachmentsIn(root: Element, base: string): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  for (const el of root.querySelectorAll('img, a[download]')) {
    if (el.closest('[class*="avatar"]')) continue;
    if (el.tagName === 'IMG') {
      if (el.getAttribute('width') === '1' || el.getAttribute('height') === '1') continue;
      const src = el.getAttribute('src');
      const url = safeUrl(src, base);
      const name = (el.getAttribute('alt')?.trim() || fileName(src) || 'image').slice(0, LIMITS.shortText);
      out.push({ name, url });
    } else {
      const href = el.getAttribute('href');
      const name = (lineOf(el) || el.getAttribute('download') || fileName(href) || 'file').slice(
        0,
        LIMITS.shortText,
      );
      out.push({ name, url: safeUrl(href, base) });
    }
    if (out.length >= LIMITS.attachmentsPerMessage) break;
  }
  return out;
}

function fileName(href: string | null): string {
  if (!href || href.startsWith('data:')) return '';
  const path = href.split(/[?#]/)[0] ?? '';
  return decodeSafe(path.slice(path.lastIndexOf('/') + 1)).slice(0, 120);
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
