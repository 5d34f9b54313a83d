import { browser } from 'wxt/browser';
import type { AdapterStatus } from '../../core/model';
import { type InsertResult, onMessage, sendMessage } from '../../core/protocol';
import { isPortalUrl } from '../../core/sites';
import { adapterStatusItem } from '../../storage/adapter-status';
import type { AppDb } from '../../storage/db';

/**
 * Everything that involves portal tabs: adapter status per tab (kept in session storage so it survives a
 * service-worker restart and the side panel can watch it), opening the side panel from the overlay, focusing
 * the tab of a thread, and forwarding a reply to the tab's composer.
 */
export function registerTabHandlers(db: AppDb): () => void {
  // Session storage is read-modify-write; serialise the writes so concurrent reports do not drop each other.
  let statusWrites = Promise.resolve();
  const updateStatuses = (change: (all: Record<string, AdapterStatus>) => void) => {
    statusWrites = statusWrites
      .then(async () => {
        const all = { ...(await adapterStatusItem.getValue()) };
        change(all);
        await adapterStatusItem.setValue(all);
      })
      .catch((error) => console.warn('[HelloWorld] adapter status not saved:', error));
    return statusWrites;
  };

  const offs = [
    onMessage('reportAdapterStatus', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || typeof data !== 'object' || data === null) return;
      const status: AdapterStatus = {
        platform: data.platform,
        host: String(data.host).slice(0, 253),
        url: String(data.url).slice(0, 4096),
        page: data.page,
        missing: Array.isArray(data.missing)
          ? data.missing.slice(0, 20).map((m) => String(m).slice(0, 200))
          : [],
        threadsRead: Number(data.threadsRead) || 0,
        messagesRead: Number(data.messagesRead) || 0,
        openThreadId: typeof data.openThreadId === 'string' ? data.openThreadId.slice(0, 600) : undefined,
        pendingSnapshots: Number(data.pendingSnapshots) || 0,
        at: Date.now(),
      };
      return updateStatuses((all) => {
        all[String(tabId)] = status;
      });
    }),

    onMessage('openSidePanel', ({ sender }) => {
      const tabId = sender.tab?.id;
      // Must run before any await: sidePanel.open needs the user gesture that came with the message.
      if (tabId !== undefined) void browser.sidePanel.open({ tabId }).catch((e) => console.warn(e));
    }),

    onMessage('openInPortal', async ({ data }) => {
      const tabId = await tabShowingThread(data.threadId);
      if (tabId !== undefined) {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
        return;
      }
      const thread = await db.threads.get(data.threadId);
      if (!thread || !isPortalUrl(thread.url)) throw new Error('This thread has no portal address to open.');
      await browser.tabs.create({ url: thread.url });
    }),

    onMessage('replyInserted', async ({ data, sender }) => {
      if (typeof data?.threadId !== 'string' || !data.threadId || data.threadId.length > 600) return;
      const characters = Number.isFinite(data.characters) ? Math.max(0, Math.round(data.characters)) : 0;
      const buyerLanguage =
        typeof data.buyerLanguage === 'string' ? data.buyerLanguage.slice(0, 16) : undefined;
      await db.events.add({
        at: Date.now(),
        type: 'reply.inserted',
        threadId: data.threadId,
        detail: { characters, via: 'portal', buyerLanguage, tabId: sender.tab?.id },
      });
    }),

    onMessage('insertReply', async ({ data }): Promise<InsertResult> => {
      if (typeof data?.text !== 'string' || data.text.length === 0 || data.text.length > 32_000) {
        return { ok: false, reason: 'error', error: 'The reply is empty or too long.' };
      }
      const tabId = await tabShowingThread(data.threadId);
      if (tabId === undefined) {
        return { ok: false, reason: 'no-tab', error: 'Open this thread in the portal first.' };
      }
      let result: InsertResult;
      try {
        result = await sendMessage('composerInsert', { threadId: data.threadId, text: data.text }, tabId);
      } catch (error) {
        return { ok: false, reason: 'no-tab', error: `The portal tab did not answer: ${String(error)}` };
      }
      if (result.ok) {
        await db.events.add({
          at: Date.now(),
          type: 'reply.inserted',
          threadId: data.threadId,
          detail: { characters: data.text.length, via: 'side-panel', tabId },
        });
      }
      return result;
    }),
  ];

  const forgetTab = (tabId: number) =>
    void updateStatuses((all) => {
      delete all[String(tabId)];
    });
  browser.tabs.onRemoved.addListener(forgetTab);

  return () => {
    for (const off of offs) off();
    browser.tabs.onRemoved.removeListener(forgetTab);
  };
}

/** The tab whose content script last reported this thread as open (most recent report wins). */
export async function tabShowingThread(threadId: string): Promise<number | undefined> {
  const all = await adapterStatusItem.getValue();
  let best: { tabId: number; at: number } | undefined;
  for (const [tabId, status] of Object.entries(all)) {
    if (status.openThreadId !== threadId) continue;
    if (!best || status.at > best.at) best = { tabId: Number(tabId), at: status.at };
  }
  return best?.tabId;
}
