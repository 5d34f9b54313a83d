import { LIMITS } from '../../core/limits';
import type { AttachmentRef, Direction, ItemRef, MessageSnapshot, TimePrecision } from '../../core/model';
import { type ParsedTime, parsePortalTime } from '../../core/portal-time';
import { isShopeeCrossBorderHost, SHOPEE_REGION_SITES } from '../../core/sites';
import type { ThreadReadResult, TranslationSlot } from '../adapter-contract';
import { httpsUrl, isHiddenByMarkup, isOurs, lineOf, outermost, queryFirst, textOf } from '../shared/dom';
import { elementsOf, readFrom } from '../shared/message-elements';
import {
  type ConversationRow,
  type ConversationRowRef,
  conversationRowRef,
  readConversationRow,
  rowIdentity,
} from './inbox-reader';
import {
  chatPaneOf,
  childRows,
  conversationUrl,
  findConversationRows,
  findMessageList,
  findOrderSns,
  hostSite,
  identityName,
  offsetOf,
  pageLocale,
  parseLocaleOf,
  type RegionShop,
  regionShopFromSelector,
  regionShopOf,
  shopeeThreadKey,
  sortByOffset,
} from './page';
import { SHOPEE_SELECTORS as S } from './selectors';

const ANY_HOOK = S.anyMessage.join(',');
const SEND = S.messageSend.join(',');
const SYSTEM = S.messageSystem.join(',');
const TEXT = S.messageText.join(',');
const STICKER = S.sticker.join(',');
const PRODUCT_LINK = S.productLink.join(',');
const CONTENT = `${TEXT}, img, video, a[href]`;
const PRODUCT_CARD = S.productCard.join(',');
const ORDER_CARD = S.orderCard.join(',');
const DAY_MS = 86_400_000;

/**
 * Read the open conversation into a snapshot, oldest message first. The list is virtualised (PORTALS.md 4.2):
 * only the mounted rows are read, in the order of their inline `top`, and the background merges snapshots by
 * message identity.
 */
export function readShopeeThread(doc: Document, url: URL, now: number): ThreadReadResult {
  const list = findMessageList(doc);
  if (!list) {
    return {
      ok: false,
      missing: [S.messageList[0], S.anyMessage[0]],
      reason: 'The message list of the open conversation was not found.',
    };
  }
  const pane = chatPaneOf(list);
  const hostSiteName = hostSite(url);
  const crossBorder = isShopeeCrossBorderHost(url.hostname);
  const locale = pageLocale(doc, hostSiteName);
  const parseLocale = parseLocaleOf(locale);

  // Rows are only named here; the open row alone is read in full (its region/shop and last-activity time).
  const rows = findConversationRows(doc).map(conversationRowRef);
  const full = new Map<ConversationRowRef, ConversationRow>();
  const read = (ref: ConversationRowRef) => {
    const row = full.get(ref) ?? readConversationRow(ref.el, crossBorder);
    full.set(ref, row);
    return row;
  };
  const header = readHeader(list, pane, rows);
  const buyer = resolveBuyer(header, rows, url);
  if (!buyer) {
    return {
      ok: false,
      missing: [S.header[0], S.selectedRow[0]],
      reason: 'The buyer of the open conversation was not found (no header name, no selected row).',
    };
  }
  const openRef = rowOf(buyer, rows);
  const openRow = openRef && read(openRef);
  const context = crossBorder
    ? threadContext(doc, buyer, header.regionShop, openRow, () => rows.map(read))
    : { site: hostSiteName, shop: undefined };

  const fallbackDay = fallbackDayOf(openRow?.timeText ?? '', parseLocale, now);
  const messages = readMessages(list, { buyer, shop: context.shop, parseLocale, now, fallbackDay });

  const kept = messages.messages.slice(-LIMITS.messagesPerThread);
  const orderIds = [...new Set([...findOrderSns(header.text), ...messages.orderIds])].slice(
    0,
    LIMITS.idsPerThread,
  );
  return {
    ok: true,
    value: {
      platform: 'shopee',
      site: context.site,
      shop: context.shop?.slice(0, LIMITS.shortText),
      host: url.hostname,
      nativeThreadId: shopeeThreadKey(buyer, context.shop).slice(0, LIMITS.shortText),
      url: conversationUrl(url).slice(0, LIMITS.url),
      buyer: {
        name: buyer.slice(0, LIMITS.shortText),
        nativeId: identityName(buyer).slice(0, LIMITS.shortText),
      },
      orderIds,
      items: messages.items.slice(0, LIMITS.idsPerThread),
      subject: '',
      locale,
      visible: doc.visibilityState === 'visible' && !isHiddenByMarkup(list),
      capturedAt: now,
      messages: kept,
    },
    elements: elementsOf(kept),
  };
}

