/**
 * Intents and sentiment from the evidence (core/intent/evidence.ts).
 *
 * Intents: each matched phrase adds its weight to its intent (a negated phrase adds nothing; a `negated` phrase
 * adds only when negated: "not received" → where is my order); a change verb with an order attribute ("change the
 * address", "尺码换成L") is a change-order; an attribute asked about ("what size?") a product question. An intent
 * needs a total of 1 to count. Thanks next to a complaint is politeness: it ranks below the complaint.
 *
 * Sentiment: pleased and displeased words, a negated pleased word counting as displeased ("not happy"), anger and
 * threats as displeased, damage and wrong items lean displeased; thanks and please are positive only when the
 * message asks for nothing else.
 */
import type { Evidence } from './evidence';
import { Kind } from './lexicon';
import { INTENTS, type Intent, type Sentiment } from './types';

/** The smallest total an intent needs to count. */
export const INTENT_THRESHOLD = 1;

/** On equal totals the more specific (and more pressing) intent wins: fixed order, deterministic. */
const PRIORITY: Intent[] = [
  'damaged-defective',
  'wrong-item',
  'cancel-order',
  'change-order',
  'return-refund',
  'where-is-order',
  'invoice',
  'product-question',
  'thanks-positive',
  'other',
];
const PRIORITY_RANK = INTENTS.map((intent) => PRIORITY.indexOf(intent));

const THANKS = INTENTS.indexOf('thanks-positive');
const DAMAGED = INTENTS.indexOf('damaged-defective');
const WRONG = INTENTS.indexOf('wrong-item');
const RETURN = INTENTS.indexOf('return-refund');
const CANCEL = INTENTS.indexOf('cancel-order');
const WHERE = INTENTS.indexOf('where-is-order');
const CHANGE = INTENTS.indexOf('change-order');
const PRODUCT = INTENTS.indexOf('product-question');
const INVOICE = INTENTS.indexOf('invoice');
const OTHER = INTENTS.indexOf('other');

export interface IntentScores {
  ranked: { intent: Intent; score: number }[];
  best: Intent;
  isQuestion: boolean;
}

const totals = new Float64Array(INTENTS.length);

