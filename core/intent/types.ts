/**
 * What a buyer message is about, how the buyer feels and whether it must jump the queue (issue 5). Produced locally
 * by core/intent (rules and lexicons per language, no network), stored on each buyer message and summarised on
 * the thread (storage/ingest.ts), shown in the inbox and used to suggest templates and to hold back auto-replies.
 */

export const INTENTS = [
  'where-is-order',
  'return-refund',
  'cancel-order',
  'change-order',
  'damaged-defective',
  'wrong-item',
  'product-question',
  'invoice',
  'thanks-positive',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Why a message is urgent (any one is enough). */
export const URGENT_REASONS = [
  /** Insults, shouting, repeated exclamation, "unacceptable", "worst seller". */
  'angry',
  /** Threatens a negative review, feedback or star rating. */
  'review-threat',
  /** A-to-z claim, eBay "item not received" case, Shopee dispute or return request escalated to the platform. */
  'claim',
  'dispute',
  'chargeback',
  /** Lawyer, police, consumer protection, fraud/scam report. */
  'legal',
  /** Names a deadline ("by Friday", "within 24 hours", "today", "before the 20th"). */
  'deadline',
] as const;
export type UrgentReason = (typeof URGENT_REASONS)[number];

export interface Classification {
  /** The best intent ('other' when nothing matched well enough). */
  intent: Intent;
  /** Every intent that matched, best first, with a score in 0..1 (a message may ask two things). */
  intents: { intent: Intent; score: number }[];
  sentiment: Sentiment;
  urgent: boolean;
  urgentReasons: UrgentReason[];
  /** The language the lexicons were applied for (the hint, or detected). */
  language: string;
}

export interface ClassifyHints {
  /** The message's language when already known (stored on the message, or the thread's). */
  language?: string;
  /** Marketplace, e.g. `amazon.de`: helps language detection when no language is given. */
  site?: string;
}
