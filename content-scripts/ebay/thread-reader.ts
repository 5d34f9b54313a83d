import { hash53 } from '../../core/hash';
import { LIMITS } from '../../core/limits';
import type { Direction, ItemRef, MessageSnapshot, ThreadSnapshot } from '../../core/model';
import type { ParsedTime } from '../../core/portal-time';
import {
  firstAnswer,
  firstMatch,
  isHiddenByMarkup,
  isOurs,
  lineOf,
  OVERLAY_TAG,
  outermost,
  textOf,
} from '../shared/dom';
import { readFrom } from '../shared/message-elements';
import { createSubtreeMemo } from '../shared/subtree-memo';
import { localDay, parseTimeMemo } from '../shared/time-memo';
import { type CardInfo, findActiveCard, readCard } from './card';
import { attachmentsIn, type EmailContent, type EmailMessage, readEmail, readyFrameDocument } from './email';
import {
  cleanUsername,
  derivedThreadId,
  findEbayOrderIds,
  isSystemSender,
  itemIdFromHref,
  looksLikeUsername,
  usernameFromProfileHref,
} from './ids';
import {
  baseOf,
  conversationUrl,
  findInboxList,
  pageLocale,
  paneAround,
  queryGroup,
  sellerUserId,
  siteOf,
  urlThreadParams,
} from './page';
import { EBAY_SELECTORS as S } from './selectors';

/**
 * The thread pane of the messaging app (PORTALS.md 3.3). Two rendering modes, both supported: chat bubbles
 * (newest first in the DOM) and e-mail style messages in a reused same-origin iframe.
 *
 * Thread identity, one deterministic rule (never the active card, which eBay marks late or not at all):
 *   1. the URL's `conversation_id` (the same id the list cards carry in `data-conversation-id`);
 *   2. a `data-conversation-id` on the pane itself;
 *   3. the URL's `question_id` → `question-<id>`;
 *   4. buyer + item → `derived-…`, from the URL (`other_user_id` + `reference_id`) or else from the pane's own
 *      content (header username / profile link / the other party's label, and the item card's `/itm/<id>`), so
 *      a link from an item page and a click in the list land on the same thread;
 *   5. buyer + the pane's subject, then buyer alone, then item alone, then the oldest message's fingerprint.
 */

export type PaneState =
  | { kind: 'thread'; snapshot: ThreadSnapshot }
  /** A pane is there but its content is still arriving (e-mail placeholder, skeleton, empty bubbles). */
  | { kind: 'loading' }
  /** eBay's own conversation: not a buyer thread. */
  | { kind: 'system' }
  | { kind: 'none' }
  /** A conversation is shown but its messages cannot be found: a layout we do not know. */
  | { kind: 'unknown'; missing: string[] };

type Located =
  | { mode: 'chat'; pane: Element; bubbles: Element[] }
  | { mode: 'email'; pane: Element; frame: HTMLIFrameElement; frameDoc: Document }
  | { mode: 'loading' }
  | { mode: 'unknown' }
  | { mode: 'none' };

export const PANE_ANCHORS = [S.bubble[0], S.emailFrame[0]];

function locateThread(doc: Document): Located {
  const list = findInboxList(doc);
  const bubbles = queryGroup(doc, S.bubble).filter((el) => !(list?.contains(el) ?? false));
  if (bubbles.length > 0) return { mode: 'chat', pane: paneAround(commonAncestor(bubbles), list), bubbles };
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(S.emailFrame.join(','))) {
    if (isOurs(frame) || isHiddenByMarkup(frame)) continue;
    const frameDoc = readyFrameDocument(frame);
    const pane = paneAround(frame, list);
    // The pane may cover the frame with a spinner while the previous message is still in it.
    if (!frameDoc || spinnerBeside(pane, frame)) return { mode: 'loading' };
    return { mode: 'email', pane, frame, frameDoc };
  }
  for (const pane of doc.querySelectorAll(S.threadPane.join(','))) {
    if (isOurs(pane) || (list && pane.contains(list))) continue;
    if (pane.querySelector(S.loading.join(','))) return { mode: 'loading' };
    // A reply box or an item card, and text besides them, but no messages we know: a conversation is shown in
    // markup we cannot read. (A new conversation with nothing written yet is not a layout problem.)
    if (pane.querySelector([...S.composer, ...S.itemLink].join(',')) && textBesideChrome(pane).length >= 80) {
      return { mode: 'unknown' };
    }
  }
  return { mode: 'none' };
}

/** A visible loading indicator in the pane, outside the frame and the reply box's upload widget. */
function spinnerBeside(pane: Element, frame: Element): boolean {
  for (const el of pane.querySelectorAll(S.loading.join(','))) {
    if (el === frame || el.contains(frame) || el.closest('[class*="imageupload"]')) continue;
    if (!isHiddenByMarkup(el)) return true;
  }
  return false;
}

const CHROME = [
  ...S.itemCard,
  '[class*="imageupload"]',
  'header',
  'h1',
  'h2',
  'button',
  'textarea',
  'form',
].join(',');

function textBesideChrome(pane: Element): string {
  return textOf(pane, (el) => el.matches(CHROME))
    .replace(/\s+/g, ' ')
    .trim();
}

interface Context {
  doc: Document;
  url: URL;
  now: number;
  locale: string;
  /** The seller's own user id, lower-cased for comparisons, and as the page prints it. */
  seller: string;
  sellerName: string;
  card: CardInfo | null;
}

