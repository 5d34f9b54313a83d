import { INTENTS, type Intent } from '../../core/intent/types';
import { type MessageRecord, PLATFORMS, type Platform, type ThreadRecord } from '../../core/model';
import { onMessage, type ThreadReplyContext } from '../../core/protocol';
import { parseTemplateImport } from '../../core/templates/exchange';
import { TEMPLATE_LIMITS } from '../../core/templates/validate';
import { normaliseLanguage } from '../../core/translation/agent-language';
import type { AppDb } from '../../storage/db';
import {
  deleteTemplate,
  importTemplates,
  listTemplates,
  recordTemplateUsage,
  restoreDefaultTemplates,
  saveTemplate,
  seedDefaultTemplates,
  type TemplateUse,
  valuesForStoredThread,
} from '../../storage/templates';

/**
 * Owner of the template messages (issue 5). Content scripts relay page-influenced data and extension pages send
 * what an agent typed, so every payload is checked here before it reaches the database.
 */

const PLATFORM_SET = new Set<string>(PLATFORMS);
const VIA = new Set<TemplateUse['via']>(['picker', 'keyword', 'side-panel', 'suggestion', 'away']);
const LANGUAGE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const TEMPLATE_ID = /^[A-Za-z0-9_:.-]+$/;
/** Intents of buyer messages after the first one count for less: the thread's own intent leads. */
const SECONDARY_INTENT_SCORE = 0.5;

function platformOf(value: unknown): Platform | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !PLATFORM_SET.has(value)) throw new Error('invalid platform');
  return value as Platform;
}

function threadIdOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > 600)
    throw new Error('invalid thread id');
  return value;
}

function templateIdOf(value: unknown): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > TEMPLATE_LIMITS.id ||
    !TEMPLATE_ID.test(value)
  )
    throw new Error('invalid template id');
  return value;
}

function languageOf(value: unknown): string {
  if (typeof value !== 'string' || value.length > 20 || !LANGUAGE.test(value))
    throw new Error('invalid language code');
  return normaliseLanguage(value)!;
}

/** A thread's messages oldest first (sentAt, then position). */
async function messagesOf(db: AppDb, threadId: string): Promise<MessageRecord[]> {
  const messages = await db.messages
    .where('[threadId+sentAt]')
    .between([threadId, -Infinity], [threadId, Infinity])
    .toArray();
  return messages.sort((a, b) => a.sentAt - b.sentAt || a.seq - b.seq);
}

/** The buyer's messages since our last reply (else the last buyer message), as core/intent summarises them. */
function unanswered(messages: readonly MessageRecord[]): MessageRecord[] {
  const lastOut = messages.findLastIndex((m) => m.direction === 'out');
  const since = messages.slice(lastOut + 1).filter((m) => m.direction === 'in');
  if (since.length > 0) return since;
  const last = messages.findLast((m) => m.direction === 'in');
  return last ? [last] : [];
}

function classificationOf(
  thread: ThreadRecord,
  messages: readonly MessageRecord[],
): ThreadReplyContext['classification'] | undefined {
  if (!thread.intent) return undefined;
  const intents: { intent: Intent; score: number }[] = [{ intent: thread.intent, score: 1 }];
  for (const m of unanswered(messages).reverse()) {
    if (m.intent && INTENTS.includes(m.intent) && !intents.some((i) => i.intent === m.intent))
      intents.push({ intent: m.intent, score: SECONDARY_INTENT_SCORE });
  }
  return {
    intent: thread.intent,
    intents,
    sentiment: thread.sentiment ?? 'neutral',
    urgent: thread.urgent === 1,
    urgentReasons: thread.urgentReasons ?? [],
  };
}

/** What the picker and the side panel need to fill and rank templates for one stored thread. */
export async function threadReplyContext(
  db: AppDb,
  threadId: string,
): Promise<ThreadReplyContext | undefined> {
  const thread = await db.threads.get(threadId);
  if (!thread) return undefined;
  const messages = await messagesOf(db, threadId);
  // A provider's report on a buyer message beats the local detector's guess stored on the thread.
  const language =
    normaliseLanguage(
      messages.findLast((m) => m.direction === 'in' && m.language && m.languageSource === 'provider')
        ?.language,
    ) ??
    normaliseLanguage(thread.language) ??
    normaliseLanguage(messages.findLast((m) => m.direction === 'in' && m.language)?.language);
  const classification = classificationOf(thread, messages);
  return {
    threadId,
    platform: thread.platform,
    site: thread.site,
    ...(language ? { language } : {}),
    ...(classification ? { classification } : {}),
    values: await valuesForStoredThread(thread, messages),
  };
}

export function registerTemplateHandlers(db: AppDb): () => void {
  // Seed the default pack as soon as the background starts; every handler waits for it, so the first list a
  // freshly installed extension shows already holds the pack. A failed attempt (database busy) is retried.
  let seeding: Promise<unknown> | undefined;
  const ready = () => {
    seeding ??= seedDefaultTemplates(db).catch((error) => {
      seeding = undefined;
      console.warn('[templates] seeding the default pack failed; will retry', error);
    });
    return seeding;
  };
  void ready();

  const offs = [
    onMessage('listTemplates', async ({ data }) => {
      const platform = platformOf(data?.platform);
      const threadId = threadIdOf(data?.threadId);
      await ready();
      const thread = threadId ? await threadReplyContext(db, threadId) : undefined;
      const templates = await listTemplates(db, platform ?? thread?.platform);
      return thread ? { templates, thread } : { templates };
    }),
    onMessage('saveTemplate', async ({ data }) => {
      await ready();
      const result = await saveTemplate(db, data);
      return result.ok ? { ok: true as const, id: result.id } : result;
    }),
    onMessage('deleteTemplate', async ({ data }) => {
      const id = templateIdOf(data?.id);
      await ready();
      return { ok: await deleteTemplate(db, id) };
    }),
    onMessage('importTemplates', async ({ data }) => {
      const mode = data?.mode;
      if (mode !== 'merge' && mode !== 'replace')
        return { ok: false as const, error: 'Choose whether to merge or replace.', errors: [] };
      if (typeof data?.json !== 'string')
        return { ok: false as const, error: 'The file is empty.', errors: [] };
      const parsed = parseTemplateImport(data.json);
      // Nothing usable: never empty the library for a broken file.
      if (parsed.templates.length === 0)
        return {
          ok: false as const,
          error: parsed.errors[0] ?? 'The file holds no templates.',
          errors: parsed.errors,
        };
      await ready();
      const outcome = await importTemplates(db, parsed.templates, mode, parsed.errors.length);
      return { ok: true as const, added: outcome.added, updated: outcome.updated, errors: parsed.errors };
    }),
    onMessage('restoreDefaultTemplates', async () => {
      await ready();
      return { added: await restoreDefaultTemplates(db) };
    }),
    onMessage('templateUsed', async ({ data }) => {
      const via = data?.via;
      if (!VIA.has(via)) throw new Error('invalid via');
      if (typeof data.translated !== 'boolean') throw new Error('invalid translated flag');
      const use: TemplateUse = {
        templateId: templateIdOf(data.templateId),
        via,
        language: languageOf(data.language),
        translated: data.translated,
      };
      const threadId = threadIdOf(data.threadId);
      if (threadId) use.threadId = threadId;
      await ready();
      await recordTemplateUsage(db, use);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
