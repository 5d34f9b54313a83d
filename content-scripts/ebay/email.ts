import { LIMITS } from '../../core/limits';
import type { AttachmentRef } from '../../core/model';
import { type ParsedTime, parsePortalTime } from '../../core/portal-time';
import { httpsUrl, lineOf, textOf } from '../shared/dom';
import { cleanUsername, itemIdFromHref, itemIdFromText } from './ids';
import { baseOf } from './page';
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
  /** The element holding the member's words (the marked body, else the frame's <body>): where a translation goes. */
  element: Element;
  /**
   * The messages the e-mail holds, one per "From:" header, in document order (eBay's e-mails quote the earlier
   * messages of a conversation under the newest one). Empty when the e-mail labels no sender that way; the fields
   * above then describe it as one message.
   */
  messages: EmailMessage[];
}

export interface EmailMessage {
  sender: string;
  recipient: string;
  timeText: string;
  time: ParsedTime;
  subject: string;
  text: string;
  attachments: AttachmentRef[];
  /** The member's words: the marked body, else the last element of the message's content. */
  element: Element | null;
}

/** Header label words of eBay's message e-mails, per site language ("From:", "Von:", "Sent:", …). */
const FROM_WORDS = 'from|sender|von|absender|de|expéditeur|da|mittente|remitente|van|afzender|od|nadawca';
const TO_WORDS = 'to|an|à|a|para|aan|do';
const DATE_WORDS =
  "sent|date|received|gesendet|datum|empfangen|envoyé|date d['’]envoi|reçu|inviato|data|ricevuto|enviado|fecha|recibido|verzonden|ontvangen|wysłano|data wysłania|otrzymano";
const SUBJECT_WORDS = 'subject|betreff|objet|oggetto|asunto|onderwerp|temat';
const labelled = (words: string) => new RegExp(`^(?:${words})\\s*[:：]\\s*(.+)$`, 'i');

/** Single-word labels need their colon ("From:"); phrases do not ("New message from buyer_1"). */
const FROM_LABEL = labelled(FROM_WORDS);
const FROM_PHRASE =
  /^(?:new message from|message from|neue nachricht von|nachricht von|nouveau message de|message de|nuovo messaggio da|messaggio da|nuevo mensaje de|mensaje de|nieuw bericht van|bericht van|nowa wiadomość od|wiadomość od)\s*[:：]?\s*(.+)$/i;
const TO_LABEL = labelled(TO_WORDS);
const DATE_LABEL = labelled(DATE_WORDS);
const SUBJECT_LABEL = labelled(SUBJECT_WORDS);
/** A "From:" label starting a line, with or without its value (the value may sit in the next cell). */
const FROM_START = new RegExp(`^(?:${FROM_WORDS})\\s*[:：]`, 'i');
/** Any header label starting a line. */
const HEADER_START = new RegExp(
  `^(?:${[FROM_WORDS, TO_WORDS, DATE_WORDS, SUBJECT_WORDS].join('|')})\\s*[:：]`,
  'i',
);
/** A label alone, its value in the next cell ("<td>From:</td><td>buyer_1</td>"). */
const LABEL_ONLY = new RegExp(
  `^(?:${[FROM_WORDS, TO_WORDS, DATE_WORDS, SUBJECT_WORDS].join('|')})\\s*[:：]\\s*$`,
  'i',
);
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
    element: main ?? body,
    messages: readLabelledMessages(body, locale, now, base),
  };
}

// -----------------------------------------------------------------------------------------------------------
// Several messages in one e-mail

/** Our bound on the elements looked at: an e-mail with a whole conversation quoted stays far below it. */
const MAX_ELEMENTS = 20_000;
/** The e-mail's call-to-action controls ("Reply", "Respond"), which are not part of any message. */
const CONTROL = 'button, [role="button"], [class*="button"], [class*="Button"]';
const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';

/** The first non-blank text directly inside an element: what a header cell or line starts with. */
function leadingText(el: Element): string {
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').trim();
      if (text) return text;
    }
  }
  return '';
}

/**
 * Each "From:" header (a cell or a line starting with the label, outside the member's own text) marks one message.
 * A message's body is what follows its header block: from the label, climb until the following siblings hold
 * something besides other header lines, never into the part of the e-mail that holds another message.
 */
