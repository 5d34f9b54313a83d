import { describe, expect, it } from 'vitest';
import type { Platform } from '../../core/model';
import { checkPolicy, POLICY_LANGUAGES, type PolicyRule } from '../../core/policy';

/**
 * Policy rules per language: for each supported language, a sentence an agent might really write that breaks each
 * phrase rule (with the part we expect highlighted), and ordinary support replies that must stay clean (order ids,
 * dates, prices, "we will review", "thanks for your feedback"). Each positive is checked with the language given
 * and with it unknown (every lexicon tried).
 */

type Positive = [rule: PolicyRule, text: string, match: string];
interface LanguageTable {
  positives: Positive[];
  negatives: string[];
}

const TABLES: Record<(typeof POLICY_LANGUAGES)[number], LanguageTable> = {
  en: {
    positives: [
      ['contact-details', 'Feel free to add me on WhatsApp.', 'add me'],
      ['off-platform', 'You can also buy directly from us, it is cheaper.', 'buy directly from us'],
      ['off-platform', 'It is cheaper outside eBay.', 'cheaper outside eBay'],
      ['review-request', 'Please leave us a positive review.', 'leave us a positive review'],
      [
        'review-incentive',
        'We will send you a gift card if you leave a 5-star review.',
        'gift card if you leave a 5-star review',
      ],
      ['marketing', 'Check out our new products!', 'Check out our new products'],
    ],
    negatives: [
      'We will review your request and get back to you within 24 hours.',
      'Thank you for your feedback. We have issued a full refund.',
      'Thank you for the 5-star review!',
      'Your parcel left our warehouse on 04/10/2024 and should arrive in 5 days.',
      'The replacement costs $12.99; order 111-2300471-3237033 is covered.',
    ],
  },
  zh: {
    positives: [
      ['contact-details', '有问题可以加我微信，随时联系。', '加我微信'],
      ['off-platform', '您也可以用支付宝付款给我们。', '支付宝'],
      ['off-platform', '我們官網下單更便宜。', '官網下單'],
      ['review-request', '收到货后麻烦给个五星好评哦！', '麻烦给个五星好评'],
      ['review-incentive', '好评返现5元。', '好评返现'],
      ['review-incentive', '删除差评后我们会给您退款。', '删除差评后我们会给您退款'],
      ['marketing', '欢迎关注我们的店铺，新品每周上架。', '关注我们的店铺'],
    ],
    negatives: [
      '您好，您的订单 111-2300471-3237033 已于 2024-10-04 发货，预计5天内送达。',
      '我们会尽快审核您的退款申请，感谢您的反馈。',
      '感谢您的好评！',
      '商品价格为 ¥128.00，运单号 SF1234567890123。',
    ],
  },
  ja: {
    positives: [
      ['contact-details', 'LINEで友だち追加してください。', 'LINEで友だち'],
      ['off-platform', '銀行振込でもお支払いいただけます。', '銀行振込'],
      ['review-request', 'よろしければ星5のレビューをお願いします。', '星5'],
      ['review-incentive', '高評価をいただければ返金いたします。', '高評価をいただければ返金'],
      ['marketing', 'クーポンコードをお使いください。', 'クーポンコード'],
    ],
    negatives: [
      'ご注文（250-1234567-7654321）は10月4日に発送済みです。お届けまで3日ほどかかります。',
      'ご返品のご依頼を確認いたします。ご連絡ありがとうございます。',
    ],
  },
  ko: {
    positives: [
      ['contact-details', '카톡으로 연락 주세요.', '카톡'],
      ['off-platform', '계좌이체로 결제하시면 됩니다.', '계좌이체'],
      ['review-request', '별점 5점 부탁드립니다.', '별점 5'],
      ['review-incentive', '리뷰를 삭제해 주시면 환불해 드리겠습니다.', '리뷰를 삭제해 주시면 환불'],
      ['marketing', '할인 코드를 드립니다.', '할인 코드'],
    ],
    negatives: [
      '주문번호 2024100412345 상품은 10월 4일에 발송되었습니다. 3일 정도 소요됩니다.',
      '요청을 검토하겠습니다. 감사합니다.',
    ],
  },
  de: {
    positives: [
      ['contact-details', 'Schreiben Sie mir auf WhatsApp.', 'Schreiben Sie mir auf WhatsApp'],
      ['off-platform', 'Sie können auch per Überweisung zahlen.', 'Überweisung'],
      ['off-platform', 'Bestellen Sie direkt bei uns in unserem Onlineshop.', 'unserem Onlineshop'],
      ['review-request', 'Wir freuen uns über eine positive Bewertung.', 'positive Bewertung'],
      [
        'review-incentive',
        'Wenn Sie die Bewertung löschen, erhalten Sie eine Rückerstattung.',
        'Bewertung löschen, erhalten Sie eine Rückerstattung',
      ],
      ['marketing', 'Mit dem Gutscheincode SAVE10 sparen Sie.', 'Gutscheincode'],
    ],
    negatives: [
      'Ihre Bestellung 302-5938271-4410923 wurde am 04.10.2024 versandt und kommt in 3 Tagen an.',
      'Wir prüfen Ihre Anfrage und melden uns. Danke für Ihr Feedback!',
      'Vielen Dank für die positive Bewertung!',
      'Der Artikel kostet 1.299,00 €.',
    ],
  },
  fr: {
    positives: [
      ['contact-details', 'Ajoutez-moi sur WhatsApp.', 'Ajoutez-moi'],
      ['off-platform', 'Vous pouvez payer par virement bancaire.', 'virement bancaire'],
      ['review-request', 'Merci de laisser un avis positif.', 'avis positif'],
      [
        'review-incentive',
        'Nous vous offrons un cadeau pour un avis 5 étoiles.',
        'cadeau pour un avis 5 étoiles',
      ],
      ['marketing', 'Utilisez le code promo BIENVENUE.', 'code promo'],
    ],
    negatives: [
      'Votre commande a été expédiée le 04/10/2024, livraison sous 3 jours.',
      'Nous allons examiner votre demande. Merci pour votre retour.',
      'Oui, il est compatible avec mon téléphone et le vôtre.',
    ],
  },
  es: {
    positives: [
      ['contact-details', 'Escríbeme por WhatsApp, por favor.', 'Escríbeme por WhatsApp'],
      ['off-platform', 'Puede pagar con transferencia bancaria.', 'transferencia bancaria'],
      ['review-request', 'Le agradeceríamos una reseña positiva.', 'reseña positiva'],
      [
        'review-incentive',
        'Le haremos un reembolso si cambia su valoración.',
        'reembolso si cambia su valoración',
      ],
      ['marketing', 'Use el código de descuento HOLA.', 'código de descuento'],
    ],
    negatives: [
      'Su pedido 402-1234567-1234567 se envió el 04/10/2024 y llegará en 5 días.',
      'Vamos a revisar su solicitud. Gracias por sus comentarios.',
      'Si tiene algún problema, contáctenos.',
      'Sí, es compatible con mi celular y con el suyo.',
    ],
  },
  it: {
    positives: [
      ['contact-details', 'Mi contatti direttamente su WhatsApp.', 'Mi contatti direttamente su WhatsApp'],
      ['off-platform', 'Può pagare con bonifico bancario.', 'bonifico bancario'],
      ['review-request', 'Ci lasci una recensione positiva!', 'recensione positiva'],
      [
        'review-incentive',
        'Le offriamo uno sconto in cambio di una recensione.',
        'sconto in cambio di una recensione',
      ],
      ['marketing', 'Usi il codice sconto CIAO.', 'codice sconto'],
    ],
    negatives: [
      'Il suo ordine è stato spedito il 04/10/2024, arriverà entro 5 giorni.',
      'Esamineremo la sua richiesta. Grazie per il feedback.',
      'Sì, funziona anche con il mio telefono.',
    ],
  },
  pt: {
    positives: [
      ['contact-details', 'Me chama no zap!', 'Me chama no zap'],
      ['off-platform', 'Pode pagar via Pix, é mais rápido.', 'via Pix'],
      ['off-platform', 'Fora da Shopee sai mais barato.', 'Fora da Shopee'],
      ['review-request', 'Deixe uma avaliação 5 estrelas!', 'avaliação 5 estrelas'],
      [
        'review-incentive',
        'Ganhe um brinde ao deixar uma avaliação 5 estrelas.',
        'brinde ao deixar uma avaliação 5 estrelas',
      ],
      ['marketing', 'Use o cupom de desconto OLA10.', 'cupom de desconto'],
    ],
    negatives: [
      'Seu pedido foi enviado em 04/10/2024 e chega em 5 dias.',
      'Vamos analisar sua solicitação. Obrigado pelo feedback.',
      'Mande pix das fotos? Não, mande fotos.',
      'Sim, é compatível com meu celular também.',
    ],
  },
  nl: {
    positives: [
      ['contact-details', 'Voeg me toe op WhatsApp.', 'Voeg me toe'],
      ['off-platform', 'U kunt het bedrag overmaken naar mijn rekening.', 'overmaken naar mijn'],
      ['review-request', 'Laat een positieve review achter!', 'positieve review'],
      ['review-incentive', 'U krijgt korting in ruil voor een review.', 'korting in ruil voor een review'],
      ['marketing', 'Gebruik de kortingscode HALLO.', 'kortingscode'],
    ],
    negatives: [
      'Uw bestelling is op 04-10-2024 verzonden en komt binnen 3 dagen aan.',
      'We bekijken uw verzoek. Bedankt voor uw feedback.',
    ],
  },
  pl: {
    positives: [
      ['contact-details', 'Dodaj mnie na WhatsAppie.', 'Dodaj mnie'],
      ['off-platform', 'Można zapłacić przelewem na konto.', 'przelewem na konto'],
      ['review-request', 'Prosimy o pozytywną opinię.', 'pozytywną opinię'],
      ['review-incentive', 'Dostanie Pan rabat za pozytywną opinię.', 'rabat za pozytywną opinię'],
      ['marketing', 'Użyj kodu rabatowego? Mamy kod rabatowy WITAJ.', 'kod rabatowy'],
    ],
    negatives: [
      'Zamówienie zostało wysłane 04.10.2024, dotrze w ciągu 3 dni.',
      'Rozpatrzymy Pana prośbę. Dziękujemy za opinię.',
      'To nowa wersja, działa z moim telefonem.',
    ],
  },
  sv: {
    positives: [
      ['contact-details', 'Lägg till mig på WhatsApp.', 'Lägg till mig'],
      ['off-platform', 'Du kan betala med Swish.', 'Swish'],
      ['review-request', 'Lämna gärna ett positivt omdöme!', 'positivt omdöme'],
      [
        'review-incentive',
        'Du får en rabattkod om du ändrar ditt omdöme.',
        'rabattkod om du ändrar ditt omdöme',
      ],
      ['marketing', 'Prenumerera på vårt nyhetsbrev.', 'nyhetsbrev'],
    ],
    negatives: [
      'Din order skickades 2024-10-04 och kommer inom 3 dagar.',
      'Vi granskar din förfrågan. Tack för din feedback.',
    ],
  },
  tr: {
    positives: [
      ['contact-details', "WhatsApp'tan bize ulaşın.", "WhatsApp'tan bize ulaşın"],
      ['off-platform', 'Havale ile ödeme yapabilirsiniz.', 'Havale'],
      ['review-request', 'Lütfen olumlu yorum bırakın.', 'olumlu yorum'],
      ['review-incentive', 'Yorumunuzu değiştirirseniz iade yapacağız.', 'Yorumunuzu değiştirirseniz iade'],
      ['marketing', 'İndirim kodu: MERHABA.', 'İndirim kodu'],
    ],
    negatives: [
      'Siparişiniz 04.10.2024 tarihinde kargoya verildi, 3 gün içinde ulaşır.',
      'Talebinizi inceleyeceğiz. Geri bildiriminiz için teşekkürler.',
    ],
  },
  ar: {
    positives: [
      ['contact-details', 'تواصل معي عبر واتساب.', 'تواصل معي عبر'],
      ['off-platform', 'يمكنك الدفع عن طريق تحويل بنكي.', 'تحويل بنكي'],
      ['review-request', 'نرجو منك تقييم 5 نجوم.', 'تقييم 5 نجوم'],
      ['review-incentive', 'سنرسل لك هدية مقابل تقييم إيجابي.', 'هدية مقابل تقييم إيجابي'],
      ['marketing', 'استخدم كود الخصم مرحبا.', 'كود الخصم'],
    ],
    negatives: [
      'تم شحن طلبك بتاريخ 2024-10-04 وسيصل خلال 3 أيام.',
      'سنراجع طلبك. شكرا لملاحظاتك.',
      'الخدمات الرقمية متاحة.',
    ],
  },
  th: {
    positives: [
      ['contact-details', 'แอดไลน์ร้านได้เลยค่ะ', 'แอดไลน์'],
      ['off-platform', 'โอนเงินเข้าบัญชีร้านได้เลยค่ะ', 'โอนเงิน'],
      ['review-request', 'รบกวนรีวิว 5 ดาวให้ร้านด้วยนะคะ', 'รีวิว 5 ดาว'],
      ['review-incentive', 'รีวิว 5 ดาวรับส่วนลดทันที', 'รีวิว 5 ดาวรับส่วนลด'],
      ['marketing', 'กดติดตามร้านเพื่อรับโปรโมชั่น', 'กดติดตามร้าน'],
    ],
    negatives: [
      'สินค้าจัดส่งแล้ววันที่ 04/10/2024 จะได้รับภายใน 3 วันค่ะ',
      'ทางร้านจะตรวจสอบคำขอของคุณค่ะ ขอบคุณสำหรับความคิดเห็นค่ะ',
    ],
  },
  vi: {
    positives: [
      ['contact-details', 'Bạn kết bạn Zalo với shop nhé.', 'kết bạn Zalo'],
      ['off-platform', 'Bạn có thể chuyển khoản trực tiếp cho shop.', 'chuyển khoản'],
      ['review-request', 'Bạn đánh giá 5 sao giúp shop nhé!', 'đánh giá 5 sao'],
      ['review-incentive', 'Đánh giá 5 sao để nhận voucher.', 'Đánh giá 5 sao để nhận voucher'],
      ['marketing', 'Nhập mã giảm giá CHAO để được ưu đãi.', 'mã giảm giá'],
    ],
    negatives: [
      'Đơn hàng 241004ABCD1234 đã được gửi ngày 04/10/2024, dự kiến 3 ngày.',
      'Shop sẽ xem xét yêu cầu của bạn. Cảm ơn bạn đã phản hồi.',
    ],
  },
  id: {
    positives: [
      ['contact-details', 'Silakan hubungi kami via WA ya kak.', 'hubungi kami via WA'],
      ['off-platform', 'Bisa transfer ke rekening kami langsung.', 'transfer ke rekening'],
      ['review-request', 'Jangan lupa kasih bintang 5 ya kak!', 'bintang 5'],
      [
        'review-incentive',
        'Beri ulasan bintang 5 dan dapatkan voucher.',
        'ulasan bintang 5 dan dapatkan voucher',
      ],
      ['marketing', 'Pakai kode promo HALO ya.', 'kode promo'],
    ],
    negatives: [
      'Pesanan 241004ABCD1234 sudah dikirim tanggal 04/10/2024, estimasi 3 hari.',
      'Kami akan meninjau permintaan kakak. Terima kasih atas masukannya.',
      'Pengembalian dana sedang diproses.',
    ],
  },
  ms: {
    positives: [
      ['contact-details', 'Sila hubungi kami melalui WhatsApp.', 'hubungi kami melalui WhatsApp'],
      ['off-platform', 'Boleh buat pindahan bank terus.', 'pindahan bank'],
      ['review-request', 'Tolong beri 5 bintang ya!', 'beri 5 bintang'],
      ['review-incentive', 'Dapatkan baucar untuk ulasan 5 bintang.', 'baucar untuk ulasan'],
      ['marketing', 'Guna kod promo HAI.', 'kod promo'],
    ],
    negatives: [
      'Pesanan anda telah dihantar pada 04/10/2024 dan akan tiba dalam 3 hari.',
      'Kami akan menyemak permintaan anda. Terima kasih atas maklum balas anda.',
    ],
  },
  tl: {
    positives: [
      ['contact-details', 'I-add mo ako sa Facebook.', 'I-add mo ako'],
      ['off-platform', 'Pwede kang magbayad sa GCash.', 'GCash'],
      ['review-request', 'Pa-rate naman po ng 5 stars!', '5 stars'],
      [
        'review-incentive',
        'May libre kayong regalo kapalit ng review.',
        'libre kayong regalo kapalit ng review',
      ],
      ['marketing', 'Gamitin ang promo code HELLO.', 'promo code'],
    ],
    negatives: [
      'Naipadala na ang order ninyo noong 04/10/2024, darating sa loob ng 3 araw.',
      'Pasensya na po, ibang kulay ang naipadala namin.',
      'Susuriin namin ang inyong request. Salamat sa feedback.',
    ],
  },
};

