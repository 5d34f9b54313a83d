import { describe, expect, it, vi } from 'vitest';
import {
  findTriggerToken,
  matchesPickerShortcut,
  pickerKey,
  pickerShortcutLabel,
  placeTemplate,
  spliceReply,
} from '../../content-scripts/shared/template-picker';
import { createTemplatePicker, type PickerDeps } from '../../content-scripts/shared/template-picker-store';
import type { PolicyFinding } from '../../core/policy/types';
import type { InsertResult, ThreadReplyContext } from '../../core/protocol';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import { fillTemplate } from '../../core/templates/fill';
import type { TemplateRecord } from '../../core/templates/types';

describe('The keyword typed in the reply box', () => {
  const at = (text: string) => findTriggerToken(text, text.length, '/');

  it('is the trigger at the start or after whitespace, up to the caret', () => {
    expect(at('/wis')).toEqual({ start: 0, end: 4, query: 'wis' });
    expect(at('Hi /wis')).toEqual({ start: 3, end: 7, query: 'wis' });
    expect(at('Hallo\n/rück')).toEqual({ start: 6, end: 11, query: 'rück' });
    // A Chinese IME types the full-width slash.
    expect(at('您好 ／wismo')).toEqual({ start: 3, end: 9, query: 'wismo' });
  });

  it('is not a slash inside a word, a date, a URL, a bare trigger or a finished word', () => {
    expect(at('and/or')).toBeNull();
    expect(at('am 1/2')).toBeNull();
    expect(at('see https://x.de/wis')).toBeNull();
    expect(at('Hi /')).toBeNull();
    expect(at('Hi /wis ')).toBeNull();
    expect(at('Hi /wis more')).toBeNull();
  });

  it('needs the caret at the end of the token, with only whitespace after it', () => {
    const text = 'Hi /wis there';
    expect(findTriggerToken(text, 7, '/')).toEqual({ start: 3, end: 7, query: 'wis' });
    expect(findTriggerToken(text, 6, '/')).toBeNull(); // "s" follows the caret
  });

  it('follows the configured trigger character', () => {
    expect(findTriggerToken('Hi #wis', 7, '#')).toEqual({ start: 3, end: 7, query: 'wis' });
    expect(findTriggerToken('Hi /wis', 7, '#')).toBeNull();
  });
});

describe('Putting the template into the agent’s text', () => {
  it('replaces the typed keyword and keeps the rest, spaced', () => {
    expect(placeTemplate('Hi /wis', 'Hallo Jürgen', { start: 3, end: 7, token: '/wis' })).toBe(
      'Hi Hallo Jürgen',
    );
    expect(placeTemplate('/wismo', 'Text', { start: 0, end: 6, token: '/wismo' })).toBe('Text');
    expect(placeTemplate('A /wis B', 'T', { start: 2, end: 6, token: '/wis' })).toBe('A T B');
  });

  it('finds the keyword where it moved to, else appends', () => {
    expect(placeTemplate('Hello, Hi /wis', 'T', { start: 3, end: 7, token: '/wis' })).toBe('Hello, Hi T');
    expect(placeTemplate('Hello', 'T', { start: 3, end: 7, token: '/wis' })).toBe('Hello T');
  });

  it('inserts at the remembered caret, or after the agent’s text', () => {
    expect(placeTemplate('Hi there', 'T', { start: 2, end: 2 })).toBe('Hi T there');
    expect(placeTemplate('Hi there', 'T', undefined)).toBe('Hi there T');
    expect(placeTemplate('', 'T', undefined)).toBe('T');
    expect(spliceReply('Hi\n', 3, 3, 'T')).toBe('Hi\nT');
  });
});

