import { hash53 } from '../../core/hash';
import { LIMITS } from '../../core/limits';
import type { AttachmentRef, Direction, MessageSnapshot } from '../../core/model';
import type { ParsedTime } from '../../core/portal-time';
import { findAmazonOrderIds } from '../../core/text';
import type { ThreadReadResult } from '../adapter-contract';
import {
  attributeTokens,
  firstAnswer,
  httpsUrl,
  isOurs,
  lineOf,
  outermost,
  queryFirst,
  textOf,
} from '../shared/dom';
import { elementsOf, readFrom } from '../shared/message-elements';
import { createSubtreeMemo } from '../shared/subtree-memo';
import { localDay, parseTimeMemo } from '../shared/time-memo';
import { caseIdFromUrl, findThreadContainer, pageLocale, threadSite } from './page';
import { AMAZON_SELECTORS as S, SELF_LABELS } from './selectors';

/** Read the open thread into a snapshot, oldest message first. */
export function readAmazonThread(doc: Document, url: URL, now: number): ThreadReadResult {
  const container = findThreadContainer(doc);
  if (!container) {
    return { ok: false, missing: [S.threadContainer[0]], reason: 'The thread pane was not found.' };
  }
  const pane = threadPane(container);
  const headerText = textOutside(pane, container);
  const site = threadSite(url, headerText);
  const locale = pageLocale(doc, url, site);
  const statusEl = queryFirst(pane, S.statusLabel);
  const portalStatus = statusEl ? lineOf(statusEl).slice(0, LIMITS.shortText) : undefined;

  const headerBuyer = buyerFromHeader(pane, container, headerText);
  const elements = findMessageElements(container, statusEl);
  const scanKey = `${locale}\u0000${localDay(now)}\u0000${headerBuyer}`;
  // The base URL of a message's document and a link around it (an attachment's closest('a') may reach it) are part
  // of its memo key; siblings share them.
  const keys = new Map<Element | null, string>();
  const keyOf = (el: Element) => {
    const parent = el.parentElement;
    let key = keys.get(parent);
    if (key === undefined) {
      const link = parent?.closest('a')?.getAttribute('href') ?? '';
      key = `${scanKey}\u0000${el.ownerDocument.baseURI}\u0000${link}`;
      keys.set(parent, key);
    }
    return key;
  };
  const messages = elements.map((el) =>
    readFrom(readMessageMemo(el, locale, now, headerBuyer, keyOf(el)), el),
  );
  // Amazon lists oldest first; if the page ever shows newest first, the parsed times say so.
  if (isNewestFirst(messages)) messages.reverse();

  const buyerName = headerBuyer || messages.find((m) => m.direction === 'in')?.author || '';
  const subject = subjectOf(pane, container, headerText);
  const systemText = messages
    .filter((m) => m.direction === 'system')
    .map((m) => m.text)
    .join('\n');
  const orderIds = findAmazonOrderIds(`${headerText}\n${subject}\n${systemText}`).slice(0, 20);
  const nativeThreadId =
    caseIdFromUrl(url) ??
    container.closest('[data-case-id]')?.getAttribute('data-case-id') ??
    `derived-${hash53(`${buyerName}|${orderIds[0] ?? ''}|${subject}`)}`;

  return {
    ok: true,
    value: {
      platform: 'amazon',
      site,
      host: url.hostname,
      nativeThreadId: nativeThreadId.slice(0, LIMITS.shortText),
      url: threadUrl(url, nativeThreadId),
      buyer: { name: buyerName.slice(0, LIMITS.shortText) },
      orderIds,
      items: [],
      subject: subject.slice(0, LIMITS.subject),
      portalStatus,
      locale,
      visible: doc.visibilityState === 'visible',
      capturedAt: now,
      messages,
    },
    elements: elementsOf(messages),
  };
}

/** A link that reopens this thread: the v3 case URL when the id is Amazon's, else the page URL. */
function threadUrl(url: URL, caseId: string): string {
  if (caseId.startsWith('derived-')) return url.href;
  return `${url.origin}/messaging/inbox?fi=caseId&ss=${caseId}&cc=${caseId}`;
}

