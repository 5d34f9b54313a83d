// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../content-scripts/adapter-contract';
import { TemplatePickerPanel } from '../../content-scripts/shared/template-picker-panel';
import {
  createTemplatePicker,
  type TemplatePicker,
} from '../../content-scripts/shared/template-picker-store';
import { checkPolicy } from '../../core/policy';
import type { InsertResult, ThreadReplyContext } from '../../core/protocol';
import type { TemplateRecord } from '../../core/templates/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const THREAD: ThreadReplyContext = {
  threadId: 'ebay:ebay.de:c1',
  platform: 'ebay',
  site: 'ebay.de',
  language: 'de',
  values: { buyer_name: '<img src=x onerror=alert(1)>', platform: 'eBay' },
};

function template(id: string, name: string, bodies: Record<string, string>, keyword = ''): TemplateRecord {
  return {
    id,
    name,
    category: 'tracking',
    bodies,
    platforms: [],
    keyword,
    intents: [],
    usageCount: 2,
    lastUsedAt: 0,
    createdAt: 0,
    updatedAt: 0,
  };
}

const TEMPLATES = [
  template(
    'tpl_track',
    'Sendungsnummer',
    { de: 'Hallo {{buyer_name}}, Ihre Sendungsnummer: {{tracking_number}}' },
    'track',
  ),
  template('tpl_thanks', 'Danke <b>', { de: 'Danke {{buyer_name}}!' }, 'thanks'),
];

let container: HTMLElement;
let root: Root;
let inserted: string[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  inserted = [];
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function renderPicker(): Promise<TemplatePicker> {
  const picker = createTemplatePicker({
    platform: 'ebay',
    thread: () => ({ threadId: THREAD.threadId, buyerLanguage: 'de' }),
    hasComposer: () => true,
    pageValues: () => ({ platform: 'eBay' }),
    agentLanguage: () => 'zh',
    listTemplates: async () => ({ templates: TEMPLATES, thread: THREAD }),
    translateReply: async () => {
      throw new Error('not expected: every body here is German');
    },
    templateUsed: async () => undefined,
    insert: async (text, compose): Promise<InsertResult> => {
      inserted.push(compose(''));
      void text;
      return { ok: true };
    },
    checkPolicy: (text, platform, language) => checkPolicy(text, platform, { language }),
  });
  const adapter = { platform: 'ebay', composer: () => null } as unknown as PlatformAdapter;
  act(() => picker.open({ via: 'picker' }));
  act(() =>
    root.render(
      <TemplatePickerPanel
        picker={picker}
        adapter={adapter}
        language="en"
        agentLanguage="zh"
        corner="bottom-right"
        trigger="/"
      />,
    ),
  );
  await settle();
  return picker;
}

const el = <T extends HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);

function type(field: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function key(target: HTMLElement, name: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}

describe('Template picker panel', () => {
  it('shows templates and buyer values as text only, with the keyword and the language line', async () => {
    await renderPicker();
    const names = [...container.querySelectorAll('[data-testid="hw-tp-item"]')].map((i) => i.textContent);
    expect(names.some((n) => n?.includes('Danke <b>'))).toBe(true);
    expect(container.querySelector('b, img')).toBeNull();
    expect(container.textContent).toContain('/track');
    expect(el('hw-tp-language')!.textContent).toBe('Body in German');
  });

  it('focuses the search, moves with the arrows, and Esc closes', async () => {
    const picker = await renderPicker();
    const search = el<HTMLInputElement>('hw-tp-search')!;
    expect(document.activeElement).toBe(search);
    const first = picker.get().preview!.template.id;
    key(search, 'ArrowDown');
    expect(picker.get().preview!.template.id).not.toBe(first);
    key(search, 'Escape');
    expect(picker.get().state.open).toBe(false);
  });

  it('asks for a missing value in place, blocks Enter until it is typed, then inserts it', async () => {
    const picker = await renderPicker();
    type(el<HTMLInputElement>('hw-tp-search')!, 'track');
    expect(picker.get().preview!.template.id).toBe('tpl_track');
    const missing = el<HTMLInputElement>('hw-tp-missing')!;
    expect(missing.dataset.variable).toBe('tracking_number');

    key(el<HTMLInputElement>('hw-tp-search')!, 'Enter');
    await settle();
    expect(inserted).toEqual([]);
    expect(el('hw-tp-missing-hint')!.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(el('hw-tp-missing'));

    type(el<HTMLInputElement>('hw-tp-missing')!, '1Z999AA10123456784');
    key(el<HTMLInputElement>('hw-tp-missing')!, 'Enter');
    await settle();
    expect(inserted).toEqual(['Hallo <img src=x onerror=alert(1)>, Ihre Sendungsnummer: 1Z999AA10123456784']);
    expect(el('hw-tp-result')!.dataset.result).toBe('ok');
  });
});