/**
 * Shopee's message rows are virtualised (PORTALS.md 4.2): each row is absolutely positioned with a height measured
 * before we draw, and a row that grew would cover the next one. The translation therefore sits in the row's free
 * side, beside the buyer's bubble, capped at the row's own height (its inline `height`, no layout read) and
 * scrolling inside. A row without a fixed height (a list that is not virtualised) takes it under the text. Rows
 * without a text body (stickers, pictures, product and order cards) show none: their "text" is our placeholder.
 */
export function shopeeTranslationSlot(row: Element): TranslationSlot | null {
  const text = row.querySelector(TEXT);
  if (!text) return null;
  const style = (row as HTMLElement).style;
  const height = Number.parseFloat(style?.height ?? '');
  if (style?.position === 'absolute' && Number.isFinite(height) && height > 0) {
    return { anchor: row, position: 'beside', maxHeightPx: Math.max(24, height - 12) };
  }
  return { anchor: text, position: 'after' };
}

// -----------------------------------------------------------------------------------------------------------
// Header, open row and the thread's region/shop

interface Header {
  /** A `title` that repeats its element's text (how Shopee shows an ellipsised name) or names a listed buyer. */
  titled: string;
  /** Short plain texts above the message list, nearest the list last: the header's lines. */
  lines: string[];
  /** The lines inside an element that is marked as the header. */
  hooked: string[];
  regionShop: RegionShop | null;
  text: string;
}

const TIME_OR_STATUS =
  /^\d{1,2}[:.]\d{2}$|^\d{1,2}\/\d{1,2}|^(?:online|offline|active\b|aktif\b|terakhir\b|在线|離線|离线|ออนไลน์|trực tuyến|hoạt động)/i;
/** Shopee usernames: letters, digits, dot, underscore (the mini-window title "Chat" is a UI word, not a name). */
const USERNAME = /^[\p{L}\p{N}._-]{2,40}$/u;
const UI_WORDS = /^(?:chat|chats|聊聊|聊天|obrolan|แชท|trò chuyện|bate-papo|webchat|shopee)$/i;

/**
 * The header sits above the message list inside the chat pane. Only elements that come before the list count
 * (the reply box, templates and the product panel come after it); titles are taken nearest the list first.
 * Walking the list's preceding siblings level by level reads the header without touching the messages.
 */
function readHeader(list: Element, pane: Element, rows: ConversationRowRef[]): Header {
  const listed = new Set(rows.map((r) => identityName(r.buyer)));
  const levels = precedingByLevel(list, pane);
  const usable = (el: Element) =>
    !isOurs(el) && el.closest('textarea, button, [role="button"], pre') === null;

  let titled = '';
  let regionShop: RegionShop | null = null;
  for (const level of levels) {
    for (const el of level) {
      const title = el.getAttribute('title')?.trim();
      if (!title || title.length > 80 || /^(IMG|I|SVG|BUTTON)$/i.test(el.tagName) || !usable(el)) continue;
      const shop = regionShopOf(title);
      if (shop) regionShop ??= shop;
      else if (
        !titled &&
        !TIME_OR_STATUS.test(title) &&
        (title === lineOf(el) || listed.has(identityName(title)))
      ) {
        titled = title;
      }
    }
    if (titled) break;
  }

  const lines: string[] = [];
  const hooked: string[] = [];
  const HEADER = S.header.join(',');
  for (const level of [...levels].reverse()) {
    for (const leaf of level) {
      if (leaf.children.length > 0 || /^(SCRIPT|STYLE|SVG|IMG|I)$/i.test(leaf.tagName) || !usable(leaf))
        continue;
      const text = lineOf(leaf);
      if (!text || text.length > 80) continue;
      const shop = regionShopOf(text) ?? taggedRegionShop(leaf, text);
      if (shop) {
        regionShop ??= shop;
        continue;
      }
      lines.push(text);
      if (leaf.closest(HEADER) && pane.contains(leaf.closest(HEADER))) hooked.push(text);
    }
  }
  return { titled, lines, hooked, regionShop, text: lines.join('\n') };
}

