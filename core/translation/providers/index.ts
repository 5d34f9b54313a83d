/**
 * The provider registry. The HTTP providers are plain objects and live here; `chrome` is supplied by the
 * background (entrypoints/background/chrome-provider.ts), because it needs the offscreen document bridge, and is
 * registered with `withChrome()` when the queue is built.
 */
import type { ProviderId, TranslationProvider } from '../types';
import { baiduProvider } from './baidu';
import { deeplProvider } from './deepl';
import { edgeProvider } from './edge';
import { googleProvider } from './google';
import { openaiProvider } from './openai';

/** Every provider that calls an HTTP API: all but `chrome`. */
export type HttpProviderId = Exclude<ProviderId, 'chrome'>;

export const HTTP_PROVIDERS: Readonly<Record<HttpProviderId, TranslationProvider>> = {
  edge: edgeProvider,
  google: googleProvider,
  deepl: deeplProvider,
  openai: openaiProvider,
  baidu: baiduProvider,
};

/** The registry the queue takes: the HTTP providers plus, once the background supplies it, `chrome`. */
export type ProviderRegistry = Partial<Record<ProviderId, TranslationProvider>>;

/** The HTTP providers; pass the same object to the queue after `withChrome()`. */
export const PROVIDERS: ProviderRegistry = { ...HTTP_PROVIDERS };

/** A registry with the background's on-device provider added (a new object: the shared one is not changed). */
export function withChrome(
  chrome: TranslationProvider,
  base: ProviderRegistry = PROVIDERS,
): ProviderRegistry {
  if (chrome.id !== 'chrome') throw new Error(`expected the chrome provider, got ${chrome.id}`);
  return { ...base, chrome };
}

/** The provider for an id, from `registry` (the HTTP set by default); undefined for `chrome` unless registered. */
export function providerFor(
  id: ProviderId,
  registry: ProviderRegistry = PROVIDERS,
): TranslationProvider | undefined {
  return registry[id];
}

export { baiduProvider, deeplProvider, edgeProvider, googleProvider, openaiProvider };
