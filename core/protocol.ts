import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AdapterStatus, InboxSnapshot, ThreadSnapshot, ThreadState } from './model';

export type IngestResult =
  | { ok: true; threadId: string; added: number; updated: number; total: number }
  | IngestFailure;

export type IngestInboxResult = { ok: true; threads: number } | IngestFailure;

/** `retryable`: the snapshot was valid but could not be stored (database busy or full); send it again later. */
export type IngestFailure = { ok: false; error: string; retryable?: boolean };

export type InsertResult =
  | { ok: true }
  | {
      ok: false;
      reason: 'no-tab' | 'no-composer' | 'unrecognised' | 'restart-needed' | 'modal-open' | 'error';
      error: string;
    };

/**
 * The one protocol map. Every message has one owner (the context that registers its handler); payloads are
 * validated on arrival by the owner, because page text is buyer-controlled.
 */
export interface ProtocolMap {
  // — owned by the background —
  /** Content script → background: an open thread as read from the page. Acknowledged after it is stored. */
  ingestThread(snapshot: ThreadSnapshot): IngestResult;
  /** Content script → background: the visible rows of a portal inbox list. */
  ingestInbox(snapshot: InboxSnapshot): IngestInboxResult;
  /** Content script → background: what the adapter recognised on this tab. */
  reportAdapterStatus(status: AdapterStatus): void;
  /** Overlay → background: open the side panel on the sender's tab (keeps the click's user gesture). */
  openSidePanel(): void;
  /** Extension pages → background: thread workflow changes. */
  setThreadState(data: { threadId: string; state: ThreadState }): void;
  setThreadRead(data: { threadId: string; read: boolean }): void;
  setThreadUrgent(data: { threadId: string; urgent: boolean }): void;
  /** Side panel → background: focus the portal tab showing the thread, or open its URL. */
  openInPortal(data: { threadId: string }): void;
  /** Side panel → background: put a reply into the portal's reply box (never sends). */
  insertReply(data: { threadId: string; text: string }): InsertResult;

  // — owned by the content script —
  /** Background → content script: write text into the native reply box of the open thread. */
  composerInsert(data: { threadId: string; text: string }): InsertResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
