/**
 * Chrome's built-in on-device Translator (TESTING.md 5), framework-free so the offscreen document and the options
 * page share it and unit tests drive it with fakes. The API is passed in (`globalThis.Translator` in a page).
 *
 * Real shape: `Translator.availability({ sourceLanguage, targetLanguage })` → 'unavailable' | 'downloadable' |
 * 'downloading' | 'available'; `Translator.create({ sourceLanguage, targetLanguage })` → a translator with
 * `translate(text, { signal })`. Only 'available' is used here: downloading a model needs a user click, which the
 * options page offers. `create()` can stay pending forever (no gesture, CI), so it always runs under a timeout.
 */
import { providerCode } from './lang-codes';
import { ProviderError } from './types';

export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface OnDeviceTranslator {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

export interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<OnDeviceAvailability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    signal?: AbortSignal;
    monitor?: (monitor: EventTarget) => void;
  }): Promise<OnDeviceTranslator>;
}

/** The kinds the offscreen document reports back (core/protocol.ts `offscreenTranslate`). */
export type OnDeviceErrorKind = 'unavailable' | 'unsupported-pair' | 'timeout' | 'bad-response';

export interface OnDeviceOptions {
  /** How long `create()` may take before the pair counts as unavailable. */
  createTimeoutMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_CREATE_TIMEOUT_MS = 10_000;

/** `Translator` in this context, if the browser has it. */
export function translatorApi(scope: object = globalThis): TranslatorApi | undefined {
  const api = (scope as { Translator?: TranslatorApi }).Translator;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : undefined;
}

const DOWNLOAD_HINT = 'download the language model from the options page (Translation → Chrome on-device)';

function fail(kind: OnDeviceErrorKind, message: string): ProviderError {
  return new ProviderError('chrome', kind, message);
}

/** The pair in the Translator's BCP 47 codes, or an error when one side has no on-device model. */
function codes(source: string | undefined, target: string) {
  if (!source)
    throw fail('unavailable', 'the source language is not known (the on-device Translator cannot detect it)');
  const sourceLanguage = providerCode('chrome', source);
  const targetLanguage = providerCode('chrome', target);
  if (!sourceLanguage || !targetLanguage) {
    throw fail('unsupported-pair', `no on-device model for ${source} → ${target}`);
  }
  return { sourceLanguage, targetLanguage };
}

/** Translators already created, per API object and pair (creating one loads the model: seconds). */
const translators = new WeakMap<TranslatorApi, Map<string, Promise<OnDeviceTranslator>>>();

function cached(api: TranslatorApi): Map<string, Promise<OnDeviceTranslator>> {
  let map = translators.get(api);
  if (!map) {
    map = new Map();
    translators.set(api, map);
  }
  return map;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => ProviderError): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(onTimeout()), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What the options page shows per pair: the API's own answer, or 'unsupported' when the browser lacks it. */
export async function onDeviceAvailability(
  api: TranslatorApi | undefined,
  pair: { source: string; target: string },
): Promise<OnDeviceAvailability | 'unsupported'> {
  if (!api) return 'unsupported';
  const sourceLanguage = providerCode('chrome', pair.source);
  const targetLanguage = providerCode('chrome', pair.target);
  if (!sourceLanguage || !targetLanguage) return 'unavailable';
  try {
    return await api.availability({ sourceLanguage, targetLanguage });
  } catch {
    return 'unavailable';
  }
}

/**
 * Translates `texts` on the device. Throws ProviderError ('chrome') with a kind from OnDeviceErrorKind:
 * 'unavailable' when the API is missing, the source is unknown, the model is not downloaded or create() hangs;
 * 'unsupported-pair' when Chrome has no model for the pair; 'timeout' when `signal` aborts; 'bad-response' when a
 * translate() call fails.
 */
export async function translateOnDevice(
  api: TranslatorApi | undefined,
  request: { texts: string[]; source?: string; target: string },
  options: OnDeviceOptions = {},
): Promise<{ texts: string[] }> {
  if (!api) throw fail('unavailable', 'this browser has no on-device Translator');
  const { sourceLanguage, targetLanguage } = codes(request.source, request.target);
  const signal = options.signal;
  const createTimeoutMs = options.createTimeoutMs ?? DEFAULT_CREATE_TIMEOUT_MS;
  const pairKey = `${sourceLanguage}>${targetLanguage}`;
  const pool = cached(api);

  let pending = pool.get(pairKey);
  if (!pending) {
    let availability: OnDeviceAvailability;
    try {
      availability = await api.availability({ sourceLanguage, targetLanguage });
    } catch (error) {
      throw fail('unavailable', `the on-device Translator failed (${errorText(error)})`);
    }
    if (availability === 'unavailable') {
      throw fail(
        'unsupported-pair',
        `Chrome cannot translate ${request.source} → ${request.target} on this device`,
      );
    }
    if (availability !== 'available') {
      throw fail(
        'unavailable',
        `the on-device model for ${request.source} → ${request.target} is not downloaded (${availability}): ${DOWNLOAD_HINT}`,
      );
    }
    pending = withTimeout(api.create({ sourceLanguage, targetLanguage }), createTimeoutMs, () =>
      fail(
        'unavailable',
        `the on-device Translator did not start within ${Math.round(createTimeoutMs / 1000)} s`,
      ),
    );
    pool.set(pairKey, pending);
    // A failed or hung create() is not remembered: the next call tries again.
    pending.catch(() => {
      if (pool.get(pairKey) === pending) pool.delete(pairKey);
    });
  }

  let translator: OnDeviceTranslator;
  try {
    translator = await pending;
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'NotSupportedError') throw fail('unsupported-pair', `no on-device model for ${pairKey}`);
    throw fail(
      'unavailable',
      `the on-device Translator could not start (${errorText(error)}): ${DOWNLOAD_HINT}`,
    );
  }

  const texts: string[] = [];
  for (const text of request.texts) {
    if (signal?.aborted) throw fail('timeout', 'cancelled before the translation finished');
    if (!text.trim()) {
      texts.push(text);
      continue;
    }
    try {
      const out = await translator.translate(text, signal ? { signal } : undefined);
      if (typeof out !== 'string') throw new TypeError('translate() did not return a string');
      texts.push(out);
    } catch (error) {
      if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
        throw fail('timeout', 'cancelled before the translation finished');
      }
      // A translator can be destroyed under us (model evicted): forget it so the next call creates a new one.
      if (pool.get(pairKey) === pending) pool.delete(pairKey);
      throw fail('bad-response', `the on-device translation failed (${errorText(error)})`);
    }
  }
  return { texts };
}

/** The same, answered in the offscreenTranslate message's shape (never throws). */
export async function translateOnDeviceResult(
  api: TranslatorApi | undefined,
  request: { texts: string[]; source?: string; target: string },
  options: OnDeviceOptions = {},
): Promise<{ ok: true; texts: string[] } | { ok: false; kind: OnDeviceErrorKind; error: string }> {
  try {
    return { ok: true, ...(await translateOnDevice(api, request, options)) };
  } catch (error) {
    if (error instanceof ProviderError) {
      const kind = (['unavailable', 'unsupported-pair', 'timeout', 'bad-response'] as const).find(
        (k) => k === error.kind,
      );
      return { ok: false, kind: kind ?? 'bad-response', error: error.message };
    }
    return { ok: false, kind: 'bad-response', error: errorText(error) };
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}