/**
 * A region badge beside the shop name, as the CNSC header may show it under the buyer: the code in an element of
 * its own, the shop as the rest of its parent's text ("<span>TW</span>Lumi Home 台灣"). Read as "(TW) Lumi Home
 * 台灣", so the same checks apply as to the list rows' labels.
 */
function taggedRegionShop(leaf: Element, text: string): RegionShop | null {
  if (!/^[A-Z]{2}$/.test(text) || !SHOPEE_REGION_SITES[text] || !leaf.parentElement) return null;
  const pieces = textPieces(leaf.parentElement);
  const at = pieces.indexOf(text);
  if (pieces.length < 2 || pieces.length > 3 || (at !== 0 && at !== pieces.length - 1)) return null;
  const rest = pieces.filter((_, i) => i !== at).join(' ');
  return regionShopOf(`(${text}) ${rest}`);
}

/** What comes before `list` inside `pane`, one array per ancestor level, nearest level first. */
function precedingByLevel(list: Element, pane: Element): Element[][] {
  const levels: Element[][] = [];
  if (pane === list || !pane.contains(list)) return levels;
  for (let node: Element = list; node !== pane; ) {
    const parent = node.parentElement;
    if (!parent) break;
    const level: Element[] = [];
    for (let sib = parent.firstElementChild; sib && sib !== node; sib = sib.nextElementSibling) {
      level.push(sib, ...sib.querySelectorAll('*'));
    }
    levels.push(level);
    node = parent;
  }
  return levels;
}

/**
 * The buyer of the open conversation: (1) a titled name in the header; (2) the selected list row; (3) the row
 * that carries the URL's conversation id; (4) a header line that names a listed buyer; (5) the first name-like
 * line of a marked header; (6) the first username-like line above the messages. Nothing at all: no buyer, and
 * the read fails rather than guess.
 */
function resolveBuyer(header: Header, rows: ConversationRowRef[], url: URL): string {
  if (header.titled) return header.titled;
  const selected = rows.filter((r) => r.selected);
  if (selected.length === 1 && selected[0]!.buyer) return selected[0]!.buyer;
  const id = url.searchParams.get('conversation_id');
  if (id && /^\d{5,}$/.test(id)) {
    const carrying = rows.filter((r) => carriesValue(r.el, id));
    if (carrying.length === 1 && carrying[0]!.buyer) return carrying[0]!.buyer;
  }
  const listed = new Map(rows.map((r) => [identityName(r.buyer), r.buyer]));
  for (const line of header.lines) {
    const name = listed.get(identityName(line));
    if (name) return name;
  }
  const plausible = (line: string) => !TIME_OR_STATUS.test(line) && !UI_WORDS.test(line);
  return (
    header.hooked.find((line) => line.length <= 64 && plausible(line)) ??
    header.lines.find((line) => USERNAME.test(line) && /\p{L}/u.test(line) && plausible(line)) ??
    ''
  );
}

/** The list row of the open conversation: the selected row for this buyer, else the only row for this buyer. */
function rowOf(buyer: string, rows: ConversationRowRef[]): ConversationRowRef | undefined {
  const key = identityName(buyer);
  const same = rows.filter((r) => identityName(r.buyer) === key);
  return same.find((r) => r.selected) ?? (same.length === 1 ? same[0] : undefined);
}

function carriesValue(row: Element, value: string): boolean {
  for (const el of [row, ...row.querySelectorAll('[href], [data-id], [data-conversation-id], [data-key]')]) {
    for (const attr of el.attributes) {
      if ((attr.name === 'href' || attr.name.startsWith('data-')) && attr.value.includes(value)) return true;
    }
  }
  return false;
}

/** Region/shop learned per document and buyer, so a later read without a visible row keeps the same id. */
const learned = new WeakMap<Document, Map<string, RegionShop | null>>();

/**
 * CNSC threads take their marketplace and shop from (1) the header, (2) the open conversation's row, (3) what
 * an earlier read of this page learned for the buyer, (4) the region/shop filter when it names one shop, (5)
 * of several rows for the buyer, the first by name (deterministic), else (6) stay `shopee.cn`. Each step is a
 * pure function of the page, so the thread id does not flip between reads.
 */