describe('The picker’s keys', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    ({
      key: '',
      code: '',
      altKey: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      ...init,
    }) as KeyboardEvent;

  it('Alt+Shift+Q opens it, also where Option+Shift changes the character', () => {
    expect(matchesPickerShortcut(key({ code: 'KeyQ', key: 'Q', altKey: true, shiftKey: true }))).toBe(true);
    expect(matchesPickerShortcut(key({ code: 'KeyQ', key: 'Œ', altKey: true, shiftKey: true }))).toBe(true);
    expect(matchesPickerShortcut(key({ code: 'KeyQ', key: 'q', altKey: true }))).toBe(false);
    expect(matchesPickerShortcut(key({ code: 'KeyR', key: 'R', altKey: true, shiftKey: true }))).toBe(false);
    expect(pickerShortcutLabel('Win32')).toBe('Alt+Shift+Q');
    expect(pickerShortcutLabel('MacIntel')).toBe('⌥⇧Q');
  });

  it('takes ↑↓ Enter Tab Esc, but not Shift+Enter (a new line) or keys typed in an IME', () => {
    expect(pickerKey(key({ key: 'ArrowDown' }))).toBe('down');
    expect(pickerKey(key({ key: 'ArrowUp' }))).toBe('up');
    expect(pickerKey(key({ key: 'Enter' }))).toBe('choose');
    expect(pickerKey(key({ key: 'Tab' }))).toBe('choose');
    expect(pickerKey(key({ key: 'Escape' }))).toBe('close');
    expect(pickerKey(key({ key: 'Enter', shiftKey: true }))).toBeNull();
    expect(pickerKey({ ...key({ key: 'Enter' }), isComposing: true })).toBeNull();
    expect(pickerKey(key({ key: 'a' }))).toBeNull();
  });
});

// — the controller —

const THREAD: ThreadReplyContext = {
  threadId: 'amazon:amazon.de:c1',
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
    buyer_name: 'Jürgen',
    order_id: '302-1234567-7654321',
    platform: 'Amazon',
    site: 'amazon.de',
    store_name: 'Muster Shop',
  },
};

const LINK_TEMPLATE: TemplateRecord = {
  id: 'tpl_link',
  name: 'Manual link',
  category: 'product-guide',
  bodies: { de: 'Hallo {{buyer_name}}, die Anleitung: www.example.com/anleitung' },
  platforms: [],
  keyword: 'manual',
  intents: [],
  usageCount: 0,
  lastUsedAt: 0,
  createdAt: 0,
  updatedAt: 0,
};

