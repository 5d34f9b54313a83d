import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hash53 } from '../../core/hash';
import { dominantLanguage } from '../../core/language';
import { type AdapterStatus, type PageKind, type ThreadSnapshot, threadIdOf } from '../../core/model';
import { type InsertResult, onMessage, type SendResult, sendMessage } from '../../core/protocol';
import type { PlatformAdapter } from '../adapter-contract';
import { insertIntoComposer, NOT_OPEN } from './composer-insert';
import { sendThroughComposer } from './composer-send';
import type { ThreadRead } from './inline-translation';
import { startInlineTranslation } from './inline-translation-setup';
import { createOutbox, type OutboxEntry } from './outbox';
import { createOverlayStore, type OverlayStore } from './overlay-store';

const SCAN_THROTTLE_MS = 250;
/** SPA pages mount their panes after load; a layout only counts as unrecognised once this has passed. */
const SETTLE_MS = 2_000;

const threadIdOfSnapshot = (s: ThreadSnapshot) => threadIdOf(s.platform, s.site, s.nativeThreadId);

/** A snapshot's content, without the capture time, to skip sending what the background already has. */
function contentKey(value: { capturedAt: number }): string {
  const { capturedAt: _ignored, ...rest } = value;
  return hash53(JSON.stringify(rest));
}

/**
 * Runs one platform adapter in a portal tab: recognises the page on load, on SPA navigation and on DOM changes
 * (throttled), sends what it reads through the outbox, reports its status, and answers composer requests. Any
 * failure is caught and reported here: nothing is ever thrown into the portal.
 */