function threadContext(
  doc: Document,
  buyer: string,
  headerShop: RegionShop | null,
  openRow: ConversationRow | undefined,
  allRows: () => ConversationRow[],
): { site: string; shop?: string } {
  const key = identityName(buyer);
  const memory = learned.get(doc) ?? new Map<string, RegionShop | null>();
  learned.set(doc, memory);
  if (headerShop) {
    memory.set(key, headerShop);
    return headerShop;
  }
  if (openRow) {
    memory.set(key, openRow.regionShop);
    return rowIdentity(openRow, 'shopee.cn');
  }
  if (memory.has(key)) return memory.get(key) ?? { site: 'shopee.cn' };
  const chosen = regionShopFromSelector(doc);
  if (chosen) return chosen;
  const candidates = allRows()
    .filter((r) => identityName(r.buyer) === key)
    .map((r) => rowIdentity(r, 'shopee.cn'))
    .sort((a, b) => a.key.localeCompare(b.key));
  return candidates[0] ?? { site: 'shopee.cn' };
}

/** The calendar day (local midnight) of the open conversation's last activity when its row shows a date. */
function fallbackDayOf(timeText: string, parseLocale: string, now: number): number {
  const today = startOfDay(now);
  const parsed = timeText ? parsePortalTime(timeText, parseLocale, now) : null;
  if (!parsed || parsed.at === null || parsed.precision === 'relative') return today;
  return Math.min(today, startOfDay(parsed.at));
}

function startOfDay(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

function atClock(day: number, hour: number, minute: number): number {
  const d = new Date(day);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour, minute).getTime();
}

/** The previous calendar day, by the calendar (a day is not always 24 h across DST). */
function dayBefore(day: number): number {
  return startOfDay(day - DAY_MS / 2);
}

// -----------------------------------------------------------------------------------------------------------
// Messages

interface ReadContext {
  buyer: string;
  shop?: string;
  parseLocale: string;
  now: number;
  /** The day bare clock times belong to when no date separator is mounted above them. */
  fallbackDay: number;
  /** Whether this build puts message text in `<pre>` (PORTALS.md 4.2); decided per list. */
  textInPre?: boolean;
}

interface Timed {
  message: MessageSnapshot;
  /** A bare `HH:MM` under the bubble: its date comes from the separator above it. */
  clock?: { hour: number; minute: number };
  /** The separator day above this row, when one is mounted. */
  day?: number;
}

type RowRead =
  | { kind: 'separator'; day: number }
  | { kind: 'message'; timed: Timed; items: ItemRef[]; orderIds: string[] }
  | { kind: 'skip' };

function readMessages(
  list: Element,
  ctx: ReadContext,
): { messages: MessageSnapshot[]; items: ItemRef[]; orderIds: string[] } {
  const inner = queryFirst(list, S.virtualInner) ?? list;
  ctx.textInPre = list.querySelector(TEXT) !== null;
  const rows = sortByOffset(expandGroups(childRows(inner), ctx));
  const items = new Map<string, ItemRef>();
  const orderIds = new Set<string>();
  const timed: Timed[] = [];
  let day: number | undefined;
  let firstSeparatorDay: number | undefined;
  for (const row of rows) {
    const read = readRow(row, list, ctx);
    if (read.kind === 'separator') {
      day = read.day;
      firstSeparatorDay ??= read.day;
      continue;
    }
    if (read.kind === 'skip') continue;
    read.timed.day = day;
    timed.push(read.timed);
    for (const item of read.items) if (!items.has(item.id)) items.set(item.id, item);
    for (const id of read.orderIds) orderIds.add(id);
  }
  resolveTimes(timed, ctx, firstSeparatorDay);
  return { messages: timed.map((t) => t.message), items: [...items.values()], orderIds: [...orderIds] };
}

/**
 * A child that holds several messages, or a date separator and a message (a day group in a non-virtualised
 * build), stands for its own rows. A virtualised row (one with an offset) is one message whatever it holds.
 */