export function readPane(doc: Document, url: URL, now: number): PaneState {
  const located = locateThread(doc);
  if (located.mode === 'none') return { kind: 'none' };
  if (located.mode === 'loading') return { kind: 'loading' };
  if (located.mode === 'unknown') return { kind: 'unknown', missing: PANE_ANCHORS };
  const activeCard = findActiveCard(doc, url);
  const ctx: Context = {
    doc,
    url,
    now,
    locale: pageLocale(doc, url),
    seller: (sellerUserId(doc) ?? '').toLowerCase(),
    sellerName: sellerUserId(doc) ?? '',
    card: activeCard ? readCard(activeCard, url.href) : null,
  };
  return located.mode === 'chat'
    ? readChat(ctx, located.pane, located.bubbles)
    : readEmailPane(ctx, located.pane, located.frame, located.frameDoc);
}

// -----------------------------------------------------------------------------------------------------------
// Chat bubbles

function readChat(ctx: Context, pane: Element, bubbles: Element[]): PaneState {
  const list = commonAncestor(bubbles);
  // Bubbles may sit right beside the header and item card, so regions are told apart by the bubbles themselves.
  const inMessages = (el: Element) => el.closest(BUBBLE) !== null || el.querySelector(BUBBLE) !== null;
  const item = readItem(pane, inMessages, ctx);
  const headerBuyer = buyerFromPane(
    pane,
    (el) => inMessages(el) || within(item.card, el),
    (el) => el.closest(BUBBLE) !== null || (item.card?.contains(el) ?? false),
    ctx.seller,
  );

  const shape = shapeOf(list);
  const scan = bubbleScan(list, shape, ctx, bubbles[0]!);
  const read = bubbles
    .slice(0, LIMITS.messagesPerThread)
    .map((bubble) => readBubbleMemo(bubble, scan))
    .filter((entry): entry is BubbleRead => entry !== null);
  if (read.length === 0) return { kind: 'loading' }; // bubbles mount before their text
  dateByDividers(list, read, ctx);
  const messages = oldestFirst(read);

  // The URL switches before the pane does: a pane still naming another member than the URL's card is stale.
  const urlBuyer = urlCardBuyer(ctx);
  const linked = profileName(pane, (el) => inMessages(el) || within(item.card, el), ctx.seller);
  if (urlBuyer && linked && linked.toLowerCase() !== urlBuyer) return { kind: 'loading' };

  const labelled = messages.find(
    (m) =>
      m.direction === 'in' &&
      m.author &&
      looksLikeUsername(m.author) &&
      m.author.toLowerCase() !== ctx.seller,
  )?.author;
  const paneBuyer = headerBuyer || labelled || '';
  const buyerName = paneBuyer || (ctx.card && !ctx.card.fromEbay ? ctx.card.buyer : '');
  if (!buyerName && messages.every((m) => m.direction !== 'in')) {
    if (ctx.card?.fromEbay || messages.every((m) => m.direction === 'system')) return { kind: 'system' };
  }
  for (const m of messages) if (m.direction === 'in' && !m.author) m.author = buyerName;

  const subject = item.title || ctx.card?.subject || '';
  const orderIds = findEbayOrderIds([item.text, ...messages.map((m) => m.text)]);
  return snapshotOf(ctx, {
    pane,
    inner: list,
    paneBuyer,
    buyerName,
    item,
    paneSubject: item.title,
    subject,
    orderIds,
    messages,
  });
}

const BUBBLE = S.bubble.join(',');

/**
 * The member named by the card of the conversation the URL opens (both HIGH: `conversation_id` and
 * `.card__username`), lower-cased; '' when the URL names none, its card is not mounted, or it is eBay's own.
 */
function urlCardBuyer(ctx: Context): string {
  const id = urlThreadParams(ctx.url).conversationId;
  const card = ctx.card;
  if (!id || !card || card.conversationId !== id || card.fromEbay) return '';
  return looksLikeUsername(card.buyer) ? card.buyer.toLowerCase() : '';
}

function within(region: Element | null, el: Element): boolean {
  return region !== null && (region.contains(el) || el.contains(region));
}

function commonAncestor(elements: Element[]): Element {
  let common = elements[0]!.parentElement ?? elements[0]!;
  if (elements.every((el) => el.parentElement === common)) return common;
  while (common.parentElement && !elements.every((el) => common.contains(el))) common = common.parentElement;
  return common;
}

/** A class token that is or ends in `-grey`/`_gray` (tested on the whole class attribute, tokens whitespace-split). */
const GREY = /(?:^|[\t\n\f\r _-])(?:grey|gray)(?=[\t\n\f\r ]|$)/;
const SYSTEM_WORDS = new Set(['system', 'notice', 'notification', 'automated']);
const IN_WORDS = new Set(['received', 'incoming', 'inbound', 'buyer', 'left', 'other']);
const OUT_WORDS = new Set(['sent', 'outgoing', 'outbound', 'seller', 'self', 'own', 'mine', 'right', 'me']);

/** Words of the class and data-* attributes of a bubble and its wrappers up to the list. */
function hintWords(bubble: Element, list: Element): { grey: boolean; fromEbay: boolean; words: Set<string> } {
  const words = new Set<string>();
  let grey = false;
  let fromEbay = false;
  const nodes: Element[] = [];
  for (let el: Element | null = bubble; el && el !== list && nodes.length < 3; el = el.parentElement)
    nodes.push(el);
  for (const node of nodes) {
    // The class attribute as one string (its tokens are split on ASCII whitespace, which the words split on too).
    const cls = node.getAttribute('class');
    if (cls) {
      const lower = cls.toLowerCase();
      if (GREY.test(lower)) grey = true;
      for (const w of lower.split(/[^a-z0-9]+/)) if (w) words.add(w);
    }
    // getAttributeNames: iterating `attributes` creates an Attr object per attribute.
    for (const name of node.getAttributeNames()) {
      if (!name.startsWith('data-')) continue;
      const value = node.getAttribute(name) ?? '';
      if (value.length > 80) continue;
      if (value.toLowerCase().includes('from-ebay')) fromEbay = true;
      for (const w of value.toLowerCase().split(/[^a-z0-9]+/)) if (w) words.add(w);
    }
  }
  return { grey, fromEbay, words };
}

