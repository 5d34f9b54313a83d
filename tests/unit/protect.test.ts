import { describe, expect, it } from 'vitest';
import { protect } from '../../core/translation/protect';

const none = { glossary: [], doNotTranslate: [], target: 'zh' };

/** What a provider that translates nothing but keeps tokens returns: the protected text itself. */
function roundTrip(text: string, options = none) {
  const p = protect(text, options);
  return { p, back: p.restore(p.text) };
}

describe('protect: span kinds', () => {
  it.each([
    ['Amazon order id', 'Where is order 113-4829301-2293847?', '113-4829301-2293847'],
    ['eBay order number', 'Order 12-34567-89012 never came', '12-34567-89012'],
    ['Shopee order sn', 'pesanan 241004ABCD1234 belum dikirim', '241004ABCD1234'],
    ['ASIN', 'Is B08XYZ1234 the black one?', 'B08XYZ1234'],
    ['ASIN typed in lower case', 'is b08xyz1234 in stock', 'b08xyz1234'],
    ['UPS', 'tracking 1Z999AA10123456784 says delivered', '1Z999AA10123456784'],
    ['USPS 22 digits', 'USPS 9400111899223197428490 not moving', '9400111899223197428490'],
    ['USPS in groups', 'USPS 9400 1118 9922 3197 4284 90 stuck', '9400 1118 9922 3197 4284 90'],
    ['DHL 10 digits', 'DHL 1234567890 stuck in Leipzig', '1234567890'],
    ['Royal Mail', 'Royal Mail AB123456789GB lost', 'AB123456789GB'],
    ['Cainiao', '物流单号 LP00123456789012 查不到', 'LP00123456789012'],
    ['Yun Express', 'YT2412345678901234 kein Update', 'YT2412345678901234'],
    ['SPX', 'resi SPXID041234567890 belum update', 'SPXID041234567890'],
    ['J&T', 'resi JP1234567890 nyangkut', 'JP1234567890'],
    ['SKU with dashes', 'sent SKU TSH-BLK-XL2 instead of TSH-WHT-L', 'TSH-BLK-XL2'],
    ['SKU code', 'the A1B2C3 model is broken', 'A1B2C3'],
    [
      'URL',
      'see https://www.amazon.de/dp/B08XYZ1234?th=1 please',
      'https://www.amazon.de/dp/B08XYZ1234?th=1',
    ],
    ['www URL', 'photos at www.example.com/p/1.jpg.', 'www.example.com/p/1.jpg'],
    ['e-mail', 'write to buyer.name+shop@example.co.uk thanks', 'buyer.name+shop@example.co.uk'],
    ['placeholder already there', 'Dear {buyer_name}, hi', '{buyer_name}'],
    ['printf placeholder', 'value %1$s here', '%1$s'],
  ])('%s', (_kind, text, span) => {
    const { p, back } = roundTrip(text);
    expect(p.spans).toBeGreaterThanOrEqual(1);
    expect(p.text).not.toContain(span);
    expect(p.text).toMatch(/⟦\d⟧/);
    expect(back).toBe(text);
  });

  it.each([
    ['2 pcs please'],
    ['size 42 is too small'],
    ['ordered in 2024, arrived 2025'],
    ['t-shirt and 3x socks'],
    ['waited 10 days, 3-4 weeks total'],
    ['Where is my parcel?'],
  ])('leaves ordinary numbers and words alone: %s', (text) => {
    const p = protect(text, none);
    expect(p.spans).toBe(0);
    expect(p.text).toBe(text);
    expect(p.restore('anything')).toBe('anything');
  });

  it('numbers tokens in order and restores several spans', () => {
    const text = 'Order 113-4829301-2293847, tracking AB123456789GB, mail me at a@b.com';
    const p = protect(text, none);
    expect(p.spans).toBe(3);
    expect(p.text).toBe('Order ⟦0⟧, tracking ⟦1⟧, mail me at ⟦2⟧');
    expect(p.restore('订单 ⟦0⟧，追踪号 ⟦1⟧，邮件 ⟦2⟧')).toBe(
      '订单 113-4829301-2293847，追踪号 AB123456789GB，邮件 a@b.com',
    );
  });
});

