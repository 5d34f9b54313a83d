import { browser } from 'wxt/browser';
import { sendMessage } from '../../core/protocol';
import { ProviderError, type TranslateOutput, type TranslationProvider } from '../../core/translation/types';

/** Built from entrypoints/offscreen/index.html (a WXT unlisted page). */
const OFFSCREEN_PATH = '/offscreen.html';
/** "Not available for this pair" is remembered this long, so the chain does not pay the round trip on every job. */
const UNAVAILABLE_TTL_MS = 60_000;

export interface ChromeProviderDeps {
  /** Whether this browser may have Chrome's Translator at all (see `mayHaveTranslator`). */
  hasTranslator?: () => boolean;
  /** Makes sure the offscreen document is open. */
  ensureDocument?: () => Promise<void>;
  send?: typeof forward;
  now?: () => number;
}

function forward(data: { texts: string[]; source: string; target: string }) {
  return sendMessage('offscreenTranslate', data);
}

/**
 * Chrome exposes the Translator to windows; whether a service worker sees it too depends on the version (Chromium 156
 * does, earlier stable releases may not). The offscreen document is a window, so with the offscreen API present it
 * gets to answer, and says 'unavailable' (remembered per pair) when the browser has no Translator there either.
 */
function mayHaveTranslator(): boolean {
  return 'Translator' in globalThis || typeof browser.offscreen?.createDocument === 'function';
}

let creating: Promise<void> | undefined;

/**
 * Opens the offscreen document once. `getContexts` first, because a second createDocument fails while one is open
 * (and the worker may have restarted since it opened one); concurrent callers share one creation.
 *
 * Reason 'WORKERS': Chrome has no offscreen reason for its built-in AI, and the document does what a worker
 * would do for the service worker: it runs a long computation (the on-device model) with no UI and no DOM use.
 * The justification string says exactly that.
 */
async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const open = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['WORKERS'],
      justification: "Runs Chrome's on-device Translator, which extension service workers cannot use.",
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/**
 * The 'chrome' provider: Chrome's on-device Translator, run in the offscreen document (the service worker cannot
 * create a Translator). Free, private (nothing leaves the machine), first in the default chain; when the model for
 * a pair is not downloaded it fails fast as 'unavailable' and the chain moves on. The download itself needs a user
 * click, which the options page and the side panel offer.
 */
export function createChromeProvider(deps: ChromeProviderDeps = {}): TranslationProvider {
  const hasTranslator = deps.hasTranslator ?? mayHaveTranslator;
  const ensureDocument = deps.ensureDocument ?? ensureOffscreenDocument;
  const send = deps.send ?? forward;
  const now = deps.now ?? (() => Date.now());
  const unavailable = new Map<string, { until: number; error: ProviderError }>();

  return {
    id: 'chrome',
    maxBatchTexts: 50,
    requiresSource: true,
    maxBatchChars: 20_000,
    requestsPerSecond: 20,
    isConfigured: () => true,
    origins: () => [],
    variant: () => 'on-device',
    async translate(batch, _config, signal): Promise<TranslateOutput> {
      if (!hasTranslator())
        throw new ProviderError('chrome', 'unavailable', 'this browser has no on-device Translator');
      // The Translator needs the source language; "auto" goes to a provider that detects it.
      if (!batch.source) throw new ProviderError('chrome', 'unavailable', 'the source language is not known');
      const pair = `${batch.source}>${batch.target}`;
      const known = unavailable.get(pair);
      if (known && known.until > now()) throw known.error;

      await ensureDocument();
      if (signal.aborted) throw new ProviderError('chrome', 'timeout', 'cancelled');
      const aborted = new Promise<never>((_, reject) =>
        signal.addEventListener(
          'abort',
          () => reject(new ProviderError('chrome', 'timeout', 'no answer in time')),
          {
            once: true,
          },
        ),
      );
      const response = await Promise.race([
        send({ texts: batch.texts, source: batch.source, target: batch.target }),
        aborted,
      ]);
      if (response.ok) return { texts: response.texts };
      const error = new ProviderError('chrome', response.kind, response.error);
      if (response.kind === 'unavailable' || response.kind === 'unsupported-pair') {
        unavailable.set(pair, { until: now() + UNAVAILABLE_TTL_MS, error });
      }
      throw error;
    },
  };
}