function bubbleDirection(bubble: Element, list: Element, author: string, ctx: Context): Direction {
  if (author && isSystemSender(author)) return 'system';
  const { grey, words, fromEbay } = hintWords(bubble, list);
  if (fromEbay || [...SYSTEM_WORDS].some((w) => words.has(w))) return 'system';
  if (grey) return 'in';
  const inHint = [...IN_WORDS].some((w) => words.has(w));
  const outHint = [...OUT_WORDS].some((w) => words.has(w));
  if (inHint !== outHint) return inHint ? 'in' : 'out';
  const label = author.toLowerCase();
  if (label && ctx.seller && label === ctx.seller) return 'out';
  if (label && ctx.card?.buyer && label === ctx.card.buyer.toLowerCase()) return 'in';
  return 'out'; // the sources: every bubble without `…__grey` is the seller's own
}

const MEDIA = new Set(['IMG', 'PICTURE', 'SVG', 'VIDEO', 'BUTTON', 'TEXTAREA', 'INPUT']);

/**
 * Which alternatives this thread's bubbles use, found once per read: a 200-message thread then costs one or two
 * queries per bubble instead of one per alternative (ARCHITECTURE.md: well under 5 ms for 200 messages).
 */
interface BubbleShape {
  content: string[];
  time: string[];
  author: string[];
  avatar: string[];
  stamped: boolean;
  media: boolean;
}

/** The shape of a bubble list, until the list's subtree changes. */
const shapeMemo = createSubtreeMemo<BubbleShape>();
/** The list's last shape, kept as a hint once the list changed: which alternatives were absent. */
const lastShape = new WeakMap<Element, BubbleShape>();
/** Per child of a list: whether its subtree holds any of the alternatives the key lists (absent last time). */
const childHolds = createSubtreeMemo<boolean>();

function shapeOf(list: Element): BubbleShape {
  const known = shapeMemo.get(list, '');
  if (known) return known;
  const hint = lastShape.get(list);
  const shape = (hint && shapeAgain(list, hint)) || findShape((sel) => list.querySelector(sel) !== null);
  shapeMemo.set(list, '', shape);
  lastShape.set(list, shape);
  return shape;
}

const STAMPED = 'time[datetime]';
const MEDIA_SEL = 'img, a[download]';

function findShape(has: (selector: string) => boolean): BubbleShape {
  const present = (selectors: readonly string[]) => selectors.filter(has);
  return {
    content: present(S.bubbleContent),
    time: present(S.bubbleTime),
    author: present(S.bubbleAuthor),
    avatar: present(S.avatar),
    stamped: has(STAMPED),
    media: has(MEDIA_SEL),
  };
}

/**
 * The shape of a list that changed (usually one bubble of it): alternatives present before are looked up again
 * (querySelector stops at the first), and the ones absent before are shown still absent child by child, each
 * child's answer kept until its subtree changes; instead of one whole-list search per absent alternative. Null
 * when some absent alternative turned up (the caller then searches each one).
 */
function shapeAgain(list: Element, hint: BubbleShape): BubbleShape | null {
  const was = new Set<string>([...hint.content, ...hint.time, ...hint.author, ...hint.avatar]);
  if (hint.stamped) was.add(STAMPED);
  if (hint.media) was.add(MEDIA_SEL);
  const absent = [
    ...S.bubbleContent,
    ...S.bubbleTime,
    ...S.bubbleAuthor,
    ...S.avatar,
    STAMPED,
    MEDIA_SEL,
  ].filter((sel) => !was.has(sel));
  if (absent.length > 0) {
    const any = absent.join(',');
    for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
      let holds = childHolds.get(child, any);
      if (holds === undefined) {
        holds = child.matches(any) || child.querySelector(any) !== null;
        childHolds.set(child, any, holds);
      }
      if (holds) return null;
    }
  }
  return findShape((sel) => was.has(sel) && list.querySelector(sel) !== null);
}

interface TimeRead {
  el: Element;
  text: string;
  parsed: ParsedTime;
  /** From a `<time datetime>`: an instant, whatever the visible text says. */
  exact: boolean;
}

/** A clock time and the words that go with one ("4:04 PM", "um 16:04 Uhr", "午後4:04"). */
const CLOCK_TEXT = /\d{1,2}\s*[:.h時点]\s*\d{2}(?::\d{2})?/gu;
const CLOCK_WORDS =
  /(?:^|\s)(?:[ap]\.?\s?m\.?|uhr|um|at|à|alle|a las|om|o|午前|午後|上午|下午|晚上|凌晨|中午)(?=\s|$)/giu;

/**
 * Whether a time text names its day. A bare clock ("4:04 PM") is read as today by parsePortalTime, which is only
 * right for today's messages: such times neither reorder messages nor count as precise.
 */
function carriesDate(text: string): boolean {
  const rest = text.replace(CLOCK_TEXT, ' ').replace(CLOCK_WORDS, ' ');
  return /[\p{L}\p{N}]/u.test(rest);
}

interface Ordered {
  message: MessageSnapshot;
  /** Whether its time may reorder messages (an instant, a date, or a relative age; not a bare clock). */
  sortable: boolean;
}

interface BubbleRead extends Ordered {
  bubble: Element;
  /** A clock without a day ("4:04 PM"), which a date divider may complete. */
  bareClock: boolean;
}

/** What every bubble of one read shares. */
interface BubbleScan {
  list: Element;
  shape: BubbleShape;
  ctx: Context;
  /** The base for the bubbles' links (one document, so one base). */
  base: string;
  /** Besides a bubble's subtree, what its read depends on: shape, locale, day of `now`, seller, card buyer, base. */
  key: string;
}

