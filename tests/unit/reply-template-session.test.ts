import { describe, expect, it } from 'vitest';
import {
  fillVariable,
  keepSession,
  missingVariables,
  sessionFor,
  startTemplate,
  templateUse,
} from '../../components/reply-templates/template-session';
import type { TemplateRecord } from '../../core/templates/types';

function template(bodies: Record<string, string>, overrides: Partial<TemplateRecord> = {}): TemplateRecord {
  return {
    id: 'tpl_tracking',
    name: 'Tracking number',
    category: 'tracking',
    bodies,
    platforms: [],
    keyword: 'track',
    intents: [],
    usageCount: 0,
    lastUsedAt: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const BODIES = {
  zh: '{{buyer_name}} 您好，订单 {{order_id}} 已发货，物流单号 {{tracking_number}}。',
  en: 'Hi {{buyer_name}}, order {{order_id}} has shipped, tracking number {{tracking_number}}.',
};

describe('a template in the side panel reply', () => {
  it('uses the buyer-language body when there is one, filled with what the thread knows', () => {
    const { session, draft } = startTemplate(template(BODIES), {
      buyerLanguage: 'en',
      agentLanguage: 'zh',
      values: { buyer_name: 'Kim', order_id: '111-9876543-2101234' },
      via: 'suggestion',
    });

    expect(draft).toBe('Hi Kim, order 111-9876543-2101234 has shipped, tracking number {{tracking_number}}.');
    expect(session).toMatchObject({ templateId: 'tpl_tracking', language: 'en', needsTranslation: false });
    expect(missingVariables(draft)).toEqual(['tracking_number']);
  });

  it("takes the agent's language body, to be translated, when the buyer's language has none", () => {
    const { session, draft } = startTemplate(template(BODIES), {
      buyerLanguage: 'de',
      agentLanguage: 'zh',
      values: {
        buyer_name: 'Jürgen',
        order_id: '302-5938271-4410923',
        tracking_number: '00340434161094042557',
      },
      via: 'side-panel',
    });

    expect(session).toMatchObject({ language: 'zh', needsTranslation: true, via: 'side-panel' });
    expect(draft).toBe('Jürgen 您好，订单 302-5938271-4410923 已发货，物流单号 00340434161094042557。');
    expect(missingVariables(draft)).toEqual([]);
  });

  it('fills a missing variable everywhere, and never with a blank value', () => {
    const draft = 'Tracking {{tracking_number}} ({{ Tracking Number }}), order {{order_id}}';

    expect(fillVariable(draft, 'tracking_number', '   ')).toBe(draft);
    const filled = fillVariable(draft, 'tracking_number', ' 1Z999AA10123456784 ');

    expect(filled).toBe('Tracking 1Z999AA10123456784 (1Z999AA10123456784), order {{order_id}}');
    expect(missingVariables(filled)).toEqual(['order_id']);
  });

  it('keeps text the agent typed and placeholders it does not know', () => {
    expect(missingVariables('Hello {{coupon}} and {{ not closed')).toEqual([]);
    expect(fillVariable('Hi {{buyer_name}} {{coupon}}', 'buyer_name', 'Ana')).toBe('Hi Ana {{coupon}}');
  });

  it('reports the inserted language: the translation target, or the body language', () => {
    const session = startTemplate(template(BODIES), {
      buyerLanguage: 'de',
      agentLanguage: 'zh',
      values: {},
      via: 'suggestion',
    }).session;

    expect(templateUse(session, 't1', { translated: true, language: 'de' })).toEqual({
      templateId: 'tpl_tracking',
      threadId: 't1',
      via: 'suggestion',
      language: 'de',
      translated: true,
    });
    expect(templateUse(session, 't1', { translated: false, language: undefined })).toMatchObject({
      language: 'zh',
      translated: false,
    });
  });

  it('keeps one session per thread until it is let go', () => {
    const session = startTemplate(template(BODIES), {
      buyerLanguage: 'en',
      agentLanguage: 'en',
      values: {},
      via: 'suggestion',
    }).session;
    keepSession('thread-a', session);

    expect(sessionFor('thread-a')).toBe(session);
    expect(sessionFor('thread-b')).toBeUndefined();
    keepSession('thread-a', undefined);
    expect(sessionFor('thread-a')).toBeUndefined();
  });
});
