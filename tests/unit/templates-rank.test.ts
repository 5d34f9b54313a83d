import { describe, expect, it } from 'vitest';
import { classifyMessage, INTENTS } from '../../core/intent';
import type { Classification } from '../../core/intent/types';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import { rankTemplates, suggestTemplates, templateByKeyword, withinOneEdit } from '../../core/templates/rank';
import type { TemplateRecord } from '../../core/templates/types';

let n = 0;
function tpl(overrides: Partial<TemplateRecord>): TemplateRecord {
  n++;
  return {
    id: `tpl_${n}`,
    name: `Template ${n}`,
    category: 'other',
    bodies: { en: 'Hello there.' },
    platforms: [],
    keyword: '',
    intents: [],
    usageCount: 0,
    lastUsedAt: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const wismo = tpl({
  name: 'Where is my order',
  keyword: 'wismo',
  category: 'tracking',
  bodies: { en: 'Your parcel is on its way.', zh: '您的包裹正在运输中。' },
});
const tracking = tpl({
  name: 'Tracking number',
  keyword: 'track',
  category: 'tracking',
  bodies: { en: 'Tracking: {{tracking_number}}' },
});
const delay = tpl({
  name: 'Shipping delay apology',
  keyword: 'delay',
  category: 'logistics-delay',
  bodies: { en: 'Sorry for the delay of your parcel.' },
});
const returns = tpl({
  name: '退货流程 Return process',
  keyword: 'return',
  category: 'return-process',
  bodies: { zh: '请在订单中申请退货。', en: 'Start a return from your order.' },
});
const refund = tpl({
  name: 'Refund issued',
  keyword: 'refund',
  category: 'refund',
  bodies: { en: 'We refunded your order.' },
});
const broken = tpl({
  name: 'Damaged item',
  keyword: 'broken',
  category: 'damaged-item',
  bodies: { en: 'Please send photos of the damage.' },
});
const ebayOnly = tpl({
  name: 'eBay return label',
  keyword: 'ebayreturn',
  category: 'return-process',
  platforms: ['ebay'],
  bodies: { en: 'Use the eBay return label.' },
});
const review = tpl({
  name: 'Bad experience follow-up',
  keyword: 'review',
  category: 'negative-review',
  bodies: { en: 'We are sorry.' },
});
const thanks = tpl({ name: 'Thank you', keyword: 'thanks', category: 'thanks', bodies: { en: 'Thanks!' } });
const all = [wismo, tracking, delay, returns, refund, broken, ebayOnly, review, thanks];

const ids = (ranked: { template: TemplateRecord }[]) => ranked.map((r) => r.template.id);
const first = (query: string, extra: Partial<Parameters<typeof rankTemplates>[1]> = {}) =>
  rankTemplates(all, { query, ...extra })[0]?.template;

describe('rankTemplates', () => {
  it.each([
    ['wismo', wismo],
    ['WISMO', wismo],
    ['/wismo', wismo],
    ['wis', wismo],
    ['track', tracking],
    ['tra', tracking],
    ['refund', refund],
    ['broken', broken],
  ])('keyword %s → %s', (query, expected) => {
    expect(first(query)?.id).toBe(expected.id);
  });

  it('an exact keyword beats a name word and a body word', () => {
    const byName = tpl({ name: 'Refund policy', keyword: 'policy' });
    const byBody = tpl({ name: 'Misc', bodies: { en: 'refund refund refund' } });
    const ranked = rankTemplates([byBody, byName, refund], { query: 'refund' });
    expect(ids(ranked)).toEqual([refund.id, byName.id, byBody.id]);
    expect(ranked[0]!.reasons[0]).toBe('keyword');
  });

  it.each([
    ['wimso', wismo], // transposition
    ['wsmo', wismo], // deletion (4 chars)
    ['brokn', broken],
    ['refnud', refund],
    ['shiping', delay], // name word typo
    ['apolgy', delay],
    ['retrn', returns],
  ])('forgives one typo from 4 characters on: %s → %s', (query, expected) => {
    expect(first(query)?.id).toBe(expected.id);
  });

  it('does not forgive typos in short queries or two typos', () => {
    expect(rankTemplates(all, { query: 'tcx' }).map((r) => r.template.id)).not.toContain(tracking.id);
    expect(rankTemplates(all, { query: 'wmiso' })).toEqual([]);
    expect(rankTemplates(all, { query: 'xyzzy' })).toEqual([]);
  });

  it('finds Chinese by substring in name and body', () => {
    expect(first('退货')?.id).toBe(returns.id);
    expect(first('流程')?.id).toBe(returns.id);
    expect(first('包裹')?.id).toBe(wismo.id);
    expect(rankTemplates(all, { query: '发票' })).toEqual([]);
    expect(first('退货return')?.id).toBe(returns.id);
    expect(first('退货 process')?.id).toBe(returns.id);
  });

  it('matches several words, each somewhere', () => {
    expect(first('shipping apology')?.id).toBe(delay.id);
    expect(rankTemplates(all, { query: 'shipping invoice' })).toEqual([]);
  });

  it('matches a subsequence of the name', () => {
    const ranked = rankTemplates(all, { query: 'dmgd' });
    expect(ids(ranked)).toEqual([broken.id]);
    expect(ranked[0]!.reasons).toContain('name-subsequence');
  });

  it('respects the platform scope', () => {
    expect(ids(rankTemplates(all, { query: 'ebayreturn', platform: 'amazon' }))).not.toContain(ebayOnly.id);
    expect(first('ebayreturn', { platform: 'ebay' })?.id).toBe(ebayOnly.id);
    expect(first('ebayreturn')?.id).toBe(ebayOnly.id);
    expect(rankTemplates(all, { query: '', platform: 'shopee' })).toHaveLength(all.length - 1);
  });

  it('breaks ties by usage count, then name', () => {
    const a = tpl({ name: 'B refund note', bodies: { en: 'x' }, usageCount: 1 });
    const b = tpl({ name: 'A refund note', bodies: { en: 'x' }, usageCount: 7 });
    const c = tpl({ name: 'C refund note', bodies: { en: 'x' }, usageCount: 1 });
    expect(ids(rankTemplates([a, c, b], { query: 'note' }))).toEqual([b.id, a.id, c.id]);
  });

  it('lifts templates with a body in the buyer language a little', () => {
    const en = tpl({ name: 'Greeting', bodies: { en: 'Hello' } });
    const de = tpl({ name: 'Greeting', bodies: { en: 'Hello', de: 'Hallo' } });
    expect(ids(rankTemplates([en, de], { query: 'greeting', language: 'de' }))).toEqual([de.id, en.id]);
  });

  it('an empty query lists everything in scope, the classification intent first', () => {
    const ranked = rankTemplates(all, {
      query: '',
      platform: 'amazon',
      classification: {
        intent: 'return-refund',
        intents: [{ intent: 'return-refund', score: 0.9 }],
        sentiment: 'neutral',
        urgent: false,
      },
    });
    expect(ranked).toHaveLength(all.length - 1);
    expect(ids(ranked).slice(0, 2)).toEqual([returns.id, refund.id]);
  });
});

const cls = (
  intents: Classification['intents'],
  sentiment: Classification['sentiment'] = 'neutral',
): Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent'> => ({
  intent: intents[0]?.intent ?? 'other',
  intents,
  sentiment,
  urgent: false,
});