function readLabelledMessages(body: HTMLElement, locale: string, now: number, base: string): EmailMessage[] {
  const anchors: Element[] = [];
  let seen = 0;
  for (const el of body.querySelectorAll('*')) {
    if (++seen > MAX_ELEMENTS) break;
    if (el.closest('[id^="UserInputtedText"]')) continue;
    const lead = leadingText(el);
    // A header cell or line is short; a message that happens to start with "From:" is not a header.
    if (lead && FROM_START.test(lead) && (el.textContent ?? '').length <= 150) anchors.push(el);
  }
  if (anchors.length === 0) return [];
  const others = (anchor: Element) => (el: Element) => anchors.some((a) => a !== anchor && el.contains(a));

  const messages: EmailMessage[] = [];
  for (const anchor of anchors) {
    const holdsOther = others(anchor);
    let region: Element = anchor;
    while (region.parentElement && region.parentElement !== body && !holdsOther(region.parentElement)) {
      region = region.parentElement;
    }
    const content = bodyAfterHeader(anchor, body, holdsOther);
    const main = region.querySelector('[id^="UserInputtedText"]');
    const parts = main ? [main] : content;
    const partTexts = parts.map((el) => textOf(el, (inner) => inner.matches(CONTROL)));
    let text = partTexts.filter(Boolean).join('\n').trim();
    const attachments = parts.flatMap((el) => attachmentsIn(el, base)).slice(0, LIMITS.attachmentsPerMessage);
    if (!text && attachments.length === 0) continue;
    if (text.length > LIMITS.messageText) text = `${text.slice(0, LIMITS.messageText - 20)}… [truncated]`;

    const header = headerFields(textOf(region).split('\n', HEADER_LINES));
    const time = header.date ? parsePortalTime(header.date, locale, now) : UNKNOWN_TIME;
    const heading = [...region.querySelectorAll(HEADINGS)].find(
      (h) => !parts.some((p) => p.contains(h)) && (h.compareDocumentPosition(anchor) & 4) !== 0,
    );
    messages.push({
      sender: header.sender,
      recipient: header.recipient,
      timeText: header.date.slice(0, LIMITS.shortText),
      time,
      subject: (header.subject || lineOf(heading)).slice(0, LIMITS.subject),
      text,
      attachments,
      // The last part with words (not the e-mail's "Reply" button below them).
      element: parts[partTexts.findLastIndex(Boolean)] ?? parts.at(-1) ?? null,
    });
  }
  return messages;
}

const UNKNOWN_TIME: ParsedTime = { at: null, precision: 'unknown' };

/** What follows a message's header block, up to the next message. */
function bodyAfterHeader(anchor: Element, body: Element, holdsOther: (el: Element) => boolean): Element[] {
  // A label alone ("From:") has its value in the next sibling, which belongs to the header.
  let skipValue = LABEL_ONLY.test(leadingText(anchor)) && lineOf(anchor).length < 40;
  for (let node: Element | null = anchor; node && node !== body; node = node.parentElement) {
    if (node !== anchor && holdsOther(node)) break;
    const content: Element[] = [];
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (holdsOther(sib)) break;
      if (content.length === 0 && (skipValue || isHeaderLine(sib))) {
        skipValue = false;
        continue;
      }
      content.push(sib);
    }
    skipValue = false;
    const hasContent = content.some(
      (el) => textOf(el, (inner) => inner.matches(CONTROL)) !== '' || el.querySelector('img') !== null,
    );
    if (hasContent) return content;
  }
  return [];
}

/** An empty element, or a header line of its own ("To: seller_1", "Sent: Mar 5, 2026"). */
function isHeaderLine(el: Element): boolean {
  const text = lineOf(el);
  if (!text) return el.querySelector('img') === null;
  return text.length <= 200 && (HEADER_START.test(text) || FROM_PHRASE.test(text));
}

function headerFields(lines: readonly string[]): {
  sender: string;
  recipient: string;
  date: string;
  subject: string;
} {
  const out = { sender: '', recipient: '', date: '', subject: '' };
  for (const raw of lines) {
    const line = raw.trim();
    const from = FROM_LABEL.exec(line);
    if (from && !out.sender) out.sender = cleanUsername(from[1]!);
    const to = TO_LABEL.exec(line);
    if (to && !out.recipient) out.recipient = cleanUsername(to[1]!);
    const date = DATE_LABEL.exec(line);
    if (date && !out.date) out.date = date[1]!.trim();
    const subj = SUBJECT_LABEL.exec(line);
    if (subj && !out.subject) out.subject = subj[1]!.trim();
  }
  return out;
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
      const url = httpsUrl(src, base);
      const name = (el.getAttribute('alt')?.trim() || fileName(src) || 'image').slice(0, LIMITS.shortText);
      out.push({ name, url });
    } else {
      const href = el.getAttribute('href');
      const name = (lineOf(el) || el.getAttribute('download') || fileName(href) || 'file').slice(
        0,
        LIMITS.shortText,
      );
      out.push({ name, url: httpsUrl(href, base) });
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
