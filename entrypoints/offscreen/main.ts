import { onMessage } from '../../core/protocol';
import { translateOnDeviceResult, translatorApi } from '../../core/translation/on-device';

/**
 * The offscreen document: Chrome's on-device Translator for the background's 'chrome' provider
 * (entrypoints/background/chrome-provider.ts). The Translator is looked up on every call, not at load, so one
 * that appears later (and the E2E stub injected after load) is used.
 */
const CREATE_TIMEOUT_MS = 10_000;

onMessage('offscreenTranslate', ({ data }) => {
  const valid =
    Array.isArray(data?.texts) &&
    data.texts.length <= 200 &&
    data.texts.every((t) => typeof t === 'string' && t.length <= 20_000) &&
    typeof data.source === 'string' &&
    typeof data.target === 'string';
  if (!valid) return { ok: false as const, kind: 'bad-response' as const, error: 'invalid request' };
  return translateOnDeviceResult(
    translatorApi(globalThis),
    { texts: data.texts, source: data.source, target: data.target },
    { createTimeoutMs: CREATE_TIMEOUT_MS },
  );
});
