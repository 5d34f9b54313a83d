/**
 * The shape of a language's lexicon (core/intent/lexicons/<lang>.ts) and the little syntax its entries use.
 *
 * Each field is a list of phrases separated by `|` or new lines, written the way buyers type them; they are folded
 * like the messages (core/intent/normalise.ts: case, accents, full-width, Traditional → Simplified, digits → `0`),
 * so write them lowercase, with or without accents, in Simplified Chinese.
 *
 *   refund            a whole word (or words) in Latin script: `refund` does not match inside `refunded`
 *   refund*           a word beginning: refund, refunds, refunded, refunding
 *   *kaputt*          anywhere, also inside a longer word (German compounds: `displaykaputt`)
 *   退款               scripts without spaces (CJK, Thai, Arabic, Korean…) always match anywhere
 *   where is my order:2   a weight (default 1; an intent wins with a total of 1 or more)
 *   ?size             (intents only) counts only when the message is a question
 *   khong$            only at the very end of the message (Vietnamese "…không" asks a question)
 *
 * A longer match hides the shorter matches inside it: `not received` (where is my order) hides `not` (negation)
 * and `received`; so list the fixed expressions whole and let the negation rules handle the rest.
 */
import type { Intent } from './types';

export interface Lexicon {
  /** Phrases per intent. Dropped when negated ("not damaged", "nicht kaputt", "没有坏"). */
  intents: Partial<Record<Intent, string>>;
  /** Phrases that mean an intent only when negated: `received`, `arrived`, `works` → "not received" is WISMO. */
  negated?: Partial<Record<Intent, string>>;
  /** Negation written before what it negates (not, nicht, pas, 不, 没, ไม่, không, tidak, hindi, لم…). */
  negBefore?: string;
  /** Negation written after (Japanese ない/ません, Korean 않/없, Turkish değil/yok). */
  negAfter?: string;
  /** Words that are a question on their own (where, when, can you, 吗, か, 까, ไหม, apakah, ba). */
  question?: string;
  /** Verbs of changing an order (change, modify, switch, ändern, 改, 変更…), paired with `orderAttr`. */
  changeVerb?: string;
  /** What a buyer changes on an order: address, size, colour, quantity. */
  orderAttr?: string;
  /** Sentiment: pleased / displeased words. A negated positive counts as negative ("not happy"). */
  positive?: string;
  negative?: string;
  /** Thanks and please: positive only when the message asks for nothing else. */
  polite?: string;
  /** Urgency: insults and fury ("unacceptable", "worst seller", "wtf"). */
  angry?: string;
  reviewThreat?: string;
  claim?: string;
  dispute?: string;
  chargeback?: string;
  legal?: string;
  /** Urgent by itself: asap, urgent, immediately, 急, 至急, ด่วน, gấp. */
  urgentNow?: string;
  /** "by", "before", "until", "need it", 之前, までに, 까지: a deadline when near a `time` word. */
  deadlineMark?: string;
  /** today, tomorrow, friday, the 0th, 0 days, 明天, 周五, 明日. */
  time?: string;
  /** "not urgent", "no rush", 不急: cancels `urgentNow`/deadline. */
  calm?: string;
  /** Box, packaging, carton: "the box was dented but the item is not damaged" is not a damaged item. */
  packaging?: string;
  /**
   * "I ordered … I got …" (ordered M, got L; pedí negro, me llegó blanco; 买的是38码 发了40码): with no thanks in
   * the message, a wrong item. `instead` ("instead of", "au lieu de", "statt") with a `got` word is one too.
   */
  ordered?: string;
  got?: string;
  instead?: string;
  /** A photo/listing word with a "differs" word: the item is not as pictured (a wrong item). */
  photo?: string;
  differs?: string;
  /** Link words: "the tracking link does not work" is no defective item. */
  link?: string;
  /** "The charger is missing from the box", "盒子里没有充电线": an absence with a box or an accessory word. */
  absent?: string;
  accessory?: string;
  /**
   * Concept words that combine with others (scorer.ts) so phrasings no lexicon lists still land:
   * `need` (need it, brauche, besoin, necesito, 要, 必要, 필요, ต้องใช้, cần, butuh, kailangan) with a `time` word
   * and nothing else asked is a delivery deadline — where is my order ("I need it before Friday");
   * `product` (this item, the product, model, article, 这款, この商品, 이거, สินค้า, sản phẩm, ürün) in a question
   * that asks nothing else is a product question ("Is this product suitable for outdoor use?");
   * `money` (money, Geld, argent, dinero, pieniądze, 钱, お金, 돈, เงิน, tiền, uang) with "not received" is a
   * refund still owed, not a parcel ("Nadal nie dostałem zwrotu pieniędzy");
   * `pending` (still, not yet, noch, encore, todavía, ainda, 还, まだ, 아직, ยัง, chưa, belum, pa) on a refund is
   * the buyer waiting for their money: displeased.
   */
  need?: string;
  product?: string;
  money?: string;
  pending?: string;
  /**
   * The delivery concept, for phrasings no fixed phrase lists: `parcel` (order, parcel, Paket, colis, pedido, 快递,
   * 荷物, 택배, พัสดุ, đơn hàng, pesanan), `late` (late, delayed, lost, stuck, verspätet, retard, 延误, 遅れ) and
   * `arrive` (arrive, come, get here, ship, sent, ankommen, llegar, 到, 届く, 도착, ถึง, giao, sampai). With
   * nothing else asked: a parcel or an arrival that is late, still pending or asked about is where-is-my-order.
   */
  parcel?: string;
  late?: string;
  arrive?: string;
  /**
   * `address` (address, postcode, Hausnummer, code postal, CEP, 邮编, 住所, 주소) with a `mistake` word (typo,
   * wrong, vertippt, trompé, errei, pomyliłem, fel, yanlış, 写错, 間違, 잘못) or a change verb and nothing received:
   * the buyer's own error in the shipping address — a change order, not a wrong item.
   */
  address?: string;
  mistake?: string;
  /** "Ok", "d'accord", "tamam", "好的": with only a waiting word ("ok, I'll wait") an acknowledgement, not a chase. */
  ack?: string;
  /** Fake, counterfeit, not original (Fälschung, contrefaçon, 假货, 偽物, 가품, ของปลอม, KW): not the item sold — a
   * wrong item, unless a refund is asked (then the refund is the request, the fake its reason). */
  fake?: string;
  /**
   * Concepts of the round after dev-fresh11 (scorer.ts says how they combine):
   * `gift` (gift, Geschenk, cadeau, regalo, 礼物, プレゼント, 선물, ของขวัญ, quà, kado, hadiah): with a receipt or a
   * price left out, a recipient or a change, a gift order instruction — a change-order, never an invoice request;
   * `twice` (twice, doppelt, deux fois, 两次, 二重, 두 번, สองรอบ, 2 lần, dua kali) with `charged` (charged, paid,
   * abgebucht, débité, cobrado, 扣款, 決済, 결제, ตัดเงิน, trừ tiền, terpotong): a double charge — a refund;
   * `duty` (customs duty, import tax, Zoll, douane, 关税, 関税, 관세, bea masuk) with `charged` (paid): a fee the
   * buyer wants back; asked about before buying: a product question;
   * `misfit` (too small, zu klein, trop petit, 偏小, 小さい, 작아서, เล็กไป, chật, kekecilan, maliit): a size
   * exchange after delivery is a return, not an order change;
   * `normal` (normal, normaal, normale, 正常, 정상, ปกติ, bình thường, biasa) in a question: "is this normal?"
   * about what the item does — a fault report;
   * `partial` (one of two, the other parcel, 另一个, もう1個, 나머지, อีกกล่อง, còn lại, lagi satu, yung isa) with
   * a parcel: part of a split shipment is still on its way — where is my order, not an incomplete box;
   * `hypo` (if I order, falls, si je, 如果, 場合, 만약, ถ้า, nếu, kalau, kung): a hypothetical order asks before
   * buying.
   */
  gift?: string;
  twice?: string;
  charged?: string;
  duty?: string;
  misfit?: string;
  normal?: string;
  partial?: string;
  hypo?: string;
  /** Passwords, phishing, hacked accounts, "is this from you?", paying "via a link": an account or scam worry —
   * 'other' (the words about parcels and refunds in it are the bait, not the buyer's order). */
  scam?: string;
}

