import { NOT_VIA_MARKETPLACE, reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// French (whole words; accents folded, so "numéro" and "numero" both match).

export const FR: LanguageLexicon = {
  'contact-details': [
    'ajoute[sz]?-?(?:moi|nous)',
    'contacte[sz]?-?(?:moi|nous) (?:directement )?(?:sur|via|par|au) (?:whatsapp|telegram|instagram|facebook|messenger|sms|telephone|mail|e-mail|email|mon|notre)',
    `contacte[sz]?-?(?:moi|nous) (?:directement|en prive)${NOT_VIA_MARKETPLACE}`,
    'ecri(?:s|vez)-?(?:moi|nous) (?:sur|via|par) (?:whatsapp|telegram|instagram|facebook|messenger|sms)',
    // "Mon téléphone" is a device ("compatible avec mon téléphone"): a number, an app or an address is contact.
    '(?:mon|notre) (?:numero(?: de (?:telephone|portable|whatsapp))?|whatsapp|adresse (?:e-?mail|mail)|mail|e-mail|email)',
    '(?:votre|ton) (?:numero de (?:telephone|portable)|adresse (?:e-?mail|mail)|whatsapp)',
    'coordonnees',
  ],
  'off-platform': [
    'virement(?: bancaire)?',
    'rib',
    'coordonnees bancaires',
    'par paypal (?:a moi|directement|entre amis|entre proches)',
    'paiement (?:direct|hors (?:plateforme|amazon|ebay|shopee))',
    '(?:achetez|commandez|acheter|commander) (?:\\S+ ){0,2}directement (?:chez nous|sur notre site|aupres de nous)',
    '(?:sur )?notre (?:propre )?(?:site(?: web| internet)?|boutique en ligne|e-boutique)',
    'en dehors (?:d\\S+ )?(?:amazon|ebay|shopee)',
    'hors (?:d\\S+ )?(?:amazon|ebay|shopee)',
    'moins cher (?:\\S+ ){0,3}(?:chez nous|sur notre site|en direct|directement|qu.sur (?:amazon|ebay|shopee))',
  ],
  ...reviewRules({
    good: '(?:avis|commentaire|evaluation|note|feedback)s? (?:positif|positive|positifs|positives|favorable|5 etoiles|cinq etoiles)|(?:bon|bonne|excellent|excellente) (?:avis|note|evaluation|commentaire)|(?:5|cinq) etoiles',
    change:
      '(?:modifier|supprimer|retirer|changer|mettre a jour|revoir) (?:votre|ton|cet|l.|le|la|vos) ?(?:avis|evaluation|commentaire|note|feedback)',
    incentive:
      '(?:rembourse\\p{L}*|remboursement|cadeau|bon d.achat|code promo|reduction|remise|gratuit\\p{L}*|dedommagement|\\d+ ?(?:€|euros?|%))',
    forReview: '(?:contre|en echange d.) ?(?:un|votre) (?:\\S+ )?(?:avis|evaluation|commentaire)',
  }),
  marketing: [
    'code (?:promo|promotionnel|de reduction|reduction)',
    'newsletter',
    '(?:suivez|visitez|decouvrez) (?:notre|nos) (?:boutique|magasin|autres produits|nouveaux produits|nouveautes|produits)',
    'nouveaux produits',
    '(?:nos|notre|nouvelle|nouvelles) promotions?',
    'en promotion',
    'offre speciale',
    'soldes',
    '\\d+ ?% de (?:reduction|remise)',
  ],
};
