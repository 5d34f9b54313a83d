import { browser } from 'wxt/browser';
import { TRANSLATE_LIMITS } from '../../core/limits';
import type { MessageRecord, ThreadRecord } from '../../core/model';
import { onMessage } from '../../core/protocol';
import { normaliseLanguage, resolveAgentLanguage, sameLanguage } from '../../core/translation/agent-language';
import {
  createTranslationQueue,
  type ProtectFn,
  type ProviderHealth,
  type QueueOptions,
  type TranslationQueue,
} from '../../core/translation/queue';
import { isTranslatable } from '../../core/translation/translatable';
import {
  PROVIDER_IDS,
  type ProviderId,
  type TranslationProvider,
  type TranslationResult,
} from '../../core/translation/types';
import type { AppDb } from '../../storage/db';
import { storeMessageTranslations, translationChanges } from '../../storage/message-translations';
import { providerHealthItem } from '../../storage/provider-health';
import { providerSecretsItem } from '../../storage/provider-secrets';
import {
  clearTranslationCache,
  getCachedTranslations,
  purgeTranslationCache,
  putCachedTranslations,
} from '../../storage/translation-cache';
import {
  DEFAULT_TRANSLATION_SETTINGS,
  type TranslationSettings,
  translationSettingsItem,
} from '../../storage/translation-settings';

/** What the language detector (core/language.ts detectLanguageDetailed) answers. */
export type DetectFn = (
  text: string,
  context: { site?: string; threadLanguage?: string },
) => { lang: string; confidence: 'high' | 'medium' | 'low'; by?: string } | undefined;

export interface TranslationHandlerDeps {
  providers: Partial<Record<ProviderId, TranslationProvider>>;
  protect: ProtectFn;
  detect: DetectFn;
  /** Defaults to `browser.permissions.contains`. */
  hasPermission?: (origins: string[]) => Promise<boolean>;
  /** The browser UI language, for `agentLanguage: 'auto'`. Defaults to `navigator.language`. */
  browserLanguage?: () => string;
  queueOptions?: Partial<QueueOptions>;
  /** Hands one-text translation through this queue to another background module (away mode). */
  exposeTranslator?: (translator: {
    translate(text: string, source: string, target: string): Promise<TranslationResult>;
    agentLanguage(): Promise<string>;
  }) => void;
}

export const CACHE_PURGE_ALARM = 'translation-cache-purge';
const PURGE_PERIOD_MINUTES = 360;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Payload limits: page text is buyer-controlled, and providers bill by character. */
const LIMITS = TRANSLATE_LIMITS;

/** The sample "test connection" translates: short, so it costs next to nothing on a paid key. */
const SAMPLE = 'Hello, where is my parcel? Thank you!';

async function loadSettings(): Promise<TranslationSettings> {
  // Older stored values may lack fields added later; the defaults fill them.
  return { ...DEFAULT_TRANSLATION_SETTINGS, ...(await translationSettingsItem.getValue()) };
}

function language(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (
    typeof value !== 'string' ||
    value.length > LIMITS.language ||
    !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value)
  )
    throw new Error('invalid language code');
  return normaliseLanguage(value);
}

function threadIdOf(value: unknown, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.threadId)
    throw new Error('invalid thread id');
  return value;
}

function textsOf(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.texts)
    throw new Error(`texts must be a list of 1 to ${LIMITS.texts} strings`);
  for (const text of value) {
    if (typeof text !== 'string' || text.length > LIMITS.textChars)
      throw new Error(`each text must be a string of at most ${LIMITS.textChars} characters`);
  }
  return value;
}

/**
 * Owner of translateTexts, translateThread, translateReply, testProvider and clearTranslationCache. One queue per
 * background; everything it needs to remember across a worker restart is in Dexie (the cache, the translations on
 * the messages) or session storage (provider health), so a stopped worker only loses jobs the pages ask again.
 */
