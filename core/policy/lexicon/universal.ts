import { loose } from './build';
import type { LanguageLexicon } from './types';

/**
 * What reads the same in every language: messenger and payment brands, their links and handles. Checked whatever
 * the text's language.
 */
export const UNIVERSAL: LanguageLexicon = {
  'contact-details': [
    // WhatsApp and its spellings (`wa.me/…` is also a link; the longer or more specific match wins).
    loose('whatsapp'),
    'whats ?app',
    'wh?atsap+',
    'wassap',
    'wa\\.me(?:/[a-z0-9+]{0,20})?',
    // "WA: 0812…", "WA +62…": the abbreviation only when a number follows.
    'wa(?= ?:? ?\\+?\\d)',
    loose('wechat'),
    'we chat',
    'weixin',
    'vx',
    'wx(?= ?:)',
    loose('telegram'),
    't\\.me/[a-z0-9_]+',
    'tg ?[:@]',
    'zalo',
    'viber',
    'kakao ?talk',
    'kakao',
    'skype',
    'snapchat',
    'messenger',
    loose('instagram'),
    'insta(?= ?[:@])',
    'ig ?[:@]',
    loose('facebook'),
    'fb ?[:@]',
    'fb page',
    // LINE is also an English word: only "LINE ID", "LINE:", "LINE@".
    'line ?id',
    'line ?[:@]',
    'qq(?: ?(?:号|號|群))?',
    'discord',
    'signal app',
  ],
  'off-platform': [
    'paypal\\.me(?:/[a-z0-9_.\\-]+)?',
    // PayPal alone is eBay's own checkout; the seller's PayPal account, a PayPal invoice or "friends & family" is not.
    `${loose('paypal')} ?(?:friends (?:and|&) family|friends|f ?& ?f|me|account|address|email|e-mail|id|transfer|invoice)`,
    'western ?union',
    'moneygram',
    'zelle',
    'venmo',
    'cash ?app',
    'revolut',
    'payoneer',
    'alipay',
    'wechat ?pay',
    'gcash',
    'bitcoin',
    'usdt',
    'iban',
  ],
  'review-request': [],
  'review-incentive': [],
  marketing: [],
};
