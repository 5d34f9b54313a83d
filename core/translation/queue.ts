/**
 * The one translation queue of the background: cache first, then the provider chain in the user's order, with a
 * token bucket per provider, a timeout on every request, retries with backoff on transient errors, fallback to the
 * next provider on anything else, batching of a job's texts and coalescing of identical texts in flight.
 *
 * Framework-free: every effect (providers, settings, keys, cache, permission check, clock) is injected, so the unit
 * tests drive it with fake providers and fake timers. What must survive the service worker lives outside it: the
 * cache in Dexie, provider health and cooldowns in session storage (onHealth/loadHealth); a job lost with the worker
 * is simply asked again by the page.
 */

import { normaliseLanguage, sameLanguage } from './agent-language';
import { inFlightKey, rulesFingerprint, translationCacheKey } from './cache-key';
import type { Protected, ProtectOptions } from './protect';
import { isTranslatable } from './translatable';
import {
  type GlossaryEntry,
  type ProviderCallConfig,
  ProviderError,
  type ProviderErrorKind,
  type ProviderId,
  type ProviderSecrets,
  type ProviderSettings,
  TRANSIENT_KINDS,
  type TranslateBatch,
  type TranslateOutput,
  type TranslationProvider,
  type TranslationResult,
} from './types';

/** The part of TranslationSettings the queue reads (storage/translation-settings.ts). */
export interface QueueSettings {
  providers: ProviderSettings[];
  glossary: GlossaryEntry[];
  doNotTranslate: string[];
}

/** protect() (core/translation/protect.ts), injected so the tests can watch or fake it; the queue needs only this. */
export type ProtectFn = (text: string, options: ProtectOptions) => Pick<Protected, 'text' | 'restore'>;

export interface CachedTranslation {
  text: string;
  /** The source language the provider reported, if any. */
  source?: string;
  provider: ProviderId;
}
export interface CacheEntry extends CachedTranslation {
  key: string;
  target: string;
}

export interface QueueOptions {
  /** Per HTTP request. */
  httpTimeoutMs: number;
  /** Per call to Chrome's on-device Translator (its create() has its own, shorter timeout inside). */
  chromeTimeoutMs: number;
  /** Retries on the same provider for TRANSIENT_KINDS before falling back. */
  maxRetries: number;
  baseBackoffMs: number;
  /** A Retry-After longer than this is not waited for on the same provider: the chain moves on. */
  maxRetryAfterMs: number;
  /** How long a provider that answered 429 is skipped when it gave no Retry-After. */
  cooldownMs: number;
  maxCooldownMs: number;
  /** Groups (one job's texts of one source language) translated at the same time. */
  maxConcurrent: number;
}

const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  httpTimeoutMs: 12_000,
  chromeTimeoutMs: 20_000,
  maxRetries: 2,
  baseBackoffMs: 500,
  maxRetryAfterMs: 5_000,
  cooldownMs: 30_000,
  maxCooldownMs: 5 * 60_000,
  maxConcurrent: 2,
};

export interface QueueDeps {
  providers: Partial<Record<ProviderId, TranslationProvider>>;
  getSettings(): Promise<QueueSettings>;
  getSecrets(): Promise<ProviderSecrets>;
  /** Same order as `keys`; undefined for a miss. */
  cacheGet(keys: string[]): Promise<(CachedTranslation | undefined)[]>;
  cachePut(entries: CacheEntry[]): Promise<void>;
  /** Whether the extension holds host permission for these origins (`browser.permissions.contains`). */
  hasPermission(origins: string[]): Promise<boolean>;
  protect: ProtectFn;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1): backoff jitter. */
  random?: () => number;
  /** Called whenever a provider's health changes (the options page shows "DeepL: key rejected"). */
  onHealth?: (health: ProviderHealth[]) => void;
  /**
   * What onHealth last stored, read once before the first job: a new service worker keeps honouring a 429's
   * cooldown and keeps the other providers' last word instead of overwriting it.
   */
  loadHealth?: () => Promise<ProviderHealth[]>;
  options?: Partial<QueueOptions>;
}