function setup(overrides: Partial<PickerDeps> = {}, box = 'Hi /wismo') {
  let current = box;
  const inserted: string[] = [];
  const used: unknown[] = [];
  const translated: string[] = [];
  const deps: PickerDeps = {
    platform: 'amazon',
    thread: () => ({ threadId: THREAD.threadId, buyerLanguage: 'de' }),
    hasComposer: () => true,
    pageValues: () => ({ platform: 'Amazon', agent_name: '李伟' }),
    agentLanguage: () => 'zh',
    listTemplates: async () => ({ templates: [...DEFAULT_TEMPLATES, LINK_TEMPLATE], thread: THREAD }),
    translateReply: async ({ text, target }) => {
      translated.push(text);
      return { ok: true, text: `[${target}] ${text}`, back: text, target: target!, provider: 'edge' };
    },
    templateUsed: async (data) => void used.push(data),
    insert: async (text, compose): Promise<InsertResult> => {
      current = compose(current);
      inserted.push(text);
      return { ok: true };
    },
    checkPolicy: (text) => {
      const at = text.indexOf('www.');
      return at < 0
        ? []
        : ([{ rule: 'link', start: at, end: text.indexOf(' ', at) >>> 0, match: 'www' }] as PolicyFinding[]);
    },
    ...overrides,
  };
  const picker = createTemplatePicker(deps);
  return { picker, inserted, used, translated, box: () => current };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('The template picker', () => {
  it('puts the keyword’s template on top, fills it, translates it into the buyer’s language and replaces the keyword', async () => {
    const { picker, inserted, used, translated, box } = setup({
      thread: () => ({ threadId: THREAD.threadId, buyerLanguage: 'de' }),
    });
    picker.open({ via: 'keyword', query: 'wismo', anchor: { start: 3, end: 9, token: '/wismo' } });
    await settle();
    const view = picker.get();
    expect(view.results[0]?.id).toBe('default:order-status');
    expect(view.capturesKeys).toBe(true);
    // agent_name is not set: the preview asks for it, and choosing does not insert.
    expect(view.preview?.filled.missing).toEqual(['agent_name']);
    expect(view.preview?.choice.language).toBe('zh');
    picker.key('choose');
    await settle();
    expect(picker.get().state.blocked).toBe('missing');
    expect(inserted).toEqual([]);

    picker.setValue('agent_name', '李伟');
    picker.key('choose');
    await settle();
    await settle();
    const filled = fillTemplate(DEFAULT_TEMPLATES.find((t) => t.id === 'default:order-status')!.bodies.zh!, {
      ...THREAD.values,
      agent_name: '李伟',
    }).text;
    expect(translated).toEqual([filled]);
    expect(filled).toContain('Jürgen');
    expect(filled).toContain('302-1234567-7654321');
    expect(inserted).toEqual([`[de] ${filled}`]);
    expect(box()).toBe(`Hi [de] ${filled}`);
    expect(used).toEqual([
      {
        templateId: 'default:order-status',
        threadId: THREAD.threadId,
        via: 'keyword',
        language: 'de',
        translated: true,
      },
    ]);
    expect(picker.get().state.phase).toBe('inserted');
    expect(picker.get().capturesKeys).toBe(false);
  });

  it('keeps the keys while the text is being written: a second Enter neither reaches the page nor inserts twice', async () => {
    let finish: (result: InsertResult) => void = () => undefined;
    const writes: string[] = [];
    const { picker } = setup({
      pageValues: () => ({ platform: 'Amazon', agent_name: '李伟' }),
      listTemplates: async () => ({ templates: [LINK_TEMPLATE], thread: { ...THREAD, values: {} } }),
      insert: (text) => {
        writes.push(text);
        return new Promise<InsertResult>((resolve) => {
          finish = resolve;
        });
      },
      checkPolicy: () => [],
    });
    picker.open({ via: 'keyword', query: 'manual', anchor: { start: 3, end: 10, token: '/manual' } });
    await settle();
    picker.setValue('buyer_name', 'Jürgen');
    picker.key('choose');
    await settle();
    expect(picker.get().state.phase).toBe('inserting');
    // Still captured (the trigger prevents the page's Enter), and a second choose does nothing meanwhile.
    expect(picker.get().capturesKeys).toBe(true);
    picker.key('choose');
    picker.key('down');
    await settle();
    expect(writes).toHaveLength(1);
    finish({ ok: true });
    await settle();
    expect(picker.get().state.phase).toBe('inserted');
    expect(picker.get().capturesKeys).toBe(false);
  });

  it('finds a template despite a typo, and moves with the arrows', async () => {
    const { picker } = setup();
    picker.open({ via: 'picker' });
    await settle();
    picker.setQuery('refnd');
    expect(picker.get().results.some((t) => t.id.startsWith('default:refund'))).toBe(true);
    const first = picker.get().preview?.template.id;
    picker.key('down');
    expect(picker.get().preview?.template.id).not.toBe(first);
    picker.key('up');
    expect(picker.get().preview?.template.id).toBe(first);
  });

  it('offers the templates for the last buyer message first when nothing is typed', async () => {
    const { picker } = setup();
    picker.open({ via: 'picker' });
    await settle();
    const { results, suggested } = picker.get();
    expect(suggested.size).toBeGreaterThan(0);
    expect(suggested.has(results[0]!.id)).toBe(true);
    expect(['tracking', 'logistics-delay']).toContain(results[0]!.category);
  });

  it('keeps the template text when the provider fails, and inserts it in its own language on request', async () => {
    let attempts = 0;
    const { picker, inserted, used, box } = setup({
      translateReply: async () => {
        attempts++;
        return { ok: false, kind: 'auth', error: 'Authorization failed.' };
      },
    });
    picker.open({ via: 'keyword', query: 'wismo', anchor: { start: 3, end: 9, token: '/wismo' } });
    await settle();
    picker.setValue('agent_name', '李伟');
    picker.choose();
    await settle();
    await settle();
    const state = picker.get();
    expect(state.state.blocked).toBe('translation-error');
    expect(state.preview?.translation?.error?.kind).toBe('auth');
    expect(inserted).toEqual([]);
    // Choosing again asks the provider again.
    picker.choose();
    await settle();
    await settle();
    expect(attempts).toBe(2);
    expect(picker.get().state.blocked).toBe('translation-error');
    picker.insertOriginal();
    await settle();
    expect(inserted[0]).toContain('Jürgen，您好！');
    expect(box()).toBe(`Hi ${inserted[0]}`);
    expect(used).toEqual([expect.objectContaining({ language: 'zh', translated: false })]);
  });

  it('shows the policy warning before inserting a text with a link, and inserts it when chosen again', async () => {
    const { picker, inserted, translated } = setup({}, '');
    picker.open({ via: 'picker' });
    await settle();
    picker.setQuery('manual');
    const preview = picker.get().preview!;
    expect(preview.template.id).toBe('tpl_link');
    // The body is German already: no translation, the warning is on screen before the first choice.
    expect(preview.choice.needsTranslation).toBe(false);
    expect(preview.findings.map((f) => f.rule)).toEqual(['link']);
    picker.choose();
    await settle();
    expect(translated).toEqual([]);
    expect(inserted).toEqual(['Hallo Jürgen, die Anleitung: www.example.com/anleitung']);
  });

  it('stops once on a finding that appears only in the translation', async () => {
    const { picker, inserted } = setup({
      translateReply: async ({ text, target }) => ({
        ok: true,
        text: `${text} www.example.de`,
        back: text,
        target: target!,
        provider: 'edge',
      }),
    });
    picker.open({ via: 'keyword', query: 'wismo', anchor: { start: 3, end: 9, token: '/wismo' } });
    await settle();
    picker.setValue('agent_name', '李伟');
    picker.choose();
    await settle();
    await settle();
    expect(picker.get().state.blocked).toBe('policy');
    expect(inserted).toEqual([]);
    picker.choose();
    await settle();
    expect(inserted).toHaveLength(1);
  });

  it('Esc closes without writing; a failed insert says why and stays open', async () => {
    const insert = vi.fn(
      async (): Promise<InsertResult> => ({
        ok: false,
        reason: 'restart-needed',
        error: 'Restart conversation',
      }),
    );
    const { picker } = setup({ insert });
    picker.open({ via: 'picker' });
    await settle();
    picker.key('close');
    expect(picker.get().state.open).toBe(false);
    expect(insert).not.toHaveBeenCalled();

    picker.open({ via: 'picker' });
    await settle();
    picker.setQuery('manual');
    picker.choose();
    await settle();
    expect(picker.get().state.insertResult).toEqual(expect.objectContaining({ reason: 'restart-needed' }));
    expect(picker.get().state.open).toBe(true);
  });

  it('does not open without an open thread or a reply box', () => {
    const { picker } = setup({ thread: () => ({}), hasComposer: () => false });
    picker.open({ via: 'picker' });
    expect(picker.get().state.open).toBe(false);
  });

  it('opens at a reply box without a thread (a first message): no translation, values asked for', async () => {
    const asked: unknown[] = [];
    const { picker, inserted } = setup({
      thread: () => ({}),
      hasComposer: () => true,
      listTemplates: async (data) => {
        asked.push(data);
        return { templates: [...DEFAULT_TEMPLATES] };
      },
    });
    picker.open({ via: 'keyword', query: 'thanks', anchor: { start: 0, end: 7, token: '/thanks' } });
    await settle();
    expect(asked).toEqual([{ platform: 'amazon', threadId: undefined }]);
    const preview = picker.get().preview!;
    expect(preview.buyerLanguage).toBeUndefined();
    expect(preview.choice.needsTranslation).toBe(false);
    expect(preview.filled.missing).toContain('buyer_name');
    // The page still gives the platform and the agent's name (reply settings).
    expect(preview.filled.missing).not.toContain('agent_name');
    expect(preview.filled.text).toContain('李伟');
    picker.choose();
    await settle();
    expect(inserted).toEqual([]);
  });
});
