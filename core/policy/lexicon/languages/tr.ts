import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Turkish (whole words, with the suffixes written out; ı/ş/ğ/ç/ö/ü folded to i/s/g/c/o/u).

export const TR: LanguageLexicon = {
  'contact-details': [
    'beni ekle(?:yin)?',
    'bizi ekle(?:yin)?',
    "(?:whatsapp|telegram|instagram|facebook|wp)(?:'?(?:tan|dan|den|ten|a|e|ya|ye|uzerinden))? (?:\\S+ )?(?:ulas|yaz|mesaj at|iletisime gec)\\p{L}*",
    '(?:bana|bize) (?:dogrudan|direkt|ozelden) (?:ulas|yaz)\\p{L}*',
    '(?:telefon |cep )?numaram(?:iz)?',
    '(?:e-?posta|mail) adresim(?:iz)?',
    '(?:telefon |cep )?numaranizi (?:verin|gonderin|yazin|paylasin|iletin)',
    'iletisim bilgi\\p{L}*',
  ],
  'off-platform': [
    'havale',
    'eft',
    'banka (?:havalesi|transferi|hesabi)',
    // Not iban\p{L}*: Tagalog "ibang" (other) would match when the language is unknown.
    'iban(?:a|i|imiz|im|iniz|ina|imi)?',
    'hesap numara\\p{L}*',
    "(?:platform|amazon|ebay|shopee|trendyol)(?:'?(?:un|in|nun|nin))? disinda",
    '(?:dogrudan|direkt) (?:bizden|benden) (?:al|satin al|siparis)\\p{L}*',
    '(?:web )?sitemiz(?:den|e|de)?',
    'kendi (?:sitemiz|magazamiz)\\p{L}*',
    'daha ucuz(?:a)? (?:\\S+ ){0,2}(?:bizden|sitemizden|dogrudan|direkt)',
  ],
  ...reviewRules({
    good: '(?:olumlu|iyi|guzel|5 yildizli|bes yildizli) (?:yorum|degerlendirme|geri bildirim|puan)\\p{L}*|(?:5|bes) yildiz\\p{L}*|tam puan',
    change:
      '(?:yorum|degerlendirme|puan|geri bildirim)\\p{L}* (?:\\S+ )?(?:degistir|sil|kaldir|guncelle|duzelt)\\p{L}*',
    incentive: '(?:iade|para iadesi|hediye|kupon|indirim|bedava|ucretsiz|tazminat|\\d+ ?(?:tl|%))',
    forReview: '(?:yorum|degerlendirme) (?:karsiliginda|yaparsaniz|yazarsaniz|birakirsaniz)',
  }),
  marketing: [
    '(?:indirim|kupon|promosyon) kodu',
    'bulten\\p{L}*',
    'magazamiz\\p{L}* (?:takip|ziyaret)\\p{L}*',
    '(?:diger|yeni) urunlerimiz\\p{L}*',
    'yeni urunler',
    '(?:kampanyalarimiz|kampanyamiz|promosyonlarimiz|yeni kampanya)\\p{L}*',
    '%\\s?\\d+ indirim',
  ],
};
