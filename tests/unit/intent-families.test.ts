import { describe, expect, it } from 'vitest';
import { classifyMessage, type Intent } from '../../core/intent';

/**
 * Scenario families added after dev-fresh11 (core/intent/scorer.ts, the `gift`, `twice`/`charged`, `duty`,
 * `misfit`, `normal`, `partial` and `hypo` concepts): each rule in several languages, with the language given and
 * without it, plus the near misses each rule must leave alone.
 */
const PROBES: [string, Intent, string][] = [
  // A conditional offer ("if you reduce it, I buy today") asks about the price, even after a thank-you.
  ['de', 'product-question', 'Danke. Wenn Sie das 28er auf 40 € reduzieren, kaufe ich es heute noch.'],
  ['en', 'product-question', 'Thanks. If you reduce it to 40 € I will buy it today.'],
  // A gift order instruction: never an invoice request.
  ['en', 'change-order', "it's a gift, please leave the invoice out of the parcel"],
  ['de', 'change-order', 'Ist ein Geschenk, bitte ohne Rechnung verschicken'],
  ['fr', 'change-order', "C'est pour offrir, ne mettez pas la facture dans le colis svp. C'est un cadeau"],
  ['es', 'change-order', 'Es para regalo, no incluyan la factura por favor'],
  ['zh', 'change-order', '送人的礼物，发票不要放进去'],
  ['ja', 'change-order', 'ギフトなので納品書は入れないでください'],
  ['pl', 'change-order', 'To na prezent, proszę nie dołączać faktury'],
  // Double charge: money back.
  ['en', 'return-refund', 'I was charged twice for this order'],
  ['fr', 'return-refund', "J'ai été débité deux fois pour la même commande"],
  ['es', 'return-refund', 'Me cobraron dos veces'],
  ['pt', 'return-refund', 'Fui cobrado duas vezes no cartão'],
  ['zh', 'return-refund', '同一笔订单扣款两次了'],
  ['vi', 'return-refund', 'Mình bị trừ tiền hai lần shop ơi'],
  ['id', 'return-refund', 'Kok saya kepotong 2 kali ya kak'],
  // Customs fee paid → refund; asked before buying → product question; stuck → where is my order.
  ['en', 'return-refund', 'I had to pay customs fees of $30 to get my parcel, please reimburse me'],
  ['it', 'return-refund', 'Ho pagato 15 euro di dogana, non era indicato'],
  ['nl', 'return-refund', 'Ik heb 12 euro invoerrechten moeten betalen'],
  ['en', 'product-question', 'Will I have to pay import duty if I order to Canada?'],
  ['de', 'product-question', 'Fällt Zoll an, wenn ich in die Schweiz bestelle?'],
  ['en', 'where-is-order', 'my parcel has been held at customs for a week'],
  // A size exchange after delivery is a return.
  ['en', 'return-refund', 'the jeans are too tight, can I swap them for a 34?'],
  ['fr', 'return-refund', 'Les chaussures sont trop petites, je voudrais les échanger'],
  ['pl', 'return-refund', 'Spodnie są za małe, chciałbym wymienić na większy rozmiar'],
  ['ko', 'return-refund', '신발이 작아서 교환하고 싶어요'],
  ['id', 'return-refund', 'Celananya kekecilan kak, mau tukar ukuran'],
  // "Is this normal?" about what the item does: a fault.
  ['en', 'damaged-defective', 'the fan makes a clicking sound at night, is that normal?'],
  ['de', 'damaged-defective', 'Das Ladegerät wird sehr heiß, ist das normal?'],
  ['pt', 'damaged-defective', 'É normal a tela piscar assim?'],
  ['zh', 'damaged-defective', '充电的时候发烫，这正常吗？'],
  ['th', 'damaged-defective', 'เครื่องร้อนมาก แบบนี้ปกติไหมคะ'],
  ['vi', 'damaged-defective', 'Pin tụt nhanh vậy có bình thường không ạ?'],
  // A split shipment: the other parcel is on its way.
  ['en', 'where-is-order', 'I got one box but the second package is still missing'],
  ['de', 'where-is-order', 'Ein Paket ist da, wo bleibt das zweite Paket?'],
  ['es', 'where-is-order', 'Me llegó un paquete, ¿y el otro paquete?'],
  ['ms', 'where-is-order', 'Dapat satu parcel je, lagi satu bila sampai?'],
  // Haggling and cash on delivery before buying: product questions, not thanks.
  ['en', 'product-question', 'Thanks! Any discount if I take three?'],
  ['de', 'product-question', 'Danke. Geht es etwas günstiger?'],
  ['fr', 'product-question', 'Merci, vous pouvez faire une remise pour deux ?'],
  ['it', 'product-question', 'Grazie, mi fa uno sconto se ne prendo due?'],
  ['tr', 'product-question', 'Teşekkürler, indirim olur mu?'],
  ['th', 'product-question', 'ขอบคุณค่ะ ลดราคาได้ไหมคะ'],
  ['ar', 'product-question', 'هل يوجد الدفع عند الاستلام؟'],
  ['tl', 'product-question', 'Salamat po, pwede pa po bang tawad?'],
  // Gift wrap or a card with nothing else asked: an order instruction.
  ['de', 'change-order', 'Bitte als Geschenk verpacken, danke'],
  ['ko', 'change-order', '선물용으로 포장해 주실 수 있나요?'],
  ['vi', 'change-order', 'Gói quà giúp em với ạ'],
  // A colour/size swap once the item is here: a return; before it is sent: a change.
  ['zh', 'return-refund', '已经收到了，颜色不太喜欢，能换个颜色吗'],
  ['vi', 'change-order', 'Shop đổi giúp mình sang size M trước khi gửi nhé'],
  // Counts: fewer pieces in the box is an incomplete item; a second parcel still out is a delivery.
  ['en', 'wrong-item', 'only 2 of the 3 mugs were in the box'],
  ['de', 'wrong-item', 'Es waren nur 3 statt 4 Teller drin'],
  ['zh', 'wrong-item', '少发了一个，盒子里只有三个'],
  ['fr', 'where-is-order', "J'ai bien le premier colis, mais toujours pas le second"],
  // Offers: a product question.
  ['en', 'product-question', 'Would you take 30 for it?'],
  ['es', 'product-question', 'Te ofrezco 25 euros por los dos'],
  ['pl', 'product-question', 'Czy przyjmie Pan 80 zł za komplet?'],
  // Scam and account worries: other, whatever parcel or refund words they carry.
  ['en', 'other', 'I got a text saying my parcel is held and to pay a fee via a link, is this from you?'],
  ['de', 'other', 'Mein Konto wurde gehackt, jemand hat mein Passwort geändert'],
  ['zh', 'other', '有人冒充你们客服让我点链接退款'],
  ['es', 'other', 'Me pidieron la contraseña por un enlace para el reembolso, ¿son ustedes?'],
  // Round two: customs asked before paying, negotiable prices, separately shipped parcels, Swedish 'två'.
  ['ko', 'product-question', '관세는 따로 내야 하나요?'],
  ['th', 'product-question', 'ต้องเสียภาษีนำเข้าไหมคะ ถ้าสั่งไปเกาหลี'],
  ['tr', 'return-refund', 'Gümrük vergisi ödedim, bunu karşılar mısınız?'],
  ['ar', 'product-question', 'هل السعر قابل للتفاوض؟'],
  ['sv', 'return-refund', 'Jag har blivit debiterad två gånger'],
  ['sv', 'product-question', 'Kan ni gå ner i pris om jag köper två?'],
  ['en', 'where-is-order', 'I ordered two things and only one came, were they shipped separately?'],
  ['tl', 'damaged-defective', 'Umiinit po yung phone pag nagcha-charge, normal lang po ba?'],
  ['de', 'thanks-positive', 'Danke für die schnelle Erstattung, alles bestens!'],
  // Round three (after dev-fresh12): gift cards and compound gift words, import charges, 'is it normally like this'.
  ['en', 'change-order', 'Could you add a card saying "Congrats Sam"? It goes directly to him.'],
  ['de', 'change-order', 'Das ist ein Weihnachtsgeschenk, bitte ohne Lieferschein mit Preisen.'],
  ['it', 'change-order', 'È da regalare, potete non mettere lo scontrino?'],
  ['en', 'return-refund', 'I paid $40 import charges on delivery, I want that back'],
  ['sv', 'return-refund', 'Det blev dubbla dragningar för min beställning'],
  ['ko', 'damaged-defective', '충전기에서 지지직 소리가 나는데 원래 이런가요?'],
  ['vi', 'return-refund', 'Áo hơi chật, shop đổi giúp mình size L nhé'],
  ['ms', 'wrong-item', 'Barang dah sampai tapi adaptor tak ada dalam kotak'],
  ['tl', 'return-refund', 'Bakit dalawang beses po nabawas sa account ko? Pa-refund po'],
  ['de', 'product-question', 'Machen Sie mir einen Preis für 10 Stück?'],
  // Round four (after dev-fresh13): too long/short, compound gift words, customs refunds asked as questions.
  ['nl', 'return-refund', 'De mouwen zijn te lang, kan ik een kleinere maat krijgen?'],
  ['zh', 'return-refund', '裤子太短了，能换长一点的吗？'],
  ['nl', 'change-order', 'Het is een kerstcadeau, kunnen jullie het mooi inpakken?'],
  ['pt', 'return-refund', 'Paguei imposto de importação na entrega, vocês devolvem?'],
  ['id', 'return-refund', 'Kena bea masuk pas paket datang, bisa diganti kak?'],
  ['fr', 'product-question', 'Je dois payer des frais de douane si je commande depuis la Suisse ?'],
  ['es', 'where-is-order', 'Mi paquete lleva retenido en aduanas desde el martes'],
  // Thanks with a question still asked: the question is the request.
  ['en', 'product-question', 'Thank you so much, love it! How do I clean the filter?'],
  ['es', 'product-question', '¡Muchas gracias, me encanta! ¿Se puede lavar a máquina?'],
];