function expandGroups(rows: Element[], ctx: ReadContext): Element[] {
  const out: Element[] = [];
  for (const row of rows) {
    if (offsetOf(row) !== null) {
      out.push(row);
      continue;
    }
    const hooks = row.matches(ANY_HOOK) ? [] : outermost([...row.querySelectorAll(ANY_HOOK)]);
    const group =
      hooks.length > 1 || (hooks.length === 1 && [...row.children].some((child) => isSeparator(child, ctx)));
    if (group) out.push(...expandGroups(childRows(row), ctx));
    else out.push(row);
  }
  return out;
}

/**
 * A row that only shows a date ("Today", "Hari ini", "04/09/2026"): the day of the rows below it. Every text
 * piece of the row must be a date or a time on its own: a system notice with its time beside it ("Buyer has
 * rated the order" + "18/11 09:00", which the time parser would accept as one run-together line) is a message.
 */
function separatorDay(row: Element, ctx: ReadContext): number | null {
  if (row.querySelector(`${ANY_HOOK}, ${TEXT}, img, video, a[href]`) || row.matches(TEXT)) return null;
  // A clock time at the end of a text ("Buyer rated 09:00", "Yesterday 10:30") is a piece of its own too.
  const pieces = textPieces(row).flatMap((piece) => {
    const m = TRAILING_CLOCK.exec(piece);
    return m ? [m[1]!, m[2]!] : [piece];
  });
  const line = pieces.join(' ');
  // A centred clock time between clusters names no day.
  if (!line || line.length > 40 || pieces.length > 3 || CLOCK_ONLY.test(line.normalize('NFKC'))) return null;
  const isTime = (text: string) => {
    const parsed = parsePortalTime(text, ctx.parseLocale, ctx.now);
    return parsed.at !== null && (parsed.precision === 'day' || parsed.precision === 'minute');
  };
  if (pieces.length > 1 && !pieces.every(isTime)) return null;
  const parsed = parsePortalTime(line, ctx.parseLocale, ctx.now);
  return parsed.at !== null && (parsed.precision === 'day' || parsed.precision === 'minute')
    ? startOfDay(parsed.at)
    : null;
}

const TRAILING_CLOCK = /^(.*\S)(?:\s+|(?<![\d:]))(\d{1,2}:\d{2}(?::\d{2})?)$/u;

/**
 * The row's visible text nodes, each trimmed: elements that sit side by side on screen (a label and its value in
 * two `<span>`s) stay separate words here, where `textOf` would run them together.
 */
function textPieces(el: Element, skip?: (el: Element) => boolean): string[] {
  const pieces: string[] = [];
  const walk = (node: Element) => {
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(node.tagName) || skip?.(node)) return;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return;
    for (const child of node.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element);
      else if (child.nodeType === Node.TEXT_NODE) {
        const text = (child.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (text) pieces.push(text);
      }
    }
  };
  walk(el);
  return pieces;
}

function isSeparator(row: Element, ctx: ReadContext): boolean {
  return separatorDay(row, ctx) !== null;
}

/**
 * Bare clock times take the date of the separator above them (minute precision). Above the first mounted
 * separator the day is unknown but earlier than that separator's; with no separator mounted it is the
 * conversation's last-activity day at most. Those readings are marked 'relative': they order the messages
 * sensibly but never take part in identity, and a later read that sees the separator replaces them. Rows with
 * no time at all take their neighbour's, so a window never puts a message at "now" by default.
 */
function resolveTimes(timed: Timed[], ctx: ReadContext, firstDay: number | undefined): void {
  for (const t of timed) {
    if (!t.clock) continue;
    const { hour, minute } = t.clock;
    if (t.day !== undefined) {
      set(t, atClock(t.day, hour, minute), 'minute');
    } else if (firstDay !== undefined) {
      set(t, atClock(dayBefore(firstDay), hour, minute), 'relative');
    } else {
      let at = atClock(ctx.fallbackDay, hour, minute);
      if (at > ctx.now + 60_000) at = atClock(dayBefore(ctx.fallbackDay), hour, minute);
      set(t, at, 'relative');
    }
  }
  // Rows without a readable time: their predecessor's time on the same day, else the separator's day.
  let previous: Timed | undefined;
  for (const t of timed) {
    if (t.message.sentAt === null && previous && (t.day === undefined || previous.day === t.day)) {
      set(t, previous.message.sentAt!, 'relative');
    } else if (t.message.sentAt === null && t.day !== undefined) {
      set(t, t.day, 'day');
    }
    if (t.message.sentAt !== null) previous = t;
  }
  const firstKnown = timed.find((t) => t.message.sentAt !== null)?.message.sentAt;
  if (firstKnown !== undefined && firstKnown !== null) {
    for (const t of timed) {
      if (t.message.sentAt !== null) break;
      set(t, firstKnown, 'relative');
    }
  }
}