const find = (text: string, platform: Platform, language?: string) =>
  checkPolicy(text, platform, { language }).map((f) => `${f.rule}:${f.match}`);

describe.each(POLICY_LANGUAGES.map((lang) => [lang, TABLES[lang]] as const))(
  'Policy lexicon: %s',
  (lang, table) => {
    it.each(table.positives)(`Amazon flags %s in "%s"`, (rule, text, match) => {
      expect(find(text, 'amazon', lang)).toContain(`${rule}:${match}`);
      expect(find(text, 'amazon')).toContain(`${rule}:${match}`);
    });

    it.each(table.positives)(
      'eBay and Shopee flag only contact details and off-platform deals (%s)',
      (rule, text, match) => {
        const expected = rule === 'contact-details' || rule === 'off-platform';
        for (const platform of ['ebay', 'shopee'] as const) {
          const findings = find(text, platform, lang);
          if (expected) expect(findings).toContain(`${rule}:${match}`);
          else expect(findings.filter((f) => /^(review|marketing)/.test(f))).toEqual([]);
        }
      },
    );

    it.each(table.negatives)('stays clean, language known or not: %s', (text) => {
      expect(find(text, 'amazon', lang)).toEqual([]);
      expect(find(text, 'amazon')).toEqual([]);
    });
  },
);

