import type { Lexicon } from './types';

/**
 * Marketing in a buyer message: promotions, discount codes, "check out our store / new products", following the
 * shop, newsletters. Amazon forbids it in buyer-seller messages. "Discount" or "sale" alone are not here (a
 * discount offered to settle a problem, "after-sale service"); a code, a "% off" or an invitation to browse is.
 */
export const MARKETING_LEXICON: Lexicon = {
  en: [
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
    'promotions?',
    'buy (?:one|1|two|2) get (?:one|1)',
    'shop now',
    'you (?:may|might) also like',
    "don'?t miss (?:out|our)",
  ],
  zh: [
    '(?:优惠|優惠|折扣|促销|促銷)(?:码|碼|券码)',
    '促销',
    '促銷',
    '(?:优惠|優惠)活动',
    '(?:優惠)活動',
    '上新',
    '新品(?:上市|上架|推荐|推薦)?',
    '(?:关注|關注|收藏)(?:一下)?(?:我们|我們|本|我的)?(?:的)?(?:店铺|店鋪|小店|店)',
    '(?:进店|進店|来店|來店)(?:看看|逛逛)',
    '(?:店铺|店鋪|本店)(?:其他|其它|更多)(?:商品|产品|產品|宝贝|寶貝)',
    '限时(?:特惠|优惠|折扣|抢购)',
    '限時(?:特惠|優惠|折扣|搶購)',
    '满减',
    '滿減',
    '大促',
    '领券',
    '領券',
    '(?:订阅|訂閱)',
    '下次(?:购买|購買|下单|下單)(?:可)?(?:享|使用|用)?(?:优惠|優惠|折扣)',
  ],
};
