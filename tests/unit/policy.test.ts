import { describe, expect, it } from 'vitest';
import type { Platform } from '../../core/model';
import { checkPolicy, POLICY_RULES, type PolicyRule, rulesFor } from '../../core/policy';

/** `rule:match` for each finding, the way a reviewer reads them. */
const found = (text: string, platform: Platform, language?: string) =>
  checkPolicy(text, platform, { language }).map((f) => `${f.rule}:${f.match}`);

describe('rulesFor', () => {
  it('applies every rule on Amazon', () => {
    expect([...rulesFor('amazon')].sort()).toEqual([...POLICY_RULES].sort());
  });

  it.each(['ebay', 'shopee'] as const)(
    'applies contact details and off-platform rules only on %s',
    (platform) => {
      expect([...rulesFor(platform)].sort()).toEqual([
        'contact-details',
        'email',
        'link',
        'off-platform',
        'phone',
      ]);
    },
  );
});

describe('checkPolicy: contact details on every platform', () => {
  const platforms: Platform[] = ['amazon', 'ebay', 'shopee'];
  const cases: [string, PolicyRule, string][] = [
    ['Visit www.myshop.com for more.', 'link', 'www.myshop.com'],
    ['See https://x.io/a?b=1.', 'link', 'https://x.io/a?b=1'],
    ['Download it from bit.ly/3abc', 'link', 'bit.ly/3abc'],
    ['Write to name.surname+shop@gmail.com today', 'email', 'name.surname+shop@gmail.com'],
    ['my mail: name at gmail dot com', 'email', 'name at gmail dot com'],
    ['邮箱 12345(at)qq(dot)com', 'email', '12345(at)qq(dot)com'],
    ['WhatsApp: +86 138 0013 8000', 'phone', '+86 138 0013 8000'],
    ['請致電 ０８０－１２３４－５６７８', 'phone', '０８０－１２３４－５６７８'],
    ['call me at (555) 123-4567', 'phone', '(555) 123-4567'],
    ['w h a t s a p p me', 'contact-details', 'w h a t s a p p'],
    ['加我微信 abc123', 'contact-details', '加我微信'],
  ];
  for (const platform of platforms) {
    it.each(cases)(`${platform}: %s → %s`, (text, rule, match) => {
      expect(found(text, platform)).toContain(`${rule}:${match}`);
    });
  }
});

describe('checkPolicy: negatives stay clean', () => {
  it.each([
    'Your order 111-2300471-3237033 has shipped.',
    'eBay order 12-34567-89012 was refunded.',
    'Shopee order 241004ABCD1234 is on its way.',
    'Tracking number 9400111899223197428490, carrier USPS.',
    'SKU AB-12345678 and item 123456789012.',
    'It costs $1,299.00 or 1.299.000 VND.',
    'Delivered on 2024-10-04 at 10:30, or 04.10.2024.',
    'Please allow 5 days. Version 1.2.3 fixes it.',
    'We will review your request and get back to you.',
    'Thank you for your feedback, we will refund you today.',
    '感谢您的耐心等待，订单号 111-2300471-3237033 已发货。',
  ])('%s', (text) => {
    expect(found(text, 'amazon')).toEqual([]);
  });
});

describe('checkPolicy: platform differences', () => {
  it('flags an Amazon link on Amazon (the agent decides whether the order needs it)', () => {
    expect(found('See https://www.amazon.com/gp/your-account/order-details', 'amazon')).toHaveLength(1);
  });

  it('does not flag an eBay item link on eBay, but does on Shopee', () => {
    const text = 'Here it is: https://www.ebay.com/itm/123456789012';
    expect(found(text, 'ebay')).toEqual([]);
    expect(found(text, 'shopee')).toEqual(['link:https://www.ebay.com/itm/123456789012']);
  });

  it('flags review requests and marketing on Amazon only', () => {
    const text = 'Please leave us a 5-star review! Use discount code SAVE10.';
    expect(found(text, 'amazon')).toEqual([
      'review-request:leave us a 5-star review',
      'marketing:discount code',
    ]);
    expect(found(text, 'ebay')).toEqual([]);
  });
});

describe('checkPolicy: offsets', () => {
  it('reports UTF-16 offsets into the original text, sorted and non-overlapping', () => {
    const text = '😀 ｗｈａｔｓａｐｐ: name@gmail.com 加我 www.x.com';

    const findings = checkPolicy(text, 'ebay');

    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match);
    for (let i = 1; i < findings.length; i++)
      expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
    expect(findings.map((f) => f.rule)).toEqual(['contact-details', 'email', 'contact-details', 'link']);
  });
});

describe('checkPolicy: hostile input', () => {
  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['dots', 'a.'.repeat(50_000)],
    ['digits and spaces', '1 '.repeat(50_000)],
    ['pay and no spaces', `pay ${'x'.repeat(100_000)}`],
    ['at signs', 'a@'.repeat(50_000)],
    ['mixed', 'refund review 5 stars www. @ +86 '.repeat(3_000)],
    // Each of these once took seconds to minutes (an unbounded repetition in a lexicon entry, started at every
    // character of a language written without spaces); the test timeout is the loose time limit.
    ['a repeated Chinese request word', '给'.repeat(100_000)],
    ['one long number', '1'.repeat(100_000)],
    ['a repeated Arabic prefix', 'و'.repeat(100_000)],
    ['a repeated review verb', 'delete'.repeat(16_000)],
    ['repeated thanks', `${'thanks for '.repeat(9_000)}5 stars`],
    ['spaced letters', 'w h a t s a p '.repeat(7_000)],
  ])('completes on about 100 KB of %s', (_, text) => {
    expect(() => checkPolicy(text, 'amazon')).not.toThrow();
  });
});

describe('checkPolicy: overlaps', () => {
  it('lists an address or number inside a longer phrase on its own, and keeps the rest of the phrase', () => {
    const text = 'We refund you via WhatsApp +86 138 0013 8000 if you remove your negative review';

    expect(found(text, 'amazon')).toEqual([
      'contact-details:WhatsApp',
      'phone:+86 138 0013 8000',
      'review-incentive:if you remove your negative review',
    ]);
  });

  it('keeps the more specific reason for the same span (paypal.me is a payment, wa.me a messenger)', () => {
    expect(found('paypal.me/shop or wa.me/4915123456789', 'ebay')).toEqual([
      'off-platform:paypal.me/shop',
      'contact-details:wa.me/4915123456789',
    ]);
  });
});