describe('Thanks for a review is not a request', () => {
  it.each([
    ['en', 'Thank you so much for the 5-star review!'],
    ['de', 'Vielen Dank für die 5 Sterne!'],
    ['fr', 'Merci pour votre avis positif.'],
    ['es', 'Gracias por su reseña positiva.'],
    ['zh', '感谢您的五星好评！'],
    ['ja', '星5のレビューありがとうございます。'],
    ['ko', '좋은 리뷰 감사합니다.'],
    ['tr', 'Olumlu yorumunuz için teşekkürler.'],
  ])('%s: %s', (language, text) => {
    expect(find(text, 'amazon', language)).toEqual([]);
  });

  it.each([
    ['zh', '谢谢亲，麻烦给个五星好评哦', 'review-request:麻烦给个五星好评'],
    [
      'en',
      'Thanks for your purchase, please leave us a positive review.',
      'review-request:leave us a positive review',
    ],
    [
      'en',
      'Thanks for your order and please leave us a 5-star review.',
      'review-request:leave us a 5-star review',
    ],
    ['th', 'ขอบคุณค่ะ รบกวนรีวิว 5 ดาวด้วยนะคะ', 'review-request:รีวิว 5 ดาว'],
  ])('thanks first, then a request, is still a request (%s: %s)', (language, text, finding) => {
    expect(find(text, 'amazon', language)).toContain(finding);
  });

  it('but "merci de" + a verb is "please": still a request', () => {
    expect(find('Merci de laisser un avis positif.', 'amazon', 'fr')).toEqual([
      'review-request:avis positif',
    ]);
  });
});

