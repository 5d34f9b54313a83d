/**
 * Marketplace messaging rules checked before a reply is inserted or auto-sent (issue 5). A finding is a span of the
 * reply with the rule it breaks; the UI highlights it with the reason and the agent may still insert.
 */
export const POLICY_RULES = [
  /** URLs and bare domains (`www.`, `shop.com`, `bit.ly/…`). */
  'link',
  'email',
  'phone',
  /** Messenger handles and invitations: WhatsApp, WeChat, LINE, Telegram, "add me on…". */
  'contact-details',
  /** Paying or dealing outside the platform: PayPal me, bank transfer, "order directly from our site", cheaper off eBay. */
  'off-platform',
  /** Asking for a positive review / feedback / 5 stars. */
  'review-request',
  /** Offering something for a review or for changing/removing one (refund for review, coupon, gift). */
  'review-incentive',
  /** Marketing: promotions, discount codes, "check out our other products", newsletters. */
  'marketing',
] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

export interface PolicyFinding {
  rule: PolicyRule;
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  /** The matched text (for lists and logs). */
  match: string;
}

export interface PolicyOptions {
  /** Language of the text, when known (else every language's lexicon is tried). */
  language?: string;
}
