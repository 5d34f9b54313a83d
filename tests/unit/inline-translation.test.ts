// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../components/i18n';
import { createInlineTranslation, type Priority } from '../../content-scripts/shared/inline-translation';
import { observeMutations } from '../../content-scripts/shared/observe';
import type { MessageSnapshot } from '../../core/model';
import type { TranslationResult } from '../../core/translation/types';
import { msg } from './support/builders';
import { shownText, translationHosts } from './support/inline-translation';

type Send = (texts: string[], threadId: string, priority: Priority) => Promise<TranslationResult[]>;

const translated = (text: string): TranslationResult => ({
  ok: true,
  text: `译：${text}`,
  source: 'de',
  provider: 'edge',
  cached: false,
});
const translateAll: Send = async (texts) => texts.map(translated);

function thread(texts: { text: string; direction?: MessageSnapshot['direction'] }[]) {
  document.body.innerHTML = ''; // test markup only; buyer text below goes in through textContent
  const list = document.createElement('div');
  const elements = texts.map(({ text }) => {
    const el = document.createElement('article');
    const body = document.createElement('p');
    body.textContent = text;
    el.append(body);
    list.append(el);
    return el;
  });
  document.body.append(list);
  const messages = texts.map(({ text, direction }) => msg(text, { direction: direction ?? 'in' }));
  return { threadId: 'amazon:amazon.de:case-1', messages, elements };
}

