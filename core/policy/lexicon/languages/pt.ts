import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Portuguese, Brazil and Portugal (whole words; accents folded). "Zap" is Brazilian for WhatsApp.

export const PT: LanguageLexicon = {
  'contact-details': [
    '(?:me|nos) (?:adiciona|adicione|add|chama|chame)(?: no (?:zap|whats|whatsapp|insta|face))?',
    'adicione-(?:me|nos)',
    'chama no (?:zap|whats|whatsapp|direct)',
    'zap ?zap',
    'entre em contato (?:direto|diretamente|pelo|por|via) (?:whatsapp|zap|whats|telefone|email|e-mail|instagram|\\S+ )?',
    // "Meu celular" is a device ("é compatível com meu celular?"): a number, an app or an address is contact.
    '(?:meu|nosso) (?:numero(?: de (?:telefone|celular|whatsapp))?|whatsapp|zap|whats|email|e-mail|contato)',
    '(?:seu|teu) (?:numero de (?:telefone|celular|whatsapp)|whatsapp|zap)',
  ],
  'off-platform': [
    // Not a bare "pix" ("send me pix of the damage" in English): the payment, as Brazilians write it.
    'chave pix',
    '(?:via|por|pelo|no|com|um|fazer|faz|manda|mandar|paga|pagar|pague) pix',
    'pix (?:para|pra)',
    'boleto',
    'transferencia(?: bancaria)?',
    'deposito (?:bancario|na conta)',
    'mb ?way',
    'mbway',
    'pagamento (?:direto|por fora)',
    'por fora (?:da|do) (?:shopee|amazon|ebay|plataforma)',
    'fora (?:da|do) (?:shopee|amazon|ebay|plataforma)',
    '(?:compre|compra|comprar|peca|pedir|faca o pedido) (?:\\S+ ){0,2}(?:direto|diretamente) (?:com a gente|conosco|com nos|no nosso site|na nossa loja online)',
    '(?:no |o )?nosso (?:proprio )?(?:site|website|e-?commerce)',
    'nossa loja (?:online|virtual)',
    'mais barato (?:\\S+ ){0,3}(?:com a gente|conosco|no nosso site|direto|por fora|fora da)',
  ],
  ...reviewRules({
    good: '(?:avaliacao|avaliacoes|comentario|resenha|feedback|nota) (?:positiva|positivo|positivas|5 estrelas|cinco estrelas|maxima)|(?:boa|otima|excelente) (?:avaliacao|nota)|(?:5|cinco) estrelas|nota (?:maxima|5|10)',
    change:
      '(?:alterar|remover|apagar|excluir|mudar|retirar|editar|altere|remova|apague|exclua|mude|retire|edite) (?:sua|a|essa|esta|tua) (?:\\S+ )?(?:avaliacao|nota|resenha|comentario)',
    incentive:
      '(?:reembols\\p{L}*|devolucao do dinheiro|brinde|presente|cupom|cupao|desconto|gratis|de graca|cashback|r\\$ ?\\d+|\\d+ ?(?:reais|€|euros?|%))',
    forReview: '(?:em troca de|por) (?:uma|sua) (?:\\S+ )?(?:avaliacao|resenha)',
  }),
  marketing: [
    '(?:codigo|cupom) (?:de desconto|promocional|promo)',
    'cupom',
    'newsletter',
    '(?:siga|sigam|segue|visite|visitem|confira|confiram|conheca|conhecam) (?:a |nossa )?(?:loja|nossos (?:outros |novos )?produtos|nossas novidades)',
    'lancamentos?',
    '(?:nossas|nossa|nova|novas) (?:promocao|promocoes)',
    'em promocao',
    'oferta especial',
    'liquidacao',
    '\\d+ ?% de desconto',
  ],
};
