import { NOT_VIA_MARKETPLACE, reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Polish (whole words; "ł" folded to "l", other accents dropped, so endings are written without them).

export const PL: LanguageLexicon = {
  'contact-details': [
    'dodaj (?:mnie|nas)',
    'napisz (?:do mnie |do nas )?na (?:whatsapp|whatsappie|telegram|telegramie|instagram|instagramie|facebook|facebooku|messenger|messengerze|maila|e-maila|priv)',
    'skontaktuj (?:sie )?(?:ze mna |z nami )?(?:bezposrednio )?(?:przez|poprzez|na|pod) (?:whatsapp|telefon|numer|e-mail|mail|messenger|facebook|instagram)',
    `skontaktuj (?:sie )?(?:ze mna |z nami )?bezposrednio${NOT_VIA_MARKETPLACE}`,
    // "Mój telefon" is a device: a number, an app or an address is contact.
    '(?:moj|nasz) (?:numer(?: telefonu)?|whatsapp|e-mail|mail|adres e-mail)',
    '(?:moja|nasza) (?:komorka|poczta)',
    '(?:twoj|pana|pani|panstwa) (?:numer telefonu|adres e-mail|e-mail|whatsapp)',
    'dane kontaktowe',
  ],
  'off-platform': [
    'przelew(?:em)?(?: bankowy| tradycyjny| na konto)?',
    'numer konta',
    'blik(?:iem)?',
    '(?:kup|kupic|zamow|zamowic|kupuj) (?:\\S+ ){0,2}bezposrednio (?:u nas|od nas|ode mnie|na naszej stronie)',
    'na naszej (?:stronie|stronie internetowej|witrynie)',
    'nasz (?:sklep internetowy|sklep online|e-?sklep)',
    'poza (?:amazonem|amazon|ebayem|ebay|shopee|allegro|platforma)',
    'taniej (?:\\S+ ){0,3}(?:u nas|bezposrednio|na naszej stronie|poza)',
  ],
  ...reviewRules({
    good: 'pozytywn\\p{L}* (?:opini\\p{L}*|ocen\\p{L}*|komentarz\\p{L}*|recenzj\\p{L}*)|(?:5|piec) gwiazd\\p{L}*|(?:dobra|dobrej|dobra) (?:opini\\p{L}*|ocen\\p{L}*)',
    change:
      '(?:zmien|zmienic|zmiana|usun|usunac|usuniecie|wycofac|wycofaj|poprawic|popraw|edytowac|edytuj)\\p{L}* (?:\\S+ )?(?:opini\\p{L}*|ocen\\p{L}*|komentarz\\p{L}*|recenzj\\p{L}*)',
    incentive:
      '(?:zwrot\\p{L}*|prezent\\p{L}*|upomin\\p{L}*|kupon\\p{L}*|rabat\\p{L}*|znizk\\p{L}*|gratis|za darmo|rekompensat\\p{L}*|\\d+ ?(?:zl|pln|%))',
    forReview: '(?:w zamian za|za) (?:\\S+ )?(?:opini\\p{L}*|ocen\\p{L}*|recenzj\\p{L}*)',
  }),
  marketing: [
    'kod (?:rabatowy|promocyjny|znizkowy)',
    'newsletter',
    '(?:obserwuj|odwiedz|zobacz|sprawdz) (?:nasz sklep|nasze (?:inne |nowe )?produkty|nasza oferte)',
    'nowosci w (?:sklepie|ofercie)',
    'nowe produkty',
    '(?:nasze|nasza|nowa|nowe) promocj\\p{L}*',
    'wyprzedaz\\p{L}*',
    '\\d+ ?% (?:rabatu|znizki)',
  ],
};