function set(t: Timed, at: number, precision: TimePrecision): void {
  t.message.sentAt = at;
  t.message.sentAtPrecision = precision;
}

const READ_STATUS =
  /^(?:read|unread|sent|delivered|dibaca|belum dibaca|terkirim|dibaca oleh pembeli|已读|已讀|未读|未讀|已送达|อ่านแล้ว|ส่งแล้ว|đã xem|đã gửi|đã nhận|lido|enviado|entregue)$/i;

function readRow(row: Element, list: Element, ctx: ReadContext): RowRead {
  const hookEl = row.matches(ANY_HOOK) ? row : (row.querySelector(ANY_HOOK) ?? upHook(row, list));
  // One query for every kind of content, partitioned here: a row is read with a handful of DOM calls.
  const texts: Element[] = [];
  const stickers: HTMLImageElement[] = [];
  const images: HTMLImageElement[] = [];
  const productLinks: HTMLAnchorElement[] = [];
  const videos: Element[] = [];
  for (const el of row.querySelectorAll(CONTENT)) {
    const inText = texts.some((t) => t.contains(el));
    if (el.matches(TEXT)) {
      if (!inText) texts.push(el);
    } else if (inText) {
      // links and pictures inside a text body belong to the text
    } else if (el.tagName === 'IMG') {
      if (el.matches(STICKER)) stickers.push(el as HTMLImageElement);
      else if (!isDecoration(el as HTMLImageElement)) images.push(el as HTMLImageElement);
    } else if (el.tagName === 'VIDEO') {
      videos.push(el);
    } else if (el.matches(PRODUCT_LINK)) {
      productLinks.push(el as HTMLAnchorElement);
    }
  }
  const hasContent = texts.length + stickers.length + productLinks.length + images.length + videos.length > 0;

  const isSystem = hookEl?.matches(SYSTEM) ?? false;
  const hookedDirection = hookEl !== null && !isSystem;
  const timeEl = findTime(row, texts, ctx);

  if (!hookedDirection && !hasContent) {
    if (!lineOf(row)) return { kind: 'skip' };
    // A row (or a system-looking row) that only shows a date is a date separator.
    const day = separatorDay(hookEl && row.contains(hookEl) ? hookEl : row, ctx);
    if (day !== null) return { kind: 'separator', day };
    // This build puts message text in <pre>: a row with neither a hook nor content is page chrome (an unread
    // divider, a tip), not a buyer message, unless it is an order card.
    if (!hookEl && ctx.textInPre && findOrderSns(textPieces(row).join(' ')).length === 0) {
      return { kind: 'skip' };
    }
  }

  const direction: Direction = !hookEl ? 'in' : isSystem ? 'system' : hookEl.matches(SEND) ? 'out' : 'in';
  const skip = (el: Element) =>
    el === timeEl?.el || (el.children.length === 0 && READ_STATUS.test((el.textContent ?? '').trim()));

  const items: ItemRef[] = [];
  const attachments: AttachmentRef[] = [];
  let orderIds: string[] = [];
  let text = texts
    .map((el) => textOf(el))
    .filter(Boolean)
    .join('\n');
  const base = row.ownerDocument.baseURI;

  let card = false;
  if (!text) {
    const cardText = textOf(row, skip);
    const orderCard = row.querySelector(ORDER_CARD);
    // The card's label and number may sit in two inline elements ("No. Pesanan" + "261119K7QX2M4P"): look for
    // the sn in the separate text pieces, not in the run-together text.
    const sns = [
      ...new Set([
        ...findOrderSns(orderCard ? snAttributes(orderCard) : ''),
        ...findOrderSns(textPieces(row, skip).join(' ')),
      ]),
    ];
    const productCard = productLinks.length > 0 || sns.length > 0 ? null : row.querySelector(PRODUCT_CARD);
    if (productLinks.length > 0) {
      card = true;
      for (const link of productLinks) {
        const id = productIdOf(link.getAttribute('href') ?? '');
        const title = productTitle(link, row, skip);
        if (id) items.push({ id, title: title || undefined, url: httpsUrl(link.getAttribute('href'), base) });
      }
      text = `[product] ${items[0]?.title ?? productTitle(productLinks[0]!, row, skip)}`.trim();
    } else if (productCard) {
      card = true;
      const id =
        productCard.getAttribute('data-item-id') ??
        productCard.getAttribute('data-itemid') ??
        productCard.getAttribute('data-product-id');
      const title = productTitle(productCard, row, skip);
      if (id && /^\d{1,20}$/.test(id)) items.push({ id, title: title || undefined });
      text = `[product] ${title}`.trim();
    } else if (sns.length > 0 && direction !== 'system') {
      card = true;
      // The status is left out on purpose: the card may update it live, and the text is part of the message's
      // identity, so a status change would store the same card again as a new message.
      text = `[order] ${sns[0]}`;
    } else if (stickers.length > 0) {
      text = '[sticker]';
    } else if ((images.length > 0 || videos.length > 0) && !cardText) {
      text = images.length > 0 ? '[image]' : '[video]';
    } else if (images.length > 0 && PRICE.test(cardText)) {
      // A product card without a link: image, name and price.
      card = true;
      text = `[product] ${firstNameLine(cardText)}`.trim();
    } else {
      text = cardText;
    }
    orderIds = sns;
  }
  attachments.push(...attachmentsOf(stickers, card ? [] : images, card ? [] : videos, base));
  if (!text && attachments.length === 0) return { kind: 'skip' };
  if (text.length > LIMITS.messageText) text = `${text.slice(0, LIMITS.messageText - 20)}… [truncated]`;

  const parsed: ParsedTime = timeEl?.parsed ?? { at: null, precision: 'unknown' };
  const message: MessageSnapshot = {
    nativeId: nativeIdOf(row, hookEl),
    direction,
    author: direction === 'in' ? ctx.buyer : direction === 'out' ? (ctx.shop ?? '') : 'Shopee',
    sentAt: timeEl?.clock ? null : parsed.at,
    sentAtText: timeEl ? timeEl.text.slice(0, LIMITS.shortText) : '',
    sentAtPrecision: timeEl?.clock ? 'unknown' : parsed.precision,
    text,
    attachments: attachments.slice(0, LIMITS.attachmentsPerMessage),
  };
  return {
    kind: 'message',
    timed: { message: readFrom(message, row), clock: timeEl?.clock },
    items,
    orderIds,
  };
}