describe('suggestTemplates', () => {
  it.each([
    ['where-is-order', [tracking.id, wismo.id, delay.id]],
    ['return-refund', [returns.id, refund.id]],
    ['damaged-defective', [broken.id, refund.id, returns.id]],
    ['thanks-positive', [thanks.id]],
    ['other', []],
  ] as const)('%s → %j', (intent, expected) => {
    const got = ids(suggestTemplates(all, cls([{ intent, score: 1 }]), 'amazon', 5));
    if (intent === 'where-is-order') {
      // Both tracking templates before the delay apology (their order is by usage, then name).
      expect(got.slice(0, 2).sort()).toEqual([tracking.id, wismo.id].sort());
      expect(got[2]).toBe(delay.id);
    } else expect(got).toEqual(expected);
  });

  it('adds the negative-review follow-up and puts apologies first for an unhappy buyer', () => {
    const got = ids(
      suggestTemplates(all, cls([{ intent: 'where-is-order', score: 1 }], 'negative'), 'amazon', 5),
    );
    expect(got[0]).toBe(delay.id);
    expect(got).toContain(review.id);
    expect(ids(suggestTemplates(all, cls([{ intent: 'other', score: 0.2 }], 'negative'), 'amazon'))).toEqual([
      review.id,
    ]);
  });

  it('follows the scores of several intents and the limit', () => {
    const got = ids(
      suggestTemplates(
        all,
        cls([
          { intent: 'wrong-item', score: 0.4 },
          { intent: 'cancel-order', score: 0.9 },
        ]),
        'amazon',
        2,
      ),
    );
    expect(got).toEqual([refund.id, returns.id]);
  });

  it('uses explicit intents over the category, and stays within the platform', () => {
    const odd = tpl({ name: 'Custom', category: 'other', intents: ['invoice'] });
    expect(ids(suggestTemplates([...all, odd], cls([{ intent: 'invoice', score: 1 }]), 'amazon'))).toEqual([
      odd.id,
    ]);
    const ebayRet = ids(suggestTemplates(all, cls([{ intent: 'return-refund', score: 1 }]), 'ebay', 5));
    expect(ebayRet).toContain(ebayOnly.id);
    expect(
      ids(suggestTemplates(all, cls([{ intent: 'return-refund', score: 1 }]), 'shopee', 5)),
    ).not.toContain(ebayOnly.id);
  });

  it('falls back to the single intent when the intents list is empty', () => {
    expect(
      ids(
        suggestTemplates(
          all,
          { intent: 'invoice', intents: [], sentiment: 'neutral', urgent: false },
          undefined,
        ),
      ),
    ).toEqual([]);
    expect(
      ids(
        suggestTemplates(
          all,
          { intent: 'thanks-positive', intents: [], sentiment: 'positive', urgent: false },
          undefined,
        ),
      ),
    ).toEqual([thanks.id]);
  });

  it('suggests from the default pack for every intent but other, never the off-hours notice', () => {
    for (const intent of INTENTS.filter((i) => i !== 'other')) {
      const got = suggestTemplates(DEFAULT_TEMPLATES, cls([{ intent, score: 1 }], 'negative'), 'shopee', 10);
      expect(got.length, intent).toBeGreaterThan(0);
      expect(ids(got)).not.toContain('default:off-hours');
    }
    expect(
      suggestTemplates(DEFAULT_TEMPLATES, cls([{ intent: 'damaged-defective', score: 1 }]), 'amazon')[0]!
        .template.category,
    ).toBe('damaged-item');
    expect(
      suggestTemplates(DEFAULT_TEMPLATES, cls([{ intent: 'where-is-order', score: 1 }]), 'amazon')[0]!
        .template.category,
    ).toBe('tracking');
  });
});

