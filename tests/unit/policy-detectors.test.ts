import { describe, expect, it } from 'vitest';
import type { Platform } from '../../core/model';
import { checkPolicy, type PolicyRule } from '../../core/policy';
import { foldText } from '../../core/policy/normalize';

/** Findings of one rule only (the other rules are covered by their own tables). */
const only = (rule: PolicyRule, text: string, platform: Platform = 'amazon', language?: string) =>
  checkPolicy(text, platform, { language })
    .filter((f) => f.rule === rule)
    .map((f) => f.match);

describe('phone numbers', () => {
  it.each([
    ['China mobile, international', '电话 +86 138 0013 8000', '+86 138 0013 8000'],
    ['China mobile, bare', '打给我 13800138000 谢谢', '13800138000'],
    ['China mobile, digits spaced one by one', '1 3 8 0 0 1 3 8 0 0 0', '1 3 8 0 0 1 3 8 0 0 0'],
    ['Japan, full-width', '電話：０８０－１２３４－５６７８', '０８０－１２３４－５６７８'],
    ['Japan, long-vowel mark as dash', '０８０ー１２３４ー５６７８までどうぞ', '０８０ー１２３４ー５６７８'],
    ['Korea', '010-1234-5678로 연락 주세요', '010-1234-5678'],
    ['Germany', 'Rufen Sie an: 0151 23456789', '0151 23456789'],
    ['France', 'Appelez le 06 12 34 56 78', '06 12 34 56 78'],
    ['UK', 'ring 07700 900123', '07700 900123'],
    ['US, brackets', 'call (555) 123-4567', '(555) 123-4567'],
    ['US, dashes', 'my cell 555-123-4567', '555-123-4567'],
    ['US, dots after "text me"', 'text me 555.123.4567', '555.123.4567'],
    ['Indonesia', 'WA 0812-3456-7890 ya', '0812-3456-7890'],
    ['Thailand', 'โทร 081-234-5678 ค่ะ', '081-234-5678'],
    ['Vietnam', 'sđt 0912 345 678', '0912 345 678'],
    ['Philippines', 'text mo ako 0917 123 4567', '0917 123 4567'],
    ['Malaysia', 'hubungi 012-345 6789', '012-345 6789'],
    ['Saudi Arabia, Arabic-Indic digits', 'جوال ٠٥٠١٢٣٤٥٦٧', '٠٥٠١٢٣٤٥٦٧'],
    ['Spain, only with a phone word', 'teléfono 612 345 678', '612 345 678'],
    ['with 00 instead of +', 'tel 0049 151 23456789', '0049 151 23456789'],
    ['after a dotted abbreviation', 'Tel.0812 3456 7890', '0812 3456 7890'],
    ['digits spaced by dots', 'hp 0.8.1.2.3.4.5.6.7.8.9.0', '0.8.1.2.3.4.5.6.7.8.9.0'],
    ['circled digits', '①③⑧⓪⓪①③⑧⓪⓪⓪', '①③⑧⓪⓪①③⑧⓪⓪⓪'],
  ])('finds %s', (_, text, match) => {
    expect(only('phone', text)).toEqual([match]);
  });

  it.each([
    ['Amazon order id', 'Order 111-2300471-3237033'],
    ['eBay order number', 'eBay order 12-34567-89012'],
    ['Shopee order sn', 'Đơn 241004ABCD1234'],
    ['eBay item number', 'item 123456789012'],
    ['tracking number (USPS)', 'Tracking 9400111899223197428490'],
    ['tracking number with letters', 'SF1234567890123 / YT2412345678901 / 1Z999AA10123456784'],
    ['Japanese tracking 4-4-4', '追跡番号 1234-5678-9012'],
    ['a 0-prefixed number after an order word', 'Bestellnummer 0123456789'],
    ['SKU', 'SKU-12345678 and 12345678-AB'],
    ['ISBN', 'ISBN 978-3-16-148410-0'],
    ['prices', '$1,299.00, 1.299.000 VND, €1 234 567, ¥12800000'],
    ['dates', '2024-10-04, 04.10.2024, 10/04/2024, 2024年10月4日'],
    ['a date with a time', 'am 04.10.2024 12:30 Uhr'],
    ['times', '10:30-12:00, 08.30 - 17.30'],
    ['durations and quantities', '5 days, 3 pcs, 2-3 weeks'],
    ['version numbers', 'v1.2.3, 16.4.1, 2.0.12345'],
    ['a number grouped in thousands', 'Total 1 234 567 points'],
  ])('does not take %s for a phone number', (_, text) => {
    expect(only('phone', text)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['plain', 'name.surname+shop@gmail.com', 'name.surname+shop@gmail.com'],
    ['full-width at sign', 'ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ', 'ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ'],
    ['spelled out', 'name at gmail dot com', 'name at gmail dot com'],
    ['bracketed', 'name(at)gmail(dot)com', 'name(at)gmail(dot)com'],
    ['square brackets', 'name [at] shop [dot] de', 'name [at] shop [dot] de'],
    ['provider only', 'mail 12345 at qq', '12345 at qq'],
    ['Chinese', '12345艾特qq点com', '12345艾特qq点com'],
    ['Spanish', 'juan arroba gmail punto com', 'juan arroba gmail punto com'],
    ['spaces around @', 'name @ shop.de', 'name @ shop.de'],
    ['zero-width spaces inside', 'na\u200bme@gm\u200bail.com', 'na\u200bme@gm\u200bail.com'],
  ])('finds %s', (_, text, match) => {
    expect(only('email', text)).toEqual([match]);
  });

  it.each([
    'We will arrive at noon.',
    'Look at it. It works.',
    'The package is at the post office.',
    'Follow @helloworld for updates',
  ])('leaves prose alone: %s', (text) => {
    expect(only('email', text)).toEqual([]);
  });
});

describe('links', () => {
  it.each([
    ['https URL', 'see https://shop.example.com/p?id=1.', 'https://shop.example.com/p?id=1'],
    ['www', 'Visit www.myshop.com!', 'www.myshop.com'],
    ['bare domain', 'order at myshop.store', 'myshop.store'],
    ['short link', 'bit.ly/3abc', 'bit.ly/3abc'],
    ['spelled-out dots', 'myshop dot com', 'myshop dot com'],
    ['bracketed dot', 'myshop(dot)com', 'myshop(dot)com'],
    ['Chinese dots', 'www。myshop。com', 'www。myshop。com'],
    ['full-width', 'ｗｗｗ．ｍｙｓｈｏｐ．ｃｏｍ', 'ｗｗｗ．ｍｙｓｈｏｐ．ｃｏｍ'],
    ['in brackets', '(see https://x.io/a)', 'https://x.io/a'],
    ['right before Chinese', '请访问https://x.cn/a谢谢', 'https://x.cn/a'],
  ])('finds %s', (_, text, match) => {
    expect(only('link', text, 'shopee')).toEqual([match]);
  });

  it.each([
    'e.g. the manual.pdf and photo.jpg',
    'It arrived.It works now.',
    'Version 1.2.3 and No.5',
    'i.e. Mr.Smith at St.Louis',
    'U.S. customers',
    'Thank you for shopping on Amazon.com and Amazon.co.uk!',
  ])('leaves prose and file names alone: %s', (text) => {
    expect(only('link', text)).toEqual([]);
  });

  it.each([
    ['ebay', 'https://www.ebay.de/itm/123456789012', []],
    ['ebay', 'ebay.co.uk/help', []],
    ['ebay', 'https://ebay.us/abc', []],
    ['ebay', 'https://www.amazon.de/dp/B0C1234567', ['https://www.amazon.de/dp/B0C1234567']],
    ['shopee', 'https://shopee.co.th/product/1/2', []],
    ['shopee', 'https://shp.ee/abc', []],
    ['shopee', 'https://www.ebay.de/itm/1', ['https://www.ebay.de/itm/1']],
    [
      'amazon',
      'https://www.amazon.de/gp/help/customer/display.html',
      ['https://www.amazon.de/gp/help/customer/display.html'],
    ],
    [
      'amazon',
      'https://sellercentral.amazon.de/orders-v3/order/302-5938271-4410923',
      ['https://sellercentral.amazon.de/orders-v3/order/302-5938271-4410923'],
    ],
  ] as const)('on %s, %s → %j', (platform, text, expected) => {
    expect(only('link', text, platform)).toEqual(expected);
  });

  it('does not let a lookalike host pass as the platform', () => {
    expect(only('link', 'https://ebay.de.evil.com/x', 'ebay')).toEqual(['https://ebay.de.evil.com/x']);
    expect(only('link', 'https://myebay.com/x', 'ebay')).toEqual(['https://myebay.com/x']);
  });
});

describe('messenger handles and obfuscated brands', () => {
  it.each([
    'w h a t s a p p',
    'W.H.A.T.S.A.P.P',
    "what's app",
    'ＷｈａｔｓＡｐｐ',
    '𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩',
    'whats\u200bapp',
    'wa.me/491512345678',
    'WA: 0812',
    'WeChat',
    'we chat',
    't e l e g r a m',
    't.me/myshop',
    'LINE ID: shop01',
    'IG: @myshop',
    'zalo',
    'VX: shop123',
    '加V信',
    'QQ: 12345678',
    'FB: myshop',
    'Facebook',
    'Instagram',
    'Telegram',
    'viber',
    'KakaoTalk',
  ])('%s', (text) => {
    expect(checkPolicy(text, 'ebay').map((f) => f.rule)).toContain('contact-details');
  });

  it.each(['Please wait in line.', 'online', 'The line is busy.', 'was it ok', 'messages'])(
    'leaves words alone: %s',
    (text) => {
      expect(checkPolicy(text, 'ebay', { language: 'en' })).toEqual([]);
    },
  );
});

describe('off-platform payment', () => {
  it.each([
    ['paypal.me link', 'paypal.me/myshop', 'paypal.me/myshop'],
    ['PayPal friends and family', 'send it via PayPal friends & family', 'PayPal friends & family'],
    ['pay me by PayPal', 'Pay me via PayPal please', 'Pay me via PayPal'],
    ['Alipay', '可以用支付宝', '支付宝'],
    ['Indonesian bank transfer', 'transfer ke rekening BCA', 'transfer ke rekening'],
    ['Vietnamese bank transfer', 'chuyển khoản cho shop', 'chuyển khoản'],
    ['Thai bank transfer', 'โอนเงินมาได้เลย', 'โอนเงิน'],
    ['order from our website', 'You can order from our website next time.', 'order from our website'],
  ])('%s', (_, text, match) => {
    expect(only('off-platform', text, 'ebay')).toEqual([match]);
  });

  it.each([
    'You paid with PayPal at checkout, so the refund goes back to PayPal.',
    'The refund will go back to your original payment method within 3-5 days.',
    'You can find it in our eBay store.',
  ])('eBay checkout words stay clean: %s', (text) => {
    expect(checkPolicy(text, 'ebay', { language: 'en' })).toEqual([]);
  });
});

describe('folding keeps offsets into the original text', () => {
  it('maps every folded unit back to its source code point', () => {
    const text = '😀Ｗß١';

    const folded = foldText(text);

    expect(folded.text).toBe('😀wss1');
    expect([...folded.from]).toEqual([0, 0, 2, 3, 3, 4]);
    expect([...folded.to]).toEqual([2, 2, 3, 4, 4, 5]);
  });

  it('reports findings after astral characters and ligatures at their original offsets', () => {
    const text = '🎉🎉 Straße ﬁne — mail ｍｅ＠ｘ．ｄｅ';

    const [finding] = checkPolicy(text, 'amazon');

    expect(finding?.rule).toBe('email');
    expect(text.slice(finding!.start, finding!.end)).toBe('ｍｅ＠ｘ．ｄｅ');
  });
});