function bubbleScan(list: Element, shape: BubbleShape, ctx: Context, first: Element): BubbleScan {
  const base = baseOf(first, ctx.url.href);
  const shapeKey = [shape.content, shape.time, shape.author, shape.avatar].map((s) => s.join(',')).join('|');
  const key = [
    shapeKey,
    shape.stamped,
    shape.media,
    ctx.locale,
    localDay(ctx.now),
    ctx.seller,
    ctx.sellerName,
    ctx.card?.buyer ?? '\u0001',
    base,
  ].join('\u0000');
  return { list, shape, ctx, base, key };
}

interface BubbleMemo {
  read: BubbleRead | null;
  /** `now - sentAt` of a relative time ("5 minutes ago"), which moves with the scan; null otherwise. */
  age: number | null;
}

/** Bubbles read in earlier scans, per element, until the bubble's subtree changes (shared/subtree-memo.ts). */
const bubbleMemo = createSubtreeMemo<BubbleMemo>();

function copyRead(read: BubbleRead): BubbleRead {
  const m = read.message;
  return { ...read, message: { ...m, attachments: m.attachments.map((a) => ({ ...a })) } };
}

/**
 * The class and data-* attributes of the wrappers between a bubble and the list that hintWords reads: outside the
 * bubble's subtree, so part of its memo key.
 */
function wrapperKey(bubble: Element, list: Element): string {
  let key = '';
  let depth = 0;
  for (let el = bubble.parentElement; el && el !== list && depth < 2; el = el.parentElement, depth++) {
    key += `\u0001${el.getAttribute('class') ?? ''}`;
    for (const name of el.getAttributeNames()) {
      if (name.startsWith('data-')) key += `\u0002${name}=${el.getAttribute(name)}`;
    }
  }
  return key;
}

/** readBubble, or a copy of what it returned for the same bubble in an earlier scan. */
function readBubbleMemo(bubble: Element, scan: BubbleScan): BubbleRead | null {
  const { ctx } = scan;
  const key = `${scan.key}${wrapperKey(bubble, scan.list)}`;
  const hit = bubbleMemo.get(bubble, key);
  if (hit) {
    if (!hit.read) return null;
    const read = copyRead(hit.read);
    readFrom(read.message, bubble);
    if (hit.age !== null) read.message.sentAt = ctx.now - hit.age;
    return read;
  }
  const read = readBubble(bubble, scan.list, scan.shape, ctx, scan.base);
  const m = read?.message;
  const age =
    m && m.sentAtPrecision === 'relative' && m.sentAt !== null && !read.bareClock ? ctx.now - m.sentAt : null;
  bubbleMemo.set(bubble, key, { read: read && copyRead(read), age });
  return read;
}

function readBubble(
  bubble: Element,
  list: Element,
  shape: BubbleShape,
  ctx: Context,
  base: string,
): BubbleRead | null {
  let contents: Element[] = [];
  for (const selector of shape.content) {
    contents = outermost([...bubble.querySelectorAll(selector)]);
    if (contents.length > 0) break;
  }
  const overlapsContent = (el: Element) => contents.some((c) => c.contains(el) || el.contains(c));
  const timeEl = findBubbleTime(bubble, shape, overlapsContent, ctx);
  const authorEl = findBubbleAuthor(
    bubble,
    shape,
    (el) => overlapsContent(el) || (timeEl?.el.contains(el) ?? false),
  );
  const author = authorEl ? cleanUsername(lineOf(authorEl)).slice(0, LIMITS.shortText) : '';

  let text: string;
  if (contents.length > 0) {
    text = contents
      .map((c) => textOf(c, (el) => MEDIA.has(el.tagName)))
      .filter(Boolean)
      .join('\n');
  } else {
    const avatars = shape.avatar.length > 0 ? [...bubble.querySelectorAll(shape.avatar.join(','))] : [];
    const excluded = new Set<Element>([
      ...avatars,
      ...(timeEl ? [timeEl.el] : []),
      ...(authorEl ? [authorEl] : []),
    ]);
    text = dropAvatarInitial(
      textOf(bubble, (el) => excluded.has(el) || MEDIA.has(el.tagName)),
      author,
    );
  }
  text = collapseRepeat(text);
  if (text.length > LIMITS.messageText) text = `${text.slice(0, LIMITS.messageText - 20)}… [truncated]`;
  const attachments = shape.media ? attachmentsIn(bubble, base) : [];
  if (!text && attachments.length === 0) return null;

  const direction = bubbleDirection(bubble, list, author, ctx);
  const parsed = timeEl?.parsed ?? { at: null, precision: 'unknown' };
  const bareClock = timeEl !== null && !timeEl.exact && parsed.at !== null && !carriesDate(timeEl.text);
  const nativeId = bubble.getAttribute('data-message-id') ?? bubble.getAttribute('data-messageid');
  return {
    message: readFrom(
      {
        nativeId: nativeId ? nativeId.slice(0, LIMITS.shortText) : undefined,
        direction,
        author: author || (direction === 'system' ? 'eBay' : direction === 'out' ? ctx.sellerName : ''),
        sentAt: parsed.at,
        sentAtText: (timeEl?.text ?? '').slice(0, LIMITS.shortText),
        // A bare clock may belong to another day: vague, so it never decides message identity.
        sentAtPrecision: bareClock ? 'relative' : parsed.precision,
        text,
        attachments,
      },
      bubble,
    ),
    sortable: parsed.at !== null && !bareClock,
    bubble,
    bareClock,
  };
}