/** The section around the message container that carries the thread header (buyer, order, status). */
function threadPane(container: Element): Element {
  let pane: Element = container;
  for (let depth = 0; depth < 4 && pane.parentElement; depth++) {
    const parent = pane.parentElement;
    if (parent.tagName === 'BODY' || parent.id === 'sc-content-container' || parent.tagName === 'MAIN') break;
    pane = parent;
    if (/^(SECTION|ARTICLE)$/.test(pane.tagName) || pane.getAttribute('role') === 'region') break;
  }
  return pane;
}

/** Text of the pane except the messages and controls: the thread header. */
function textOutside(pane: Element, container: Element): string {
  if (pane === container) return '';
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child === container) continue;
      if (/^(TEXTAREA|KAT-TEXTAREA|KAT-BUTTON|BUTTON|SCRIPT|STYLE)$/.test(child.tagName)) continue;
      if (child.contains(container)) walk(child);
      else parts.push(textOf(child));
    }
  };
  walk(pane);
  return parts.filter(Boolean).join('\n');
}

const SEND_TO = [
  /send message to\s+(.+)/i,
  /message (?:with|from)\s+(.+)/i,
  /nachricht an\s+(.+)/i,
  /(.+?)\s*(?:さん)?へのメッセージ/,
  /发送消息给\s*(.+)/,
  /envoyer un message à\s+(.+)/i,
  /enviar mensaje a\s+(.+)/i,
];

function buyerFromHeader(pane: Element, container: Element, headerText: string): string {
  const labelled = queryFirst(pane, S.buyerName);
  if (labelled && !container.contains(labelled)) {
    const name = lineOf(labelled).replace(
      /^(buyer|käufer|購入者|买家|acheteur|comprador|acquirente)\s*[:：]\s*/i,
      '',
    );
    if (name && name.length <= 80) return name;
  }
  for (const line of headerText.split('\n')) {
    for (const pattern of SEND_TO) {
      const m = pattern.exec(line.trim());
      if (m?.[1]) return m[1].trim().slice(0, 80);
    }
  }
  return '';
}

function subjectOf(pane: Element, container: Element, headerText: string): string {
  for (const selector of S.subject) {
    const text = firstAnswer(pane, selector, (el) => (container.contains(el) ? '' : lineOf(el)));
    if (text) return text;
  }
  return (
    headerText
      .split('\n')
      .find((line) => findAmazonOrderIds(line).length > 0)
      ?.trim() ?? ''
  );
}

/** Message elements: the first selector that finds a consistent group, else the container's repeated children. */
function findMessageElements(container: Element, statusEl: Element | null): Element[] {
  // Asked twice of most elements (before and after promoteToSiblings): answered once.
  const answers = new Map<Element, boolean>();
  const usable = (el: Element) => {
    let answer = answers.get(el);
    if (answer === undefined) {
      answer =
        el !== statusEl && !el.contains(statusEl) && !isOurs(el) && (el.textContent ?? '').trim() !== '';
      answers.set(el, answer);
    }
    return answer;
  };
  for (const selector of S.message) {
    const matches = outermost([...container.querySelectorAll(selector)]).filter(usable);
    if (matches.length === 0) continue;
    return promoteToSiblings(matches, container).filter(usable);
  }
  // Structural fallback: descend through single-child wrappers, then every child is a message.
  let node: Element = container;
  while (node.children.length === 1 && node.firstElementChild) node = node.firstElementChild;
  return [...node.children].filter(
    (el) => usable(el) && !/^(H1|H2|H3|HEADER|BUTTON|KAT-BUTTON|TEXTAREA|KAT-TEXTAREA)$/.test(el.tagName),
  );
}

/**
 * A selector can hit a part of each message (its body) instead of the message. When every match sits alone in
 * its own parent and those parents are siblings, the parents are the messages.
 */
