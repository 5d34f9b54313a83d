import type { MessageKey, Translate } from '../../components/i18n';
import { TRANSLATE_LIMITS } from '../../core/limits';
import type { MessageSnapshot } from '../../core/model';
import { sameLanguage } from '../../core/translation/agent-language';
import type { ProviderId, TranslationResult } from '../../core/translation/types';
import type { TranslationSlot } from '../adapter-contract';
import {
  createTranslationNode,
  isPlaced,
  placeTranslation,
  renderTranslation,
  type TranslationNode,
  type TranslationView,
} from './inline-translation-view';
import { languageName, providerLabel } from './reply-translator';

/**
 * The translation under each buyer message of the open thread (issue 4). After every scan the runtime hands over
 * the thread it read; for each inbound message with an element we keep one `<hw-translation>` node, filled from a
 * per-text cache or, once, from the background (`translateTexts`). Messages on screen are asked for first, the rest
 * in batches afterwards. The portal's own nodes are never modified: ours are added beside them and removed again
 * when the thread changes, the message under them changes, or the agent switches the translation off.
 *
 * No layout is read here: visibility comes from an IntersectionObserver, placement from the adapter's slot.
 */

export interface ThreadRead {
  threadId: string;
  messages: readonly MessageSnapshot[];
  elements?: readonly (Element | null)[];
}

export type Priority = 'visible' | 'background';

export interface InlineTranslationOptions {
  /** Ask the background to translate texts of one thread (sendMessage('translateTexts') in the portal). */
  send(texts: string[], threadId: string, priority: Priority): Promise<TranslationResult[]>;
  /** The adapter's placement hint (PlatformAdapter.translationSlot). */
  slot?: (messageEl: Element) => TranslationSlot | null;
  /** Whether the background has stored the thread: until then a request could not file its translations. */
  isStored?: (threadId: string) => boolean;
  /** True once the extension was reloaded or removed: nothing more is sent. */
  isInvalid?: () => boolean;
  t: Translate;
  /** The UI language, for language names in the label ('zh-CN' | 'en'). */
  uiLanguage: string;
  /** Delay before the first request after new messages, so the visibility observer has reported. */
  settleMs?: number;
  /** Waits between attempts when the background does not answer (a service worker waking up). */
  retryDelaysMs?: readonly number[];
}

export interface Preferences {
  /** The agent's language (resolved, ISO 639-1 or zh-TW). */
  target: string;
  /** Global switch (options page). */
  enabled: boolean;
  /** Threads switched off in the portal. */
  offThreads: Readonly<Record<string, true>>;
  /** Changes when providers, keys or the glossary change: failed texts are asked again. */
  providersKey: string;
}

type Entry =
  | { state: 'queued'; threadId: string; queuedAt: number }
  | { state: 'pending'; threadId: string }
  | { state: 'done'; threadId: string; result: TranslationResult }
  /** `worker`: the background did not answer; `too-long`: over what a page may send (TRANSLATE_LIMITS). */
  | { state: 'failed'; threadId: string; reason: 'worker' | 'too-long' };

interface Shown {
  node: TranslationNode;
  text: string;
}

const defaultSlot = (el: Element): TranslationSlot => ({ anchor: el, position: 'append' });

const BATCH = 20;
const VISIBLE_BATCH = 50;
/** How long requests for a thread wait for the background to store it first. */
const STORE_WAIT_MS = 3_000;

