/**
 * The translation contract shared by the providers (core/translation/providers), the background queue
 * (core/translation/queue.ts + entrypoints/background/translation-handlers.ts), the options page and the
 * content scripts. Framework-free: no `browser`, no Dexie, no DOM.
 *
 * Languages are ISO 639-1 codes as the detector returns them (`en`, `de`, `zh`, `th`, `ms`, `tl`…); Chinese is
 * `zh` (Simplified) or `zh-TW` (Traditional). Each provider maps them to its own codes (Edge `zh-Hans`, DeepL
 * `ZH-HANS`, Baidu `jp`/`kor`/`cht`…).
 */

export const PROVIDER_IDS = ['chrome', 'edge', 'google', 'deepl', 'openai', 'baidu'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** What the user configured for one provider. Secrets (apiKey, secret) live in ProviderSecrets, never here. */
export interface ProviderSettings {
  id: ProviderId;
  enabled: boolean;
  /** DeepL: which host the key belongs to (`api-free.deepl.com` for keys ending in `:fx`, else `api.deepl.com`). */
  deeplPlan?: 'free' | 'pro';
  /** OpenAI-compatible: e.g. `https://api.openai.com/v1`, `https://api.deepseek.com`, `http://localhost:11434/v1`. */
  baseUrl?: string;
  /** OpenAI-compatible: model name (`gpt-4o-mini`, `deepseek-chat`, `qwen-plus`, `qwen2.5:7b`…). */
  model?: string;
  /** Baidu Fanyi: the app id (public; the secret is in ProviderSecrets). */
  appId?: string;
}

/** Keys, per provider. Stored in `local:` extension storage only: never synced, never logged, never sent to a page. */
export interface ProviderSecret {
  /** DeepL auth key, OpenAI-compatible bearer key, Baidu secret key. */
  apiKey?: string;
}
export type ProviderSecrets = Partial<Record<ProviderId, ProviderSecret>>;

/** Everything a provider needs for one call. */
export interface ProviderCallConfig extends ProviderSettings {
  apiKey?: string;
}

/** One request to a provider: several texts of one thread, one source (or auto) and one target. */
export interface TranslateBatch {
  texts: string[];
  /** ISO 639-1 when known; undefined lets the provider detect it. */
  source?: string;
  target: string;
}

export interface TranslateOutput {
  /** Same length and order as the batch's texts. */
  texts: string[];
  /** The source language the provider reported per text (ISO 639-1), when it reports one. */
  detected?: (string | undefined)[];
}

/**
 * Why a call failed, in terms the queue and the UI act on:
 * - retried and then fallen back from: `rate-limit` (429), `server` (5xx), `timeout`, `network`;
 * - fallen back from at once and shown to the user: `auth` (bad or missing key), `quota` (DeepL 456, Baidu 54004),
 *   `unsupported-pair`, `unavailable` (Chrome's on-device model not downloaded, feature missing), `not-configured`,
 *   `bad-response` (the reply did not have the documented shape), `permission` (host permission not granted).
 */
export type ProviderErrorKind =
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'network'
  | 'auth'
  | 'quota'
  | 'unsupported-pair'
  | 'unavailable'
  | 'not-configured'
  | 'bad-response'
  | 'permission';

export class ProviderError extends Error {
  readonly provider: ProviderId;
  readonly kind: ProviderErrorKind;
  readonly status?: number;
  /** From a Retry-After header or the provider's own hint. */
  readonly retryAfterMs?: number;
  constructor(
    provider: ProviderId,
    kind: ProviderErrorKind,
    message: string,
    extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'ProviderError';
    this.provider = provider;
    this.kind = kind;
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
  }
}

/** Kinds the queue retries on the same provider (with backoff) before falling back. */
export const TRANSIENT_KINDS: ReadonlySet<ProviderErrorKind> = new Set(['server', 'timeout', 'network']);

export interface TranslationProvider {
  id: ProviderId;
  /** Most texts one request may carry (1 when the API takes one text per call). */
  maxBatchTexts: number;
  /**
   * The provider cannot detect the source language (Chrome's on-device Translator): the queue passes over it for
   * texts whose source is unknown, without counting that against its health.
   */
  requiresSource?: boolean;
  /** Most characters one request may carry. */
  maxBatchChars: number;
  /** Requests per second the queue allows for this provider. */
  requestsPerSecond: number;
  /** Whether the settings (and secrets) are complete enough to call it. */
  isConfigured(config: ProviderCallConfig): boolean;
  /** Origins the call needs host permission for (`https://api-free.deepl.com/*`). Empty for `chrome`. */
  origins(config: ProviderCallConfig): string[];
  /** Cache-key part for what changes the output besides text and languages (model + prompt version). */
  variant(config: ProviderCallConfig): string;
  /** Throws ProviderError. Must honour `signal` (the queue's timeout aborts it). */
  translate(batch: TranslateBatch, config: ProviderCallConfig, signal: AbortSignal): Promise<TranslateOutput>;
}

/** A glossary entry: `source` is always rendered as `target` (in any target language unless `lang` is set). */
export interface GlossaryEntry {
  source: string;
  target: string;
  /** Target language this pair applies to; undefined = every target. */
  lang?: string;
}

/** One translated text as the background returns it to pages. */
export type TranslationResult =
  | {
      ok: true;
      text: string;
      /** Source language: the provider's report when it gave one, else the detector's. */
      source?: string;
      provider: ProviderId;
      cached: boolean;
    }
  | { ok: false; kind: ProviderErrorKind | 'same-language' | 'empty'; error: string; provider?: ProviderId };