function promoteToSiblings(elements: Element[], container: Element): Element[] {
  let current = elements;
  for (let guard = 0; guard < 4 && current.length > 1; guard++) {
    const parents = current.map((el) => el.parentElement);
    if (parents.some((p) => !p || p === container || !container.contains(p))) break;
    if (new Set(parents).size !== parents.length) break;
    const grand = new Set(parents.map((p) => p!.parentElement));
    if (grand.size !== 1) break;
    current = parents as Element[];
  }
  return current;
}

const SYSTEM_TOKENS = /\b(system|notice|notification|automated|from-amazon|amazon-notice)\b/;
const OUT_TOKENS = /(outbound|outgoing|\bsent\b|seller|from-me|\bself\b|\bmine\b|\bown\b|\bright\b)/;
const IN_TOKENS = /(inbound|incoming|received|buyer|customer|from-buyer|\bother\b|\bleft\b)/;

interface MessageMemo {
  message: MessageSnapshot;
  /** `now - sentAt` of a relative time ("5 minutes ago"), which moves with the scan; null otherwise. */
  age: number | null;
}

/** Messages read in earlier scans, per element, until the element's subtree changes (shared/subtree-memo.ts). */
const messageMemo = createSubtreeMemo<MessageMemo>();

function copyOf(message: MessageSnapshot): MessageSnapshot {
  return { ...message, attachments: message.attachments.map((a) => ({ ...a })) };
}

/**
 * readMessage, or a copy of what it returned for the same element in an earlier scan. Besides the element's
 * subtree a message depends on the scan key (locale, day of `now`, header buyer, base URL) and on a link around
 * the element (an attachment's `closest('a')` may reach it).
 */
function readMessageMemo(
  el: Element,
  locale: string,
  now: number,
  buyer: string,
  key: string,
): MessageSnapshot {
  const hit = messageMemo.get(el, key);
  if (hit) {
    const message = copyOf(hit.message);
    if (hit.age !== null) message.sentAt = now - hit.age;
    return message;
  }
  const message = readMessage(el, locale, now, buyer);
  const age = message.sentAtPrecision === 'relative' && message.sentAt !== null ? now - message.sentAt : null;
  messageMemo.set(el, key, { message: copyOf(message), age });
  return message;
}

function readMessage(el: Element, locale: string, now: number, buyer: string): MessageSnapshot {
  const timeEl = findTime(el, locale, now);
  const authorFound = findAuthor(el, timeEl?.el);
  const authorEl = authorFound?.el;
  const author = authorFound ? authorFound.text.slice(0, LIMITS.shortText) : '';
  const attachmentEls = findAttachments(el);
  const attachments: AttachmentRef[] = attachmentEls
    .map((a) => ({
      name: (a.getAttribute('label') ?? lineOf(a)).slice(0, LIMITS.shortText),
      url: httpsUrl(
        a.closest('a')?.getAttribute('href') ?? a.querySelector('a')?.getAttribute('href'),
        el.ownerDocument.baseURI,
      ),
    }))
    .filter((a) => a.name);

  const excluded = new Set<Element>([
    ...attachmentEls,
    ...(authorEl ? [authorEl] : []),
    ...(timeEl ? [timeEl.el] : []),
  ]);
  let text = textExcluding(el, excluded);
  if (text.length > LIMITS.messageText) text = `${text.slice(0, LIMITS.messageText - 20)}… [truncated]`;

  const parsed: ParsedTime = timeEl?.parsed ?? { at: null, precision: 'unknown' };
  return {
    nativeId: el.getAttribute('data-message-id')?.slice(0, LIMITS.shortText) || undefined,
    direction: directionOf(el, author, buyer),
    author,
    sentAt: parsed.at,
    sentAtText: timeEl ? timeEl.text.slice(0, LIMITS.shortText) : '',
    sentAtPrecision: parsed.precision,
    text,
    attachments: attachments.slice(0, LIMITS.attachmentsPerMessage),
  };
}

function directionFromTokens(tokens: string): Direction | null {
  if (SYSTEM_TOKENS.test(tokens)) return 'system';
  const out = OUT_TOKENS.test(tokens);
  if (out !== IN_TOKENS.test(tokens)) return out ? 'out' : 'in';
  return null;
}