export function createInlineTranslation(options: InlineTranslationOptions) {
  const settleMs = options.settleMs ?? 120;
  const retryDelays = options.retryDelaysMs ?? [300, 1_000, 3_000];
  const cache = new Map<string, Entry>();
  const shown = new Map<Element, Shown>();
  const visible = new Set<Element>();
  let prefs: Preferences | null = null;
  let lastRead: ThreadRead | null = null;
  let pumping = false;
  let pumpTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const names = (code: string) => languageName(code, options.uiLanguage);

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          let appeared = false;
          for (const entry of entries) {
            if (entry.isIntersecting) {
              visible.add(entry.target);
              appeared = true;
            } else {
              visible.delete(entry.target);
            }
          }
          if (appeared) schedulePump(0);
        })
      : null;

  const keyOf = (text: string) => `${prefs?.target ?? ''}\u0001${text}`;

  const enabledFor = (threadId: string) => prefs?.enabled === true && prefs.offThreads[threadId] !== true;

  function viewOf(text: string): TranslationView {
    const entry = cache.get(keyOf(text));
    const target = prefs?.target ?? '';
    const pending = (): TranslationView => ({
      kind: 'pending',
      label: label(undefined, target, undefined),
      pendingText: options.t('inlinePending'),
    });
    if (!entry || entry.state === 'queued' || entry.state === 'pending') return pending();
    if (entry.state === 'failed') {
      const tooLong = entry.reason === 'too-long';
      return {
        kind: 'error',
        label: label(undefined, target, undefined),
        message: tooLong
          ? options.t('inlineErrorTooLong', { max: TRANSLATE_LIMITS.textChars })
          : options.t('inlineErrorWorker'),
        retryText: tooLong ? '' : options.t('inlineRetry'),
      };
    }
    const result = entry.result;
    if (result.ok) {
      if (sameLanguage(result.source, target) || !result.text.trim()) return { kind: 'none' };
      return { kind: 'translated', label: label(result.source, target, result.provider), text: result.text };
    }
    if (result.kind === 'same-language' || result.kind === 'empty') return { kind: 'none' };
    return {
      kind: 'error',
      label: label(undefined, target, result.provider),
      message: errorMessage(options.t, result.kind, result.error),
      retryText: options.t('inlineRetry'),
    };
  }

  function label(source: string | undefined, target: string, provider: ProviderId | undefined): string {
    // The source is known once a provider answered; before that (or after an error) only the target is named.
    const languages = source ? `${names(source)} → ${names(target)}` : `→ ${names(target)}`;
    return [options.t('inlineBrand'), languages, providerLabel(provider)].filter(Boolean).join(' · ');
  }

  /** Everything shown for this text, updated after a result arrives. */
  function renderText(text: string): void {
    const view = viewOf(text);
    for (const item of shown.values()) if (item.text === text) renderTranslation(item.node, view);
  }

  function remove(el: Element): void {
    const item = shown.get(el);
    if (!item) return;
    item.node.host.remove();
    shown.delete(el);
    observer?.unobserve(el);
    visible.delete(el);
  }

  function removeAll(): void {
    for (const el of [...shown.keys()]) remove(el);
  }

  function retry(text: string): void {
    try {
      requeue(text);
    } catch (error) {
      console.warn('[HelloWorld] inline translation retry failed:', error);
    }
  }

  function requeue(text: string): void {
    const entry = cache.get(keyOf(text));
    if (!entry || entry.state === 'queued' || entry.state === 'pending') return;
    cache.set(keyOf(text), { state: 'queued', threadId: entry.threadId, queuedAt: 0 });
    renderText(text);
    schedulePump(0);
  }

  /** Bring the page in line with the thread read: add, update and remove our nodes. */
  function apply(read: ThreadRead | null): void {
    if (!read?.elements || !enabledFor(read.threadId)) {
      removeAll();
      return;
    }
    const wanted = new Set<Element>();
    let queued = false;
    const { messages, elements } = read;
    for (let i = 0; i < messages.length; i++) {
      const message = messages[i]!;
      const el = elements[i];
      const text = message.text.trim();
      if (!el || message.direction !== 'in' || !text) continue;
      if (wanted.has(el)) continue; // one node per element, whatever a reader reported twice
      const current = shown.get(el);
      if (current && current.text === text && isPlaced(current.node)) {
        wanted.add(el);
        continue;
      }
      // A node whose anchor the portal has replaced is made anew, in a slot found afresh.
      const reuse = current?.node.slot.anchor.isConnected;
      const slot = reuse ? current.node.slot : options.slot ? options.slot(el) : defaultSlot(el);
      if (!slot) continue;
      wanted.add(el);
      const key = keyOf(text);
      if (!cache.has(key)) {
        cache.set(key, { state: 'queued', threadId: read.threadId, queuedAt: Date.now() });
        queued = true;
      } else {
        const entry = cache.get(key)!;
        entry.threadId = read.threadId; // the id the background stored the thread under may have changed
      }
      // The same element showing another message (an SPA switch that reuses the pane): never keep the old text.
      const node = reuse
        ? current.node
        : createTranslationNode(slot, () => retry(shown.get(el)?.text ?? text), {
            hide: options.t('inlineHide'),
            show: options.t('inlineShow'),
          });
      if (current && current.node !== node) current.node.host.remove();
      shown.set(el, { node, text });
      renderTranslation(node, viewOf(text));
      placeTranslation(node);
      if (!current) observer?.observe(el);
    }
    for (const el of [...shown.keys()]) if (!wanted.has(el)) remove(el);
    if (queued) schedulePump(settleMs);
  }

  /** Run the request loop after `delay`; `now` replaces a later run already scheduled. */
  function schedulePump(delay: number, now = false): void {
    if (disposed) return;
    if (pumpTimer !== undefined) {
      if (!now) return;
      clearTimeout(pumpTimer);
    }
    pumpTimer = setTimeout(() => {
      pumpTimer = undefined;
      // Nothing may reach the portal as an unhandled rejection (sends already fail into results, see sendWithRetry).
      pump().catch((error) => console.warn('[HelloWorld] inline translation request failed:', error));
    }, delay);
  }

  /** Texts shown on screen right now (the observer's last word), in page order. */
  function visibleTexts(): Set<string> {
    const out = new Set<string>();
    for (const [el, item] of shown) if (visible.has(el)) out.add(item.text);
    return out;
  }

  /** The next request: queued texts on screen first (one batch), then the rest in batches, one thread at a time. */
  function nextBatch(): { texts: string[]; threadId: string; priority: Priority } | null {
    if (!prefs) return null;
    const onScreen = visibleTexts();
    const now = Date.now();
    const ready = (entry: Entry) =>
      entry.state === 'queued' &&
      enabledFor(entry.threadId) &&
      (!options.isStored || options.isStored(entry.threadId) || now - entry.queuedAt >= STORE_WAIT_MS);
    const prefix = `${prefs.target}\u0001`;
    let visibleBatch: { texts: string[]; threadId: string } | null = null;
    let backgroundBatch: { texts: string[]; threadId: string } | null = null;
    const tooLong: string[] = [];
    for (const [key, entry] of cache) {
      if (!key.startsWith(prefix) || !ready(entry)) continue;
      const text = key.slice(prefix.length);
      if (text.length > TRANSLATE_LIMITS.textChars) {
        // The background refuses the whole request for one such text: it would fail its batch-mates with it.
        cache.set(key, { state: 'failed', threadId: entry.threadId, reason: 'too-long' });
        tooLong.push(text);
      } else if (onScreen.has(text)) {
        visibleBatch ??= { texts: [], threadId: entry.threadId };
        if (visibleBatch.threadId === entry.threadId && visibleBatch.texts.length < VISIBLE_BATCH)
          visibleBatch.texts.push(text);
      } else {
        backgroundBatch ??= { texts: [], threadId: entry.threadId };
        if (backgroundBatch.threadId === entry.threadId && backgroundBatch.texts.length < BATCH)
          backgroundBatch.texts.push(text);
      }
    }
    for (const text of tooLong) renderText(text);
    if (visibleBatch) return { ...visibleBatch, priority: 'visible' };
    if (backgroundBatch) return { ...backgroundBatch, priority: 'background' };
    return null;
  }

  /** Whether queued texts wait for their thread to be stored (asked again shortly). */
  function waiting(): boolean {
    for (const entry of cache.values())
      if (entry.state === 'queued' && enabledFor(entry.threadId)) return true;
    return false;
  }

  async function pump(): Promise<void> {
    if (pumping || disposed) return;
    pumping = true;
    try {
      for (let batch = nextBatch(); batch && !disposed; batch = nextBatch()) {
        const target = prefs!.target;
        const keys = batch.texts.map((text) => `${target}\u0001${text}`);
        for (const key of keys) cache.set(key, { state: 'pending', threadId: batch.threadId });
        const results = await sendWithRetry(batch.texts, batch.threadId, batch.priority);
        batch.texts.forEach((text, i) => {
          const key = keys[i]!;
          if (cache.get(key)?.state !== 'pending') return; // settings changed meanwhile: asked again
          const result = results?.[i];
          cache.set(
            key,
            result
              ? { state: 'done', threadId: batch.threadId, result }
              : { state: 'failed', threadId: batch.threadId, reason: 'worker' },
          );
          renderText(text);
        });
      }
    } finally {
      pumping = false;
    }
    if (!disposed && waiting()) schedulePump(500);
  }

  /** The background may be asleep or restarting: the next message wakes it, so failed sends are retried. */
  async function sendWithRetry(
    texts: string[],
    threadId: string,
    priority: Priority,
  ): Promise<TranslationResult[] | null> {
    for (let attempt = 0; ; attempt++) {
      if (options.isInvalid?.()) return null;
      try {
        const results = await options.send(texts, threadId, priority);
        if (Array.isArray(results) && results.length === texts.length) return results;
        return null;
      } catch {
        const delay = retryDelays[attempt];
        if (delay === undefined) return null;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  return {
    /** After each scan: the open thread as read (null when no thread is open or it could not be read). */
    update(read: ThreadRead | null): void {
      if (disposed) return;
      lastRead = read;
      if (prefs) apply(read);
    },
    /** Settings changed (or arrived): re-render from the cache; failed texts are asked again when providers changed. */
    setPreferences(next: Preferences): void {
      if (disposed) return;
      const previous = prefs;
      prefs = next;
      if (previous && previous.providersKey !== next.providersKey) {
        for (const [key, entry] of cache) {
          const failed =
            entry.state === 'failed' ||
            (entry.state === 'done' &&
              !entry.result.ok &&
              entry.result.kind !== 'same-language' &&
              entry.result.kind !== 'empty');
          if (failed) cache.set(key, { state: 'queued', threadId: entry.threadId, queuedAt: 0 });
        }
      }
      for (const item of shown.values()) renderTranslation(item.node, viewOf(item.text));
      apply(lastRead);
      if (waiting()) schedulePump(settleMs);
    },
    /** The thread was stored: requests that waited for it may go. */
    threadStored(): void {
      if (waiting()) schedulePump(0, true);
    },
    dispose(): void {
      disposed = true;
      if (pumpTimer !== undefined) clearTimeout(pumpTimer);
      observer?.disconnect();
      removeAll();
    },
    /** For tests and diagnostics: how many nodes are shown. */
    shownCount: () => shown.size,
  };
}

export type InlineTranslation = ReturnType<typeof createInlineTranslation>;

const ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  auth: 'inlineErrorAuth',
  'not-configured': 'inlineErrorUnavailable',
  quota: 'inlineErrorQuota',
  'rate-limit': 'inlineErrorRateLimit',
  network: 'inlineErrorNetwork',
  timeout: 'inlineErrorTimeout',
  server: 'inlineErrorServer',
  'unsupported-pair': 'inlineErrorUnsupported',
  unavailable: 'inlineErrorUnavailable',
  permission: 'inlineErrorPermission',
};

/** A readable, localised reason from the result's kind; the background's own text only for kinds we do not know. */
function errorMessage(t: Translate, kind: string, error: string): string {
  const key = ERROR_KEYS[kind];
  return key ? t(key) : t('inlineErrorOther', { error: error.slice(0, 200) });
}