export function runContentScript(ctx: ContentScriptContext, adapter: PlatformAdapter): OverlayStore {
  const store = createOverlayStore({
    page: 'other',
    missing: [],
    messagesRead: 0,
    threadsStored: 0,
    pending: 0,
  });
  const sentKeys = new Set<string>();
  const storedThreads = new Set<string>();
  /** Snapshot thread id → the id the background stored it under, when it recognised an existing conversation. */
  const storedAs = new Map<string, string>();
  let openThreadId: string | undefined;
  // Detecting over a long thread costs about 1.6 ms (franc on 4,000 characters): once per change of the buyer's
  // messages, not on every scan. The site is a hint, as in ingest (Malay vs Indonesian on Shopee).
  let detected: { key: string; language: string | undefined } | undefined;
  const buyerLanguageOf = (snapshot: ThreadSnapshot): string | undefined => {
    const texts = snapshot.messages.filter((m) => m.direction === 'in').map((m) => m.text);
    const key = `${snapshot.site}\u0001${texts.length}\u0001${texts[0] ?? ''}\u0001${texts.at(-1) ?? ''}`;
    if (detected?.key !== key) {
      detected = { key, language: dominantLanguage(texts, { site: snapshot.site }) };
    }
    return detected.language;
  };
  let lastStatusKey = '';
  let navigatedAt = Date.now();

  const outbox = createOutbox(() => ctx.isInvalid, {
    onStored(item, _added, storedId) {
      if (item.kind === 'thread') {
        const own = threadIdOfSnapshot(item.snapshot);
        const id = storedId ?? own;
        if (id !== own) storedAs.set(own, id);
        storedThreads.add(id);
        if (openThreadId === own) openThreadId = id;
        inline.threadStored();
      }
      store.set({ threadsStored: storedThreads.size, lastError: undefined });
    },
    onRejected(item, error) {
      sentKeys.delete(item.key); // a later read may be acceptable again
      store.set({ lastError: error });
    },
    onPendingChange(pending) {
      store.set({ pending });
      reportStatus();
    },
  });

  // Translations under the buyer messages of the open thread (issue 4).
  const inline = startInlineTranslation(ctx, adapter, (id) => storedThreads.has(id));

  const reportStatus = () => {
    const state = store.get();
    const status: AdapterStatus = {
      platform: adapter.platform,
      host: location.hostname,
      url: location.href,
      page: state.page,
      missing: state.missing,
      threadsRead: storedThreads.size,
      messagesRead: state.messagesRead,
      openThreadId,
      pendingSnapshots: state.pending,
      at: Date.now(),
    };
    const key = JSON.stringify({ ...status, at: 0 });
    if (key === lastStatusKey) return;
    lastStatusKey = key;
    document.documentElement.dataset.hwPage = status.page;
    sendMessage('reportAdapterStatus', status).catch(() => {
      lastStatusKey = ''; // the worker is waking up; report again on the next scan
    });
  };

  const scan = () => {
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    const now = Date.now();
    try {
      const recognition = adapter.recognise(document, url, now);
      let page: PageKind = recognition.kind;
      let missing = recognition.missing;
      let messagesRead = store.get().messagesRead;
      let buyerLanguage = store.get().buyerLanguage;
      let read: ThreadRead | null = null;
      openThreadId = undefined;

      if (page === 'inbox' || page === 'inbox-with-thread') {
        const inbox = adapter.readInbox(document, url, now);
        if (inbox.ok && inbox.value.rows.length > 0) queue({ kind: 'inbox', snapshot: inbox.value });
      }
      if (page === 'thread' || page === 'inbox-with-thread') {
        const thread = adapter.readThread(document, url, now);
        if (thread.ok) {
          const own = threadIdOfSnapshot(thread.value);
          openThreadId = storedAs.get(own) ?? own;
          messagesRead = thread.value.messages.length;
          buyerLanguage = buyerLanguageOf(thread.value);
          queue({ kind: 'thread', snapshot: thread.value });
          read = { threadId: openThreadId, messages: thread.value.messages, elements: thread.elements };
        } else {
          page = 'unrecognised';
          missing = thread.missing;
        }
      }
      if (page === 'unrecognised' && now - navigatedAt < SETTLE_MS) {
        // Still loading, probably: look again once the page had time to mount.
        setTimeout(scheduleScan, SETTLE_MS - (now - navigatedAt));
        page = 'other';
        missing = [];
      }
      store.set({ page, missing, messagesRead, threadId: openThreadId, buyerLanguage });
      inline.update(read);
    } catch (error) {
      store.set({ page: 'unrecognised', missing: [`adapter error: ${String(error).slice(0, 160)}`] });
    }
    reportStatus();
  };

  function queue(entry: OutboxEntry) {
    const key = `${entry.kind}:${contentKey(entry.snapshot)}`;
    if (sentKeys.has(key)) return;
    if (sentKeys.size > 5_000) sentKeys.clear();
    sentKeys.add(key);
    outbox.push({ ...entry, key, attempts: 0 });
  }

  store.setRescan(scan);

  // Throttle: the first change scans soon, bursts of mutations collapse into one scan per interval.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleScan = () => {
    if (timer !== undefined || ctx.isInvalid) return;
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, SCAN_THROTTLE_MS);
  };

  let observing: AbortController | undefined;
  const observe = () => {
    observing?.abort();
    observing = new AbortController();
    adapter.observe(document, observing.signal, scheduleScan);
  };
  ctx.onInvalidated(() => observing?.abort());

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    navigatedAt = Date.now();
    observe();
    scheduleScan();
  });
  ctx.addEventListener(document, 'visibilitychange', scheduleScan);

  const offComposer = onMessage('composerInsert', async ({ data }): Promise<InsertResult> => {
    if (typeof data?.text !== 'string') return { ok: false, reason: 'error', error: 'No text to insert.' };
    scan();
    if (store.get().page === 'unrecognised') {
      return { ok: false, reason: 'unrecognised', error: 'This portal page layout is not recognised.' };
    }
    if (data.threadId !== openThreadId) return NOT_OPEN;
    return insertIntoComposer(adapter, document, data.text, () => {
      // Another thread read since is a switch; a pane we cannot read for a moment (re-rendering) is not.
      scan();
      return openThreadId === undefined || openThreadId === data.threadId;
    });
  });
  ctx.onInvalidated(offComposer);

  // Away mode (issue 5): insert and click Send, only for the thread still open here, never over a draft.
  const offSend = onMessage('composerSend', async ({ data }): Promise<SendResult> => {
    if (typeof data?.text !== 'string' || data.text.length > 32_000) {
      return { ok: false, reason: 'error', error: 'No text to send, or too long.' };
    }
    scan();
    if (store.get().page === 'unrecognised') {
      return { ok: false, reason: 'unrecognised', error: 'This portal page layout is not recognised.' };
    }
    if (data.threadId !== openThreadId) return NOT_OPEN;
    return sendThroughComposer(adapter, document, data.text, () => {
      scan();
      return openThreadId === data.threadId;
    });
  });
  ctx.onInvalidated(offSend);

  observe();
  scan();
  return store;
}