function controller(send: Send, extra: Partial<Parameters<typeof createInlineTranslation>[0]> = {}) {
  const inline = createInlineTranslation({
    send,
    t: translator('zh-CN'),
    uiLanguage: 'zh-CN',
    settleMs: 0,
    retryDelaysMs: [1, 1],
    ...extra,
  });
  inline.setPreferences({ target: 'zh', enabled: true, offThreads: {}, providersKey: 'a' });
  return inline;
}

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
const states = () => translationHosts(document).map((h) => h.dataset.hwState);
const label = (host: HTMLElement) => host.shadowRoot?.querySelector('.label')?.textContent;

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Inline translation under buyer messages', () => {
  it('shows "translating" at once, then the translation as text under each buyer message only', async () => {
    const read = thread([
      { text: 'Wo ist meine Bestellung?' },
      { text: 'It ships today.', direction: 'out' },
    ]);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inline = controller(async (texts) => {
      await gate;
      return texts.map(translated);
    });

    inline.update(read);
    expect(states()).toEqual(['pending']);
    expect(shownText(translationHosts(document)[0]!)).toBe('翻译中…');
    release();
    await settle();

    const [host] = translationHosts(document);
    expect(host!.parentElement).toBe(read.elements[0]);
    expect(shownText(host!)).toBe('译：Wo ist meine Bestellung?');
    expect(label(host!)).toBe('HW 译 · 德语 → 中文 · Edge');
    expect(read.elements[0]!.querySelector('p')!.textContent).toBe('Wo ist meine Bestellung?');
    expect(read.elements[1]!.querySelector('hw-translation')).toBeNull();
  });

  it('renders hostile buyer text and provider output as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>hi</b>';
    const read = thread([{ text: hostile }]);
    const inline = controller(async (texts) => texts.map((text) => ({ ...translated(text), text })));

    inline.update(read);
    await settle();

    const root = translationHosts(document)[0]!.shadowRoot!;
    expect(root.querySelector('img, b')).toBeNull();
    expect(shownText(translationHosts(document)[0]!)).toBe(hostile);
  });

  it('shows nothing for a message already in the agent language', async () => {
    const read = thread([{ text: '你好' }, { text: 'Hallo' }]);
    const inline = controller(async () => [
      { ok: false, kind: 'same-language', error: 'same' },
      { ok: true, text: 'Hallo', source: 'zh', provider: 'google', cached: true },
    ]);

    inline.update(read);
    await settle();

    expect(states()).toEqual(['none', 'none']);
  });

  it('shows a readable error with Retry under the original when the key is rejected, and asks again on Retry', async () => {
    const read = thread([{ text: 'Guten Tag' }]);
    const send = vi.fn<Send>(async () => [
      { ok: false, kind: 'auth', error: 'DeepL: 403 Forbidden', provider: 'deepl' },
    ]);
    const inline = controller(send);

    inline.update(read);
    await settle();
    const host = translationHosts(document)[0]!;

    expect(host.dataset.hwState).toBe('error');
    expect(shownText(host)).toBe('翻译失败：API 密钥被拒绝，请在扩展选项中检查。');
    expect(read.elements[0]!.querySelector('p')!.textContent).toBe('Guten Tag');
    send.mockImplementation(translateAll);
    host.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(shownText(host)).toBe('译：Guten Tag');
  });

  it('asks once per text: later scans and a switch back to the thread are served from the cache', async () => {
    const read = thread([{ text: 'Eins' }, { text: 'Zwei' }]);
    const send = vi.fn<Send>(translateAll);
    const inline = controller(send);

    inline.update(read);
    await settle();
    inline.update(read);
    inline.update(null);
    expect(translationHosts(document)).toHaveLength(0);
    inline.update(read);
    await settle();

    expect(send).toHaveBeenCalledTimes(1);
    expect(translationHosts(document).map(shownText)).toEqual(['译：Eins', '译：Zwei']);
  });

  it('never leaves a translation under a message that changed: a reused element shows the new text', async () => {
    const read = thread([{ text: 'Erste Nachricht' }]);
    const inline = controller(translateAll);
    inline.update(read);
    await settle();

    read.elements[0]!.querySelector('p')!.textContent = 'Andere Nachricht';
    inline.update({ ...read, messages: [msg('Andere Nachricht')] });
    const during = shownText(translationHosts(document)[0]!);
    await settle();

    expect(during).toBe('翻译中…');
    expect(translationHosts(document).map(shownText)).toEqual(['译：Andere Nachricht']);
  });

  it('asks for the messages on screen first, then the rest in batches of 20', async () => {
    const texts = Array.from({ length: 45 }, (_, i) => ({ text: `Nachricht ${i}` }));
    const read = thread(texts);
    const onScreen = new Set<Element>(read.elements.slice(40));
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private callback: IntersectionObserverCallback) {}
        observe(el: Element) {
          queueMicrotask(() =>
            this.callback(
              [{ target: el, isIntersecting: onScreen.has(el) } as unknown as IntersectionObserverEntry],
              this as unknown as IntersectionObserver,
            ),
          );
        }
        unobserve() {}
        disconnect() {}
      },
    );
    const calls: [number, Priority, string][] = [];
    const inline = controller(async (batch, _thread, priority) => {
      calls.push([batch.length, priority, batch[0]!]);
      return batch.map(translated);
    });

    inline.update(read);
    await settle(40);

    expect(calls).toEqual([
      [5, 'visible', 'Nachricht 40'],
      [20, 'background', 'Nachricht 0'],
      [20, 'background', 'Nachricht 20'],
    ]);
  });

  it('hides every translation when the thread or everything is switched off, and restores them without asking', async () => {
    const read = thread([{ text: 'Hallo' }]);
    const send = vi.fn<Send>(translateAll);
    const inline = controller(send);
    inline.update(read);
    await settle();

    inline.setPreferences({
      target: 'zh',
      enabled: true,
      offThreads: { [read.threadId]: true },
      providersKey: 'a',
    });
    const threadOff = translationHosts(document).length;
    inline.setPreferences({ target: 'zh', enabled: true, offThreads: {}, providersKey: 'a' });
    const back = translationHosts(document).map(shownText);
    inline.setPreferences({ target: 'zh', enabled: false, offThreads: {}, providersKey: 'a' });
    const globalOff = translationHosts(document).length;

    expect([threadOff, back, globalOff]).toEqual([0, ['译：Hallo'], 0]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries while the background is waking up, and says so plainly when it never answers', async () => {
    const read = thread([{ text: 'Hallo' }, { text: 'Tschüss' }]);
    let failures = 2;
    const inline = controller(async (texts) => {
      if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return texts.map(translated);
    });

    inline.update(read);
    await settle(40);
    const dead = thread([{ text: 'Nie' }]);
    const silent = controller(async () => {
      throw new Error('Receiving end does not exist.');
    });
    silent.update(dead);
    await settle(40);

    expect(translationHosts(document).map(shownText)).toEqual([
      '翻译失败：扩展没有响应，如持续出现请刷新页面。',
    ]);
    expect(inline.shownCount()).toBe(2);
    expect(read.elements.map((el) => shownText(el.querySelector('hw-translation') as HTMLElement))).toEqual([
      '译：Hallo',
      '译：Tschüss',
    ]);
  });

  it('does not send a message longer than the background accepts, so it cannot fail the messages asked with it', async () => {
    const long = `Sehr geehrte Damen und Herren, ${'bla '.repeat(1_300)}`;
    const read = thread([{ text: 'Hallo' }, { text: long }]);
    const send = vi.fn<Send>(async (texts) => {
      if (texts.some((text) => text.length > 5_000))
        throw new Error('each text must be at most 5000 characters');
      return texts.map(translated);
    });
    const inline = controller(send);

    inline.update(read);
    await settle();
    const [short, tooLong] = translationHosts(document);

    expect(send.mock.calls.map(([texts]) => texts)).toEqual([['Hallo']]);
    expect(shownText(short!)).toBe('译：Hallo');
    expect(tooLong!.dataset.hwState).toBe('error');
    expect(shownText(tooLong!)).toBe('此处未翻译：消息超过 5000 个字符，可在侧边栏中完整翻译。');
    expect(tooLong!.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.hidden).toBe(true);
  });

  it('waits for the thread to be stored before asking, so its translations are filed with it', async () => {
    const read = thread([{ text: 'Hallo' }]);
    let stored = false;
    const send = vi.fn<Send>(translateAll);
    const inline = controller(send, { isStored: () => stored });

    inline.update(read);
    await settle();
    const before = send.mock.calls.length;
    stored = true;
    inline.threadStored();
    await settle();

    expect(before).toBe(0);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('Watching the page for changes', () => {
  it('does not wake a scan when we add or update our own translation nodes', async () => {
    const read = thread([{ text: 'Hallo' }]);
    const onChange = vi.fn();
    const abort = new AbortController();
    observeMutations(document, abort.signal, onChange);
    const inline = controller(translateAll);

    inline.update(read);
    await settle();
    const ours = onChange.mock.calls.length;
    read.elements[0]!.append(document.createElement('span'));
    await settle();
    abort.abort();

    expect(ours).toBe(0);
    expect(onChange).toHaveBeenCalled();
  });
});

describe('Inline translation: placement', () => {
  it.each(['append', 'after', 'beside'] as const)(
    'leaves a node placed "%s" alone on later scans (no DOM write per scan)',
    async (position) => {
      const read = thread([{ text: 'Hallo' }]);
      const inline = controller(translateAll, {
        slot: (el) => ({ anchor: el.querySelector('p')!, position }),
      });
      inline.update(read);
      await settle();
      const host = translationHosts(document)[0]!;
      const writes: MutationRecord[] = [];
      const watch = new MutationObserver((records) => writes.push(...records));
      watch.observe(document.body, { childList: true, subtree: true });

      inline.update(read);
      inline.update(read);
      await settle();
      watch.disconnect();

      expect(writes).toEqual([]);
      expect(translationHosts(document)).toEqual([host]);
      expect(position === 'after' ? host.previousElementSibling?.tagName : host.parentElement?.tagName).toBe(
        'P',
      );
    },
  );
});