describe('Traditional Chinese (zh-TW)', () => {
  it.each([
    ['contact-details', '有問題請加我LINE，或留下您的電話。', '加我line'],
    ['off-platform', '也可以用支付寶或銀行轉帳付款。', '支付寶'],
    ['off-platform', '在我們網站購買更便宜。', '我們網站'],
    ['review-request', '麻煩給個五星好評，謝謝！', '麻煩給個五星好評'],
    ['review-incentive', '刪除差評後我們會給您退款。', '刪除差評後我們會給您退款'],
    ['marketing', '歡迎關注我們的店鋪，使用優惠碼享折扣。', '關注我們的店鋪'],
  ])('%s: %s', (rule, text, match) => {
    const findings = checkPolicy(text, 'amazon', { language: 'zh-TW' }).map(
      (f) => `${f.rule}:${f.match.toLowerCase()}`,
    );

    expect(findings).toContain(`${rule}:${match}`);
  });

  it('leaves an ordinary reply alone', () => {
    expect(
      checkPolicy('您好，您的訂單已於10月4日出貨，運單號 YT2412345678901，感謝您的耐心。', 'amazon', {
        language: 'zh-TW',
      }),
    ).toEqual([]);
  });
});

describe('A script in the text brings its language', () => {
  it('checks Chinese left in a Thai or German reply', () => {
    expect(find('[th] 您好 加我 WhatsApp', 'shopee', 'th')).toEqual([
      'contact-details:加我',
      'contact-details:WhatsApp',
    ]);
    expect(find('Vielen Dank! 好评返现', 'amazon', 'de')).toEqual(['review-incentive:好评返现']);
  });
});