export function scoreIntents(evidence: readonly Evidence[], questionMark: boolean): IntentScores {
  const asked = questionMark;
  totals.fill(0);
  let isQuestion = questionMark;
  let changeVerb = false;
  let orderAttr = false;
  let packaging = false;
  let damageDenied = false;
  let orderedAt = -1;
  let gotAt = -1;
  let cueStart = -1;
  let cueEnd = -1;
  let instead = false;
  let pleased = false;
  let photo = false;
  let differs = false;
  let link = false;
  let absent = false;
  let accessory = false;
  let need = false;
  let timeWord = false;
  let productNoun = false;
  let money = false;
  let parcel = false;
  let late = false;
  let arrive = false;
  let arriveNot = false;
  let pending = false;
  let address = false;
  let mistake = false;
  let ack = false;
  let fake = false;
  let gift = false;
  let twice = false;
  let charged = false;
  let duty = false;
  let misfit = false;
  let normal = false;
  let partial = false;
  let hypo = false;
  let scam = false;
  let beforeMark = false;
  let negCue = false;
  for (const e of evidence) {
    const kind = e.payload.kind;
    if (kind === Kind.Packaging) packaging = true;
    else if (kind === Kind.Ordered) {
      if (orderedAt < 0) orderedAt = e.start;
    } else if (kind === Kind.NegBefore) {
      negCue = true;
      cueStart = e.start;
      cueEnd = e.end;
    } else if (kind === Kind.Got) {
      // "ได้" inside the cue "ไม่ได้" (did not get) is the negation itself, not a delivery.
      if (!e.negated && !(e.start >= cueStart && e.end <= cueEnd)) gotAt = e.start;
    } else if (kind === Kind.Instead) instead = true;
    // Politeness markers (po, ครับ/ค่ะ, please) are in nearly every message: only pleased words count.
    else if (kind === Kind.Positive) pleased = true;
    else if (kind === Kind.Photo) photo = true;
    else if (kind === Kind.Differs) differs = true;
    else if (kind === Kind.Link) link = true;
    else if (kind === Kind.Absent) absent = true;
    else if (kind === Kind.Accessory) accessory = true;
    else if (kind === Kind.Need) need = true;
    else if (kind === Kind.Time) timeWord = true;
    else if (kind === Kind.Product) productNoun = true;
    else if (kind === Kind.Money) money = true;
    else if (kind === Kind.Parcel) parcel = true;
    else if (kind === Kind.Late) late = true;
    else if (kind === Kind.Arrive) {
      arrive = true;
      if (e.negated) arriveNot = true;
    } else if (kind === Kind.Pending) pending = true;
    else if (kind === Kind.Address) address = true;
    else if (kind === Kind.Mistake) mistake = true;
    else if (kind === Kind.Ack) ack = true;
    else if (kind === Kind.Fake && !e.negated) fake = true;
    else if (kind === Kind.Gift) gift = true;
    else if (kind === Kind.Twice) twice = true;
    else if (kind === Kind.Charged) charged = true;
    else if (kind === Kind.Duty) duty = true;
    else if (kind === Kind.Misfit) misfit = true;
    else if (kind === Kind.Normal) normal = true;
    else if (kind === Kind.Partial) partial = true;
    else if (kind === Kind.Hypo) hypo = true;
    else if (kind === Kind.Scam) scam = true;
    else if (kind === Kind.DeadlineMark) beforeMark = true;
    else if (kind === Kind.Intent && e.negated && e.payload.intent === DAMAGED) damageDenied = true;
    else if (kind === Kind.Question) isQuestion = true;
    else if (kind === Kind.NegAfter) negCue = true;
    else if (kind === Kind.ChangeVerb && !e.negated) changeVerb = true;
    else if (kind === Kind.OrderAttr) orderAttr = true;
  }
  for (const e of evidence) {
    const p = e.payload;
    if (p.kind === Kind.Intent) {
      if (e.negated || (p.questionOnly && !isQuestion)) continue;
      totals[p.intent]! += p.weight;
    } else if (p.kind === Kind.Negated && e.negated) totals[p.intent]! += p.weight;
  }
  if (changeVerb && orderAttr) {
    totals[CHANGE]! += 1.5;
    // "Kan ik de maat nog wijzigen naar L?": the question asks for the change, not about the product.
    totals[PRODUCT]! *= 0.5;
  }
  // "Can I change my order / the model before it ships?": a change verb on the order itself.
  else if (changeVerb && parcel && totals[RETURN]! < INTENT_THRESHOLD) totals[CHANGE]! += 1;
  else if (orderAttr && isQuestion) totals[PRODUCT]! += 0.5;
  // "Ordered M, got L", "received a 40 instead of a 38", "收到的是蓝色 我要的是黑色": what came is not what was
  // ordered (either order).
  if (gotAt >= 0 && !pleased && (orderedAt >= 0 || instead)) totals[WRONG]! += orderAttr || instead ? 2 : 1.5;
  else if (instead && !changeVerb) totals[CHANGE]! += 0.5;
  // "I ordered the wrong model (by mistake), don't send it": the buyer's own mistake, nothing came yet — a cancel.
  else if (orderedAt >= 0 && gotAt < 0 && totals[WRONG]! > 0 && totals[CANCEL]! > 0) {
    totals[CANCEL]! += totals[WRONG]! * 0.8;
    totals[WRONG] = 0;
  }
  // "I made a typo in the postcode", "Ho sbagliato il CAP", "Posta kodunu yanlış yazdım": the buyer's own error in
  // the address, before anything arrived — the order must change (the wrong-word is not about the item).
  if (address && (mistake || changeVerb) && gotAt < 0) {
    totals[CHANGE] = Math.max(totals[CHANGE]!, totals[WRONG]! + 0.5, 2);
    totals[WRONG] = 0;
  }
  // "J'ai reçu un produit complètement différent", "I received a different product": what came differs.
  if (gotAt >= 0 && differs && !pleased && !photo) totals[WRONG]! += 2;
  // "The colour is nothing like the photos", "颜色跟图片差太多了": not as pictured.
  if (photo && differs) totals[WRONG]! += 2;
  // "The charger cable is missing from the box": an incomplete delivery.
  if (absent && accessory) totals[WRONG]! += 2;
  else if (absent && packaging && !damageDenied) totals[WRONG]! += 1;
  // "Has it shipped? The tracking link doesn't work": the link is broken, not the item.
  if (link && totals[WHERE]! >= INTENT_THRESHOLD) totals[DAMAGED] = 0;
  // "The box was dented but the item is not damaged": the damage words were about the packaging.
  if (packaging && damageDenied) totals[DAMAGED] = 0;
  // "How long does delivery take? I ordered last week": the buyer has ordered, so a shipping-time question is about
  // their parcel.
  // "If I order from Japan, how many days does it take?" is asked before buying.
  if (hypo) orderedAt = -1;
  if (
    orderedAt >= 0 &&
    gotAt < 0 &&
    (parcel || arrive) &&
    totals[PRODUCT]! >= INTENT_THRESHOLD &&
    totals[WHERE]! < totals[PRODUCT]!
  )
    totals[WHERE] = totals[PRODUCT]! + 0.5;
  // "Ok, I'll wait", "D'accord, j'attends", "Tamam bekliyorum": an acknowledgement with a waiting word and no
  // delivery concept is no chase for the parcel.
  if (
    ack &&
    totals[WHERE]! < 2.5 &&
    !parcel &&
    !late &&
    !arriveNot &&
    !pending &&
    !(arrive && isQuestion) &&
    !timeWord
  )
    totals[WHERE] = 0;
  // "Is there a delay with my order?", "how long does delivery take, I ordered last week": lateness of the order
  // outweighs the question about shipping times.
  if (parcel && late) totals[WHERE]! += 1;
  // "Ich warte seit 3 Wochen auf mein Geld", "Nadal nie dostałem zwrotu pieniędzy", "لم أستلم المبلغ": what has
  // not arrived is money — a refund still owed, not a parcel.
  // (Not "cash on delivery?" asked before buying: money in a product question.)
  if (
    money &&
    totals[WHERE]! >= INTENT_THRESHOLD &&
    totals[RETURN]! < totals[WHERE]! + 0.01 &&
    totals[PRODUCT]! < totals[WHERE]!
  )
    totals[RETURN] = totals[WHERE]! + 0.01;
  // "Charged twice", "doppelt abgebucht", "扣了两次款", "Pobrano ode mnie płatność dwa razy": a double charge —
  // money back.
  // ("Paid twice by mistake, cancel one" names the cancel itself: it stays a cancel.)
  if (twice && charged && totals[CANCEL]! < INTENT_THRESHOLD)
    totals[RETURN] = Math.max(totals[RETURN]!, totals[PRODUCT]! + 0.5, 2);
  // "I had to pay 25 € customs/import tax", "Paguei taxa de importação": a fee paid that the buyer wants back (the
  // tax words are no invoice request, the customs word no lost parcel). Asked before buying ("do I pay customs?"):
  // a product question.
  // ("Do I have to pay customs?", "müss ich Zoll zahlen": the `hypo` forms ask before paying.)
  if (duty && charged && (totals[RETURN]! > 0 || (!hypo && (gotAt >= 0 || !isQuestion || orderedAt >= 0)))) {
    totals[RETURN] = Math.max(
      totals[RETURN]!,
      totals[WHERE]! + 0.5,
      totals[INVOICE]! + 0.5,
      totals[CHANGE]! + 0.5,
      2,
    );
    totals[INVOICE] = 0;
    if (!late && !pending) totals[WHERE] = 0;
  } else if (
    duty &&
    isQuestion &&
    orderedAt < 0 &&
    gotAt < 0 &&
    (!parcel || hypo) &&
    !late &&
    !pending &&
    !arriveNot
  )
    totals[PRODUCT] = Math.max(totals[PRODUCT]!, totals[WHERE]! + 0.5, 1.5);
  // "This is a gift, don't put the receipt in the box / send it to my sister / add a card": an instruction for the
  // order, never a request for an invoice.
  if (gift && (totals[INVOICE]! > 0 || negCue || changeVerb || address || totals[CHANGE]! > 0)) {
    totals[CHANGE] = Math.max(totals[CHANGE]!, totals[INVOICE]! + 0.5, totals[PRODUCT]! + 0.5, 1.5);
    totals[INVOICE] = 0;
  }
  // "Received it already, I don't like the colour, can I swap it?": a size/colour swap after delivery is a return
  // ("đổi sang size L trước khi gửi", before it is sent, stays a change).
  if (
    gotAt >= 0 &&
    !beforeMark &&
    changeVerb &&
    orderAttr &&
    !address &&
    totals[WRONG]! < INTENT_THRESHOLD &&
    totals[DAMAGED]! < INTENT_THRESHOLD
  )
    totals[RETURN] = Math.max(totals[RETURN]!, totals[CHANGE]! + 0.5);
  // "My card was charged but the order was cancelled, please refund": the money is the request.
  if (charged && totals[RETURN]! >= INTENT_THRESHOLD && totals[RETURN]! >= totals[CANCEL]!)
    totals[RETURN]! += 0.5;
  // "The shoes are too small, can I exchange them for a 42?": after delivery a size swap is a return.
  if (misfit) {
    if (changeVerb || totals[CHANGE]! > 0)
      totals[RETURN] = Math.max(totals[RETURN]!, totals[CHANGE]! + 0.5, 1.5);
    // ("Te lang, kan ik een kortere maat krijgen?": the size asked for is the exchange, not a product question.)
    else totals[RETURN] = Math.max(totals[RETURN]! + 1, orderAttr ? totals[PRODUCT]! + 0.5 : 0);
  }
  // "Only one of the two parcels came, where is the other?", "택배 두 개 중에 하나만 왔어요": a split shipment still
  // on its way, not an incomplete box.
  if (
    partial &&
    (parcel || packaging || isQuestion) &&
    (isQuestion || arrive || gotAt >= 0) &&
    !(photo && differs)
  ) {
    totals[WHERE] = Math.max(totals[WHERE]!, totals[WRONG]! + 0.5, 1.5);
    totals[WRONG] = 0;
  }
  let strongest = 0;
  for (let i = 0; i < totals.length; i++) if (totals[i]! > strongest) strongest = totals[i]!;
  // "Ik heb het vrijdag echt nodig, gaat dat lukken?": a need with a date asks for the delivery, not about the item.
  if (need && timeWord && strongest < 2 && totals[PRODUCT]! === strongest && strongest >= INTENT_THRESHOLD) {
    totals[WHERE]! += totals[PRODUCT]! + 0.5;
    strongest = totals[WHERE]!;
  }
  // What the phrases said about the product before the fallback below reads any question on an attribute as one.
  const productPhrases = totals[PRODUCT]!;
  if (strongest < INTENT_THRESHOLD) {
    // "I need it before Friday", "Cumaya kadar lazım", "ต้องใช้ก่อนวันศุกร์": a need with a date, nothing else
    // asked — the buyer is waiting for the delivery.
    if (need && timeWord) totals[WHERE]! += INTENT_THRESHOLD;
    // "The order is late", "still no package", "any idea when it will get here?", "paczka utknęła": the delivery
    // concept with lateness, waiting or a question.
    else if (
      ((parcel || arrive) && (late || pending || arriveNot || (arrive && isQuestion))) ||
      // "สั่งไปอาทิตย์นึงแล้วยังไม่ได้", "đặt 1 tuần rồi chưa thấy": ordered a while ago and still waiting.
      (orderedAt >= 0 && gotAt < 0 && (pending || late))
    )
      totals[WHERE]! += INTENT_THRESHOLD;
    // "Is this product suitable for outdoor use?", "Tienen este modelo en color rojo?", "Hoe lang is de kabel?":
    // a question about the item or one of its attributes that matched no fixed phrase.
    else if (isQuestion && (productNoun || orderAttr || accessory)) totals[PRODUCT] = INTENT_THRESHOLD;
  }
  // "Grußkarte beilegen? Es ist ein Geschenk", "¿Podéis envolverlo para regalo?": a gift with nothing else asked is
  // an instruction for the order.
  if (gift && strongest < INTENT_THRESHOLD) totals[CHANGE] = INTENT_THRESHOLD;
  // "C'est une contrefaçon", "是假货": not the item sold. With a refund asked, the refund stays the request.
  // "Is it original or fake?" asks before buying.
  if (fake && totals[RETURN]! < INTENT_THRESHOLD && !(isQuestion && totals[PRODUCT]! >= INTENT_THRESHOLD))
    totals[WRONG]! += 2;
  // "The charger gets hot, is this normal?", "¿Es normal que la batería se descargue en dos horas?": a worry about
  // what the item does — a fault report, unless the question is about the parcel, a refund or the order.
  // ("Ça taille petit ou normal ?" asks about the size: a `normal` next to an order attribute is a size.)
  if (
    normal &&
    isQuestion &&
    (!orderAttr || productPhrases < INTENT_THRESHOLD || totals[DAMAGED]! > 0) &&
    (totals[WHERE]! < INTENT_THRESHOLD || (!parcel && !arrive)) &&
    totals[RETURN]! < INTENT_THRESHOLD &&
    totals[CANCEL]! < INTENT_THRESHOLD &&
    totals[CHANGE]! < INTENT_THRESHOLD &&
    totals[INVOICE]! < INTENT_THRESHOLD
  )
    totals[DAMAGED] = Math.max(
      totals[DAMAGED]!,
      totals[PRODUCT]! + 0.5,
      totals[THANKS]! + 0.5,
      parcel || arrive ? 0 : totals[WHERE]! + 0.5,
      1.5,
    );
  // "Danke für die Erstattung, alles bestens!": praise that outweighs the refund it mentions, nothing asked or
  // denied — the buyer is pleased with a refund already made.
  if (
    totals[RETURN]! >= INTENT_THRESHOLD &&
    totals[RETURN]! <= 2.5 &&
    totals[THANKS]! > totals[RETURN]! &&
    !isQuestion &&
    !negCue &&
    !pending &&
    totals[DAMAGED]! < INTENT_THRESHOLD &&
    totals[WRONG]! < INTENT_THRESHOLD &&
    totals[WHERE]! < INTENT_THRESHOLD &&
    totals[CANCEL]! < INTENT_THRESHOLD
  )
    totals[RETURN] = Math.min(totals[RETURN]!, INTENT_THRESHOLD * 0.9);
  // "Someone asked for my password / to pay customs via a link — is this from you?": an account or scam worry.
  if (scam) {
    let top = 0;
    for (let i = 0; i < totals.length; i++) if (totals[i]! > top) top = totals[i]!;
    totals[OTHER] = Math.max(top + 0.5, INTENT_THRESHOLD);
  }
  // A refund asked because the item is broken or wrong: the cause is what the reply must address.
  const refund = totals[RETURN]!;
  if (refund >= INTENT_THRESHOLD) {
    if (totals[DAMAGED]! >= INTENT_THRESHOLD) totals[DAMAGED] = Math.max(totals[DAMAGED]!, refund + 0.01);
    if (totals[WRONG]! >= INTENT_THRESHOLD) totals[WRONG] = Math.max(totals[WRONG]!, refund + 0.01);
  }

  // Thanks beside a request or a complaint is politeness: it ranks below the other intent. A product question
  // is the exception when weaker ("thanks for your availability, solved").
  let otherBest = 0;
  let otherIndex = -1;
  for (let i = 0; i < totals.length; i++)
    if (i !== THANKS && totals[i]! > otherBest) {
      otherBest = totals[i]!;
      otherIndex = i;
    }
  // "Thanks for the quick delivery! How do I pair it?": a question still asked is the request (the exception is
  // only for thanks with no question mark, where product words are mostly praise).
  const questionOnly = otherIndex === PRODUCT && otherBest < totals[THANKS]! && !asked;
  if (otherBest >= INTENT_THRESHOLD && totals[THANKS]! > 0 && !questionOnly) {
    const raw = totals[THANKS]!;
    // Still listed among the intents when it would be on its own, but below the request or complaint.
    totals[THANKS] =
      raw >= INTENT_THRESHOLD ? Math.max(INTENT_THRESHOLD, Math.min(raw, otherBest * 0.75)) : raw * 0.5;
  }

  const ranked: { intent: Intent; score: number; total: number; rank: number }[] = [];
  for (let i = 0; i < totals.length; i++) {
    const total = totals[i]!;
    if (total < INTENT_THRESHOLD) continue;
    // 0..1, rising quickly for the first phrases: one clear phrase ≈ 0.5, three ≈ 0.9.
    const score = Math.round((1 - Math.exp(-total / 1.5)) * 1000) / 1000;
    ranked.push({ intent: INTENTS[i]!, score, total, rank: PRIORITY_RANK[i]! });
  }
  ranked.sort((a, b) => b.total - a.total || a.rank - b.rank);
  return {
    ranked: ranked.map(({ intent, score }) => ({ intent, score })),
    best: ranked[0]?.intent ?? 'other',
    isQuestion,
  };
}

