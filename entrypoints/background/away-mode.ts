import {
  type AutoReplyText,
  type AwayMessage,
  type AwayThread,
  decideAutoReply,
  isAutoReplyText,
  precheckAutoReply,
  QUIET_REASONS,
  type Skip,
} from '../../core/away/decide';
import type { AwaySettings } from '../../core/away/settings';
import type { EventRecord, MessageRecord, ThreadRecord } from '../../core/model';
import { type SendResult, sendMessage } from '../../core/protocol';
import { chooseBody } from '../../core/templates/context';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import { fillTemplate } from '../../core/templates/fill';
import type { TemplateRecord } from '../../core/templates/types';
import { normaliseLanguage, sameLanguage } from '../../core/translation/agent-language';
import type { TranslationResult } from '../../core/translation/types';
import { loadAwaySettings } from '../../storage/away-settings';
import type { AppDb } from '../../storage/db';
import { recordTemplateUsage, templatesSeededItem, valuesForStoredThread } from '../../storage/templates';
import { tabShowingThread } from './tab-handlers';

/**
 * Away mode (issue 5, opt-in): after each stored thread snapshot, decide whether the thread's newest buyer message
 * gets the off-hours notice, and send it through the portal tab that showed it. The only code that makes the
 * extension click Send, so it errs towards silence:
 * - stateless per ingest: everything it knows is in Dexie, so a service worker stopped between the ingest and the
 *   send simply decides again on the next ingest;
 * - exactly once rather than at least once: the thread is claimed (autoReplyMessageId / autoReplyAt) in one
 *   read-write transaction that re-reads it, BEFORE anything is sent; a send that fails is logged, never retried;
 * - the buyer's text never goes into the audit log, only ids, languages and reasons.
 */
export interface AwayModeDeps {
  /** One text through the shared translation queue (cache, provider order, health). */
  translate(text: string, source: string, target: string): Promise<TranslationResult>;
  agentLanguage(): Promise<string>;
  /** `composerSend` to the tab's content script. */
  send(tabId: number, data: { threadId: string; text: string }): Promise<SendResult>;
  /** The tab showing the thread: the tab whose snapshot was just stored, else the last one that reported it open. */
  tabFor(threadId: string, ingestingTab: number | undefined): Promise<number | undefined>;
  now(): number;
  settings(): Promise<AwaySettings>;
}

/** What the translation handlers hand over once their queue exists (registerTranslationHandlers exposeTranslator). */
export interface SharedTranslator {
  translate: AwayModeDeps['translate'];
  agentLanguage: AwayModeDeps['agentLanguage'];
}

export interface AwayMode {
  /** Called after a successful ingestThread, not awaited by it. Never throws. */
  afterIngest(threadId: string, tabId: number | undefined): Promise<void>;
  /** Wires the shared translation queue in (called by registerTranslationHandlers). */
  useTranslator(translator: SharedTranslator): void;
}