describe('classifier: scenario families after dev-fresh11', () => {
  it.each(PROBES)('[%s] %s: %s', (language, intent, text) => {
    expect(classifyMessage(text, { language }).intent).toBe(intent);
  });

  it.each(PROBES.filter(([, , text]) => text.length >= 30))(
    '[%s] %s without the language: %s',
    (_l, intent, text) => {
      expect(classifyMessage(text).intent).toBe(intent);
    },
  );

  it('leaves the near misses alone', () => {
    // Buyer's own duplicate payment with an explicit cancel: the cancel stays the request.
    expect(classifyMessage('결제 실수로 두 번 됐어요 하나 취소해 주세요', { language: 'ko' }).intent).toBe(
      'cancel-order',
    );
    // "normal" as a size is a size question.
    expect(classifyMessage('Ça taille petit ou normal ?', { language: 'fr' }).intent).toBe(
      'product-question',
    );
    // A gift that arrived broken is a damaged item.
    expect(classifyMessage('It was a gift and it arrived broken', { language: 'en' }).intent).toBe(
      'damaged-defective',
    );
    // A VAT invoice for a company is still an invoice.
    expect(classifyMessage('Please send an invoice with our VAT number', { language: 'en' }).intent).toBe(
      'invoice',
    );
    // "volte" (times) is no volt question.
    expect(classifyMessage('Ho scritto tre volte, nessuna risposta', { language: 'it' }).intent).not.toBe(
      'product-question',
    );
    // Thanks with nothing asked stays thanks.
    expect(
      classifyMessage('Thanks, the quality is great and delivery was quick', { language: 'en' }).intent,
    ).toBe('thanks-positive');
  });
});