function findBubbleTime(
  bubble: Element,
  shape: BubbleShape,
  skip: (el: Element) => boolean,
  ctx: Context,
): TimeRead | null {
  const stamped = shape.stamped ? bubble.querySelector('time[datetime]') : null;
  if (stamped && !skip(stamped)) {
    const at = Date.parse(stamped.getAttribute('datetime') ?? '');
    if (!Number.isNaN(at)) {
      return { el: stamped, text: lineOf(stamped), parsed: { at, precision: 'minute' }, exact: true };
    }
  }
  let unparsed: TimeRead | null = null;
  for (const selector of shape.time) {
    for (const el of bubble.querySelectorAll(selector)) {
      if (skip(el)) continue;
      const text = lineOf(el);
      if (!text || text.length > 60) continue;
      const parsed = parseTimeMemo(text, ctx.locale, ctx.now);
      if (parsed.at !== null) return { el, text, parsed, exact: false };
      unparsed ??= { el, text, parsed, exact: false };
    }
  }
  return unparsed;
}

function findBubbleAuthor(
  bubble: Element,
  shape: BubbleShape,
  skip: (el: Element) => boolean,
): Element | null {
  for (const selector of shape.author) {
    for (const el of bubble.querySelectorAll(selector)) {
      if (skip(el)) continue;
      const text = lineOf(el);
      if (text && text.length <= 80) return el;
    }
  }
  return null;
}

/** The avatar initial that starts a bubble's text when the layout does not mark the avatar (3.3). */
function dropAvatarInitial(text: string, author: string): string {
  const m = /^(\p{L})\s*\n([\s\S]+)$/u.exec(text);
  if (!m) return text;
  const initial = m[1]!.toUpperCase();
  return !author || author[0]?.toUpperCase() === initial ? m[2]!.trim() : text;
}

/**
 * Text repeated for screen readers in markup we do not recognise as screen-reader-only ("Hi there\nHi there").
 * Short texts are left alone: "haha" is not a repeat.
 */
function collapseRepeat(text: string): string {
  const t = text.trim();
  if (t.length < 20) return t;
  const lines = t.indexOf('\n') === -1 ? [t] : t.split('\n');
  if (lines.length % 2 === 0) {
    const half = lines.length / 2;
    if (lines.slice(0, half).join('\n').trim() === lines.slice(half).join('\n').trim()) {
      return lines.slice(0, half).join('\n').trim();
    }
  }
  for (const gap of [0, 1]) {
    if ((t.length - gap) % 2 !== 0) continue;
    const half = (t.length - gap) / 2;
    const first = t.slice(0, half);
    const rest = t.slice(half + gap);
    if (first === rest && (gap === 0 || /\s/.test(t[half]!))) return first.trim();
  }
  return t;
}

const DIVIDER = S.dateDivider.join(',');

/**
 * Chat streams often print only a clock on each bubble and the day on a divider between the days. A bare clock
 * then takes its day from the divider that heads its day: in a newest-first stream (laid out bottom-up) the first
 * divider after it in the DOM, in an oldest-first stream the last one before it. The result counts as 'day'
 * precise, so a divider associated one day off can never split a message in two on a later read.
 */
function dateByDividers(list: Element, read: BubbleRead[], ctx: Context): void {
  if (!read.some((entry) => entry.bareClock)) return;
  const layout = dividerLayout(list);
  const dividers: { el: Element; at: number }[] = [];
  for (const { el, text } of layout.candidates) {
    const parsed = parseTimeMemo(text, ctx.locale, ctx.now);
    if (parsed.at !== null && parsed.precision !== 'minute') dividers.push({ el, at: parsed.at });
  }
  if (dividers.length === 0) return;
  const newestFirst = streamIsNewestFirst(dividers, read);
  const headed = dividerOfEach(dividers, read, newestFirst);
  for (const entry of read) {
    if (!entry.bareClock || entry.message.sentAt === null) continue;
    const divider = headed.get(entry.bubble);
    if (!divider) continue;
    const day = new Date(divider.at);
    const clock = new Date(entry.message.sentAt);
    day.setHours(clock.getHours(), clock.getMinutes(), 0, 0);
    entry.message.sentAt = day.getTime();
    entry.message.sentAtPrecision = 'day';
    entry.sortable = true;
  }
}

/** What the dividers of a list are, as far as its subtree alone says (their times are parsed per scan). */
interface DividerLayout {
  /** Dividers outside bubbles, with a short text that names a day, in document order. */
  candidates: { el: Element; text: string }[];
}

/** A list's divider layout, until the list's subtree changes (shared/subtree-memo.ts). */
const dividerMemo = createSubtreeMemo<DividerLayout>();

function dividerLayout(list: Element): DividerLayout {
  // isOurs and closest(BUBBLE) may reach above the list: whether they do is part of the key.
  const key = `${list.closest(OVERLAY_TAG) !== null}|${list.closest(BUBBLE) !== null}`;
  const known = dividerMemo.get(list, key);
  if (known) return known;
  const candidates: { el: Element; text: string }[] = [];
  for (const el of list.querySelectorAll(DIVIDER)) {
    if (isOurs(el) || el.closest(BUBBLE) || el.querySelector(BUBBLE)) continue;
    const text = lineOf(el);
    if (!text || text.length > 40 || !carriesDate(text)) continue;
    candidates.push({ el, text });
  }
  const layout: DividerLayout = { candidates };
  dividerMemo.set(list, key, layout);
  return layout;
}

/**
 * For each bubble, the divider that heads its day: newest first, the first divider after it in document order,
 * else the last one before it. Dividers neither contain nor sit inside bubbles, and both lists are in document
 * order, so each divider's place among the bubbles is found by bisection and one sweep pairs them up (instead of
 * comparing every bubble with every divider).
 */
