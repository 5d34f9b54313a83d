import { NOT_VIA_MARKETPLACE, reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Italian (whole words; accents folded).

export const IT: LanguageLexicon = {
  'contact-details': [
    'aggiungi(?:mi|ci)',
    // Not a bare "contattaci" / "scrivici": like "contact us", it means "reply to this message".
    '(?:contatta(?:mi|ci)|ci contatti|mi contatti|scrivi(?:mi|ci)|mi scriva|ci scriva) (?:direttamente )?(?:su|via|al|per) (?:whatsapp|telegram|instagram|facebook|telefono|cellulare|numero|email|e-mail)',
    `(?:contatta(?:mi|ci)|ci contatti|mi contatti|scrivi(?:mi|ci)|mi scriva|ci scriva) (?:direttamente|in privato)${NOT_VIA_MARKETPLACE}`,
    // "Il mio telefono" is a device: a number, an app or an address is contact.
    '(?:il mio|il nostro) (?:numero(?: di (?:telefono|cellulare|whatsapp))?|whatsapp|indirizzo (?:e-?mail|mail))',
    '(?:la mia|la nostra) (?:e-?mail|mail)',
    '(?:il suo|il tuo) (?:numero di (?:telefono|cellulare)|indirizzo (?:e-?mail|mail)|whatsapp)',
    'recapito telefonico',
  ],
  'off-platform': [
    'bonifico(?: bancario)?',
    'iban',
    'ricarica postepay',
    'postepay',
    'satispay',
    'paypal (?:amici|a me|direttamente)',
    'pagamento (?:diretto|fuori)',
    '(?:acquista|compra|ordina|acquisti|ordini) (?:\\S+ ){0,2}direttamente (?:da noi|sul nostro sito)',
    'sul nostro (?:sito|sito web|negozio online|e-?shop)',
    'il nostro (?:sito|sito web|negozio online|e-?shop)',
    'fuori da (?:amazon|ebay|shopee)',
    'al di fuori di (?:amazon|ebay|shopee)',
    'piu economico (?:\\S+ ){0,3}(?:da noi|sul nostro sito|direttamente)',
  ],
  ...reviewRules({
    good: '(?:recensione|feedback|valutazione|giudizio|recensioni|valutazioni) (?:positiv[aoie]|a 5 stelle|a cinque stelle)|(?:buona|ottima) (?:recensione|valutazione)|(?:5|cinque) stelle',
    change:
      '(?:modificare|rimuovere|eliminare|cancellare|cambiare|ritirare|modifichi|rimuova|elimini|cancelli|modifica|rimuovi|elimina|cancella) (?:la sua|la tua|la|il suo|il tuo|il) (?:\\S+ )?(?:recensione|valutazione|feedback|commento)',
    incentive:
      '(?:rimbors\\p{L}*|regalo|omaggio|buono|coupon|sconto|gratis|gratuit\\p{L}*|risarcimento|\\d+ ?(?:€|euro|%))',
    forReview: '(?:in cambio di|per) (?:una|la sua|la tua) (?:\\S+ )?(?:recensione|valutazione)',
  }),
  marketing: [
    'codice (?:sconto|promozionale|promo|coupon)',
    'newsletter',
    '(?:segui|seguite|segua|visita|visitate|visiti|scopri|scoprite|scopra) (?:il nostro negozio|i nostri (?:altri |nuovi )?prodotti|la nostra vetrina)',
    'nuovi prodotti',
    '(?:le nostre|la nostra|nuova|nuove) promozion[ei]',
    'in promozione',
    'offerta speciale',
    'saldi',
    '\\d+ ?% di sconto',
  ],
};
