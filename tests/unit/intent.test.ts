import { describe, expect, it } from 'vitest';
import { classifyMessage, INTENTS } from '../../core/intent';
import { foldText, MAX_CHARS } from '../../core/intent/normalise';

const intentOf = (text: string, language?: string) => classifyMessage(text, { language }).intent;

describe('classifier: negation', () => {
  it.each([
    ['the item is not damaged, thanks', 'en'],
    ['it was not broken at all', 'en'],
    ['das Gerät ist nicht kaputt', 'de'],
    ['东西没有坏', 'zh'],
    ['商品は壊れていない', 'ja'],
    ['ürün hasarlı değil', 'tr'],
    ['no está roto, todo bien', 'es'],
    ["ce n'est pas cassé", 'fr'],
    ['barangnya tidak rusak', 'id'],
    ['ของไม่เสีย', 'th'],
  ])('"%s" is not a damaged item', (text, language) => {
    expect(intentOf(text, language)).not.toBe('damaged-defective');
  });

  it.each([
    ["haven't received my parcel", 'en'],
    ['ich habe das Paket nicht erhalten', 'de'],
    ["je n'ai pas reçu ma commande", 'fr'],
    ['todavía no he recibido nada', 'es'],
    ['还没收到', 'zh'],
    ['まだ届いていません', 'ja'],
    ['아직 안 왔어요', 'ko'],
    ['chưa nhận được hàng', 'vi'],
    ['belum sampai', 'id'],
    ['hindi pa dumating', 'tl'],
  ])('"%s" (arrival negated) asks where the order is', (text, language) => {
    expect(intentOf(text, language)).toBe('where-is-order');
  });

  it.each([
    ["it doesn't work", 'en'],
    ['funktioniert nicht', 'de'],
    ['ne fonctionne pas', 'fr'],
    ['no funciona', 'es'],
    ['não funciona', 'pt'],
    ['werkt niet', 'nl'],
    ['nie działa', 'pl'],
    ['fungerar inte', 'sv'],
    ['çalışmıyor', 'tr'],
    ['動きません', 'ja'],
    ['작동이 안 돼요', 'ko'],
    ['không hoạt động', 'vi'],
    ['tidak berfungsi', 'id'],
    ['hindi gumagana', 'tl'],
  ])('"%s" (working negated) is a defect', (text, language) => {
    expect(intentOf(text, language)).toBe('damaged-defective');
  });

  it('does not let a negation reach across a clause', () => {
    // "not" belongs to the first clause; "broken" stands.
    expect(intentOf('It is not what I hoped. Also the handle is broken', 'en')).toBe('damaged-defective');
  });

  it('reads box damage with an intact item as fine, in several languages', () => {
    expect(intentOf('box was crushed but the item is not damaged, thank you', 'en')).toBe('thanks-positive');
    expect(intentOf('Karton beschädigt, aber Produkt nicht kaputt. Danke', 'de')).toBe('thanks-positive');
    expect(intentOf('hộp móp nhưng hàng không bị hỏng, cảm ơn', 'vi')).toBe('thanks-positive');
  });
});

describe('classifier: questions and statements', () => {
  it('asks about a product only in a question', () => {
    expect(intentOf('is it true to size?', 'en')).toBe('product-question');
    expect(intentOf('does it fit a 15 inch laptop?', 'en')).toBe('product-question');
    expect(intentOf('it does not fit', 'en')).not.toBe('product-question');
  });

  it('tells a size question from a wrong size and from a size change', () => {
    expect(intentOf('what size should I order?', 'en')).toBe('product-question');
    expect(intentOf('you sent the wrong size', 'en')).toBe('wrong-item');
    expect(intentOf('please change the size to M before shipping', 'en')).toBe('change-order');
  });

  it('reads a device named in a question as a compatibility question in any language', () => {
    expect(intentOf('Serve no Galaxy S23?', 'pt')).toBe('product-question');
    expect(intentOf('bisa buat iphone 13?', 'id')).toBe('product-question');
  });
});