describe('suggestions from the default pack', () => {
  const top = (c: Parameters<typeof suggestTemplates>[1], limit = 3) =>
    suggestTemplates(DEFAULT_TEMPLATES, c, 'amazon', limit).map((r) => r.template.id.replace('default:', ''));

  it('lists the usual answer before special cases when they tie (pack order)', () => {
    expect(top(cls([{ intent: 'where-is-order', score: 0.9 }]))).toEqual([
      'tracking-info',
      'order-status',
      'shipping-delay',
    ]);
  });

  it('gives an unhappy buyer the apology first but still a tracking answer (two per category at most)', () => {
    const got = top(cls([{ intent: 'where-is-order', score: 0.74 }], 'negative'));
    expect(got[0]).toBe('shipping-delay');
    expect(got).toContain('tracking-info');
  });

  it('lets the main intent lead when two scored alike, and offers refund and return for damage and wrong items', () => {
    const broken = {
      ...cls([
        { intent: 'damaged-defective', score: 0.74 },
        { intent: 'return-refund', score: 0.74 },
      ]),
    };
    expect(top(broken)[0]).toBe('damaged-item');
    expect(top({ ...broken, intent: 'return-refund' })[0]).toBe('return-process');
    expect(top(cls([{ intent: 'damaged-defective', score: 0.9 }]))).toEqual([
      'damaged-item',
      'refund-issued',
      'return-process',
    ]);
    expect(top(cls([{ intent: 'wrong-item', score: 0.9 }]))).toEqual([
      'wrong-item',
      'return-process',
      'refund-issued',
    ]);
  });

  it.each([
    ['en', 'Hi, could you tell me where my order is?', 'tracking-info'],
    ['zh', '请问我的包裹现在到哪里了？', 'tracking-info'],
    ['zh', '收到的杯子碎了，怎么办？', 'damaged-item'],
    ['en', 'Please send me an invoice with VAT for my company.', 'invoice'],
    ['en', 'Can I change the shipping address of my order?', 'order-change'],
    ['en', 'Thank you so much, everything arrived perfectly!', 'thanks'],
  ])('with the real classifier: %s "%s" → %s first', (language, text, expected) => {
    expect(top(classifyMessage(text, { language }))[0]).toBe(expected);
  });

  it.each([
    ['en', 'Where is my order? It has been 3 weeks and nothing arrived.'],
    ['zh', '我的包裹到哪里了？已经两周了还没收到'],
  ])(
    'with the real classifier: a long wait (%s "%s") gets the delay apology and the tracking answer',
    (language, text) => {
      expect(top(classifyMessage(text, { language }))).toEqual(
        expect.arrayContaining(['shipping-delay', 'tracking-info']),
      );
    },
  );
});