export function registerTranslationHandlers(db: AppDb, deps: TranslationHandlerDeps): () => void {
  const browserLanguage = deps.browserLanguage ?? (() => globalThis.navigator?.language ?? 'en');
  const queue: TranslationQueue = createTranslationQueue({
    providers: deps.providers,
    getSettings: loadSettings,
    getSecrets: () => providerSecretsItem.getValue(),
    cacheGet: (keys) => getCachedTranslations(db, keys),
    cachePut: (entries) => putCachedTranslations(db, entries),
    hasPermission:
      deps.hasPermission ??
      ((origins) => browser.permissions.contains({ origins }).then((granted) => granted)),
    protect: deps.protect,
    onHealth: (health: ProviderHealth[]) => {
      void providerHealthItem.setValue(health).catch(() => undefined);
    },
    loadHealth: () => providerHealthItem.getValue(),
    options: deps.queueOptions,
  });

  const agentLanguage = async () =>
    resolveAgentLanguage((await loadSettings()).agentLanguage, browserLanguage());
  deps.exposeTranslator?.({
    agentLanguage,
    translate: async (text, source, target) =>
      (await queue.translate({ texts: [text], source, target, priority: 'background' }))[0]!,
  });

  /**
   * Source per text: the caller's hint, else what the provider reported for a stored message with that text, else
   * the detector when it is sure enough. A low-confidence guess is not sent: a wrong source makes providers
   * return the text unchanged, while "auto" lets them detect it themselves.
   */
  function sourcesFor(texts: string[], thread: ThreadRecord | undefined, stored: MessageRecord[]) {
    const reported = new Map(
      stored.filter((m) => m.languageSource === 'provider' && m.language).map((m) => [m.text, m.language]),
    );
    return texts.map((text) => {
      const known = reported.get(text);
      if (known) return known;
      const detected = deps.detect(text, { site: thread?.site, threadLanguage: thread?.language });
      return detected && detected.confidence !== 'low' ? normaliseLanguage(detected.lang) : undefined;
    });
  }

  async function translateAndStore(
    texts: string[],
    options: { threadId?: string; source?: string; target: string; priority: 'visible' | 'background' },
  ): Promise<TranslationResult[]> {
    const thread = options.threadId ? await db.threads.get(options.threadId) : undefined;
    const stored = thread ? await db.messages.where('threadId').equals(thread.id).toArray() : [];
    const results = await queue.translate({
      texts,
      source: options.source,
      sources: options.source ? undefined : sourcesFor(texts, thread, stored),
      target: options.target,
      priority: options.priority,
    });
    const items = results.flatMap((r, i) =>
      r.ok ? [{ text: texts[i]!, translation: r.text, provider: r.provider, source: r.source }] : [],
    );
    // On the cache-hit path the messages usually hold these translations already: then no read-write transaction.
    // After a provider call (time enough for an ingest to add messages with these texts) always look again.
    const allCached = results.every((r) => !r.ok || r.cached);
    if (thread && (!allCached || translationChanges(stored, options.target, items).length > 0)) {
      await storeMessageTranslations(db, thread.id, options.target, items).catch((error) =>
        console.warn('[HelloWorld] translations not stored on the messages:', error),
      );
    }
    return results;
  }

  const offs = [
    onMessage('translateTexts', async ({ data }) => {
      const texts = textsOf(data?.texts);
      return translateAndStore(texts, {
        threadId: threadIdOf(data.threadId, false),
        source: language(data.source),
        target: language(data.target) ?? (await agentLanguage()),
        priority: data.priority === 'visible' ? 'visible' : 'background',
      });
    }),

    onMessage('translateThread', async ({ data }) => {
      const threadId = threadIdOf(data?.threadId, true)!;
      const thread = await db.threads.get(threadId);
      if (!thread) return { ok: false as const, error: 'This thread is not stored.' };
      const target = await agentLanguage();
      const messages = await db.messages.where('threadId').equals(threadId).toArray();
      const todo = [
        ...new Set(
          messages
            .filter((m) => m.direction === 'in' && isTranslatable(m.text) && !m.translations?.[target])
            .map((m) => m.text),
        ),
      ];
      let translated = 0;
      const failures: TranslationResult[] = [];
      for (let i = 0; i < todo.length; i += LIMITS.texts) {
        const results = await translateAndStore(todo.slice(i, i + LIMITS.texts), {
          threadId,
          target,
          priority: 'background',
        });
        for (const r of results) {
          if (r.ok) translated++;
          else if (r.kind !== 'same-language' && r.kind !== 'empty') failures.push(r);
        }
      }
      const failure = failures[0];
      if (translated === 0 && failure && !failure.ok) return { ok: false as const, error: failure.error };
      return { ok: true as const, translated };
    }),

    onMessage('translateReply', async ({ data }) => {
      if (typeof data?.text !== 'string' || data.text.length > LIMITS.replyChars)
        throw new Error(`the reply must be a string of at most ${LIMITS.replyChars} characters`);
      if (!data.text.trim())
        return { ok: false as const, kind: 'empty' as const, error: 'Nothing to translate.' };
      const threadId = threadIdOf(data.threadId, false);
      // What the agent actually wrote in: usually their own language, but an agent may type English on a day; a
      // sure detection wins, a guess does not (the agent language is the better bet then).
      const written = deps.detect(data.text, {});
      const agent =
        (written && written.confidence !== 'low' ? normaliseLanguage(written.lang) : undefined) ??
        (await agentLanguage());
      const target = language(data.target) ?? (threadId ? await buyerLanguage(db, threadId) : undefined);
      if (!target) {
        return {
          ok: false as const,
          kind: 'no-language' as const,
          error: "The buyer's language is not known yet; choose it.",
        };
      }
      if (sameLanguage(agent, target)) {
        return {
          ok: false as const,
          kind: 'same-language' as const,
          error: 'The reply is already in the buyer’s language.',
        };
      }
      const [forward] = await queue.translate({
        texts: [data.text],
        source: agent,
        target,
        priority: 'visible',
      });
      if (!forward!.ok) return { ok: false as const, kind: forward!.kind, error: forward!.error };
      // The back-translation only lets the agent check the meaning: when it fails, the reply is still usable.
      const [back] = await queue.translate({
        texts: [forward!.text],
        source: target,
        target: agent,
        priority: 'visible',
      });
      return {
        ok: true as const,
        text: forward!.text,
        back: back!.ok ? back!.text : '',
        target,
        provider: forward!.provider,
      };
    }),

    onMessage('testProvider', async ({ data }) => {
      const id = data?.id;
      if (!(PROVIDER_IDS as readonly string[]).includes(id)) throw new Error('unknown provider');
      const agent = await agentLanguage();
      const target = sameLanguage(agent, 'en') ? 'de' : agent;
      const result = await queue.probe(id, { texts: [SAMPLE], source: 'en', target });
      if (!result.ok) return result;
      return { ok: true as const, sample: result.output.texts[0] ?? '', ms: Math.round(result.ms) };
    }),

    onMessage('clearTranslationCache', async () => {
      const removed = await db.translationCache.count();
      await clearTranslationCache(db);
      return { removed };
    }),
  ];

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name !== CACHE_PURGE_ALARM) return;
    void purgeExpired(db).catch((error) =>
      console.warn('[HelloWorld] translation cache purge failed:', error),
    );
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void ensurePurgeAlarm().catch((error) => console.warn('[HelloWorld] purge alarm not set:', error));

  return () => {
    for (const off of offs) off();
    browser.alarms.onAlarm.removeListener(onAlarm);
  };
}