function dividerOfEach(
  dividers: { el: Element; at: number }[],
  read: BubbleRead[],
  newestFirst: boolean,
): Map<Element, { el: Element; at: number }> {
  // places[j]: how many bubbles come before divider j (non-decreasing in j).
  const places = dividers.map(({ el }) => {
    let low = 0;
    let high = read.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (read[mid]!.bubble.compareDocumentPosition(el) & 4) low = mid + 1;
      else high = mid;
    }
    return low;
  });
  const headed = new Map<Element, { el: Element; at: number }>();
  let j = newestFirst ? 0 : -1;
  for (let i = 0; i < read.length; i++) {
    if (newestFirst) {
      while (j < dividers.length && places[j]! <= i) j++;
      if (j < dividers.length) headed.set(read[i]!.bubble, dividers[j]!);
    } else {
      while (j + 1 < dividers.length && places[j + 1]! <= i) j++;
      if (j >= 0) headed.set(read[i]!.bubble, dividers[j]!);
    }
  }
  return headed;
}

/** Divider days falling in DOM order say newest first; otherwise the bubbles' own times decide (default: 3.3). */
function streamIsNewestFirst(dividers: { at: number }[], read: BubbleRead[]): boolean {
  let falling = 0;
  let rising = 0;
  for (let i = 1; i < dividers.length; i++) {
    if (dividers[i]!.at < dividers[i - 1]!.at) falling++;
    else if (dividers[i]!.at > dividers[i - 1]!.at) rising++;
  }
  if (falling !== rising) return falling > rising;
  const dated = read.filter((entry) => entry.sortable).map((entry) => entry.message.sentAt as number);
  for (let i = 1; i < dated.length; i++) {
    if (dated[i]! < dated[i - 1]!) falling++;
    else if (dated[i]! > dated[i - 1]!) rising++;
  }
  return falling >= rising;
}

/**
 * Oldest first. The DOM lists bubbles newest first (3.3), unless the parsed times clearly say otherwise; then a
 * stable sort by time fixes any local disorder. Messages whose time cannot reorder (none, or a bare clock) keep
 * the key of the message before them, so they stay where the page put them.
 */
