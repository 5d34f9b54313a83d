import { hash53 } from '../../core/hash';

/**
 * eBay's identifiers as the pages print them (PORTALS.md 3.1): order numbers `12-34567-89012`, 12-digit item ids
 * in `/itm/<id>` links, and member usernames (unique per site, no spaces).
 */

const ORDER_ID = /(?<![\d-])\d{2}-\d{5}-\d{5}(?![\d-])/g;
/** `/itm/123456789012`, `/itm/some-title/123456789012` (older links carry a title slug). */
const ITEM_PATH = /\/itm\/(?:[^/?#\s]*\/)?(\d{11,13})(?!\d)/;
const ITEM_PARAM = /^(?:item|itemid|item_id|reference_id)$/i;
const ITEM_ID = /^\d{11,13}$/;
/** "Item ID: 123456789012" on legacy detail pages and in message e-mails, per site language (LOW beyond en). */
const ITEM_LABEL =
  /(?:item\s*(?:id|number|no\.?|#)|artikel(?:nummer|-?nr\.?)|n[°o]\s*(?:de\s*l['’]\s*)?objet|numero\s*(?:dell['’]\s*)?oggetto|n[úu]mero\s*de\s*(?:art[íi]culo|objeto)|objectnummer|numer\s*przedmiotu)\s*[:：#]?\s*(\d{11,13})(?!\d)/i;

/**
 * "Order number: 12-34567-89012" as eBay's item cards, e-mails and legacy pages label the conversation's own order
 * (3.1; labels beyond English and German LOW).
 */
const LABELLED_ORDER_ID =
  /(?:order\s*(?:number|no\.?|#|id)|bestellnummer|bestell-?nr\.?|n[°o]\s*de\s*commande|numero\s*(?:dell['’]\s*)?ordine|n[úu]mero\s*de\s*pedido|bestelnummer|numer\s*zam[óo]wienia)\s*[:：#]?\s*(\d{2}-\d{5}-\d{5})(?![\d-])/gi;

/**
 * Order numbers, the labelled ones first (the conversation's own order, ahead of whatever a buyer pastes), then
 * the rest in reading order; without duplicates, capped (buyers can paste any number of fake ones).
 */
export function findEbayOrderIds(texts: readonly string[], cap = 20): string[] {
  const found = new Set<string>();
  const each = texts.map(orderIdsIn);
  for (const ids of each) {
    for (const id of ids.labelled) {
      found.add(id);
      if (found.size >= cap) return [...found];
    }
  }
  for (const ids of each) {
    for (const id of ids.plain) {
      found.add(id);
      if (found.size >= cap) return [...found];
    }
  }
  return [...found];
}

interface OrderIdsIn {
  labelled: string[];
  plain: string[];
}

/** A thread's texts repeat scan after scan: their matches are kept (bounded) instead of searched again. */
const orderIdMemo = new Map<string, OrderIdsIn>();
const NO_IDS: OrderIdsIn = { labelled: [], plain: [] };

function orderIdsIn(text: string): OrderIdsIn {
  if (!/\d{2}-\d{5}-\d{5}/.test(text)) return NO_IDS; // most texts hold none: one cheap test, nothing kept
  const known = orderIdMemo.get(text);
  if (known) return known;
  const ids: OrderIdsIn = {
    labelled: [...text.matchAll(LABELLED_ORDER_ID)].map((m) => m[1]!),
    plain: [...text.matchAll(ORDER_ID)].map((m) => m[0]),
  };
  if (orderIdMemo.size >= 2_000) orderIdMemo.clear();
  orderIdMemo.set(text, ids);
  return ids;
}

/** The item id a link points at: `/itm/<id>`, or an `item`/`itemid` query parameter. */
export function itemIdFromHref(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const path = ITEM_PATH.exec(href);
  if (path) return path[1]!;
  try {
    const url = new URL(href, base);
    for (const [key, value] of url.searchParams) {
      if (ITEM_PARAM.test(key) && ITEM_ID.test(value)) return value;
    }
  } catch {
    // not a URL
  }
  return null;
}

export function itemIdFromText(text: string): string | null {
  return ITEM_LABEL.exec(text)?.[1] ?? ITEM_PATH.exec(text)?.[1] ?? null;
}

/**
 * eBay's own senders: "eBay", "eBay Customer Service", "eBay Messages", "Service client eBay", … Member
 * usernames cannot contain spaces, so a spaced label naming eBay is always eBay itself (PORTALS.md 3.4, MED).
 */
export function isSystemSender(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (!n) return false;
  if (/^ebay(?:\.[a-z.]{2,6})?$/.test(n)) return true;
  return /\s/.test(n) && /(?:^|[^a-z0-9_])ebay(?:[^a-z0-9_]|$)/.test(n);
}

const USERNAME = /^[\p{L}\p{N}._*-]{1,64}$/u;

/**
 * A member name as shown: the feedback score "(1234)" and star ratings that some layouts append are dropped, as
 * are "Buyer:" / "From:" style labels.
 */
export function cleanUsername(text: string): string {
  let name = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      /^(?:buyer|käufer|acheteur|acquirente|comprador|koper|kupujący|from|von|de|da|van|od)\s*[:：]\s*/i,
      '',
    );
  name = name.replace(/\s*\(\s*[-\d.,\s]+\s*\)?.*$/, '').trim();
  const first = name.split(' ')[0] ?? '';
  // "buyer_123 ★ Top rated" → the handle; a spaced display name stays whole.
  if (name.includes(' ') && USERNAME.test(first) && /[_\d.*-]/.test(first)) return first;
  return name;
}

export function looksLikeUsername(name: string): boolean {
  return USERNAME.test(name) && !isSystemSender(name);
}

/** The user name in a `/usr/<name>` profile link. */
export function usernameFromProfileHref(href: string | null | undefined): string | null {
  const m = href ? /\/usr\/([^/?#\s]{1,64})/.exec(href) : null;
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/**
 * The id of a conversation whose page shows no eBay conversation id: the buyer and the listing it is about.
 * `/cnt/ViewMessage?reference_id=<item>&other_user_id=<buyer>` links land on the same id (see thread-reader.ts).
 */
export function derivedThreadId(buyer: string, anchor: string): string {
  return `derived-${hash53(`${buyer.trim().toLowerCase()}|${anchor}`)}`;
}
