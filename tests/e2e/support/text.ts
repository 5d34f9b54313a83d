/** Whitespace and zero-width characters folded, as a reader of the page sees the text. */
export function fold(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
}
