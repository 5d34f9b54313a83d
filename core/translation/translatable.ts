/**
 * Whether a message text is worth a provider call. Adapters write non-text messages as placeholders (Shopee's
 * `[sticker]`, `[image]`, `[order] 241004ABCD1234`, `[product] <the seller's own listing title>`): translating them
 * costs a request and shows the agent nothing new. Texts without a single letter (an order number, emoji, "???") are
 * the same in every language.
 */
const PLACEHOLDER = /^\[(order|product|sticker|image|video|file|voucher)\](\s|$)/;

export function isTranslatable(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && !PLACEHOLDER.test(trimmed) && /\p{L}/u.test(trimmed);
}