export function registerAwayMode(db: AppDb, overrides: Partial<AwayModeDeps> = {}): AwayMode {
  let translator: SharedTranslator | undefined;
  const deps: AwayModeDeps = {
    translate: (text, source, target) =>
      translator
        ? translator.translate(text, source, target)
        : Promise.resolve({ ok: false, kind: 'unavailable', error: 'The translation queue is not ready.' }),
    agentLanguage: () => translator?.agentLanguage() ?? Promise.resolve('en'),
    send: (tabId, data) => sendMessage('composerSend', data, tabId),
    tabFor: async (threadId, ingestingTab) => ingestingTab ?? (await tabShowingThread(threadId)),
    now: Date.now,
    settings: loadAwaySettings,
    ...overrides,
  };
  const now = deps.now;
  const settingsOf = deps.settings;
  // Ingests of one thread come in bursts (every scan that changed something): decide one at a time per thread.
  const running = new Map<string, Promise<void>>();

  async function evaluate(threadId: string, tabId: number | undefined): Promise<void> {
    const settings = await settingsOf();
    if (!settings.enabled) return;
    const thread = await db.threads.get(threadId);
    if (!thread) return;
    const messages = await db.messages.where('threadId').equals(threadId).toArray();
    await reconcileInterrupted(db, thread, messages, settings, now());
    const input = { settings, thread: awayThread(thread), messages: messages.map(awayMessage), now: now() };
    const pre = precheckAutoReply(input);
    if (pre.action === 'skip') return logSkip(db, threadId, pre, now());

    const built = await buildReply(db, deps, settings, thread, messages, pre.message);
    if ('skip' in built) return logSkip(db, threadId, built.skip, now());
    const decision = decideAutoReply({ ...input, reply: built.reply });
    if (decision.action === 'skip') return logSkip(db, threadId, decision, now());
    const { reply } = decision;

    const tab = await deps.tabFor(threadId, tabId);
    if (tab === undefined) {
      return logSkip(db, threadId, { action: 'skip', reason: 'no-tab', message: decision.message }, now());
    }

    // The claim: re-read and decide again inside one read-write transaction, so two workers, two tabs or a
    // restarted worker can never both send. Whoever commits the claim first is the only one that sends.
    const claimedAt = now();
    const claim = await db.transaction('rw', [db.threads, db.messages], async () => {
      const fresh = await db.threads.get(threadId);
      if (!fresh) return undefined;
      const freshMessages = await db.messages.where('threadId').equals(threadId).toArray();
      const again = decideAutoReply({
        settings,
        thread: awayThread(fresh),
        messages: freshMessages.map(awayMessage),
        now: claimedAt,
        reply,
      });
      if (again.action !== 'send') return again;
      // A newer buyer message came in meanwhile: its own ingest decides for it; nothing is sent from here.
      if (again.message.id !== decision.message.id) return undefined;
      await db.threads.update(threadId, {
        autoReplyAt: claimedAt,
        autoReplyMessageId: again.message.id,
        autoReplyText: reply.text,
      });
      return again;
    });
    if (!claim) return;
    if (claim.action === 'skip') return logSkip(db, threadId, claim, now());

    const detail = {
      templateId: reply.templateId,
      language: reply.language,
      translated: built.translated,
      messageId: claim.message.id,
      characters: reply.text.length,
      tabId: tab,
    };
    let result: SendResult;
    try {
      result = await deps.send(tab, { threadId, text: reply.text });
    } catch (error) {
      result = { ok: false, reason: 'no-tab', error: `The portal tab did not answer: ${String(error)}` };
    }
    if (result.ok) {
      await addEvent(db, { at: now(), type: 'reply.auto-sent', threadId, detail });
      await recordTemplateUsage(db, {
        templateId: reply.templateId,
        threadId,
        via: 'away',
        language: reply.language,
        translated: built.translated,
      }).catch((error) => console.warn('[HelloWorld] away mode: template usage not counted:', error));
    } else {
      // The claim stays: a failed send is not retried (it might have gone out after all; never twice).
      await addEvent(db, {
        at: now(),
        type: 'reply.auto-failed',
        threadId,
        detail: { ...detail, reason: result.reason, error: String(result.error).slice(0, 300) },
      });
    }
  }

  return {
    afterIngest(threadId, tabId) {
      const previous = running.get(threadId) ?? Promise.resolve();
      const next = previous
        .then(() => evaluate(threadId, tabId))
        .catch((error) => console.warn('[HelloWorld] away mode:', error));
      running.set(threadId, next);
      void next.finally(() => {
        if (running.get(threadId) === next) running.delete(threadId);
      });
      return next;
    },
    useTranslator(value) {
      translator = value;
    },
  };
}

function awayThread(t: ThreadRecord): AwayThread {
  return {
    id: t.id,
    platform: t.platform,
    site: t.site,
    shop: t.shop,
    autoReplyAt: t.autoReplyAt,
    autoReplyMessageId: t.autoReplyMessageId,
    autoReplyText: t.autoReplyText,
    urgent: t.urgent,
    urgentReasons: t.urgentReasons,
  };
}

function awayMessage(m: MessageRecord): AwayMessage {
  return {
    id: m.id,
    direction: m.direction,
    text: m.text,
    sentAt: m.sentAt,
    sentAtPrecision: m.sentAtPrecision,
    seq: m.seq,
    firstSeenAt: m.firstSeenAt,
    language: m.language,
    urgent: m.urgent,
    sentiment: m.sentiment,
    urgentReasons: m.urgentReasons,
  };
}

type Built =
  | { reply: AutoReplyText | 'no-template' | 'empty-template'; translated: boolean }
  | { skip: Skip };

/**
 * The configured template, its body in the buyer's language (or translated into it through the shared queue),
 * with the thread's variables filled. Variables are filled before translating, so a missing one is caught before
 * any provider is paid, and the decision rejects any text that still holds a `{{…}}`.
 */