/**
 * Created once (on install, or on the first start after the alarm was lost), not on every worker start: creating
 * it again would restart the period each time the worker wakes, and a worker that wakes often would never purge.
 */
async function ensurePurgeAlarm() {
  const existing = await browser.alarms.get(CACHE_PURGE_ALARM);
  if (!existing) {
    await browser.alarms.create(CACHE_PURGE_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: PURGE_PERIOD_MINUTES,
    });
  }
}

/** Drops cache entries older than the user's cacheDays. */
export async function purgeExpired(db: AppDb, now = Date.now()): Promise<number> {
  const { cacheDays } = await loadSettings();
  const days =
    Number.isFinite(cacheDays) && cacheDays > 0 ? cacheDays : DEFAULT_TRANSLATION_SETTINGS.cacheDays;
  return purgeTranslationCache(db, now - days * DAY_MS);
}

/** The thread's language, else the language of the buyer's latest message that has one. */
async function buyerLanguage(db: AppDb, threadId: string): Promise<string | undefined> {
  const thread = await db.threads.get(threadId);
  if (thread?.language) return normaliseLanguage(thread.language);
  const messages = await db.messages
    .where('[threadId+sentAt]')
    .between([threadId, -Infinity], [threadId, Infinity])
    .reverse()
    .toArray();
  const last = messages.find((m) => m.direction === 'in' && m.language);
  return normaliseLanguage(last?.language);
}
