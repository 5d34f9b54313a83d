import { NOT_VIA_MARKETPLACE, reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// German (whole words; "ü/ö/ä/ß" folded to u/o/a/ss, so "Überweisung" and "Uberweisung" both match).

export const DE: LanguageLexicon = {
  'contact-details': [
    '(?:fug|fuge|fugen sie|adde|adden sie) mich',
    'schreib(?:en sie)? (?:mir|uns) (?:auf|per|uber|bei) (?:whatsapp|telegram|instagram|facebook|signal|line)',
    `kontaktier(?:en sie|e)? (?:mich|uns) (?:direkt|privat)${NOT_VIA_MARKETPLACE}`,
    'kontaktier(?:en sie|e)? (?:mich|uns) (?:direkt )?(?:per|uber|auf|bei|unter) (?:whatsapp|telegram|instagram|facebook|signal|telefon|handy|e-mail|email|mail|meine|unsere)',
    'melde?n? (?:sie )?sich (?:direkt|privat) bei (?:mir|uns)',
    '(?:meine|unsere) (?:handynummer|telefonnummer|mobilnummer|whatsapp-nummer|whatsapp nummer|e-mail-adresse|e-mail adresse|mailadresse|e-mail|email)',
    '(?:ihre|deine) (?:handynummer|telefonnummer|mobilnummer|whatsapp-nummer|e-mail-adresse|mailadresse)',
    'kontaktdaten',
  ],
  'off-platform': [
    '(?:bank)?uberweisung',
    'uberweisen sie',
    'vorkasse',
    'bankverbindung',
    'kontonummer',
    'per paypal (?:an mich|an uns|freunde)',
    'paypal (?:an mich|an uns)',
    'direkt (?:bei|von) (?:uns|mir) (?:kaufen|bestellen|beziehen)',
    '(?:kaufen|bestellen) sie (?:\\S+ ){0,2}direkt bei uns',
    '(?:unser(?:em|en|e)?|im) (?:eigenen )?(?:webshop|onlineshop|online-shop|website|homepage|internetseite)',
    'ausserhalb von (?:amazon|ebay|shopee)',
    'ohne (?:amazon|ebay|shopee)(?:-gebuhren| gebuhren)?',
    'gunstiger (?:\\S+ ){0,2}(?:bei uns|direkt|als bei (?:amazon|ebay|shopee))',
  ],
  ...reviewRules({
    good: '(?:positive|gute|sehr gute|5-sterne|5 sterne|funf-sterne)[\\p{L}]* (?:bewertung|rezension|feedback|rezensionen|bewertungen)|(?:5|funf) sterne',
    change:
      '(?:bewertung|rezension|feedback)(?:en)? (?:zu )?(?:andern|anzupassen|anpassen|loschen|zu loschen|entfernen|zu entfernen|zuruckziehen|zuruckzuziehen|uberarbeiten)|(?:andern|loschen|entfernen) sie (?:bitte )?(?:ihre|die|ihr) (?:\\S+ )?(?:bewertung|rezension|feedback)',
    incentive:
      '(?:ruckerstattung|erstattung|gutschein|rabatt|geschenk|gratis|kostenlos|geld zuruck|entschadigung|gutschrift|\\d+ ?(?:€|euro|%))',
    forReview: '(?:fur|gegen) (?:eine|ihre|deine) (?:\\S+ )?(?:bewertung|rezension)',
  }),
  marketing: [
    '(?:rabatt|gutschein|aktions|promo)code',
    '(?:rabatt|gutschein)-code',
    'newsletter',
    '(?:folgen|besuchen) sie (?:unserem|unseren|unser) (?:shop|store|laden)',
    'schauen sie (?:sich )?(?:gerne |doch )?(?:auch )?(?:unsere|in unserem) (?:anderen |weiteren |neuen )?(?:artikel|produkte|shop)',
    'neue (?:produkte|artikel|kollektion)',
    'sonderangebot[\\p{L}]*',
    '\\d+ ?% rabatt',
    'nur fur kurze zeit',
  ],
};
