import { NOT_VIA_MARKETPLACE, reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Spanish (whole words; accents folded).

export const ES: LanguageLexicon = {
  'contact-details': [
    '(?:agregame|anademe|agreganos|anadenos|agregue(?:me|nos)|anada(?:me|nos))',
    // Not a bare "contáctenos": like "contact us", it means "reply to this message".
    '(?:contacta|contacte)(?:me|nos) (?:directamente )?(?:por|via|al|en) (?:whatsapp|wasap|telegram|instagram|facebook|telefono|correo|mi|nuestro)',
    `(?:contacta|contacte)(?:me|nos) (?:directamente|en privado)${NOT_VIA_MARKETPLACE}`,
    '(?:escribe|escribeme|escribenos|escribame|llamame|llamanos) (?:por|al|a|en) (?:whatsapp|wasap|telegram|instagram|facebook|messenger|mi|nuestro)',
    // "Mi celular" is a device ("¿es compatible con mi celular?"): a number, an app or an address is contact.
    '(?:mi|nuestro) (?:numero(?: de (?:telefono|celular|movil|whatsapp))?|whatsapp|wasap|correo(?: electronico)?|email|e-mail)',
    '(?:su|tu) (?:numero de (?:telefono|celular|movil|whatsapp)|correo electronico|whatsapp)',
    'datos de contacto',
  ],
  'off-platform': [
    'transferencia(?: bancaria)?',
    'deposito bancario',
    'cuenta bancaria',
    'numero de cuenta',
    'bizum',
    'por paypal (?:a mi|directamente|amigos)',
    'pago directo',
    '(?:compre|compra|comprar|pida|pide|pedir) (?:\\S+ ){0,2}directamente (?:con nosotros|en nuestra (?:web|tienda)|a nosotros)',
    'nuestra (?:propia )?(?:pagina web|web|tienda online|tienda en linea|pagina)',
    'nuestro (?:sitio web|sitio)',
    'fuera de (?:amazon|ebay|shopee|la plataforma)',
    'mas barato (?:\\S+ ){0,3}(?:con nosotros|en nuestra (?:web|tienda)|directamente|fuera de)',
  ],
  ...reviewRules({
    good: '(?:resena|valoracion|opinion|calificacion|comentario|feedback)(?:es|s)? (?:positiva|positivo|positivas|positivos|de 5 estrellas|de cinco estrellas)|(?:buena|excelente) (?:resena|valoracion|opinion|calificacion)|(?:5|cinco) estrellas',
    change:
      '(?:cambi|elimin|borr|modific|retir|quit|actualiz)\\p{L}* (?:su|tu|la|esta|esa) (?:\\S+ )?(?:resena|valoracion|opinion|calificacion|comentario)',
    incentive:
      '(?:reembols\\p{L}*|devolucion del dinero|regalo|cupon|descuento|gratis|compensacion|\\d+ ?(?:€|euros?|\\$|%))',
    forReview: '(?:a cambio de|por) (?:una|su|tu) (?:\\S+ )?(?:resena|valoracion|opinion)',
  }),
  marketing: [
    'codigo (?:de descuento|promocional|promo|de cupon)',
    'boletin',
    'newsletter',
    '(?:siguenos|sigue nuestra tienda|siga nuestra tienda)',
    '(?:visita|visite|descubre|descubra|mira|vea) (?:nuestra tienda|nuestros (?:otros |nuevos )?productos)',
    'nuevos productos',
    '(?:nuestras|nuestra|nueva|nuevas) promocion(?:es)?',
    'en promocion',
    'oferta especial',
    'rebajas',
    '\\d+ ?% de descuento',
  ],
};