describe('Getting in touch through the marketplace is allowed', () => {
  it.each([
    ['en', 'Please contact us directly through Amazon messages if anything is wrong.'],
    ['de', 'Kontaktieren Sie uns gerne direkt über die Amazon-Nachrichten.'],
    ['de', 'Kontaktieren Sie uns über eBay.'],
    ['es', 'Contáctenos directamente a través de Amazon.'],
    ['fr', 'Contactez-nous directement via la messagerie Amazon.'],
    ['it', 'Ci contatti direttamente tramite i messaggi di Amazon.'],
    ['nl', 'Neem contact met ons op via Amazon.'],
    ['pl', 'Skontaktuj się z nami przez Allegro lub bezpośrednio w wiadomościach.'],
    ['sv', 'Kontakta oss via meddelanden på Amazon.'],
    ['vi', 'Bạn liên hệ qua chat Shopee giúp shop nhé.'],
  ])('%s: %s', (language, text) => {
    expect(find(text, 'amazon', language)).toEqual([]);
  });

  it.each([
    ['en', 'You can contact me directly, my number is below.', 'contact-details:contact me directly'],
    ['de', 'Kontaktieren Sie mich per WhatsApp.', 'contact-details:Kontaktieren Sie mich per WhatsApp'],
    ['pl', 'Skontaktuj się ze mną przez WhatsApp.', 'contact-details:Skontaktuj się ze mną przez WhatsApp'],
    ['vi', 'Bạn liên hệ qua Zalo với shop nhé.', 'contact-details:liên hệ qua Zalo'],
  ])('but not around it (%s: %s)', (language, text, finding) => {
    expect(find(text, 'amazon', language)).toContain(finding);
  });
});