/** What a lexicon entry signals once matched. */
export const Kind = {
  Intent: 0,
  Negated: 1,
  NegBefore: 2,
  NegAfter: 3,
  Question: 4,
  ChangeVerb: 5,
  OrderAttr: 6,
  Positive: 7,
  Negative: 8,
  Polite: 9,
  Angry: 10,
  ReviewThreat: 11,
  Claim: 12,
  Dispute: 13,
  Chargeback: 14,
  Legal: 15,
  UrgentNow: 16,
  DeadlineMark: 17,
  Time: 18,
  Calm: 19,
  Packaging: 20,
  Ordered: 21,
  Got: 22,
  Instead: 23,
  Photo: 24,
  Differs: 25,
  Link: 26,
  Absent: 27,
  Accessory: 28,
  Need: 29,
  Product: 30,
  Money: 31,
  Pending: 32,
  Parcel: 33,
  Late: 34,
  Arrive: 35,
  Address: 36,
  Mistake: 37,
  Ack: 38,
  Fake: 39,
  Gift: 40,
  Twice: 41,
  Charged: 42,
  Duty: 43,
  Misfit: 44,
  Normal: 45,
  Partial: 46,
  Hypo: 47,
  Scam: 48,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Kinds that take part in "a longer match hides the shorter ones inside it" and in negation. */
export const SEMANTIC_KINDS: ReadonlySet<Kind> = new Set([
  Kind.Intent,
  Kind.Negated,
  Kind.NegBefore,
  Kind.NegAfter,
  Kind.Positive,
  Kind.Negative,
  Kind.Polite,
  // "by mistake" (an intent phrase) hides "by": no deadline in "ordered by mistake on Monday".
  Kind.DeadlineMark,
]);

/** SEMANTIC_KINDS as a table by kind (read once per match while scanning). */
export const IS_SEMANTIC = new Uint8Array(64);
for (const kind of SEMANTIC_KINDS) IS_SEMANTIC[kind] = 1;

export const FIELD_KINDS: [keyof Lexicon, Kind][] = [
  ['negBefore', Kind.NegBefore],
  ['negAfter', Kind.NegAfter],
  ['question', Kind.Question],
  ['changeVerb', Kind.ChangeVerb],
  ['orderAttr', Kind.OrderAttr],
  ['positive', Kind.Positive],
  ['negative', Kind.Negative],
  ['polite', Kind.Polite],
  ['angry', Kind.Angry],
  ['reviewThreat', Kind.ReviewThreat],
  ['claim', Kind.Claim],
  ['dispute', Kind.Dispute],
  ['chargeback', Kind.Chargeback],
  ['legal', Kind.Legal],
  ['urgentNow', Kind.UrgentNow],
  ['deadlineMark', Kind.DeadlineMark],
  ['time', Kind.Time],
  ['calm', Kind.Calm],
  ['packaging', Kind.Packaging],
  ['ordered', Kind.Ordered],
  ['got', Kind.Got],
  ['instead', Kind.Instead],
  ['photo', Kind.Photo],
  ['differs', Kind.Differs],
  ['link', Kind.Link],
  ['absent', Kind.Absent],
  ['accessory', Kind.Accessory],
  ['need', Kind.Need],
  ['product', Kind.Product],
  ['money', Kind.Money],
  ['pending', Kind.Pending],
  ['parcel', Kind.Parcel],
  ['late', Kind.Late],
  ['arrive', Kind.Arrive],
  ['address', Kind.Address],
  ['mistake', Kind.Mistake],
  ['ack', Kind.Ack],
  ['fake', Kind.Fake],
  ['gift', Kind.Gift],
  ['twice', Kind.Twice],
  ['charged', Kind.Charged],
  ['duty', Kind.Duty],
  ['misfit', Kind.Misfit],
  ['normal', Kind.Normal],
  ['partial', Kind.Partial],
  ['hypo', Kind.Hypo],
  ['scam', Kind.Scam],
];

export interface Entry {
  /** The folded phrase, without its `*` marks. */
  phrase: string;
  /** A word boundary is required before / after (the edge is a Latin letter or digit and has no `*`). */
  left: boolean;
  right: boolean;
  weight: number;
  questionOnly: boolean;
  /** Only at the end of the message. */
  atEnd: boolean;
}

/** `a|b:2|?c*` → entries (not yet folded: the matcher folds the phrase). */
export function parseList(
  list: string | undefined,
): Omit<Entry, 'left' | 'right'>[] & { starLeft: boolean; starRight: boolean }[] {
  if (!list) return [];
  const items: (Omit<Entry, 'left' | 'right'> & { starLeft: boolean; starRight: boolean })[] = [];
  for (let item of list.split(/[|\n]/)) {
    item = item.trim();
    if (!item) continue;
    let weight = 1;
    const colon = item.lastIndexOf(':');
    if (colon > 0 && /^\d+(\.\d+)?$/.test(item.slice(colon + 1))) {
      weight = Number(item.slice(colon + 1));
      item = item.slice(0, colon).trim();
    }
    const questionOnly = item.startsWith('?') && item.length > 1;
    if (questionOnly) item = item.slice(1);
    const starLeft = item.startsWith('*');
    const atEnd = item.endsWith('$') && item.length > 1;
    if (atEnd) item = item.slice(0, -1).trim();
    const starRight = item.endsWith('*') && item.length > 1;
    item = item.replace(/^\*|\*$/g, '');
    if (!item) continue;
    items.push({ phrase: item, weight, questionOnly, atEnd, starLeft, starRight });
  }
  return items;
}
