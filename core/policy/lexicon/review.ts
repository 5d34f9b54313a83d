import type { Lexicon } from './types';

/**
 * Reviews. Amazon lets a seller ask for a review, but not for a *positive* one, not only from happy buyers, and
 * not for a review to be changed or removed; and nothing may be offered for one. So:
 *   - review-request: asking for a good review / five stars, or for a review to be removed or changed, or steering
 *     unhappy buyers away from reviewing ("contact us before leaving a negative review").
 *   - review-incentive: a refund, gift, coupon, discount or money tied to a review in the same sentence.
 * Never the verb ("we will review your request") and never "feedback" alone ("thanks for your feedback").
 */

/** Gap inside one sentence: at most `n` characters, never across a sentence end. */
const gap = (n: number) => `[^.!?。！？\\n]{0,${n}}?`;

/** Builds "incentive … review action" and "review action … incentive" within one sentence. */
function tied(incentive: string, review: string, span = 60): string[] {
  return [`(?:${incentive})${gap(span)}(?:${review})`, `(?:${review})${gap(span)}(?:${incentive})`];
}

// ── English ──────────────────────────────────────────────────────────────────────────────────────────────────────
const EN_GOOD =
  '(?:positive|good|great|nice|excellent|glowing|favou?rable|high|top|perfect|5[- ]?stars?|five[- ]?stars?)';
const EN_BAD = '(?:negative|bad|poor|neutral|low|1[- ]?stars?|one[- ]?stars?|2[- ]?stars?|two[- ]?stars?)';
const EN_NOUN = '(?:reviews?|feedbacks?|ratings?|comments?|evaluations?)';
const EN_ASK = '(?:leave|leaving|write|writing|give|giving|post|posting|drop|submit|share|consider leaving)';
const EN_CHANGE =
  '(?:remove|removing|delete|deleting|change|changing|revise|revising|update|updating|modify|withdraw|edit|amend|upgrade|retract|take down)';
const EN_REVIEW_ACT = `(?:${EN_ASK}|${EN_CHANGE}) (?:us |me )?(?:a |an |your |the |this |that |my |some )?(?:${EN_GOOD} |${EN_BAD} |honest )?${EN_NOUN}`;
const EN_INCENTIVE =
  '(?:(?:full |partial )?refund|money back|reimburse(?:ment)?|gift(?: card)?|free (?:gift|item|product|sample)|coupon|voucher|discount|cash ?back|compensat(?:e|ion)|bonus|reward|[$€£] ?\\d+|\\d+ ?(?:%|percent))';

// ── Chinese (Simplified and Traditional) ────────────────────────────────────────────────────────────────────────
const ZH_GOOD_REVIEW = '(?:好评|好評|五星|5星|五颗星|五顆星|满分|滿分)';
const ZH_CHANGE_REVIEW =
  '(?:删除|刪除|删掉|刪掉|删|刪|撤销|撤銷|撤回|修改|更改|改|取消)(?:一下)?(?:您的|你的|这个|這個)?(?:差评|差評|中评|中評|评价|評價|评论|評論|留评|留評)';
const ZH_INCENTIVE =
  '(?:返现|返現|红包|紅包|退款|补偿|補償|礼品|禮品|礼物|禮物|赠品|贈品|优惠券|優惠券|现金|現金|折扣|免费|免費)';

export const REVIEW_REQUEST_LEXICON: Lexicon = {
  en: [
    `${EN_ASK} (?:us |me )?(?:a |an |your |some )?${EN_GOOD} ${EN_NOUN}`,
    `(?:rate|rating|review) (?:us|it|the item|the product|our (?:product|item|service|store|shop)) (?:with )?(?:5|five|highly|positively)`,
    'rate us',
    // Not the "5 stars" of "rated 4.5 stars".
    '(?<![.,])(?:5|five)[- ]?stars?',
    `${EN_CHANGE} (?:your |the |this |that )?(?:${EN_BAD} )?${EN_NOUN}`,
    `(?:before|instead of) (?:you )?(?:leave|leaving|writing|posting|giving) (?:a |an |any )?${EN_BAD}? ?${EN_NOUN}`,
    `(?:don'?t|do not|please don'?t) (?:leave|write|post|give) (?:a |an |any )?${EN_BAD} ${EN_NOUN}`,
    `if you (?:are|were|'re|feel) (?:happy|satisfied|pleased|glad)${gap(60)}${EN_NOUN}`,
  ],
  zh: [
    `(?:给|給|留|打|求|帮忙|幫忙|麻烦|麻煩|请|請)(?:个|個|一个|一個|我们|我們|我|下|一下)*${ZH_GOOD_REVIEW}`,
    '五星好评',
    '五星好評',
    `${ZH_GOOD_REVIEW}(?:哦|噢|呀|喔|一下|支持|鼓励|鼓勵)`,
    ZH_CHANGE_REVIEW,
    '(?:差评|差評)(?:改|改成|改为|改為)(?:好评|好評)',
    '(?:不要|别|別|请勿|請勿)(?:给|給|留)?(?:差评|差評|中评|中評)',
  ],
};

export const REVIEW_INCENTIVE_LEXICON: Lexicon = {
  en: [
    ...tied(EN_INCENTIVE, EN_REVIEW_ACT),
    ...tied(EN_INCENTIVE, `${EN_GOOD} ${EN_NOUN}`),
    `(?:in exchange|in return) for (?:a |an |your )?(?:${EN_GOOD} )?${EN_NOUN}`,
  ],
  zh: [
    '好评返现',
    '好評返現',
    `${ZH_GOOD_REVIEW}(?:送|赠|贈|返|有礼|有禮)`,
    ...tied(ZH_INCENTIVE, ZH_GOOD_REVIEW, 15),
    ...tied(ZH_INCENTIVE, ZH_CHANGE_REVIEW, 15),
  ],
};