/** A hook on a wrapper between the virtualised row and the list (another nesting of the same markup). */
function upHook(row: Element, list: Element): Element | null {
  const up = row.parentElement?.closest(ANY_HOOK) ?? null;
  return up && list.contains(up) ? up : null;
}

function nativeIdOf(row: Element, hookEl: Element | null): string | undefined {
  for (const el of [row, hookEl]) {
    const id = el?.getAttribute('data-message-id') ?? el?.getAttribute('data-msg-id');
    if (id) return id.slice(0, LIMITS.shortText);
  }
  return undefined;
}

const QUICK_CLOCK = /^(\d{1,2}):(\d{2})$/;
/** A clock time with nothing that names a day: "14:03", "2:03 PM", "下午2:03". */
const CLOCK_ONLY =
  /^(?:上午|下午|午前|午後|早上|晚上|凌晨|中午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?$/i;

/**
 * The message's time: the last short leaf outside the text whose whole text is a time (Shopee prints it under
 * the bubble). `clock` is set when the text is a bare clock time, whose date must come from a separator.
 */
function findTime(
  row: Element,
  texts: Element[],
  ctx: ReadContext,
): { el: Element; text: string; parsed: ParsedTime; clock?: { hour: number; minute: number } } | null {
  const leaves = row.querySelectorAll('span, div, small, p, time, label');
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i]!;
    if (leaf.children.length > 0 || texts.some((t) => t.contains(leaf))) continue;
    // A leaf's text is its textContent: no tree walk needed.
    const text = (leaf.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (leaf.tagName === 'TIME' && leaf.hasAttribute('datetime')) {
      const at = Date.parse(leaf.getAttribute('datetime') ?? '');
      if (!Number.isNaN(at)) return { el: leaf, text, parsed: { at, precision: 'minute' } };
    }
    if (!text || text.length > 24 || !/\d/.test(text) || leaf.getAttribute('aria-hidden') === 'true')
      continue;
    const quick = QUICK_CLOCK.exec(text);
    if (quick && Number(quick[1]) < 24 && Number(quick[2]) < 60) {
      // The common case, read without the general parser (200 rows must stay well under 5 ms).
      const clock = { hour: Number(quick[1]), minute: Number(quick[2]) };
      return { el: leaf, text, parsed: { at: null, precision: 'unknown' }, clock };
    }
    const parsed = parsePortalTime(text, ctx.parseLocale, ctx.now);
    if (parsed.at === null || parsed.precision === 'unknown') continue;
    // Words before a clock time that name no day ("Buyer rated 10:40") make the leaf a text, not a time.
    const words = TRAILING_CLOCK.exec(text)?.[1];
    if (words && parsePortalTime(words, ctx.parseLocale, ctx.now).at === null) continue;
    if (CLOCK_ONLY.test(text.normalize('NFKC'))) {
      const d = new Date(parsed.at);
      return { el: leaf, text, parsed, clock: { hour: d.getHours(), minute: d.getMinutes() } };
    }
    return { el: leaf, text, parsed };
  }
  return null;
}