function directionOf(el: Element, author: string, buyer: string): Direction {
  // The message element's own attributes usually decide; its direct children only when they do not.
  const fromAttributes =
    directionFromTokens(attributeTokens(el)) ??
    directionFromTokens([...el.children].map(attributeTokens).join(' '));
  if (fromAttributes) return fromAttributes;
  const label = author
    .toLowerCase()
    .replace(/[:：]$/, '')
    .trim();
  if (label && SELF_LABELS.has(label)) return 'out';
  if (/^amazon\b/i.test(author)) return 'system';
  if (buyer && label === buyer.toLowerCase()) return 'in';
  return 'in';
}

function findTime(
  el: Element,
  locale: string,
  now: number,
): { el: Element; text: string; parsed: ParsedTime } | null {
  const timeTag = el.querySelector('time[datetime]');
  if (timeTag) {
    const at = Date.parse(timeTag.getAttribute('datetime') ?? '');
    if (!Number.isNaN(at)) return { el: timeTag, text: lineOf(timeTag), parsed: { at, precision: 'minute' } };
  }
  for (const candidate of byPriority(el, S.time, TIME_ANY)) {
    const text = lineOf(candidate);
    if (!text || text.length > 60) continue;
    const parsed = parseTimeMemo(text, locale, now);
    if (parsed.at !== null) return { el: candidate, text, parsed };
  }
  // No labelled time: a short leaf element whose whole text is a date.
  for (const leaf of el.querySelectorAll('span, small, div, p')) {
    if (leaf.children.length > 0) continue;
    const text = lineOf(leaf);
    if (!text || text.length > 40) continue;
    const parsed = parseTimeMemo(text, locale, now);
    if (parsed.at !== null && parsed.precision !== 'relative') return { el: leaf, text, parsed };
  }
  return null;
}

/** The author label and its text (read once: the caller needs both). */
function findAuthor(el: Element, timeEl: Element | undefined): { el: Element; text: string } | null {
  for (const candidate of byPriority(el, S.author, AUTHOR_ANY)) {
    if (candidate === timeEl || candidate.contains(timeEl ?? null)) continue;
    const text = lineOf(candidate);
    if (text && text.length <= 60) return { el: candidate, text };
  }
  return null;
}

const ANY_ATTACHMENT = S.attachment.join(',');
const TIME_ANY = S.time.join(',');
const AUTHOR_ANY = S.author.join(',');

function findAttachments(el: Element): Element[] {
  if (!el.querySelector(ANY_ATTACHMENT)) return []; // most messages have none: one query instead of six
  for (const selector of S.attachment) {
    const found = outermost([...el.querySelectorAll(selector)]);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Elements matching any of the selectors, ordered by the first selector each matches (then document order):
 * one query per message instead of one per alternative.
 */
function byPriority(el: Element, selectors: readonly string[], any: string): Element[] {
  const found = [...el.querySelectorAll(any)];
  if (found.length <= 1) return found;
  const rank = (candidate: Element) => selectors.findIndex((selector) => candidate.matches(selector));
  return found
    .map((candidate, index) => ({ candidate, index, rank: rank(candidate) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.candidate);
}

const CONTROLS = new Set(['BUTTON', 'KAT-BUTTON', 'TEXTAREA', 'KAT-TEXTAREA']);

/** The message text: everything in the message but its metadata (author, time, attachment chips) and controls. */
function textExcluding(root: Element, excluded: Set<Element>): string {
  return textOf(root, (el) => excluded.has(el) || CONTROLS.has(el.tagName));
}

function isNewestFirst(messages: MessageSnapshot[]): boolean {
  const times = messages.map((m) => m.sentAt).filter((t): t is number => t !== null);
  if (times.length < 2) return false;
  let descending = 0;
  let ascending = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) descending++;
    else if (times[i]! > times[i - 1]!) ascending++;
  }
  return descending > ascending;
}
