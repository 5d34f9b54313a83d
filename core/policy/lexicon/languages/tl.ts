import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Tagalog / Filipino (whole words; Taglish is common, so English is checked alongside as for every language).

export const TL: LanguageLexicon = {
  'contact-details': [
    'i-?add (?:mo|niyo|nyo) (?:ako|kami)',
    'i-?(?:chat|message|pm|text) (?:mo|niyo|nyo) (?:ako|kami) sa',
    '(?:number|numero|fb|facebook|messenger|viber|email) (?:ko|namin)',
    'kontakin (?:mo |niyo )?(?:ako|kami)',
    'txt (?:mo )?ako',
    'ibigay (?:mo )?ang (?:number|numero|email) mo',
  ],
  'off-platform': [
    'gcash',
    'maya|paymaya',
    'bank transfer',
    'sa labas ng (?:shopee|lazada|app|platform)',
    '(?:bumili|umorder|mag-?order) (?:\\S+ ){0,2}(?:direkta|diretso) sa (?:amin|akin)',
    'website namin',
    'mas mura (?:\\S+ ){0,3}(?:sa amin|direkta|diretso|sa labas)',
  ],
  ...reviewRules({
    good: '(?:5|limang) (?:stars?|bituin)|magandang (?:review|feedback|rating)|(?:positive|5-star) (?:review|feedback)',
    change:
      '(?:palitan|burahin|baguhin|i-?edit|tanggalin|i-?delete) (?:\\S+ )?(?:review|rating|feedback|komento)',
    incentive:
      '(?:refund|ibabalik ang pera|regalo|libre|voucher|diskwento|discount|kupon|\\d+ ?(?:pesos|php|%)|₱ ?\\d+)',
    forReview: 'kapalit ng (?:\\S+ )?(?:review|rating)',
  }),
  marketing: [
    '(?:promo|discount|voucher) code',
    'i-?follow (?:ang |ang aming |aming )?(?:shop|tindahan)',
    'bisitahin (?:ang |ang aming |aming )?(?:shop|tindahan)',
    'bagong (?:produkto|items?)',
    'sale ngayon',
  ],
};