function oldestFirst(entries: readonly Ordered[]): MessageSnapshot[] {
  let ascending = 0;
  let descending = 0;
  let previous: number | null = null;
  for (const { message } of entries) {
    if (message.sentAt === null) continue;
    if (previous !== null) {
      if (message.sentAt > previous) ascending++;
      else if (message.sentAt < previous) descending++;
    }
    previous = message.sentAt;
  }
  const oriented = ascending > descending ? [...entries] : [...entries].reverse();
  const firstKey = oriented.find((e) => e.sortable)?.message.sentAt ?? 0;
  let carried = firstKey;
  const keyed = oriented.map((entry, index) => {
    if (entry.sortable && entry.message.sentAt !== null) carried = entry.message.sentAt;
    return { message: entry.message, index, key: carried };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.message);
}

// -----------------------------------------------------------------------------------------------------------
// E-mail style messages

function readEmailPane(ctx: Context, pane: Element, frame: HTMLIFrameElement, frameDoc: Document): PaneState {
  const email = readEmail(frameDoc, ctx.locale, ctx.now, ctx.url.href);
  const isFrame = (el: Element) => within(frame, el);
  const item = readItem(pane, isFrame, ctx);
  const outside = (el: Element) => isFrame(el) || within(item.card, el);
  const headerEl = firstMatch(pane, [...S.emailSender, ...S.threadUsername], outside);
  const headerSender = headerEl ? cleanUsername(lineOf(headerEl)) : '';
  const labelled = email.messages;
  const participants = new Set(
    (labelled.length > 0 ? labelled : [email])
      .flatMap((m) => [m.sender, m.recipient])
      .filter(Boolean)
      .map((name) => name.toLowerCase()),
  );
  // The frame is reused: while it still shows the previous conversation, the header or the card the URL names
  // is about someone the e-mail does not mention.
  if (headerSender && participants.size > 0 && !participants.has(headerSender.toLowerCase())) {
    return { kind: 'loading' };
  }
  const urlBuyer = urlCardBuyer(ctx);
  if (urlBuyer && participants.size > 0 && !participants.has(urlBuyer)) return { kind: 'loading' };

  const messages =
    labelled.length > 0
      ? emailMessagesOldestFirst(labelled.map((m) => emailMessage(ctx, m)))
      : singleEmailMessage(ctx, pane, email, headerSender, outside);
  if (messages === 'system' || messages.every((m) => m.direction === 'system')) return { kind: 'system' };
  if (messages.length === 0) return { kind: 'loading' };

  // The buyer as the e-mail names them (identity never rests on the card, which eBay marks late).
  const recipients = labelled.length > 0 ? labelled : [email];
  const paneBuyer =
    messages.find((m) => m.direction === 'in' && m.author)?.author ||
    recipients.find((m) => m.sender && m.sender.toLowerCase() === ctx.seller)?.recipient ||
    '';
  const buyerName = paneBuyer || ctx.card?.buyer || '';
  for (const m of messages) if (m.direction === 'in' && !m.author) m.author = buyerName;

  const withEmailItem: PaneItem = item.id ? item : { ...item, id: email.itemId ?? undefined };
  // The conversation's first subject, which later messages do not change.
  const emailSubject = labelled.length > 0 ? oldestSubject(labelled) : email.subject;
  const paneSubject = item.title || emailSubject;
  const subject = item.title || ctx.card?.subject || emailSubject;
  const orderIds = findEbayOrderIds([item.text, email.allText]);
  return snapshotOf(ctx, {
    pane,
    inner: frame,
    paneBuyer,
    buyerName,
    item: withEmailItem,
    paneSubject,
    subject,
    orderIds,
    messages,
  });
}

/**
 * An e-mail that labels no sender per message: one message, its sender from the phrases or the pane; [] while
 * its text has not arrived.
 */
function singleEmailMessage(
  ctx: Context,
  pane: Element,
  email: EmailContent,
  headerSender: string,
  outside: (el: Element) => boolean,
): MessageSnapshot[] | 'system' {
  const sender = email.sender || headerSender || profileName(pane, outside, ctx.seller);
  const systemPane = pane.querySelector(S.systemCard.join(',')) !== null;
  if (isSystemSender(sender) || (!sender && (systemPane || !ctx.card || ctx.card.fromEbay))) {
    return 'system'; // eBay's notices, and e-mails whose sender nothing names
  }
  const direction: Direction = sender && sender.toLowerCase() === ctx.seller ? 'out' : 'in';
  const headerTime = firstMatch(pane, S.emailTime, outside);
  const headerText = headerTime ? lineOf(headerTime) : '';
  const headerParsed = headerText ? parseTimeMemo(headerText, ctx.locale, ctx.now) : null;
  const useHeader = headerParsed !== null && headerParsed.at !== null;
  const message: MessageSnapshot = {
    direction,
    author: sender.slice(0, LIMITS.shortText), // a buyer named by nothing but the card is filled in later
    sentAt: useHeader ? headerParsed.at : email.time.at,
    sentAtText: (useHeader ? headerText : email.timeText).slice(0, LIMITS.shortText),
    sentAtPrecision: useHeader ? headerParsed.precision : email.time.precision,
    text: email.text,
    attachments: email.attachments,
  };
  readFrom(message, email.element);
  return message.text || message.attachments.length > 0 ? [message] : [];
}

/** One labelled message of an e-mail: eBay's own senders are system messages, the seller's own are outbound. */
function emailMessage(ctx: Context, m: EmailMessage): MessageSnapshot {
  const sender = m.sender.toLowerCase();
  let direction: Direction = 'in';
  if (isSystemSender(m.sender)) direction = 'system';
  else if (ctx.seller) direction = sender === ctx.seller ? 'out' : 'in';
  else if (ctx.card?.buyer && !ctx.card.fromEbay) {
    const buyer = ctx.card.buyer.toLowerCase();
    direction = sender !== buyer && m.recipient.toLowerCase() === buyer ? 'out' : 'in';
  }
  return readFrom(
    {
      direction,
      author: (m.sender || (direction === 'out' ? ctx.sellerName : '')).slice(0, LIMITS.shortText),
      sentAt: m.time.at,
      sentAtText: m.timeText,
      sentAtPrecision: m.time.precision,
      text: m.text,
      attachments: m.attachments,
    },
    m.element,
  );
}

/** E-mails quote earlier messages below the newest one; the times decide when they say otherwise. */
function emailMessagesOldestFirst(messages: MessageSnapshot[]): MessageSnapshot[] {
  return oldestFirst(messages.map((message) => ({ message, sortable: message.sentAt !== null })));
}

/** The subject of the conversation's first member message (eBay's notices have their own). */
function oldestSubject(messages: readonly EmailMessage[]): string {
  const members = messages.filter((m) => m.subject && !isSystemSender(m.sender));
  const dated = members.length > 0 ? members : messages.filter((m) => m.subject);
  if (dated.length === 0) return '';
  return dated.reduce((a, b) => ((b.time.at ?? Infinity) < (a.time.at ?? Infinity) ? b : a)).subject;
}

// -----------------------------------------------------------------------------------------------------------
// Header, item card, identity

interface PaneItem {
  card: Element | null;
  id?: string;
  title: string;
  url?: string;
  /** The item card's text, for order numbers. */
  text: string;
}

function readItem(pane: Element, skip: (el: Element) => boolean, ctx: Context): PaneItem {
  const card = firstMatch(pane, S.itemCard, skip);
  const link = firstMatch(pane, S.itemLink, skip);
  const base = baseOf(ctx.doc, ctx.url.href);
  const href = link?.getAttribute('href');
  const id = itemIdFromHref(href, base) ?? urlThreadParams(ctx.url).itemId;
  const titleEl = firstMatch(pane, S.itemTitle, skip);
  const title = (lineOf(titleEl) || lineOf(link)).slice(0, LIMITS.subject);
  let url: string | undefined;
  if (href && id) {
    try {
      const u = new URL(href, base);
      url = u.protocol === 'https:' ? u.href.slice(0, LIMITS.url) : undefined;
    } catch {
      url = undefined;
    }
  }
  return { card, id: id ?? undefined, title, url, text: card ? textOf(card) : title };
}

/**
 * The other party named by the pane itself, in order: a username element in the header, a `/usr/<name>` profile
 * link, a heading that is a username ("buyer_123", "Conversation with buyer_123"), and a text in the pane equal
 * to a username the list shows. All are the pane's own content, so the answer does not depend on which card eBay
 * has marked.
 */
function buyerFromPane(
  pane: Element,
  /** Rules out candidates: inside the messages or the item card, or wrapping them. */
  skip: (el: Element) => boolean,
  /** Only what lies inside the messages or the item card (their wrappers still hold the header). */
  exclude: (el: Element) => boolean,
  seller: string,
): string {
  const acceptable = (name: string) =>
    name !== '' && name.length <= 64 && !isSystemSender(name) && name.toLowerCase() !== seller;
  for (const selector of S.threadUsername) {
    const name = firstAnswer(pane, selector, (el) => {
      if (isOurs(el) || skip(el)) return '';
      const candidate = cleanUsername(lineOf(el));
      return acceptable(candidate) ? candidate : '';
    });
    if (name) return name;
  }
  const linked = profileName(pane, skip, seller);
  if (linked) return linked;
  const skipItem = (el: Element) => skip(el) || el.closest(S.itemTitle.join(',')) !== null;
  for (const el of pane.querySelectorAll(HEADINGS)) {
    if (isOurs(el) || skipItem(el)) continue;
    const name = usernameInHeading(lineOf(el));
    if (name && acceptable(name)) return name;
  }
  return knownUsernameIn(pane, (el) => exclude(el) || el.matches(S.itemTitle.join(',')), acceptable);
}

const HEADINGS = 'h1, h2, h3, h4, [role="heading"], [class*="header"] span, [class*="header"] p';
const WITH_NAME = /(?:with|mit|avec|con|met|z|from|von|de|da|van|od)\s+([\p{L}\p{N}._*-]{2,64})\s*$/iu;

/** "buyer_123" or "Conversation with buyer_123": handles carry a digit, `_`, `.`, `-` or `*`; plain words do not. */
function usernameInHeading(text: string): string {
  if (!text || text.length > 100) return '';
  const whole = cleanUsername(text);
  if (looksLikeUsername(whole) && /[\d_.*-]/.test(whole)) return whole;
  const m = WITH_NAME.exec(text);
  return m && looksLikeUsername(m[1]!) ? m[1]! : '';
}

/** A short text in the pane (outside the messages) equal to a username on one of the mounted list cards. */
function knownUsernameIn(
  pane: Element,
  exclude: (el: Element) => boolean,
  acceptable: (name: string) => boolean,
): string {
  const names = new Map<string, string>();
  for (const el of pane.ownerDocument.querySelectorAll(S.cardUsername.join(','))) {
    if (pane.contains(el)) continue;
    const name = cleanUsername(lineOf(el));
    if (acceptable(name)) names.set(name.toLowerCase(), name);
  }
  if (names.size === 0) return '';
  let found = '';
  let visited = 0;
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (found || ++visited > 2_000 || isOurs(child) || exclude(child)) continue;
      if (child.children.length === 0) {
        const text = lineOf(child).toLowerCase();
        if (text.length <= 64 && names.has(text)) found = names.get(text)!;
      } else {
        walk(child);
      }
    }
  };
  walk(pane);
  return found;
}

