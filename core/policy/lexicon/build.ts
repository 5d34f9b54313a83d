/** Small builders the language files share. */

/** Gap inside one sentence: at most `n` characters, never across a sentence end. */
export const gap = (n: number) => `[^.!?。！？\\n]{0,${n}}?`;

/**
 * After "directly" and its translations: not when the next few words name the marketplace or its messages
 * ("contact us directly through Amazon", "kontaktieren Sie uns direkt über die Nachrichten") — that is the
 * allowed channel.
 */
export const NOT_VIA_MARKETPLACE =
  '(?!\\s+(?:\\S{1,20}\\s+){0,3}(?:amazon|ebay|shopee|lazada|allegro|messag|nachricht|mensaje|mensagem|messaggi|bericht|wiadomo|meddelande|mesaj|chat|tin nhan|pesan|app))';

/** `a|b|c` as a non-capturing group. */
export const any = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;

/**
 * Brand names written to slip past a filter: `w h a t s a p p`, `w.h.a.t.s.a.p.p`, `what's app`, `whats-app`.
 * Between letters we allow up to two separators (space, dot, dash, underscore, star, apostrophe); the letters stay
 * literal, so the pattern cannot backtrack much.
 */
export function loose(word: string): string {
  return [...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[\\s._*'\\-]{0,2}");
}

/** "incentive … review" and "review … incentive" within one sentence. */
export function tied(incentive: string, review: string, span = 60): string[] {
  return [`${any(incentive)}${gap(span)}${any(review)}`, `${any(review)}${gap(span)}${any(incentive)}`];
}

export interface ReviewWords {
  /** A good review: "positive Bewertung", "5 étoiles", "好评" (asking for one is the request). */
  good: string;
  /** Changing or removing a review: "Bewertung löschen", "modifier votre avis". */
  change: string;
  /** Something given in return: refund, gift, coupon, discount, money. */
  incentive: string;
  /** "for a review", "in exchange for a review" (tied to an incentive it is one). */
  forReview?: string;
  /** Gap between incentive and review, in characters (shorter for languages without spaces). */
  span?: number;
}

/**
 * The review rules of a language from its words: asking for a good review or a changed one is a review request;
 * the same next to an incentive (or "for a review" next to one) is a review incentive. "Thank you for your
 * positive review" is not a request: see THANKS_BEFORE in detect-lexicon.ts.
 */
export function reviewRules(words: ReviewWords): {
  'review-request': string[];
  'review-incentive': string[];
} {
  const review = [words.good, words.change, ...(words.forReview ? [words.forReview] : [])].join('|');
  return {
    'review-request': [words.good, words.change],
    'review-incentive': tied(words.incentive, review, words.span),
  };
}
