import { franc } from 'franc';

/**
 * Language of a buyer message, as ISO 639-1. Script first (unambiguous for CJK, Thai, Arabic…), then franc
 * restricted to languages sellers meet on the marketplaces; franc alone is unreliable on short texts, so texts
 * too short to judge return undefined rather than a guess.
 */
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'], // kana before Han: Japanese mixes both
  [/[\uac00-\ud7af\u1100-\u11ff]/, 'ko'],
  [/[\u0e00-\u0e7f]/, 'th'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0600-\u06ff]/, 'ar'],
  [/[\u0900-\u097f]/, 'hi'],
  [/[\u0400-\u04ff]/, 'ru'],
  [/[\u4e00-\u9fff]/, 'zh'],
];

const FRANC_TO_ISO1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  swe: 'sv',
  tur: 'tr',
  vie: 'vi',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  ces: 'cs',
  ron: 'ro',
};
const LATIN_CANDIDATES = Object.keys(FRANC_TO_ISO1);

/**
 * The most frequent short words of each Latin-script language. Buyer messages are short, and franc's trigrams
 * misjudge them ("Where is my parcel?" → Italian); a handful of function words decides most of them.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the is my i you it to and of was a not have has where when what order item please thanks thank can do did your this',
  de: 'der die das ist ich mein meine nicht und ein eine sie wo wann bitte danke bestellung haben hat mit auf zu noch',
  fr: 'le la les est je mon ma mes pas et un une vous où quand merci commande avec pour ne il elle des du',
  es: 'el la los las es mi mis no y un una usted dónde donde cuando gracias pedido por para con que está',
  it: 'il lo la gli le è mio mia non e un una dove quando grazie ordine per con che sono ho',
  pt: 'o a os as é meu minha não e um uma você onde quando obrigado obrigada pedido com para que está',
  nl: 'de het is mijn ik niet en een u waar wanneer bedankt bestelling met voor dat nog',
  pl: 'jest mój moja nie i w na gdzie kiedy dziękuję zamówienie z że to się',
  sv: 'är min mitt jag inte och en ett var när tack beställning med för att det',
  tr: 've bir bu benim ne zaman nerede teşekkürler sipariş için değil mi',
  id: 'saya tidak dan yang ini di ke dari kapan mana terima kasih pesanan sudah belum',
  vi: 'tôi không và của đơn hàng khi nào ở đâu cảm ơn bạn là có',
};
const WORD_SETS = Object.fromEntries(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

function byFunctionWords(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const scores = new Map<string, number>();
  for (const word of words) {
    for (const [lang, set] of Object.entries(WORD_SETS)) {
      if (set.has(word)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] >= best[1])) return undefined;
  return best[0];
}

export function detectLanguage(text: string): string | undefined {
  const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (letters.length === 0) return undefined;
  for (const [pattern, lang] of SCRIPTS) {
    if (pattern.test(letters)) return lang;
  }
  const byWords = byFunctionWords(text);
  if (byWords) return byWords;
  if (letters.length < 12) return undefined;
  const code = franc(text, { only: LATIN_CANDIDATES, minLength: 12 });
  return FRANC_TO_ISO1[code];
}

/** The language a thread's buyer writes in, judged on all their messages together (more text, better guess). */
export function dominantLanguage(texts: readonly string[]): string | undefined {
  return detectLanguage(texts.join('\n').slice(0, 4_000));
}