describe('classifier: several intents', () => {
  it('ranks every matched intent, best first, with scores in 0..1', () => {
    const c = classifyMessage('Where is my order? Also please send me an invoice with VAT', {
      language: 'en',
    });
    const names = c.intents.map((i) => i.intent);
    expect(names).toContain('where-is-order');
    expect(names).toContain('invoice');
    expect(c.intent).toBe(names[0]);
    for (const { score } of c.intents) expect(score).toBeGreaterThan(0);
    for (const { score } of c.intents) expect(score).toBeLessThanOrEqual(1);
    const scores = c.intents.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('puts a complaint above the thanks that comes with it', () => {
    const c = classifyMessage('Thanks for the quick shipping, but the lid is cracked', { language: 'en' });
    expect(c.intent).toBe('damaged-defective');
    expect(c.intents.map((i) => i.intent)).toContain('thanks-positive');
    expect(c.sentiment).toBe('negative');
    expect(classifyMessage('谢谢，但是东西坏了', { language: 'zh' }).intent).toBe('damaged-defective');
  });

  it('addresses the cause before the refund it asks for', () => {
    expect(intentOf('it arrived broken, I want a refund', 'en')).toBe('damaged-defective');
    expect(intentOf('wrong colour sent, refund please', 'en')).toBe('wrong-item');
    expect(intentOf('Ware defekt, bitte Geld zurück', 'de')).toBe('damaged-defective');
  });

  it("answers 'other' with no intents when nothing matches", () => {
    const c = classifyMessage('ok', { language: 'en' });
    expect(c).toMatchObject({
      intent: 'other',
      intents: [],
      sentiment: 'neutral',
      urgent: false,
      urgentReasons: [],
    });
  });
});

describe('classifier: urgency reasons', () => {
  it.each([
    ['THIS IS THE WORST SERVICE EVER, ANSWER ME', 'angry'],
    ['where is my money?!!! unacceptable', 'angry'],
    ['still nothing 😡😡', 'angry'],
    ['Je vais laisser un avis négatif', 'review-threat'],
    ['差评！', 'review-threat'],
    ['I will open an A-to-z claim', 'claim'],
    ['I am filing a PayPal dispute', 'dispute'],
    ['Rückbuchung über meine Bank', 'chargeback'],
    ['my lawyer will contact you', 'legal'],
    ['vou no Procon', 'legal'],
    ['need it by Friday', 'deadline'],
    ['明天之前一定要到', 'deadline'],
    ['金曜日までに必要です', 'deadline'],
    ['butuh sebelum jumat', 'deadline'],
    ['pls ship asap', 'deadline'],
  ] as const)('"%s" is urgent: %s', (text, reason) => {
    const c = classifyMessage(text);
    expect(c.urgent).toBe(true);
    expect(c.urgentReasons).toContain(reason);
  });

  it.each([
    'I received it today, thank you',
    'no rush, ship it whenever you can',
    'Where is my order?',
    'Kann ich die Adresse ändern?',
    'ordered by mistake on Monday, can you cancel?',
  ])('"%s" is not urgent', (text) => {
    expect(classifyMessage(text).urgent).toBe(false);
  });

  it('keeps every reason a message gives', () => {
    const c = classifyMessage('Ridiculous!!! Refund by Monday or I open a claim and leave a 1 star review', {
      language: 'en',
    });
    expect(c.urgentReasons).toEqual(expect.arrayContaining(['angry', 'claim', 'review-threat', 'deadline']));
  });
});

describe('classifier: sentiment', () => {
  it.each([
    ['Love it, thank you so much!', 'positive'],
    ['收到了，很满意', 'positive'],
    ['The zipper broke after one day', 'negative'],
    ['I am not happy with this', 'negative'],
    ['nicht zufrieden', 'negative'],
    ['Is it waterproof?', 'neutral'],
    ['Please cancel my order, thanks', 'neutral'],
  ] as const)('"%s" is %s', (text, sentiment) => {
    expect(classifyMessage(text).sentiment).toBe(sentiment);
  });

  it('does not read a negated complaint word as displeased ("no problem")', () => {
    expect(classifyMessage('no problem, I can wait').sentiment).not.toBe('negative');
  });
});

describe('classifier: language', () => {
  it('reports the hinted language, or the detected one', () => {
    expect(classifyMessage('hello', { language: 'fil' }).language).toBe('fil');
    expect(classifyMessage('wo ist mein Paket').language).toBe('de');
    expect(classifyMessage('訂單還沒收到').language).toBe('zh-TW');
    expect(classifyMessage('12345 ###').language).toBe('und');
  });

  it('applies every lexicon to an unknown language, so a bare keyword still counts', () => {
    expect(classifyMessage('refund').intent).toBe('return-refund');
    expect(classifyMessage('退款').intent).toBe('return-refund');
  });

  it("uses the site to read a message's language (Malay on shopee.com.my)", () => {
    const c = classifyMessage('barang tak sampai lagi', { site: 'shopee.com.my' });
    expect(c.intent).toBe('where-is-order');
  });
});

describe('normaliser', () => {
  it('folds case, accents, full-width forms, repeated letters, apostrophes, digits and Traditional Chinese', () => {
    expect(foldText('ÉTÉ Ｗｈｅｒｅ')).toBe(' ete where ');
    expect(foldText('pleeeease')).toBe(' please ');
    expect(foldText("don't j'ai")).toBe(' dont j ai ');
    expect(foldText('#112-4458812 and 1 star')).toBe(' #0-0 and 1 star ');
    expect(foldText('訂單還沒收到')).toBe(' 订单还没收到 ');
    expect(foldText('Zurück Straße đơn siparişim')).toBe(' zuruck strasse don siparisim ');
  });

  it('turns mood emoji into words and drops the rest', () => {
    expect(foldText('ok😡👍🚚')).toBe(' ok emjangry emjpos ');
  });
});

describe('classifier: hostile and huge input', () => {
  it('reads a 100 KB message quickly and only its first MAX_CHARS characters', () => {
    const huge = 'where is my order? '.repeat(6_000); // ~114 KB
    const started = performance.now();
    const c = classifyMessage(huge);
    const ms = performance.now() - started;
    expect(c.intent).toBe('where-is-order');
    // Linear time: a few milliseconds on a slow CI machine; a regex that backtracks would take seconds.
    expect(ms).toBeLessThan(500);
    expect(MAX_CHARS).toBeLessThan(huge.length);
  });

  it.each([
    ['regex metacharacters', '(a+)+$'.repeat(20_000)],
    ['negations only', 'not '.repeat(25_000)],
    ['one letter', 'a'.repeat(100_000)],
    ['emoji', '😡'.repeat(50_000)],
    ['lone surrogates and controls', '\ud800\u0000\u0003\udfff'.repeat(25_000)],
    ['Arabic clitics', 'لم ما لا '.repeat(12_000)],
    ['mixed scripts', 'refund 退款 返金 환불 คืนเงิน '.repeat(3_000)],
  ])('survives %s (100 KB) in linear time', (_name, text) => {
    const started = performance.now();
    const c = classifyMessage(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(INTENTS).toContain(c.intent);
  });

  it('is deterministic', () => {
    const text = 'Thanks but the screen is cracked, refund by Friday or I open a dispute!!!';
    expect(classifyMessage(text)).toEqual(classifyMessage(text));
  });
});
