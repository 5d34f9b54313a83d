import { describe, expect, it } from 'vitest';
import { checkPolicy, POLICY_LANGUAGES } from '../../core/policy';

/**
 * Ordinary support replies must not be flagged: a warning on "your order 111-… ships on 04.10." or "we will review
 * your refund" teaches agents to ignore warnings. Replies for the everyday cases (shipped / delayed, return, refund,
 * damaged or wrong item, a product question), each with the ids, dates, prices and tracking numbers they carry,
 * checked on every platform with the language known and unknown.
 */
const REPLIES: Record<(typeof POLICY_LANGUAGES)[number], string[]> = {
  en: [
    'Hi Sarah, your order 114-3941689-8772232 shipped on 10/04/2024 with UPS (1Z999AA10123456784) and should arrive within 3-5 business days.',
    'We are sorry the mug arrived broken. We have issued a full refund of $24.99; it will show on your statement in 3-5 days.',
    'Please open a return from Your Orders and use the prepaid label. Once we receive the item we will review your request.',
    'Thank you for your feedback! The charger supports 100-240V and USB-C PD up to 65W (model HW-65, version 2.1).',
    'Sorry about the wrong colour. We will send the blue one today at no cost; you can keep the other one.',
    'The promotion did not apply at checkout because the item was already discounted; we have refunded the difference.',
    'Yes, it works with my phone too: my phone is a Pixel 8 and it charges at full speed.',
  ],
  zh: [
    '您好，您的订单 111-2300471-3237033 已于 10月4日 发货，运单号 YT2412345678901，预计 5-7 个工作日送达。',
    '非常抱歉商品在运输中损坏，我们已为您全额退款 ¥129.00，请注意查收。',
    '请在订单页面申请退货，我们收到商品后会尽快处理您的退款申请。',
    '感谢您的反馈！这款充电器支持 100-240V 电压，型号 HW-65。',
    '很抱歉发错了颜色，我们今天会免费给您补发蓝色款，原来的那件您可以留着。',
    '促销价没有生效是因为该商品已参加其他优惠，差价我们已经退还给您。',
  ],
  ja: [
    'ご注文（250-1234567-7654321）は10月4日に発送いたしました。追跡番号は 1234-5678-9012 です。',
    '商品が破損して届いたとのこと、大変申し訳ございません。全額 2,980円 を返金いたしました。',
    '返品は注文履歴から手続きいただけます。商品到着後、返金のご依頼を確認いたします。',
    'お問い合わせありがとうございます。この充電器は100-240Vに対応しております。',
  ],
  ko: [
    '주문하신 상품은 10월 4일에 발송되었으며 송장번호는 6012345678901 입니다. 3~5일 정도 소요됩니다.',
    '파손된 상품이 도착하여 정말 죄송합니다. 29,000원 전액 환불 처리해 드렸습니다.',
    '주문 내역에서 반품을 신청해 주시면 상품 확인 후 환불해 드리겠습니다.',
    '문의 감사합니다. 이 충전기는 100-240V를 지원합니다.',
  ],
  de: [
    'Hallo Herr Müller, Ihre Bestellung 302-5938271-4410923 wurde am 04.10.2024 mit DHL versandt (Sendungsnummer 00340434161234567890).',
    'Es tut uns leid, dass der Artikel beschädigt ankam. Wir haben Ihnen 24,99 € vollständig erstattet.',
    'Bitte starten Sie die Rücksendung über Ihr Konto. Sobald der Artikel bei uns ist, prüfen wir Ihre Anfrage.',
    'Vielen Dank für Ihre Nachricht! Das Ladegerät unterstützt 100–240 V, Modell HW-65.',
    'Entschuldigen Sie die falsche Farbe. Wir senden Ihnen heute kostenlos die blaue Variante.',
  ],
  fr: [
    'Bonjour, votre commande 405-1234567-7654321 a été expédiée le 04/10/2024 avec Colissimo (6A12345678901).',
    "Nous sommes désolés que l'article soit arrivé endommagé. Nous vous avons remboursé 24,99 € intégralement.",
    'Veuillez demander un retour depuis votre compte ; nous examinerons votre demande dès réception.',
    'Merci pour votre message ! Le chargeur est compatible avec votre téléphone (100-240 V).',
  ],
  es: [
    'Hola, su pedido 402-1234567-1234567 se envió el 04/10/2024 con Correos (PQ4B3C0123456780108001X).',
    'Lamentamos que el artículo llegara dañado. Le hemos reembolsado 24,99 € en su totalidad.',
    'Solicite la devolución desde su cuenta; revisaremos su solicitud en cuanto recibamos el artículo.',
    '¡Gracias por su mensaje! El cargador funciona con 100-240 V y es compatible con su móvil.',
  ],
  it: [
    'Buongiorno, il suo ordine 403-1234567-1234567 è stato spedito il 04/10/2024 con BRT.',
    "Ci dispiace che l'articolo sia arrivato danneggiato. Le abbiamo rimborsato 24,99 € per intero.",
    'Richieda il reso dal suo account; esamineremo la richiesta appena riceviamo il prodotto.',
    'Grazie per il messaggio! Il caricatore supporta 100-240 V.',
  ],
  pt: [
    'Olá, seu pedido 701-1234567-1234567 foi enviado em 04/10/2024 pelos Correios (NX123456789BR).',
    'Sentimos muito que o produto chegou danificado. Reembolsamos o valor total de R$ 129,90.',
    'Solicite a devolução pela sua conta; vamos analisar o pedido assim que recebermos o produto.',
    'Obrigado pela mensagem! O carregador é compatível com seu celular.',
  ],
  nl: [
    'Hallo, uw bestelling 404-1234567-1234567 is op 04-10-2024 verzonden met PostNL (3SABCD123456789).',
    'Het spijt ons dat het artikel beschadigd aankwam. We hebben € 24,99 volledig terugbetaald.',
    'Vraag de retour aan via uw account; we bekijken uw verzoek zodra we het artikel ontvangen.',
  ],
  pl: [
    'Dzień dobry, zamówienie 405-1234567-1234567 zostało wysłane 04.10.2024 kurierem InPost.',
    'Przepraszamy, że produkt dotarł uszkodzony. Zwróciliśmy całą kwotę 99,00 zł.',
    'Prosimy zgłosić zwrot przez konto; rozpatrzymy wniosek po otrzymaniu produktu.',
  ],
  sv: [
    'Hej, din beställning 406-1234567-1234567 skickades 2024-10-04 med PostNord.',
    'Vi beklagar att varan kom fram skadad. Vi har återbetalat hela beloppet, 249 kr.',
    'Begär returen via ditt konto; vi granskar ärendet när vi fått tillbaka varan.',
  ],
  tr: [
    'Merhaba, 407-1234567-1234567 numaralı siparişiniz 04.10.2024 tarihinde kargoya verildi.',
    'Ürünün hasarlı ulaşmasından dolayı özür dileriz. 499,90 TL tutarın tamamını iade ettik.',
    'İadeyi hesabınızdan başlatabilirsiniz; ürün bize ulaşınca talebinizi inceleyeceğiz.',
  ],
  ar: [
    'مرحبا، تم شحن طلبك رقم 408-1234567-1234567 بتاريخ 04/10/2024 وسيصل خلال 3-5 أيام.',
    'نعتذر عن وصول المنتج تالفا. لقد رددنا لك المبلغ كاملا 99 ريال.',
    'يرجى طلب الإرجاع من حسابك، وسنراجع طلبك فور استلام المنتج.',
  ],
  th: [
    'สวัสดีค่ะ คำสั่งซื้อ 241004ABCD1234 จัดส่งแล้วเมื่อวันที่ 04/10/2024 เลขพัสดุ TH123456789012 ค่ะ',
    'ขออภัยที่สินค้าเสียหายค่ะ ทางร้านคืนเงินเต็มจำนวน 590 บาทแล้วค่ะ',
    'กรุณากดขอคืนสินค้าในแอป ทางร้านจะตรวจสอบคำขอเมื่อได้รับสินค้าค่ะ',
  ],
  vi: [
    'Chào bạn, đơn hàng 241004ABCD1234 đã được gửi ngày 04/10/2024, mã vận đơn SPXVN041234567890.',
    'Shop rất xin lỗi vì sản phẩm bị hỏng. Shop đã hoàn tiền 259.000đ cho bạn.',
    'Bạn vui lòng gửi yêu cầu trả hàng trên ứng dụng, shop sẽ kiểm tra khi nhận được hàng.',
  ],
  id: [
    'Halo kak, pesanan 241004ABCD1234 sudah dikirim tanggal 04/10/2024 dengan resi JP1234567890.',
    'Mohon maaf barangnya rusak kak. Dana Rp129.000 sudah kami kembalikan.',
    'Silakan ajukan pengembalian di aplikasi, kami akan cek setelah barang diterima.',
  ],
  ms: [
    'Hai, pesanan 241004ABCD1234 telah dihantar pada 04/10/2024 melalui J&T.',
    'Maaf barang sampai dalam keadaan rosak. Kami telah memulangkan RM49.90 sepenuhnya.',
    'Sila mohon pemulangan dalam aplikasi, kami akan semak selepas barang diterima.',
  ],
  tl: [
    'Hello po, naipadala na ang order 241004ABCD1234 noong 04/10/2024.',
    'Pasensya na po at sira ang dumating. Na-refund na po namin ang ₱499.',
    'Paki-request po ang return sa app, titingnan namin pagdating ng item.',
  ],
};

describe.each(POLICY_LANGUAGES.map((lang) => [lang, REPLIES[lang]] as const))(
  'Clean %s replies',
  (lang, replies) => {
    it.each(replies)('%s', (text) => {
      for (const platform of ['amazon', 'ebay', 'shopee'] as const) {
        expect(checkPolicy(text, platform, { language: lang })).toEqual([]);
        expect(checkPolicy(text, platform)).toEqual([]);
      }
    });
  },
);
