// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n-context';
import { ReplyDraft } from '../../components/reply-draft';
import { type InsertResult, onMessage, type ProtocolMap } from '../../core/protocol';
import type { TemplateRecord } from '../../core/templates/types';
import { settingsItem } from '../../storage/settings';
import { DEFAULT_TRANSLATION_SETTINGS, translationSettingsItem } from '../../storage/translation-settings';

/**
 * The side panel's reply box with templates, against a fake background (listTemplates, translateReply, insertReply,
 * templateUsed): suggestion → filled draft → missing variable blocks the insert → filled → translated into the
 * buyer's language → inserted, and the use counted with the language actually inserted.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const THREAD = 'amazon:amazon.de:case-1';
const TRACKING: TemplateRecord = {
  id: 'tpl_tracking',
  name: 'Tracking number',
  category: 'tracking',
  bodies: {
    zh: '{{buyer_name}} 您好，订单 {{order_id}} 已发货，物流单号 {{tracking_number}}。',
    en: 'Hi {{buyer_name}}, order {{order_id}} has shipped, tracking number {{tracking_number}}.',
  },
  platforms: [],
  keyword: 'track',
  intents: ['where-is-order'],
  usageCount: 0,
  lastUsedAt: 0,
  createdAt: 0,
  updatedAt: 0,
};
const THANKS: TemplateRecord = {
  ...TRACKING,
  id: 'tpl_thanks',
  name: 'Thank you',
  category: 'thanks',
  keyword: 'thanks',
  intents: ['thanks-positive'],
  bodies: { de: 'Vielen Dank, {{buyer_name}}!' },
};

let container: HTMLElement;
let root: Root;
let offHandlers: (() => void)[] = [];
let inserted: string[];
let used: Parameters<ProtocolMap['templateUsed']>[0][];
let translations: Parameters<ProtocolMap['translateReply']>[0][];

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ uiLanguage: 'en', slaHours: 24, showOverlay: true });
  await translationSettingsItem.setValue({ ...DEFAULT_TRANSLATION_SETTINGS, agentLanguage: 'zh' });
  inserted = [];
  used = [];
  translations = [];
  offHandlers.push(
    onMessage('listTemplates', () => ({
      templates: [TRACKING, THANKS],
      thread: {
        threadId: THREAD,
        platform: 'amazon',
        site: 'amazon.de',
        language: 'de',
        classification: {
          intent: 'where-is-order',
          intents: [{ intent: 'where-is-order', score: 0.9 }],
          sentiment: 'neutral',
          urgent: false,
          urgentReasons: [],
        },
        values: {
          buyer_name: 'Stefanie',
          order_id: '303-1184520-7736411',
          platform: 'Amazon',
          site: 'amazon.de',
        },
      },
    })),
    onMessage('insertReply', ({ data }): InsertResult => {
      inserted.push(data.text);
      return { ok: true };
    }),
    onMessage('translateReply', ({ data }) => {
      translations.push(data);
      return { ok: true, text: `[de] ${data.text}`, back: data.text, target: 'de', provider: 'edge' };
    }),
    onMessage('templateUsed', ({ data }) => {
      used.push(data);
    }),
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  for (const off of offHandlers) off();
  offHandlers = [];
  act(() => root.unmount());
  container.remove();
});

const el = <T extends HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });

async function render(threadId = THREAD) {
  await act(async () =>
    root.render(
      <I18nProvider>
        <ReplyDraft threadId={threadId} buyerLanguage="de" platform="amazon" revision="m1" />
      </I18nProvider>,
    ),
  );
  await settle();
}

async function click(target: HTMLElement | null) {
  expect(target).not.toBeNull();
  await act(async () => target!.click());
  await settle();
}

function setValue(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  const proto =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const draft = () => el<HTMLTextAreaElement>('reply-draft')!.value;
const disabled = (testId: string) => el<HTMLButtonElement>(testId)!.disabled;

describe('Templates in the side panel reply box', () => {
  it('shows the classification and suggests the template for it', async () => {
    await render('thread-suggest');

    expect(el('message-analysis')!.dataset.intent).toBe('where-is-order');
    expect(el('intent-chip')!.textContent).toBe('Where is my order');
    const suggested = [...container.querySelectorAll('[data-testid="template-suggestion"]')].map(
      (b) => (b as HTMLElement).dataset.templateId,
    );
    expect(suggested[0]).toBe('tpl_tracking');
    expect(suggested).not.toContain('tpl_thanks');
  });

  it('fills the draft, blocks the insert while a variable is missing, then translates and inserts', async () => {
    await render('thread-fill');

    await click(
      container.querySelector('[data-testid="template-suggestion"][data-template-id="tpl_tracking"]'),
    );

    expect(draft()).toBe('Stefanie 您好，订单 303-1184520-7736411 已发货，物流单号 {{tracking_number}}。');
    expect(el('template-missing-mark')!.dataset.variable).toBe('tracking_number');
    expect(el('template-missing-mark')!.textContent).toBe('Tracking number');
    expect(disabled('insert-reply')).toBe(true);
    expect(disabled('translate-reply')).toBe(true);
    expect(disabled('template-fill-tracking_number')).toBe(true); // never filled with nothing
    expect(translations).toEqual([]);

    setValue(el<HTMLInputElement>('template-var-tracking_number')!, '1Z999AA10123456784');
    await click(el('template-fill-tracking_number'));

    const filled = 'Stefanie 您好，订单 303-1184520-7736411 已发货，物流单号 1Z999AA10123456784。';
    expect(draft()).toBe(filled);
    expect(el('template-missing')).toBeNull();
    expect(translations).toEqual([{ threadId: 'thread-fill', text: filled, target: 'de' }]);
    expect(el<HTMLTextAreaElement>('reply-translation-text')!.value).toBe(`[de] ${filled}`);
    // The Chinese body itself cannot be inserted into a German conversation by the plain button.
    expect(disabled('insert-reply')).toBe(true);

    await click(el('insert-translation'));

    expect(inserted).toEqual([`[de] ${filled}`]);
    expect(used).toEqual([
      {
        templateId: 'tpl_tracking',
        threadId: 'thread-fill',
        via: 'suggestion',
        language: 'de',
        translated: true,
      },
    ]);
    expect(el('template-active')).toBeNull();
  });

  it('inserts a buyer-language body directly, chosen from the search, and counts it', async () => {
    await render('thread-search');

    await click(el('template-picker-toggle'));
    setValue(el<HTMLInputElement>('template-search')!, 'thank');
    const option = container.querySelector<HTMLElement>('[data-testid="template-option"]');
    expect(option?.dataset.templateId).toBe('tpl_thanks');
    await act(async () => {
      option!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await settle();

    expect(draft()).toBe('Vielen Dank, Stefanie!');
    expect(el('template-picker')).toBeNull();
    expect(translations).toEqual([]);
    expect(disabled('insert-reply')).toBe(false);

    await click(el('insert-reply'));

    expect(inserted).toEqual(['Vielen Dank, Stefanie!']);
    expect(used).toEqual([
      {
        templateId: 'tpl_thanks',
        threadId: 'thread-search',
        via: 'side-panel',
        language: 'de',
        translated: false,
      },
    ]);
  });

  it('never inserts a draft that still holds a known placeholder, template or not', async () => {
    await render('thread-typed');

    setValue(el<HTMLTextAreaElement>('reply-draft')!, 'Ihre Sendungsnummer: {{tracking_number}}');
    await settle();

    expect(disabled('insert-reply')).toBe(true);
    expect(el('template-missing')).not.toBeNull();
    setValue(el<HTMLTextAreaElement>('reply-draft')!, 'Ihre Sendungsnummer folgt.');
    await settle();
    expect(disabled('insert-reply')).toBe(false);
  });

  it('shows the policy warning for a link in the draft, and the insert stays possible', async () => {
    await render('thread-policy');

    setValue(el<HTMLTextAreaElement>('reply-draft')!, 'Alle Infos unter www.nordwind-handel.de/versand');
    await settle();

    expect(el('reply-policy')).not.toBeNull();
    expect(el('reply-policy')!.textContent).toContain('www.nordwind-handel.de');
    expect(el('reply-policy')!.dataset.checked).toBe('draft');
    expect(disabled('insert-reply')).toBe(false);
    setValue(el<HTMLTextAreaElement>('reply-draft')!, 'Ihr Paket ist unterwegs.');
    await settle();
    expect(el('reply-policy')).toBeNull();
  });
});