export type Priority = 'visible' | 'background';

export interface TranslationJob {
  texts: string[];
  /** One source for every text (ISO 639-1); undefined lets the provider detect it. */
  source?: string;
  /** Per-text sources, winning over `source` (texts of one thread may be in different languages). */
  sources?: (string | undefined)[];
  target: string;
  priority?: Priority;
}

export interface ProviderHealth {
  id: ProviderId;
  state: 'ok' | 'error';
  kind?: ProviderErrorKind;
  /** Readable English, for logs and the options page's tooltip. */
  error?: string;
  at: number;
  /** Skipped by the chain until then (after a 429). */
  cooldownUntil?: number;
  /** Host permission was not granted when last called (the call was still tried: see hasPermission below). */
  permissionMissing?: boolean;
}

export type ProbeResult =
  | { ok: true; output: TranslateOutput; ms: number }
  | { ok: false; kind: ProviderErrorKind; error: string };

export interface TranslationQueue {
  translate(job: TranslationJob): Promise<TranslationResult[]>;
  /** One call through one provider: no cache, no fallback, no retry (the options page's "test connection"). */
  probe(id: ProviderId, batch: TranslateBatch): Promise<ProbeResult>;
  providerHealth(): ProviderHealth[];
}

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  chrome: 'Chrome on-device',
  edge: 'Microsoft Edge',
  google: 'Google',
  deepl: 'DeepL',
  openai: 'OpenAI-compatible',
  baidu: 'Baidu',
};

/**
 * When every provider failed, the error the agent can act on wins: a configuration problem (bad key, quota,
 * unsupported pair, missing permission) over a passing one (rate limit, server, timeout, network), and both over
 * "Chrome's model is not downloaded", which is the normal state of the first provider.
 */
const ERROR_PRECEDENCE: ProviderErrorKind[] = [
  'auth',
  'quota',
  'permission',
  'unsupported-pair',
  'bad-response',
  'rate-limit',
  'server',
  'timeout',
  'network',
  'unavailable',
  'not-configured',
];

function mostUseful(errors: readonly ProviderError[]): ProviderError | undefined {
  let best: ProviderError | undefined;
  for (const error of errors) {
    if (!best || ERROR_PRECEDENCE.indexOf(error.kind) < ERROR_PRECEDENCE.indexOf(best.kind)) best = error;
  }
  return best;
}

