import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Dutch (whole words).

export const NL: LanguageLexicon = {
  'contact-details': [
    'voeg (?:me|mij|ons) toe',
    '(?:app|bel|mail|sms) (?:me|mij|ons) (?:op|via|direct)',
    'neem (?:direct |rechtstreeks )?contact (?:met (?:mij|ons) )?op (?:via|op) (?:whatsapp|telegram|instagram|facebook|telefoon|mail|e-mail|mijn|ons)',
    '(?:mijn|ons) (?:nummer|telefoonnummer|mobiele nummer|06-nummer|whatsapp|e-mailadres|mailadres)',
    '(?:uw|je|jouw) (?:telefoonnummer|mobiele nummer|06-nummer|e-mailadres|mailadres|whatsapp)',
    'contactgegevens',
  ],
  'off-platform': [
    'overschrijving',
    'overmaken (?:naar|op) (?:mijn|onze|ons)',
    '(?:maak|maakt|maken) (?:\\S+ ){0,3}over (?:naar|op) (?:mijn|onze|ons)',
    'rekeningnummer',
    'tikkie',
    'ideal-?link',
    'betaalverzoek',
    '(?:koop|bestel|bestellen|kopen) (?:\\S+ ){0,2}(?:direct|rechtstreeks) (?:bij ons|via onze (?:website|webshop))',
    '(?:via |op )?onze (?:eigen )?(?:website|webshop|webwinkel|site)',
    'buiten (?:amazon|ebay|shopee|het platform)(?: om)?',
    'goedkoper (?:\\S+ ){0,3}(?:bij ons|via onze|rechtstreeks|direct|buiten)',
  ],
  ...reviewRules({
    good: '(?:positieve|goede|mooie|5-sterren|vijf-sterren) (?:review|beoordeling|recensie|feedback)s?|(?:5|vijf) sterren',
    change:
      '(?:review|beoordeling|recensie|feedback) (?:aan te passen|aanpassen|verwijderen|te verwijderen|wijzigen|te wijzigen|intrekken|in te trekken)|(?:pas|verwijder|wijzig) (?:uw|je|de) (?:\\S+ )?(?:review|beoordeling|recensie|feedback)',
    incentive:
      '(?:terugbetaling|geld terug|restitutie|cadeau|cadeaubon|tegoedbon|korting|gratis|vergoeding|\\d+ ?(?:€|euro|%))',
    forReview: '(?:in ruil voor|voor) (?:een|uw|je) (?:\\S+ )?(?:review|beoordeling|recensie)',
  }),
  marketing: [
    '(?:kortings|actie|promo)code',
    'nieuwsbrief',
    '(?:volg|bezoek|bekijk) (?:onze|ons) (?:winkel|shop|andere producten|nieuwe producten|producten|assortiment)',
    'nieuwe (?:producten|collectie)',
    '(?:onze|nieuwe) aanbieding(?:en)?',
    'uitverkoop',
    '\\d+ ?% korting',
  ],
};