function profileName(pane: Element, skip: (el: Element) => boolean, seller: string): string {
  return firstAnswer(pane, PROFILE_LINK, (a) => {
    if (isOurs(a) || skip(a)) return '';
    const name = usernameFromProfileHref(a.getAttribute('href'));
    return name && !isSystemSender(name) && name.toLowerCase() !== seller ? name : '';
  });
}

const PROFILE_LINK = S.profileLink.join(',');

interface ThreadParts {
  pane: Element;
  /** The bubble list or the e-mail frame: what a pane-carried conversation id must wrap. */
  inner: Element;
  /** The buyer as the pane itself names them (used for identity); '' when it does not. */
  paneBuyer: string;
  /** The buyer to show, which may come from the active card. */
  buyerName: string;
  item: PaneItem;
  paneSubject: string;
  subject: string;
  orderIds: string[];
  messages: MessageSnapshot[];
}

function snapshotOf(ctx: Context, parts: ThreadParts): PaneState {
  const { url } = ctx;
  const identity = threadIdentity(ctx, parts);
  const items: ItemRef[] = parts.item.id
    ? [{ id: parts.item.id, title: parts.item.title || undefined, url: parts.item.url }]
    : [];
  const buyerName = parts.buyerName.slice(0, LIMITS.shortText);
  const buyerId = looksLikeUsername(buyerName) ? buyerName.toLowerCase() : undefined;
  return {
    kind: 'thread',
    snapshot: {
      platform: 'ebay',
      site: siteOf(url),
      host: url.hostname,
      nativeThreadId: identity.id.slice(0, LIMITS.shortText),
      // eBay keeps one conversation per member and item, whichever route shows it (with its id in the URL, or
      // without): the background files every route's reads under one thread by this key.
      conversationKey: buyerId && parts.item.id ? `item:${parts.item.id}` : undefined,
      url: identity.link.slice(0, LIMITS.url),
      buyer: { name: buyerName, nativeId: buyerId },
      orderIds: parts.orderIds,
      items,
      subject: parts.subject.slice(0, LIMITS.subject),
      locale: ctx.locale,
      visible: ctx.doc.visibilityState === 'visible',
      capturedAt: ctx.now,
      messages: parts.messages,
    },
  };
}

function threadIdentity(ctx: Context, parts: ThreadParts): { id: string; link: string } {
  const { url } = ctx;
  const params = urlThreadParams(url);
  if (params.conversationId) return { id: params.conversationId, link: url.href };
  const carried = paneConversationId(parts.pane, parts.inner);
  if (carried) return { id: carried, link: ctx.card?.url ?? url.href };
  if (params.questionId) return { id: `question-${params.questionId}`, link: url.href };
  if (params.itemId && params.otherUser) {
    return { id: derivedThreadId(params.otherUser, `item:${params.itemId}`), link: url.href };
  }
  const buyer = parts.paneBuyer;
  const itemId = parts.item.id;
  if (buyer && itemId)
    return { id: derivedThreadId(buyer, `item:${itemId}`), link: conversationUrl(url, buyer, itemId) };
  const link = ctx.card?.url ?? url.href;
  const subject = parts.paneSubject.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (buyer) return { id: derivedThreadId(buyer, subject ? `subject:${subject}` : ''), link };
  if (itemId) return { id: derivedThreadId('', `item:${itemId}`), link };
  const first = parts.messages[0];
  return { id: derivedThreadId('', `message:${hash53(`${first?.direction}|${first?.text ?? ''}`)}`), link };
}

/** A conversation id the pane carries itself (rendered with it, so it does not arrive late like the card's state). */
function paneConversationId(pane: Element, inner: Element): string | null {
  let own = pane.closest('[data-conversation-id]');
  if (!own) {
    for (const el of pane.querySelectorAll('[data-conversation-id]')) {
      if (el.contains(inner)) {
        own = el;
        break;
      }
    }
  }
  const id = own?.getAttribute('data-conversation-id')?.trim();
  return id && /^[\w.:-]{1,120}$/.test(id) ? id : null;
}
