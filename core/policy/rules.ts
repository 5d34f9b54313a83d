import type { Platform } from '../model';
import { OWN_HOSTS } from './domains';
import type { PolicyRule } from './types';

/**
 * What each marketplace forbids in a message to a buyer, as far as a text check can tell.
 *
 * Amazon (Buyer-Seller Messaging guidelines): no links (except those needed to complete the order), no e-mail
 * addresses, no phone numbers, no other contact details, nothing that directs the buyer off Amazon, no requests
 * for positive reviews or incentives for reviews, no marketing. Every rule applies — including to `amazon.*`
 * links: we cannot tell a link the order needs from any other, so we flag it and the agent decides. (The bare
 * name "Amazon.com" in "thank you for shopping on Amazon.com" is not a link: see MARKETPLACE_NAME.)
 *
 * eBay (off-eBay transactions and member contact policies): no offers to buy or sell outside eBay, no contact
 * details — e-mail, phone, messenger handles, links to other sites. Links to eBay itself (an item URL) are fine.
 *
 * Shopee (prohibited chat content): no off-platform transactions, no contact details; links to Shopee are fine.
 */
export const PLATFORM_RULES: Record<Platform, readonly PolicyRule[]> = {
  amazon: [
    'link',
    'email',
    'phone',
    'contact-details',
    'off-platform',
    'review-request',
    'review-incentive',
    'marketing',
  ],
  ebay: ['link', 'email', 'phone', 'contact-details', 'off-platform'],
  shopee: ['link', 'email', 'phone', 'contact-details', 'off-platform'],
};

/** Hosts a platform's messages may link to (none on Amazon, see above). */
export function ownHostsOf(platform: Platform): RegExp | undefined {
  return platform === 'amazon' ? undefined : OWN_HOSTS[platform];
}
