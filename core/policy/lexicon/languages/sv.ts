import { NOT_VIA_MARKETPLACE, reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Swedish (whole words; å/ä/ö folded to a/a/o).

export const SV: LanguageLexicon = {
  'contact-details': [
    'lagg till (?:mig|oss)',
    '(?:kontakta|skriv till|ring|sms:a|messa) (?:mig|oss) (?:direkt )?(?:pa|via) (?:whatsapp|telegram|instagram|facebook|telefon|mejl|mail|e-post|mitt|vart)',
    `(?:kontakta|skriv till|ring|messa) (?:mig|oss) direkt${NOT_VIA_MARKETPLACE}`,
    '(?:mitt|vart) (?:nummer|telefonnummer|mobilnummer|whatsapp)',
    '(?:min|var) (?:e-post|e-postadress|mejl|mejladress|mail|mailadress)',
    '(?:ditt|ert) (?:telefonnummer|mobilnummer|nummer)',
    '(?:din|er) (?:e-postadress|mejladress|mailadress)',
    'kontaktuppgifter',
  ],
  'off-platform': [
    'swish(?:a)?',
    'bankoverforing',
    'overforing (?:till|via) (?:mitt|vart|banken|konto)',
    'kontonummer',
    'bankgiro',
    '(?:kop|kopa|bestall|bestalla) (?:\\S+ ){0,2}direkt (?:fran|av|hos) (?:oss|mig)',
    '(?:pa |via )?(?:var|vara) (?:egen |egna )?(?:hemsida|webbshop|webbutik|sajt|webbplats)',
    'utanfor (?:amazon|ebay|shopee|plattformen)',
    'billigare (?:\\S+ ){0,3}(?:hos oss|direkt|pa var|utanfor)',
  ],
  ...reviewRules({
    good: '(?:positiv|positivt|bra|fin|toppen) (?:recension|omdome|betyg|feedback)|(?:5|fem) stjarnor|(?:hogsta|fullt) betyg',
    change:
      '(?:andra|ta bort|tar bort|radera|justera|dra tillbaka|drar tillbaka|uppdatera)\\p{L}* (?:ditt |din |ert |er |det |den )?(?:\\S+ )?(?:recension|omdome|betyg|feedback)',
    incentive:
      '(?:aterbetalning|pengarna tillbaka|ersattning|present|gava|presentkort|rabatt|rabattkod|gratis|kompensation|\\d+ ?(?:kr|kronor|%))',
    forReview: '(?:i utbyte mot|mot|for) (?:ett|en|ditt|din) (?:\\S+ )?(?:recension|omdome|betyg)',
  }),
  marketing: [
    'rabattkod',
    'kampanjkod',
    'nyhetsbrev',
    '(?:folj|besok|kolla in|titta pa) (?:var butik|vara (?:andra |nya )?produkter|vart sortiment)',
    'nya produkter',
    '(?:vara|var|ny|nya) kampanj(?:er)?',
    'specialerbjudande(?:n)?',
    'rea',
    '\\d+ ?% rabatt',
  ],
};
