/**
 * Chrome's built-in Translator, as the options page uses it: feature detection, availability of a language pair,
 * and the model download, which Chrome only starts from a user click (TESTING.md §5). In headless and CI runs
 * `create()` may never settle, so every download has a stall timeout and the page never waits on it forever.
 */

export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface DownloadProgressEvent extends Event {
  loaded: number;
}
interface CreateMonitor extends EventTarget {}
interface TranslatorInstance {
  destroy?: () => void;
}
interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<OnDeviceAvailability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: CreateMonitor) => void;
  }): Promise<TranslatorInstance>;
}

function translatorApi(scope: object = globalThis): TranslatorApi | undefined {
  return 'Translator' in scope
    ? ((scope as { Translator: TranslatorApi }).Translator ?? undefined)
    : undefined;
}

export function hasOnDeviceTranslator(scope: object = globalThis): boolean {
  return translatorApi(scope) !== undefined;
}

/** Our language codes as Chrome's Translator names them (BCP 47; Traditional Chinese is `zh-Hant`). */
export function chromeLanguageCode(code: string): string {
  if (code === 'zh-TW') return 'zh-Hant';
  if (code === 'tl') return 'fil';
  return code;
}

export async function onDeviceAvailability(
  source: string,
  target: string,
  scope: object = globalThis,
): Promise<OnDeviceAvailability | 'absent'> {
  const api = translatorApi(scope);
  if (!api) return 'absent';
  try {
    return await api.availability({
      sourceLanguage: chromeLanguageCode(source),
      targetLanguage: chromeLanguageCode(target),
    });
  } catch {
    return 'unavailable';
  }
}

export type DownloadOutcome = { kind: 'done' } | { kind: 'timeout' } | { kind: 'error'; error: string };

export interface DownloadOptions {
  pairs: { source: string; target: string }[];
  /** Overall progress from 0 to 1 across the pairs. */
  onProgress: (fraction: number) => void;
  /** Give up when no progress event arrives for this long. */
  stallMs: number;
  scope?: object;
}

/**
 * Starts the download of every pair. `create()` is called synchronously for each pair, before this function
 * returns its promise, so it runs inside the caller's click (Chrome requires the user gesture).
 */
export function downloadOnDeviceModels({
  pairs,
  onProgress,
  stallMs,
  scope = globalThis,
}: DownloadOptions): Promise<DownloadOutcome> {
  const api = translatorApi(scope);
  if (!api) return Promise.resolve({ kind: 'error', error: 'Translator API missing' });
  const loaded = pairs.map(() => 0);
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  let settle: (outcome: DownloadOutcome) => void = () => undefined;
  const outcome = new Promise<DownloadOutcome>((resolve) => {
    settle = (value) => {
      clearTimeout(stallTimer);
      resolve(value);
    };
  });
  const armStallTimer = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => settle({ kind: 'timeout' }), stallMs);
  };
  armStallTimer();

  const creations = pairs.map((pair, index) => {
    try {
      return api.create({
        sourceLanguage: chromeLanguageCode(pair.source),
        targetLanguage: chromeLanguageCode(pair.target),
        monitor(monitor) {
          monitor.addEventListener('downloadprogress', (event) => {
            loaded[index] = Math.max(0, Math.min(1, (event as DownloadProgressEvent).loaded ?? 0));
            onProgress(loaded.reduce((sum, value) => sum + value, 0) / pairs.length);
            armStallTimer();
          });
        },
      });
    } catch (error) {
      return Promise.reject(error);
    }
  });
  Promise.all(creations).then(
    (translators) => {
      for (const translator of translators) translator.destroy?.();
      onProgress(1);
      settle({ kind: 'done' });
    },
    (error: unknown) =>
      settle({ kind: 'error', error: error instanceof Error ? error.message : String(error) }),
  );
  return outcome;
}