async function buildReply(
  db: AppDb,
  deps: AwayModeDeps,
  settings: AwaySettings,
  thread: ThreadRecord,
  messages: MessageRecord[],
  message: AwayMessage,
): Promise<Built> {
  const template = await templateById(db, settings.templateId);
  if (!template) return { reply: 'no-template', translated: false };
  const buyerLanguage = normaliseLanguage(thread.language ?? message.language);
  // With the buyer's language unknown, the English body: the agent's own language (often Chinese) would reach a
  // buyer who most likely cannot read it.
  const fallback = buyerLanguage ? await deps.agentLanguage() : 'en';
  const choice = chooseBody(template, buyerLanguage, fallback);
  if (!choice.body.trim()) return { reply: 'empty-template', translated: false };
  const ordered = [...messages].sort((a, b) => a.sentAt - b.sentAt || a.seq - b.seq);
  const values = await valuesForStoredThread(thread, ordered);
  const filled = fillTemplate(choice.body, values);
  const base = {
    templateId: template.id,
    missing: filled.missing,
    unknown: filled.unknown,
  };
  if (!choice.needsTranslation || !buyerLanguage || sameLanguage(choice.language, buyerLanguage)) {
    return { reply: { ...base, language: choice.language, text: filled.text }, translated: false };
  }
  if (filled.missing.length > 0 || filled.unknown.length > 0) {
    // Not worth a provider call: the decision rejects it anyway.
    return { reply: { ...base, language: choice.language, text: filled.text }, translated: false };
  }
  const result = await deps.translate(filled.text, choice.language, buyerLanguage);
  if (!result.ok) {
    if (result.kind === 'same-language') {
      return { reply: { ...base, language: choice.language, text: filled.text }, translated: false };
    }
    return {
      skip: {
        action: 'skip',
        reason: 'translation-failed',
        message,
        detail: {
          templateId: template.id,
          language: buyerLanguage,
          kind: result.kind,
          error: result.error.slice(0, 300),
        },
      },
    };
  }
  return { reply: { ...base, language: buyerLanguage, text: result.text }, translated: true };
}

/**
 * The template by id. A default-pack template not seeded yet (first start, before storage/templates.ts seeded the
 * library) comes from the pack; once seeded, a default the seller deleted stays deleted.
 */
async function templateById(db: AppDb, id: string): Promise<TemplateRecord | undefined> {
  const stored = await db.templates.get(id);
  if (stored) return stored;
  if ((await templatesSeededItem.getValue()).includes(id)) return undefined;
  return DEFAULT_TEMPLATES.find((t) => t.id === id);
}

/**
 * A worker stopped after clicking Send but before logging it leaves a claim without an event. When the reply then
 * shows up in the thread as an outgoing message, the event is written on this later ingest (marked recovered), so
 * the audit log and the thread's marker still say what was sent. A claim whose reply never appears stays unlogged
 * as sent (it is not known to have gone out), and is never retried.
 */
async function reconcileInterrupted(
  db: AppDb,
  thread: ThreadRecord,
  messages: MessageRecord[],
  settings: AwaySettings,
  at: number,
): Promise<void> {
  const messageId = thread.autoReplyMessageId;
  if (!messageId || thread.autoReplyAt === undefined || !thread.autoReplyText) return;
  const came = messages.some(
    (m) =>
      m.direction === 'out' &&
      m.firstSeenAt >= thread.autoReplyAt! - 60_000 &&
      isAutoReplyText(m.text, thread.autoReplyText),
  );
  if (!came || (await eventsFor(db, thread.id, messageId, ['reply.auto-sent', 'reply.auto-failed'])) > 0)
    return;
  await addEvent(db, {
    at,
    type: 'reply.auto-sent',
    threadId: thread.id,
    detail: {
      templateId: settings.templateId,
      language: normaliseLanguage(thread.language) ?? '',
      messageId,
      characters: thread.autoReplyText.length,
      recovered: true,
    },
  });
}

async function eventsFor(db: AppDb, threadId: string, messageId: string, types: string[]): Promise<number> {
  return db.events
    .where('threadId')
    .equals(threadId)
    .filter(
      (e) =>
        types.includes(e.type) && (e.detail as { messageId?: string } | undefined)?.messageId === messageId,
    )
    .count();
}

/** One skipped event per buyer message and reason; routine reasons (see QUIET_REASONS) are not logged at all. */
async function logSkip(db: AppDb, threadId: string, skip: Skip, at: number): Promise<void> {
  if (QUIET_REASONS.has(skip.reason) || !skip.message) return;
  const messageId = skip.message.id;
  if ((await eventsFor(db, threadId, messageId, ['reply.auto-skipped', 'reply.auto-sent'])) > 0) return;
  await addEvent(db, {
    at,
    type: 'reply.auto-skipped',
    threadId,
    detail: { reason: skip.reason, messageId, ...(skip.detail ?? {}) },
  });
}

async function addEvent(db: AppDb, event: EventRecord): Promise<void> {
  try {
    await db.events.add(event);
  } catch (error) {
    console.warn('[HelloWorld] away mode event not logged:', error);
  }
}
