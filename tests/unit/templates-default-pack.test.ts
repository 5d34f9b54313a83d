import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../core/intent/types';
import { PLATFORMS } from '../../core/model';
import { checkPolicy } from '../../core/policy';
import { DEFAULT_TEMPLATES, OFF_HOURS_TEMPLATE_ID } from '../../core/templates/default-pack';
import { fillTemplate, variablesIn } from '../../core/templates/fill';
import { TEMPLATE_CATEGORIES } from '../../core/templates/types';
import { validateTemplateDraft } from '../../core/templates/validate';

describe('default template pack', () => {
  it('has at least 16 templates with unique default ids and keywords', () => {
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(16);
    const ids = DEFAULT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^default:[a-z-]+$/);
    const keywords = DEFAULT_TEMPLATES.map((t) => t.keyword);
    expect(new Set(keywords).size).toBe(keywords.length);
    for (const k of [
      'wismo',
      'track',
      'return',
      'refund',
      'broken',
      'wrong',
      'change',
      'cancel',
      'guide',
      'invoice',
      'review',
      'away',
      'thanks',
    ])
      expect(keywords).toContain(k);
  });

  it('covers every category but "other" and answers every intent but "other"', () => {
    const categories = new Set(DEFAULT_TEMPLATES.map((t) => t.category));
    for (const c of TEMPLATE_CATEGORIES) if (c !== 'other') expect(categories, c).toContain(c);
    const intents = new Set(DEFAULT_TEMPLATES.flatMap((t) => t.intents));
    for (const i of INTENTS.filter((intent) => intent !== 'other')) expect(intents, i).toContain(i);
  });

  it('has a zh and an en body everywhere, using the same known variables and nothing unknown', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(Object.keys(t.bodies).sort(), t.id).toEqual(['en', 'zh']);
      expect(t.bodies.zh, t.id).toMatch(/[\u4e00-\u9fff]/);
      expect(variablesIn(t.bodies.zh!).sort(), t.id).toEqual(variablesIn(t.bodies.en!).sort());
      for (const body of Object.values(t.bodies)) expect(fillTemplate(body, {}).unknown, t.id).toEqual([]);
      expect(t.builtIn).toBe(true);
      expect(t.platforms).toEqual([]);
    }
  });

  it('keeps every body short enough for any portal reply box, even after translation grows it', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(t.bodies.en!.length, t.id).toBeLessThanOrEqual(800);
      expect(t.bodies.zh!.length, t.id).toBeLessThanOrEqual(400);
    }
  });

  it('passes its own validation unchanged', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const check = validateTemplateDraft(t);
      expect(check.ok, t.id).toBe(true);
      if (check.ok)
        expect(check.draft).toMatchObject({
          name: t.name,
          bodies: t.bodies,
          keyword: t.keyword,
          category: t.category,
        });
    }
  });

  it('has a short, variable-free off-hours notice promising a reply within one business day', () => {
    const off = DEFAULT_TEMPLATES.find((t) => t.id === OFF_HOURS_TEMPLATE_ID)!;
    expect(off.category).toBe('off-hours');
    expect(off.keyword).toBe('away');
    for (const body of Object.values(off.bodies)) {
      expect(variablesIn(body)).toEqual([]);
      expect(body.length).toBeLessThan(300);
    }
    expect(off.bodies.en).toMatch(/within 1 business day/);
    expect(off.bodies.zh).toContain('1 个工作日内');
  });

  it('never mentions reviews, feedback, ratings, links or contact outside the platform', () => {
    const banned =
      /review|feedback|rating|stars?\b|coupon|discount|gift|http|www\.|@|whatsapp|wechat|微信|好评|评价|评论|星|优惠|返现|礼品|邮箱|电话/i;
    for (const t of DEFAULT_TEMPLATES)
      for (const body of Object.values(t.bodies)) expect(body, t.id).not.toMatch(banned);
  });

  it('passes the marketplace policy check on every platform, in its own language and with every lexicon', () => {
    for (const t of DEFAULT_TEMPLATES)
      for (const [language, body] of Object.entries(t.bodies))
        for (const platform of PLATFORMS) {
          for (const options of [{ language }, {}]) {
            const findings = checkPolicy(body, platform, options);
            expect(findings, `${t.id} ${language} ${platform}: ${JSON.stringify(findings)}`).toEqual([]);
          }
        }
  });

  it('still passes once filled with typical order and tracking numbers of each platform', () => {
    const samples = {
      amazon: {
        order_id: '302-1234567-1234567',
        tracking_number: '9400111899223345678901',
        site: 'amazon.de',
      },
      ebay: { order_id: '12-34567-89012', tracking_number: '1Z999AA10123456784', site: 'ebay.co.uk' },
      shopee: { order_id: '241004ABCD1234', tracking_number: 'SPXMY012345678901', site: 'shopee.com.my' },
    } as const;
    for (const platform of PLATFORMS)
      for (const t of DEFAULT_TEMPLATES)
        for (const [language, body] of Object.entries(t.bodies)) {
          const { text, missing } = fillTemplate(body, {
            buyer_name: 'Anna Müller',
            item_title: 'LED Desk Lamp 12W, USB-C',
            platform: 'Amazon',
            agent_name: 'Lily',
            store_name: 'Lumen Store',
            ...samples[platform],
          });
          expect(missing).toEqual([]);
          const findings = checkPolicy(text, platform, { language });
          expect(findings, `${t.id} ${language} ${platform}: ${JSON.stringify(findings)}`).toEqual([]);
        }
  });
});