/** Avatars and icons are not attachments: named so, or declared tiny. */
function isDecoration(img: HTMLImageElement): boolean {
  const words = `${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''}`.toLowerCase();
  if (/avatar|portrait|profile|icon|emoji/.test(words)) return true;
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w <= 24) || (h > 0 && h <= 24);
}

function attachmentsOf(
  stickers: HTMLImageElement[],
  images: HTMLImageElement[],
  videos: Element[],
  base: string,
): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  for (const img of stickers) out.push(media('sticker', img, base));
  for (const img of images) out.push(media('image', img, base));
  for (const video of videos) out.push(media('video', video.querySelector('source') ?? video, base));
  return out;
}

/**
 * Attachments are named by their kind only: the name is part of the message identity, and an image's source
 * changes while it loads (placeholder, thumbnail, full size). The link goes in `url`.
 */
function media(kind: string, el: Element, base: string): AttachmentRef {
  return { name: kind, url: httpsUrl(el.getAttribute('data-src') ?? el.getAttribute('src'), base) };
}

/** The item id of a product link: `-i.<shopid>.<itemid>`, `/product/<shopid>/<itemid>`, `/portal/product/<itemid>`. */
export function productIdOf(href: string): string | null {
  const m =
    /-i\.(\d+)\.(\d+)/.exec(href) ??
    /\/product\/(\d+)\/(\d+)/.exec(href) ??
    /\/portal\/product\/()(\d+)/.exec(href) ??
    /[?&]item_?id=()(\d+)/i.exec(href);
  return m ? m[2]! : null;
}

const PRICE =
  /(?:rp|rm|₱|฿|₫|nt\$|s\$|r\$|\$|¥|php|idr|myr|thb|vnd|sgd|twd|brl)\s?[\d.,]+|[\d.,]+\s?(?:₫|đ|vnd)/i;
const NOT_A_NAME =
  /^(?:[\d.,%\s-]+|.*\b(?:sold|terjual|ขายแล้ว|đã bán|已售|vendidos?)\b.*|buy now|beli sekarang|view|lihat|ดู|xem)$/i;

function firstNameLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !PRICE.test(line) && !NOT_A_NAME.test(line)) ?? ''
  ).slice(0, 300);
}

function productTitle(link: Element, row: Element, skip: (el: Element) => boolean): string {
  const titled = link.getAttribute('title') ?? link.querySelector('[title]')?.getAttribute('title');
  if (titled?.trim()) return titled.trim().slice(0, 300);
  return (
    firstNameLine(textOf(link, skip)) ||
    firstNameLine(textOf(row, skip)) ||
    (link.querySelector('img')?.getAttribute('alt') ?? '')
  );
}

/** Order sns an order card carries in its attributes. */
function snAttributes(card: Element): string {
  return ['data-order-sn', 'data-ordersn', 'data-order-id']
    .map((name) => card.getAttribute(name) ?? '')
    .join(' ');
}