/**
 * How displeased an intent is by itself: a broken or wrong item is a complaint however politely put; a late parcel
 * or a refund request leans that way and tips over with one more displeased word.
 */
const INTENT_NEGATIVITY: Partial<Record<Intent, number>> = {
  'damaged-defective': 1,
  'wrong-item': 1,
  'where-is-order': 0.4,
  'return-refund': 0.4,
};

export function scoreSentiment(
  evidence: readonly Evidence[],
  best: Intent,
  extraNegative: number,
  exclamationRun = 0,
): { sentiment: Sentiment; positive: number; negative: number } {
  let positive = 0;
  let negative = extraNegative;
  let polite = 0;
  let pending = false;
  let charged = false;
  let overcharged = false;
  for (const e of evidence) {
    const p = e.payload;
    if (p.kind === Kind.Pending) pending = true;
    else if (p.kind === Kind.Charged) charged = true;
    else if (p.kind === Kind.Twice || p.kind === Kind.Duty) overcharged = true;
    else if (p.kind === Kind.Positive) {
      if (e.negated) negative += p.weight;
      else positive += p.weight;
    } else if (p.kind === Kind.Negative) {
      if (!e.negated) negative += p.weight;
    } else if (p.kind === Kind.Polite) polite += p.weight;
  }
  // Inside a request ("would be great if you could change the size") pleased words are mostly courtesy.
  if (best !== 'thanks-positive' && best !== 'other') positive *= 0.5;
  const leaning = INTENT_NEGATIVITY[best] ?? 0;
  negative += leaning;
  // "Still no refund", "钱还没退", "返金はまだですか", "Wala pa po yung refund ko": waiting for money is displeased.
  if (best === 'return-refund' && pending) negative += 0.6;
  // "Charged twice", "had to pay customs I was never told about": money taken that should not have been.
  if (best === 'return-refund' && charged && overcharged) negative += 0.6;
  // "!!" on a complaint is exasperation (on thanks it is joy).
  if (leaning > 0 && exclamationRun >= 2) negative += 0.6;
  // The thanks-positive intent is itself pleased; thanks inside a request is politeness, not sentiment.
  if (best === 'thanks-positive') positive += 1 + polite * 0.5;
  let sentiment: Sentiment = 'neutral';
  if (negative >= 1 && negative >= positive * 0.75) sentiment = 'negative';
  else if (positive >= 1 && positive > negative) sentiment = 'positive';
  return { sentiment, positive, negative };
}
