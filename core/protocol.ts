import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Classification } from './intent/types';
import type { AdapterStatus, InboxSnapshot, Platform, ThreadSnapshot, ThreadState } from './model';
import type { TemplateDraft, TemplateRecord, TemplateValues } from './templates/types';
import type { TemplateIssue } from './templates/validate';
import type { ProviderErrorKind, ProviderId, TranslationResult } from './translation/types';

export type IngestResult =
  | { ok: true; threadId: string; added: number; updated: number; total: number }
  | IngestFailure;

/**
 * Away mode's send through the portal (insert, then the page's own Send control). On top of the insert failures:
 * 'draft-present' (the agent left text in the reply box: never overwritten), 'no-send-control', 'not-sent' (the box
 * still held the text after clicking Send, e.g. a portal dialog appeared).
 */
export type SendResult =
  | { ok: true }
  | Extract<InsertResult, { ok: false }>
  | { ok: false; reason: 'draft-present' | 'no-send-control' | 'not-sent'; error: string };

/** What the template picker and the side panel know about the thread a reply is for. */
export interface ThreadReplyContext {
  threadId: string;
  platform: Platform;
  site: string;
  /** The buyer's language (provider-confirmed when available). */
  language?: string;
  /** Of the last buyer messages (core/intent), when there are any. */
  classification?: Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent' | 'urgentReasons'>;
  /** Variables the stored thread can fill (core/templates/context.ts valuesForThread). */
  values: TemplateValues;
}

export type ImportTemplatesResult =
  | { ok: true; added: number; updated: number; errors: string[] }
  | { ok: false; error: string; errors: string[] };

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
  /**
   * Content script → background: the agent inserted a reply from the portal overlay (translate-my-reply) into the
   * tab's reply box; logged in the audit trail like an insert from the side panel.
   */
  replyInserted(data: { threadId: string; characters: number; buyerLanguage?: string }): void;

  // — translation, owned by the background (entrypoints/background/translation-handlers.ts) —
  /**
   * Content script / side panel → background: translate buyer texts (one thread) into `target` (default: the agent's
   * language) through the cache and the provider chain. With `threadId`, stored messages of that thread with the same
   * text get `translations[target]` (and the provider's source language). Results are in the order of `texts`.
   * `priority: 'visible'` jumps the queue (messages on screen first).
   */
  translateTexts(data: {
    texts: string[];
    threadId?: string;
    source?: string;
    target?: string;
    priority?: 'visible' | 'background';
  }): TranslationResult[];
  /** Side panel → background: translate every stored buyer message of a thread that lacks the agent-language text. */
  translateThread(data: {
    threadId: string;
  }): { ok: true; translated: number } | { ok: false; error: string };
  /**
   * Translate-my-reply: the agent's text into the buyer's language (`target`, default: the thread's language), plus a
   * back-translation into the agent's language to check it. Never inserts anything.
   */
  translateReply(data: {
    threadId?: string;
    text: string;
    target?: string;
  }):
    | { ok: true; text: string; back: string; target: string; provider: ProviderId }
    | { ok: false; kind: ProviderErrorKind | 'same-language' | 'empty' | 'no-language'; error: string };
  /** Options page → background: try one provider with the current settings and keys on a sample sentence. */
  testProvider(data: {
    id: ProviderId;
  }): { ok: true; sample: string; ms: number } | { ok: false; kind: ProviderErrorKind; error: string };
  /** Options page → background: empty the translation cache (translations stored on messages stay). */
  clearTranslationCache(): { removed: number };

  // — templates, owned by the background (entrypoints/background/template-handlers.ts) —
  /**
   * Content script / side panel → background: the template library (scoped to `platform` when given), plus the
   * context of `threadId` when given (language, classification, variable values).
   */
  listTemplates(data: { platform?: Platform; threadId?: string }): {
    templates: TemplateRecord[];
    thread?: ThreadReplyContext;
  };
  /** Side panel → background: create or update a template (validated; logged as template.saved). */
  /** `issue`: why it was refused, as a code the side panel shows in the seller's language (`error`: English). */
  saveTemplate(
    data: TemplateDraft,
  ): { ok: true; id: string } | { ok: false; error: string; issue?: TemplateIssue };
  deleteTemplate(data: { id: string }): { ok: boolean };
  /** Side panel → background: import an export file (`merge` keeps the others; `replace` deletes them first). */
  importTemplates(data: { json: string; mode: 'merge' | 'replace' }): ImportTemplatesResult;
  /** Side panel → background: put the default pack back (missing or deleted default templates only). */
  restoreDefaultTemplates(): { added: number };
  /** A template was inserted (portal picker, keyword, side panel) or auto-sent: usage count + template.used event. */
  templateUsed(data: {
    templateId: string;
    threadId?: string;
    via: 'picker' | 'keyword' | 'side-panel' | 'suggestion' | 'away';
    language: string;
    translated: boolean;
  }): void;

  // — owned by the offscreen document (entrypoints/offscreen) —
  /** Background → offscreen document: Chrome's on-device Translator, which cannot run in the service worker. */
  offscreenTranslate(data: {
    texts: string[];
    source: string;
    target: string;
  }):
    | { ok: true; texts: string[] }
    | { ok: false; kind: 'unavailable' | 'unsupported-pair' | 'timeout' | 'bad-response'; error: string };

  // — owned by the content script —
  /** Background → content script: write text into the native reply box of the open thread. */
  composerInsert(data: { threadId: string; text: string }): InsertResult;
  /**
   * Background (away mode) → content script: insert `text` and click the portal's own Send control, only if the
   * thread is still the open one and its reply box is empty. The one place the extension sends (issue 5, opt-in).
   */
  composerSend(data: { threadId: string; text: string }): SendResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