describe('templateByKeyword', () => {
  it('finds the exact keyword, case-insensitive, within the platform', () => {
    expect(templateByKeyword(all, 'WISMO', 'amazon')?.id).toBe(wismo.id);
    expect(templateByKeyword(all, 'wism', 'amazon')).toBeUndefined();
    expect(templateByKeyword(all, 'ebayreturn', 'amazon')).toBeUndefined();
    expect(templateByKeyword(all, 'ebayreturn', 'ebay')?.id).toBe(ebayOnly.id);
    expect(templateByKeyword(all, '', 'ebay')).toBeUndefined();
  });

  it('prefers the platform-specific template, then the most used', () => {
    const general = tpl({ keyword: 'hi', usageCount: 50 });
    const shopee = tpl({ keyword: 'hi', platforms: ['shopee'] });
    const used = tpl({ keyword: 'hi', usageCount: 60 });
    expect(templateByKeyword([general, shopee, used], 'hi', 'shopee')?.id).toBe(shopee.id);
    expect(templateByKeyword([general, shopee, used], 'hi', 'amazon')?.id).toBe(used.id);
  });

  it("prefers the seller's own template over a default with the same keyword", () => {
    const builtIn = tpl({ keyword: 'refund', builtIn: true, usageCount: 9 });
    const mine = tpl({ keyword: 'Refund' });
    expect(templateByKeyword([builtIn, mine], 'refund', 'ebay')?.id).toBe(mine.id);
  });

  it('finds every default keyword', () => {
    for (const t of DEFAULT_TEMPLATES)
      expect(templateByKeyword(DEFAULT_TEMPLATES, t.keyword, 'amazon')?.id).toBe(t.id);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['abcd', 'abcd', true],
    ['abcd', 'abxd', true],
    ['abcd', 'abdc', true],
    ['abcd', 'abc', true],
    ['abc', 'abcd', true],
    ['abcd', 'ab', false],
    ['abcd', 'badc', false],
    ['abcd', 'axcy', false],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

/** Optimal string alignment distance (adjacent swaps count one), the reference for withinOneEdit. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

it('withinOneEdit agrees with the edit distance on random short words', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const word = () =>
    Array.from({ length: Math.floor(random() * 6) }, () => 'aab'[Math.floor(random() * 3)]).join('');
  for (let k = 0; k < 5000; k++) {
    const a = word();
    const b =
      random() < 0.5
        ? word()
        : a.slice(0, Math.floor(random() * (a.length + 1))) +
          'ab'[Math.floor(random() * 2)] +
          a.slice(Math.floor(random() * (a.length + 1)));
    expect(withinOneEdit(a, b), `${a} ~ ${b}`).toBe(osa(a, b) <= 1);
  }
});