describe('protect: glossary and do-not-translate', () => {
  const glossary = [
    { source: 'power bank', target: '充电宝', lang: 'zh' },
    { source: 'power bank', target: 'Powerbank', lang: 'de' },
    { source: 'HelloWorld', target: 'HelloWorld' },
    { source: 'ear tips', target: '耳塞套' },
  ];

  it('renders a source term as the target term for the matching target only', () => {
    const zh = protect('The Power Bank arrived broken', { glossary, doNotTranslate: [], target: 'zh' });
    expect(zh.spans).toBe(1);
    expect(zh.text).toBe('The ⟦0⟧ arrived broken');
    expect(zh.restore('⟦0⟧到货时坏了')).toBe('充电宝到货时坏了');
    const de = protect('The Power Bank arrived broken', { glossary, doNotTranslate: [], target: 'de' });
    expect(de.restore('Die ⟦0⟧ kam kaputt an')).toBe('Die Powerbank kam kaputt an');
    const fr = protect('The Power Bank arrived broken', { glossary, doNotTranslate: [], target: 'fr' });
    expect(fr.spans).toBe(0);
  });

  it('matches whole words only in spaced scripts', () => {
    const p = protect('my earphones: the ear tips fell off; tears', {
      glossary: [{ source: 'ear', target: 'OHR' }],
      doNotTranslate: [],
      target: 'de',
    });
    expect(p.spans).toBe(1);
    expect(p.text).toBe('my earphones: the ⟦0⟧ tips fell off; tears');
  });

  it('a glossary entry without lang applies to every target; longer terms win', () => {
    const p = protect('the ear tips are missing', {
      glossary: [...glossary, { source: 'ear', target: 'x' }],
      doNotTranslate: [],
      target: 'ja',
    });
    expect(p.spans).toBe(1);
    expect(p.restore('⟦0⟧がありません')).toBe('耳塞套がありません');
  });

  it('matches CJK glossary terms inside unspaced text', () => {
    const p = protect('我的充电宝坏了，换一个充电宝', {
      glossary: [{ source: '充电宝', target: 'power bank', lang: 'en' }],
      doNotTranslate: [],
      target: 'en',
    });
    expect(p.spans).toBe(2);
    expect(p.text).toBe('我的⟦0⟧坏了，换一个⟦1⟧');
    expect(p.restore('My ⟦0⟧ is broken, replace the ⟦1⟧')).toBe(
      'My power bank is broken, replace the power bank',
    );
  });

  it('keeps do-not-translate words as the buyer wrote them', () => {
    const p = protect('Is the helloworld Pro case waterproof?', {
      glossary: [],
      doNotTranslate: ['HelloWorld Pro'],
      target: 'zh',
    });
    expect(p.text).toBe('Is the ⟦0⟧ case waterproof?');
    expect(p.restore('⟦0⟧ 保护壳防水吗？')).toBe('helloworld Pro 保护壳防水吗？');
  });

  it('never replaces a term inside a URL or an id', () => {
    const p = protect('see https://shop.example.com/power-bank-10000 power bank', {
      glossary: [{ source: 'power', target: 'P' }],
      doNotTranslate: [],
      target: 'zh',
    });
    expect(p.spans).toBe(2);
    expect(p.restore(p.text)).toBe('see https://shop.example.com/power-bank-10000 P bank');
  });
});

describe('protect: restoring what engines do to tokens', () => {
  const text = 'Order 113-4829301-2293847 and AB123456789GB';

  it('tolerates spaces inside and around tokens', () => {
    const p = protect(text, none);
    expect(p.restore('订单 ⟦ 0 ⟧ 和 ⟦1 ⟧')).toBe('订单 113-4829301-2293847 和 AB123456789GB');
    expect(p.restore('Bestellung ⟦ 0⟧ und ⟦1⟧')).toBe('Bestellung 113-4829301-2293847 und AB123456789GB');
  });

  it('drops spaces the engine added next to CJK where the original had none', () => {
    const p = protect('我的LP00123456789012还没到', none);
    expect(p.text).toBe('我的⟦0⟧还没到');
    expect(p.restore('私の ⟦0⟧ はまだ届いていません')).toBe('私のLP00123456789012はまだ届いていません');
    expect(p.restore('My ⟦0⟧ has not arrived')).toBe('My LP00123456789012 has not arrived');
  });

  it('tolerates look-alike brackets and localised digits', () => {
    const p = protect(text, none);
    expect(p.restore('订单【０】和〚١〛')).toBe('订单113-4829301-2293847和AB123456789GB');
    expect(p.restore('Order [0] and ［1］')).toBe('Order 113-4829301-2293847 and AB123456789GB');
  });

  it('appends a token the provider dropped, so no span is lost', () => {
    const p = protect(text, none);
    expect(p.restore('订单和 ⟦1⟧ ')).toBe('订单和 AB123456789GB 113-4829301-2293847');
    expect(p.restore('')).toBe('113-4829301-2293847 AB123456789GB');
  });

  it('leaves tokens that are not ours alone', () => {
    const p = protect(text, none);
    expect(p.restore('⟦0⟧ ⟦1⟧ ⟦7⟧')).toBe('113-4829301-2293847 AB123456789GB ⟦7⟧');
  });
});

describe('protect: hostile input', () => {
  it('a literal {0} or ⟦0⟧ in buyer text is itself protected and comes back once, not re-read', () => {
    const p = protect('my code is {0} and ⟦1⟧ and order 113-4829301-2293847', none);
    expect(p.spans).toBe(3);
    expect(p.text).toBe('my code is ⟦0⟧ and ⟦1⟧ and order ⟦2⟧');
    expect(p.restore('我的代码是 ⟦0⟧，还有 ⟦1⟧ 和订单 ⟦2⟧')).toBe(
      '我的代码是 {0}，还有 ⟦1⟧ 和订单 113-4829301-2293847',
    );
  });

  it('square-bracket numbers in the buyer text are not mistaken for mangled tokens', () => {
    const p = protect('see photo [1] of B08XYZ1234', none);
    expect(p.text).toBe('see photo [1] of ⟦0⟧');
    expect(p.restore('见照片 [1]，商品 ⟦0⟧')).toBe('见照片 [1]，商品 B08XYZ1234');
  });

  it('markup is plain text to it', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(1)> order 113-4829301-2293847';
    const { p, back } = roundTrip(text);
    expect(p.spans).toBe(1);
    expect(back).toBe(text);
  });

  it('glossary terms with regex characters are literal', () => {
    const p = protect('is the C++ (v2) cable ok? C+ no', {
      glossary: [{ source: 'C++ (v2)', target: 'CPP2' }],
      doNotTranslate: ['a.b*'],
      target: 'en',
    });
    expect(p.spans).toBe(1);
    expect(p.restore(p.text)).toBe('is the CPP2 cable ok? C+ no');
  });
});
