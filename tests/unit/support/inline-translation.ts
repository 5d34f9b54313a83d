import { translator } from '../../../components/i18n';
import type { ThreadReadResult, TranslationSlot } from '../../../content-scripts/adapter-contract';
import { createInlineTranslation } from '../../../content-scripts/shared/inline-translation';
import type { TranslationResult } from '../../../core/translation/types';

/**
 * Runs the real inline translation over a thread read, with a background that translates every text into
 * "译：<text>", and waits until every node shows its translation. Returns the controller and what was asked.
 */
export async function translateRead(
  read: ThreadReadResult,
  slot?: (el: Element) => TranslationSlot | null,
): Promise<{ asked: string[][]; shown: number }> {
  if (!read.ok) throw new Error(`read failed: ${read.reason}`);
  const asked: string[][] = [];
  const inline = createInlineTranslation({
    send: async (texts): Promise<TranslationResult[]> => {
      asked.push(texts);
      return texts.map((text) => ({
        ok: true,
        text: `译：${text}`,
        source: 'de',
        provider: 'edge',
        cached: false,
      }));
    },
    slot,
    t: translator('zh-CN'),
    uiLanguage: 'zh-CN',
    settleMs: 0,
  });
  inline.setPreferences({ target: 'zh', enabled: true, offThreads: {}, providersKey: '' });
  inline.update({ threadId: 'thread-1', messages: read.value.messages, elements: read.elements });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { asked, shown: inline.shownCount() };
}

/** Every `<hw-translation>` in a document and its same-origin frames. */
export function translationHosts(doc: Document): HTMLElement[] {
  const hosts = [...doc.querySelectorAll<HTMLElement>('hw-translation')];
  for (const frame of doc.querySelectorAll('iframe')) {
    const inner = frame.contentDocument;
    if (inner) hosts.push(...inner.querySelectorAll<HTMLElement>('hw-translation'));
  }
  return hosts;
}

/** The translated text a host shows (inside its shadow root). */
export function shownText(host: HTMLElement): string {
  return host.shadowRoot?.querySelector('.text')?.textContent ?? '';
}