/** Splits texts into requests within a provider's limits, keeping order. A text over the limit goes alone. */
export function splitBatches(texts: readonly string[], maxTexts: number, maxChars: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let chars = 0;
  texts.forEach((text, index) => {
    if (current.length > 0 && (current.length >= maxTexts || chars + text.length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(index);
    chars += text.length;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

interface ChainLink {
  provider: TranslationProvider;
  config: ProviderCallConfig;
  variant: string;
}

interface Task {
  priority: Priority;
  seq: number;
  run(): Promise<void>;
}

interface Bucket {
  tokens: number;
  at: number;
}

type Deferred = { promise: Promise<TranslationResult>; resolve(result: TranslationResult): void };

function deferred(): Deferred {
  let resolve!: (result: TranslationResult) => void;
  const promise = new Promise<TranslationResult>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function label(id: ProviderId): string {
  return PROVIDER_LABELS[id];
}

function failure(error: ProviderError): TranslationResult {
  return {
    ok: false,
    kind: error.kind,
    error: `${label(error.provider)}: ${error.message}`,
    provider: error.provider,
  };
}

/** Anything a provider threw, as a ProviderError (a bug in a provider must not escape the queue). */
function asProviderError(id: ProviderId, error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof TypeError)
    return new ProviderError(id, 'network', `request failed (${error.message})`);
  return new ProviderError(id, 'bad-response', `unexpected failure (${String(error).slice(0, 200)})`);
}

export function createTranslationQueue(deps: QueueDeps): TranslationQueue {
  const options: QueueOptions = { ...DEFAULT_QUEUE_OPTIONS, ...deps.options };
  const now = deps.now ?? (() => Date.now());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;

  const health = new Map<ProviderId, ProviderHealth>();
  const cooldownUntil = new Map<ProviderId, number>();
  const buckets = new Map<ProviderId, Bucket>();
  /** Texts being translated, and the group task carrying them (promoted when a 'visible' job joins it). */
  const inFlight = new Map<string, { promise: Promise<TranslationResult>; task?: Task }>();
  const pending: Task[] = [];
  let running = 0;
  let seq = 0;

  const providerHealth = () => [...health.values()].map((h) => ({ ...h }));

  let restored: Promise<void> | undefined;
  function restoreHealth(): Promise<void> {
    restored ??= Promise.resolve()
      .then(() => deps.loadHealth?.())
      .then((stored) => {
        for (const h of Array.isArray(stored) ? stored : []) {
          if (!h || typeof h.id !== 'string' || health.has(h.id)) continue;
          health.set(h.id, h);
          if (typeof h.cooldownUntil === 'number' && h.cooldownUntil > now() && !cooldownUntil.has(h.id)) {
            cooldownUntil.set(h.id, h.cooldownUntil);
          }
        }
      })
      .catch(() => undefined);
    return restored;
  }

  function setHealth(id: ProviderId, change: Partial<ProviderHealth> & Pick<ProviderHealth, 'state'>) {
    const previous = health.get(id);
    const next: ProviderHealth = { id, at: now(), ...change };
    if (change.state === 'error') next.cooldownUntil = cooldownUntil.get(id);
    if (change.permissionMissing === undefined && previous?.permissionMissing) next.permissionMissing = true;
    health.set(id, next);
    deps.onHealth?.(providerHealth());
  }

  // — scheduling: 'visible' groups go before 'background' ones, first come first served within a priority —
  function schedule(priority: Priority, run: () => Promise<void>): Task {
    const task: Task = { priority, seq: seq++, run };
    pending.push(task);
    pump();
    return task;
  }

  function pump() {
    while (running < options.maxConcurrent && pending.length > 0) {
      let best = 0;
      for (let i = 1; i < pending.length; i++) {
        const a = pending[i]!;
        const b = pending[best]!;
        if (
          (a.priority === 'visible' && b.priority !== 'visible') ||
          (a.priority === b.priority && a.seq < b.seq)
        )
          best = i;
      }
      const [task] = pending.splice(best, 1);
      running++;
      void task!
        .run()
        .catch((error) => console.warn('[HelloWorld] translation task failed:', error))
        .finally(() => {
          running--;
          pump();
        });
    }
  }

  // — per-provider token bucket (burst of one second's worth) —
  async function takeToken(provider: TranslationProvider) {
    const rate = Math.max(0.01, provider.requestsPerSecond);
    const capacity = Math.max(1, rate);
    for (;;) {
      const t = now();
      const bucket = buckets.get(provider.id) ?? { tokens: capacity, at: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * rate);
      bucket.at = t;
      buckets.set(provider.id, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - bucket.tokens) / rate) * 1000));
    }
  }

  /** One request, cut by the timeout even if the provider ignores its signal. */
  async function call(link: ChainLink, batch: TranslateBatch): Promise<TranslateOutput> {
    const { provider } = link;
    const timeoutMs = provider.id === 'chrome' ? options.chromeTimeoutMs : options.httpTimeoutMs;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new ProviderError(provider.id, 'timeout', `no answer within ${Math.round(timeoutMs / 1000)} s`),
        );
      }, timeoutMs);
    });
    try {
      const output = await Promise.race([provider.translate(batch, link.config, controller.signal), timeout]);
      if (
        !Array.isArray(output?.texts) ||
        output.texts.length !== batch.texts.length ||
        output.texts.some((text) => typeof text !== 'string')
      ) {
        throw new ProviderError(
          provider.id,
          'bad-response',
          `returned ${output?.texts?.length ?? 'no'} texts for ${batch.texts.length}`,
        );
      }
      return output;
    } catch (error) {
      throw asProviderError(provider.id, error);
    } finally {
      clearTimeout(timer);
    }
  }

  function backoffMs(attempt: number, retryAfterMs: number | undefined): number {
    const exponential = options.baseBackoffMs * 2 ** attempt;
    const jittered = exponential + random() * options.baseBackoffMs;
    return Math.max(jittered, Math.min(retryAfterMs ?? 0, options.maxRetryAfterMs));
  }

  async function callWithRetries(link: ChainLink, batch: TranslateBatch): Promise<TranslateOutput> {
    for (let attempt = 0; ; attempt++) {
      await takeToken(link.provider);
      try {
        return await call(link, batch);
      } catch (error) {
        const e = error as ProviderError;
        if (!TRANSIENT_KINDS.has(e.kind) || attempt >= options.maxRetries) throw e;
        await sleep(backoffMs(attempt, e.retryAfterMs));
      }
    }
  }

  function coolingDown(id: ProviderId): boolean {
    const until = cooldownUntil.get(id);
    return until !== undefined && until > now();
  }

  /**
   * Host permission. The keyed providers' origins are optional permissions the options page requests when the user
   * enables one; the queue checks them and records a missing grant in the provider's health, but still tries the
   * call: a host that answers CORS (the E2E mocks do, and so do several real APIs) works without the grant, and one
   * that does not fails as 'network', which is then reported as 'permission' because that is the fix the user needs.
   */
  async function permitted(link: ChainLink): Promise<boolean> {
    const origins = link.provider.origins(link.config);
    if (origins.length === 0) return true;
    try {
      return await deps.hasPermission(origins);
    } catch {
      return true;
    }
  }

  interface Item {
    text: string;
    source?: string;
    done: Deferred;
  }

  /** One group: texts of one job with one source language. Walks the chain until every text has an answer. */
  async function translateGroup(items: Item[], source: string | undefined, target: string, ctx: JobContext) {
    const errors: ProviderError[] = [];
    let remaining = items;
    // A provider cooling down for only a short while more is tried again after the rest of the chain, once its
    // cooldown is over, rather than failing the texts that no other provider could translate.
    const order = ctx.chain.map((link) => ({ link, retried: false }));
    for (let k = 0; k < order.length; k++) {
      if (remaining.length === 0) break;
      const { link, retried } = order[k]!;
      const id = link.provider.id;
      if (link.provider.requiresSource && !source) {
        errors.push(new ProviderError(id, 'unavailable', 'needs a known source language'));
        continue;
      }
      if (coolingDown(id)) {
        const wait = (cooldownUntil.get(id) ?? 0) - now();
        if (wait > options.maxRetryAfterMs) {
          errors.push(new ProviderError(id, 'rate-limit', 'rate limited, waiting before the next request'));
          continue;
        }
        if (!retried) {
          order.push({ link, retried: true });
          continue;
        }
        await sleep(wait);
      }
      const granted = await permitted(link);
      const protectedTexts = remaining.map((item) =>
        deps.protect(item.text, {
          glossary: ctx.settings.glossary,
          doNotTranslate: ctx.settings.doNotTranslate,
          target,
        }),
      );
      const batches = splitBatches(
        protectedTexts.map((p) => p.text),
        Math.max(1, link.provider.maxBatchTexts),
        Math.max(1, link.provider.maxBatchChars),
      );
      const answered = new Set<number>();
      const entries: CacheEntry[] = [];
      let failed: ProviderError | undefined;
      for (const batch of batches) {
        try {
          const output = await callWithRetries(link, {
            texts: batch.map((i) => protectedTexts[i]!.text),
            source,
            target,
          });
          batch.forEach((index, k) => {
            const item = remaining[index]!;
            const text = protectedTexts[index]!.restore(output.texts[k]!);
            const reported = normaliseLanguage(output.detected?.[k]);
            entries.push({
              key: cacheKey(item.text, source, target, link, ctx.rules),
              text,
              source: reported,
              provider: id,
              target,
            });
            item.done.resolve(result(text, reported ?? source, target, id, false));
            answered.add(index);
          });
        } catch (error) {
          // Restoring spans runs our code on the provider's output: whatever it throws is this provider's failure.
          failed = asProviderError(id, error);
          if (failed.kind === 'network' && !granted) {
            failed = new ProviderError(id, 'permission', `host permission not granted (${failed.message})`);
          }
          break; // the rest of this provider's batches go to the next provider
        }
      }
      if (entries.length > 0) {
        await deps
          .cachePut(entries)
          .catch((error) => console.warn('[HelloWorld] translation cache not written:', error));
      }
      if (failed) {
        if (failed.kind === 'rate-limit') {
          const wait = Math.min(failed.retryAfterMs ?? options.cooldownMs, options.maxCooldownMs);
          cooldownUntil.set(id, now() + wait);
        }
        errors.push(failed);
        setHealth(id, {
          state: 'error',
          kind: failed.kind,
          error: `${label(id)}: ${failed.message}`,
          permissionMissing: !granted,
        });
      } else {
        setHealth(id, { state: 'ok', permissionMissing: !granted });
      }
      remaining = remaining.filter((_, index) => !answered.has(index));
    }
    if (remaining.length === 0) return;
    const best =
      mostUseful(errors) ??
      new ProviderError(ctx.chain[0]?.provider.id ?? 'edge', 'not-configured', 'no provider');
    for (const item of remaining) item.done.resolve(failure(best));
  }

  function cacheKey(
    text: string,
    source: string | undefined,
    target: string,
    link: ChainLink,
    rules: string,
  ) {
    return translationCacheKey({
      text,
      source,
      target,
      provider: link.provider.id,
      variant: link.variant,
      rules,
    });
  }

  function result(
    text: string,
    source: string | undefined,
    target: string,
    provider: ProviderId,
    cached: boolean,
  ): TranslationResult {
    // The provider says the text already was in the target language: nothing to show under it.
    if (sameLanguage(source, target)) {
      return {
        ok: false,
        kind: 'same-language',
        error: 'The text is already in the target language.',
        provider,
      };
    }
    return { ok: true, text, source, provider, cached };
  }

  interface JobContext {
    settings: QueueSettings;
    chain: ChainLink[];
    rules: string;
  }

  async function chainFor(settings: QueueSettings): Promise<ChainLink[]> {
    const secrets = await deps.getSecrets();
    const chain: ChainLink[] = [];
    for (const s of settings.providers) {
      const provider = deps.providers[s.id];
      if (!s.enabled || !provider) continue;
      const config: ProviderCallConfig = { ...s, apiKey: secrets[s.id]?.apiKey };
      if (!provider.isConfigured(config)) continue;
      chain.push({ provider, config, variant: provider.variant(config) });
    }
    return chain;
  }

  async function translate(job: TranslationJob): Promise<TranslationResult[]> {
    await restoreHealth();
    const target = normaliseLanguage(job.target) ?? job.target;
    const results: (TranslationResult | Promise<TranslationResult>)[] = new Array(job.texts.length);
    const settings = await deps.getSettings();
    const chain = await chainFor(settings);
    const rules = rulesFingerprint(settings.glossary, settings.doNotTranslate, target);
    const ctx: JobContext = { settings, chain, rules };

    const todo: number[] = [];
    job.texts.forEach((text, i) => {
      const source = normaliseLanguage(job.sources?.[i] ?? job.source);
      if (!isTranslatable(text)) {
        results[i] = { ok: false, kind: 'empty', error: 'Nothing to translate.' };
      } else if (sameLanguage(source, target)) {
        results[i] = {
          ok: false,
          kind: 'same-language',
          error: 'The text is already in the target language.',
        };
      } else {
        todo.push(i);
      }
    });
    if (todo.length > 0 && chain.length === 0) {
      for (const i of todo) {
        results[i] = {
          ok: false,
          kind: 'not-configured',
          error: 'No translation provider is enabled and configured.',
        };
      }
      return results as TranslationResult[];
    }
    const sourceOf = (i: number) => normaliseLanguage(job.sources?.[i] ?? job.source);

    // Cache: every provider of the chain, in chain order; the first hit wins.
    if (todo.length > 0) {
      const keys = todo.flatMap((i) =>
        chain.map((link) => cacheKey(job.texts[i]!, sourceOf(i), target, link, rules)),
      );
      let hits: (CachedTranslation | undefined)[] = [];
      try {
        hits = await deps.cacheGet(keys);
      } catch (error) {
        console.warn('[HelloWorld] translation cache not read:', error);
      }
      todo.forEach((i, n) => {
        for (let c = 0; c < chain.length; c++) {
          const hit = hits[n * chain.length + c];
          if (hit) {
            results[i] = result(hit.text, hit.source ?? sourceOf(i), target, hit.provider, true);
            break;
          }
        }
      });
    }

    // Misses: join a request already in flight for the same text, or start one group per source language.
    const priority = job.priority ?? 'background';
    const groups = new Map<string, { items: Item[]; keys: string[] }>();
    for (const i of todo) {
      if (results[i]) continue;
      const source = sourceOf(i);
      const key = inFlightKey(job.texts[i]!, source, target, rules);
      const running = inFlight.get(key);
      if (running) {
        results[i] = running.promise;
        if (priority === 'visible' && running.task) running.task.priority = 'visible';
        continue;
      }
      const done = deferred();
      inFlight.set(key, { promise: done.promise });
      void done.promise.then(() => {
        if (inFlight.get(key)?.promise === done.promise) inFlight.delete(key);
      });
      results[i] = done.promise;
      const group = groups.get(source ?? '') ?? { items: [], keys: [] };
      group.items.push({ text: job.texts[i]!, source, done });
      group.keys.push(key);
      groups.set(source ?? '', group);
    }
    for (const [source, { items, keys }] of groups) {
      const task = schedule(priority, () =>
        translateGroup(items, source || undefined, target, ctx).catch((error) => {
          // A bug must not leave the page waiting forever.
          const e = asProviderError(chain[0]!.provider.id, error);
          for (const item of items) item.done.resolve(failure(e));
        }),
      );
      for (const key of keys) {
        const entry = inFlight.get(key);
        if (entry) entry.task = task;
      }
    }
    return Promise.all(results);
  }

  async function probe(id: ProviderId, batch: TranslateBatch): Promise<ProbeResult> {
    await restoreHealth();
    const provider = deps.providers[id];
    const settings = await deps.getSettings();
    const secrets = await deps.getSecrets();
    const s = settings.providers.find((p) => p.id === id) ?? { id, enabled: true };
    if (!provider)
      return { ok: false, kind: 'unavailable', error: `${label(id)}: not available in this build` };
    const config: ProviderCallConfig = { ...s, apiKey: secrets[id]?.apiKey };
    if (!provider.isConfigured(config)) {
      return { ok: false, kind: 'not-configured', error: `${label(id)}: settings or key missing` };
    }
    const link: ChainLink = { provider, config, variant: provider.variant(config) };
    const granted = await permitted(link);
    const started = now();
    try {
      await takeToken(provider);
      const output = await call(link, batch);
      setHealth(id, { state: 'ok', permissionMissing: !granted });
      return { ok: true, output, ms: now() - started };
    } catch (error) {
      let e = error as ProviderError;
      if (e.kind === 'network' && !granted) {
        e = new ProviderError(id, 'permission', `host permission not granted (${e.message})`);
      }
      setHealth(id, {
        state: 'error',
        kind: e.kind,
        error: `${label(id)}: ${e.message}`,
        permissionMissing: !granted,
      });
      return { ok: false, kind: e.kind, error: `${label(id)}: ${e.message}` };
    }
  }

  return { translate, probe, providerHealth };
}
