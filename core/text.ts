const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u202F\u3000]+/g;

/**
 * The form of a message text used for identity: NFC, no zero-width or soft-hyphen characters, whitespace runs
 * folded. Portals re-render the same message with different whitespace (eBay repeats text for screen readers,
 * Katal trims), so identity must not depend on it. The stored text keeps the original.
 */
export function normaliseForIdentity(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** A one-line preview for lists. */
export function snippetOf(text: string, max = 160): string {
  const flat = text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
  if (flat.length <= max) return flat;
  // Do not cut a surrogate pair in half.
  let end = max - 1;
  const code = flat.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${flat.slice(0, end)}…`;
}

/** Order ids as Amazon prints them (PORTALS.md 2.5). */
export const AMAZON_ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;

export function findAmazonOrderIds(text: string): string[] {
  return [...new Set(text.match(AMAZON_ORDER_ID) ?? [])];
}
