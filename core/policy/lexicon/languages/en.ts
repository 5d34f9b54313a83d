import { gap, NOT_VIA_MARKETPLACE, tied } from '../build';
import type { LanguageLexicon } from '../types';

// English. Also checked for every other language: agents mix it in ("pls add me on WhatsApp", "5 stars").

const GOOD =
  '(?:positive|good|great|nice|excellent|glowing|favou?rable|high|top|perfect|5[- ]?stars?|five[- ]?stars?)';
const BAD = '(?:negative|bad|poor|neutral|low|1[- ]?stars?|one[- ]?stars?|2[- ]?stars?|two[- ]?stars?)';
const NOUN = '(?:reviews?|feedbacks?|ratings?|comments?|evaluations?)';
const ASK = '(?:leave|leaving|write|writing|give|giving|post|posting|drop|submit|share|consider leaving)';
const CHANGE =
  '(?:remove|removing|delete|deleting|change|changing|revise|revising|update|updating|modify|withdraw|edit|amend|upgrade|retract|take down)';
/** Doing something to a review — never the verb "review" ("we will review your request"), never "feedback" alone. */
const REVIEW_ACT = `(?:${ASK}|${CHANGE}) (?:us |me )?(?:a |an |your |the |this |that |my |some )?(?:${GOOD} |${BAD} |honest )?${NOUN}`;
const INCENTIVE =
  '(?:(?:full |partial )?refund|money back|reimburse(?:ment)?|gift(?: card)?|free (?:gift|item|product|sample)|coupon|voucher|discount|cash ?back|compensat(?:e|ion)|bonus|reward|[$€£] ?\\d+|\\d+ ?(?:%|percent))';

export const EN: LanguageLexicon = {
  'contact-details': [
    'add ?me',
    'add ?us',
    'add (?:me|us) (?:on|via|at)',
    `(?:contact|message|text|reach|call|ping|dm|email|e-mail) (?:me|us) (?:directly|privately|personally|outside)${NOT_VIA_MARKETPLACE}`,
    '(?:contact|message|text|reach|ping|chat with) (?:me|us) (?:on|via|through|at) (?:whatsapp|wechat|telegram|line|viber|instagram|facebook|skype|zalo|my|our)',
    'text me',
    'dm me',
    'my (?:personal )?(?:whatsapp|wechat|telegram|line|viber|instagram|facebook|skype|zalo|phone|mobile|cell|email|e-mail) (?:number|no|id|account|address)',
    'our (?:whatsapp|wechat|telegram|line|viber|instagram|facebook|skype|zalo) (?:number|no|id|account|group|page)?',
    '(?:send|give|leave|share) (?:me|us) your (?:phone|mobile|cell|whatsapp|wechat|telegram|line|email|e-mail|contact)(?: number| address| details| id)?',
    'your (?:phone|mobile|cell|whatsapp|wechat|telegram) (?:number|no|id)',
    'contact (?:details|info|information|number)',
    'personal (?:email|e-mail|number|contact)',
  ],
  'off-platform': [
    // "pay via PayPal" is eBay checkout; paying *the seller* by PayPal or into *their* account is not.
    '(?:pay|send|transfer|wire) (?:\\S+ ){0,3}(?:via|by|through|with|using|to|into|on) (?:my|our) (?:paypal|bank|account)',
    '(?:pay|send|transfer|wire) (?:me|us|the money|money|the payment|payment|the amount) (?:\\S+ ){0,2}(?:via|by|through|with|using|on) (?:paypal|bank)',
    'friends (?:and|&) family',
    '(?:bank|wire|direct|money) transfer',
    'bank deposit',
    '(?:bank|account) (?:details|number)',
    // Not "our store/shop": an eBay Store or Amazon storefront is on the marketplace.
    '(?:order|buy|purchase|shop) (?:it |this |them |one |more |again )?(?:directly )?(?:from|on|via|through|at|in) our (?:own )?(?:website|web ?site|site|web ?shop|online (?:store|shop))',
    '(?:order|buy|purchase|pay|deal|trade) (?:\\S+ ){0,2}directly (?:from|with|to) (?:me|us)',
    'pay (?:me|us) directly',
    'our (?:own )?(?:website|web ?shop|online (?:store|shop)|official (?:site|website|store))',
    '(?:outside|off|instead of|without|bypass|bypassing|avoid|avoiding|skip|skipping) (?:of )?(?:the )?(?:amazon|ebay|shopee)(?: fees?)?',
    'cheaper (?:\\S+ ){0,3}(?:outside|off|than on|than) (?:of )?(?:amazon|ebay|shopee)',
    'cheaper (?:on|at|from|via|through|in) our (?:own )?(?:website|web ?site|site|web ?shop|store|shop)',
    '(?:save|no) (?:the )?(?:amazon|ebay|shopee|platform|marketplace) fees?',
    'cancel (?:the |this |your )?order and (?:buy|order|pay|purchase)',
    'crypto ?(?:currency|wallet|payment)',
  ],
  'review-request': [
    `${ASK} (?:us |me )?(?:a |an |your |some )?${GOOD} ${NOUN}`,
    '(?:rate|rating|review) (?:us|it|the item|the product|our (?:product|item|service|store|shop)) (?:with )?(?:5|five|highly|positively)',
    'rate us',
    // Not the "5 stars" of "rated 4.5 stars".
    '(?<![.,])(?:5|five)[- ]?stars?',
    `${CHANGE} (?:your |the |this |that )?(?:${BAD} )?${NOUN}`,
    `(?:before|instead of) (?:you )?(?:leave|leaving|writing|posting|giving) (?:a |an |any )?${BAD}? ?${NOUN}`,
    `(?:don'?t|do not|please don'?t) (?:leave|write|post|give) (?:a |an |any )?${BAD} ${NOUN}`,
    // Reviews only from happy buyers ("if you're satisfied, leave a review; if not, contact us").
    `if you (?:are|were|'re|feel) (?:happy|satisfied|pleased|glad)${gap(60)}${NOUN}`,
  ],
  'review-incentive': [
    ...tied(INCENTIVE, REVIEW_ACT),
    ...tied(INCENTIVE, `${GOOD} ${NOUN}`),
    `(?:in exchange|in return) for (?:a |an |your )?(?:${GOOD} )?${NOUN}`,
  ],
  marketing: [
    '(?:discount|promo|promotion|promotional|coupon|voucher|referral) codes?',
    'use (?:the )?code',
    '\\d+ ?(?:%|percent) off',
    '(?:discount|coupon|voucher|% off|offer) (?:\\S+ ){0,2}(?:for|on) your next (?:order|purchase)',
    '(?:check out|take a look at|have a look at|browse|visit|explore|see) (?:our|my) (?:other |new |latest |more |similar )?(?:products|items|store|shop|collection|listings|page|range|catalog(?:ue)?)',
    'follow (?:us|our (?:store|shop|page)|my (?:store|shop))',
    '(?:add|save) (?:our|my) (?:store|shop) to (?:your )?favou?rites',
    '(?:subscribe|sign up)(?: to)? (?:our )?(?:newsletter|channel|mailing list)',
    'newsletter',
    'new (?:arrivals|collection|products are)',
    '(?:big|flash|special|limited|huge|exclusive|seasonal|holiday) (?:sale|offer|deal|promotion|discount)s?',
    // Not a bare "promotion": answering "the promotion did not apply at checkout" is support, not marketing.
    '(?:our|current|latest|new|upcoming|ongoing) promotions?',
    'buy (?:one|1|two|2) get (?:one|1)',
    'shop now',
    'you (?:may|might) also like',
    "don'?t miss (?:out|our)",
  ],
};
